package org.aioschedule.provider.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;

import org.aioschedule.Job;
import org.aioschedule.engine.testing.Waits;
import org.aioschedule.provider.internal.rest.SchedulerResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Every endpoint of rest-api.md on the resource object (as Jersey calls it), over the provider's components on a
 * manual engine and a settable clock: answers, every kind of bad input (a 4xx naming what was wrong), and that GET
 * and a refused call change nothing.
 */
class SchedulerResourceTest {

    private static final String TASK = "org.aioschedule.examples.job_with_argument";

    private final Gateway gateway = new Gateway();
    private SchedulerResource resource;
    private RecordingTask task;

    @BeforeEach
    void start() {
        gateway.start();
        resource = new SchedulerResource(gateway.scheduler, gateway.time);
        task = gateway.addTask(TASK);
        gateway.addJob(Gateway.job("configured", "tags", "reports"));
        gateway.scheduler.every(1).minutes().id("api-job").tag("reports", "hourly").run(TASK);
    }

    @AfterEach
    void close() {
        gateway.close();
    }

    @Test
    void shouldListTheJobsSortedByIdAndFilterByTag() {
        gateway.scheduler.every(1).hours().id("alone").run(TASK);

        Answer all = call(() -> resource.jobs(null));
        Answer reports = call(() -> resource.jobs("reports"));
        Answer hourly = call(() -> resource.jobs("hourly"));

        assertThat(all.status).isEqualTo(200);
        assertThat(ids(all.json.getAsJsonArray())).containsExactly("alone", "api-job", "configured");
        assertThat(ids(reports.json.getAsJsonArray())).containsExactly("api-job", "configured");
        assertThat(ids(hourly.json.getAsJsonArray())).containsExactly("api-job");
        JsonObject configured = all.json.getAsJsonArray().get(2).getAsJsonObject();
        assertThat(configured.get("source").getAsString()).isEqualTo("CONFIGURATION");
        assertThat(configured.get("taskPid").getAsString()).isEqualTo(TASK);
        assertThat(configured.get("schedule").getAsString()).isEqualTo("every 10 seconds");
        assertThat(configured.get("state").getAsString()).isEqualTo("SCHEDULED");
        assertThat(Instant.parse(configured.get("nextRun").getAsString())).isAfter(gateway.time.instant());
        assertThat(configured.has("lastRun")).isFalse();
    }

    @Test
    void shouldShowAJobWithItsNextRunsAndItsHistoryNewestFirst() {
        gateway.runFor(Duration.ofSeconds(20), Duration.ofSeconds(10));
        task.failure = new IllegalStateException("sensor offline");
        gateway.runFor(Duration.ofSeconds(10), Duration.ofSeconds(10));
        Waits.until(() -> gateway.scheduler.job("configured").get().recentRuns().size() == 3, Duration.ofSeconds(10),
                "three runs ended");

        JsonObject job = call(() -> resource.job("configured")).json.getAsJsonObject();

        JsonArray next = job.getAsJsonArray("nextRuns");
        assertThat(next).hasSize(10);
        assertThat(next.get(0).getAsString()).isEqualTo(job.get("nextRun").getAsString());
        assertThat(Duration.between(Instant.parse(next.get(0).getAsString()), Instant.parse(next.get(1)
                .getAsString()))).isEqualTo(Duration.ofSeconds(10));
        JsonArray history = job.getAsJsonArray("history");
        assertThat(history).hasSize(3);
        JsonObject newest = history.get(0).getAsJsonObject();
        assertThat(newest.get("result").getAsString()).isEqualTo("FAILED");
        assertThat(newest.get("error").getAsString()).contains("sensor offline");
        assertThat(newest.get("durationMs").getAsLong()).isZero();
        assertThat(history.get(1).getAsJsonObject().get("result").getAsString()).isEqualTo("SUCCEEDED");
        assertThat(job.getAsJsonObject("lastOutcome")).isEqualTo(newest);
        assertThat(job.getAsJsonObject("arguments").get("name").getAsString()).isEqualTo("MicroPython");
        assertThat(job.get("runCount").getAsInt()).isEqualTo(3);
        assertThat(job.get("consecutiveFailures").getAsInt()).isEqualTo(1);
    }

    @Test
    void shouldAnswer404ForAnUnknownJobOnEveryEndpoint() {
        List<Supplier<Response>> calls = new ArrayList<>();
        calls.add(() -> resource.job("nope"));
        calls.add(() -> resource.run("nope"));
        calls.add(() -> resource.pause("nope"));
        calls.add(() -> resource.resume("nope"));
        calls.add(() -> resource.cancel("nope"));
        for (Supplier<Response> call : calls) {
            Answer answer = call(call);
            assertThat(answer.status).isEqualTo(404);
            assertThat(answer.error()).contains("No job \"nope\"").contains("for example");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " padded", "line\nbreak", "tab\there"})
    void shouldAnswer400ForAMalformedIdOrTagAndChangeNothing(String bad) {
        String before = everything();

        for (Answer answer : new Answer[] {call(() -> resource.job(bad)), call(() -> resource.run(bad)),
            call(() -> resource.pause(bad)), call(() -> resource.cancel(bad))}) {
            assertThat(answer.status).isEqualTo(400);
            assertThat(answer.error()).startsWith("Invalid job id \"" + bad + "\"").contains("for example");
        }
        Answer tag = call(() -> resource.jobs(bad));
        assertThat(tag.status).isEqualTo(400);
        assertThat(tag.error()).startsWith("Invalid tag \"" + bad + "\"").contains("?tag=reports");
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void shouldAnswer400ForAnIdLongerThan200Characters() {
        String longId = new String(new char[201]).replace('\0', 'x');

        assertThat(call(() -> resource.job(longId)).status).isEqualTo(400);
    }

    @Test
    void shouldRunAJobNowAndAnswer202() {
        Answer answer = call(() -> resource.run("api-job"));

        assertThat(answer.status).isEqualTo(202);
        assertThat(answer.json.getAsJsonObject().get("id").getAsString()).isEqualTo("api-job");
        Waits.until(() -> gateway.scheduler.job("api-job").get().runCount() == 1, Duration.ofSeconds(10),
                "the run ended");
        assertThat(task.count()).isEqualTo(1);
    }

    @Test
    void shouldRefuseToRunAJobWaitingForItsTaskWith409AndChangeNothing() {
        gateway.addJob(Gateway.job("orphan", "task.pid", "org.example.absent"));
        gateway.runFor(Duration.ofSeconds(10), Duration.ofSeconds(10));
        assertThat(gateway.scheduler.job("orphan").get().state().name()).isEqualTo("WAITING_FOR_TASK");
        String before = everything();

        Answer answer = call(() -> resource.run("orphan"));

        assertThat(answer.status).isEqualTo(409);
        assertThat(answer.error()).contains("orphan").contains("org.example.absent").contains("/tasks");
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void shouldPauseAndResume() {
        Answer paused = call(() -> resource.pause("api-job"));
        assertThat(paused.status).isEqualTo(200);
        assertThat(paused.json.getAsJsonObject().get("state").getAsString()).isEqualTo("PAUSED");
        assertThat(paused.json.getAsJsonObject().has("nextRun")).isFalse();

        Answer resumed = call(() -> resource.resume("api-job"));
        assertThat(resumed.status).isEqualTo(200);
        assertThat(resumed.json.getAsJsonObject().get("state").getAsString()).isEqualTo("SCHEDULED");
        assertThat(gateway.scheduler.job("api-job").get().nextRun()).isPresent();
    }

    @Test
    void shouldCancelAnApiJobAndRefuseAConfiguredOneWith409() {
        Answer cancelled = call(() -> resource.cancel("api-job"));
        assertThat(cancelled.status).isEqualTo(200);
        assertThat(cancelled.json.getAsJsonObject().get("id").getAsString()).isEqualTo("api-job");
        assertThat(gateway.scheduler.job("api-job")).isEmpty();
        String before = everything();

        Answer refused = call(() -> resource.cancel("configured"));

        assertThat(refused.status).isEqualTo(409);
        assertThat(refused.error()).contains("configured jobs are removed in the web UI").contains("/pause");
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void shouldShowPastAndNextRunsOfEveryJobInTheWindow() {
        gateway.runFor(Duration.ofSeconds(20), Duration.ofSeconds(10));
        Waits.until(() -> gateway.scheduler.job("configured").get().recentRuns().size() == 2, Duration.ofSeconds(10),
                "two runs ended");
        Instant now = gateway.time.instant();

        JsonObject runs = call(() -> resource.runs("1")).json.getAsJsonObject();

        assertThat(runs.get("from").getAsString()).isEqualTo(now.minus(Duration.ofHours(1)).toString());
        assertThat(runs.get("to").getAsString()).isEqualTo(now.plus(Duration.ofHours(1)).toString());
        JsonArray past = runs.getAsJsonArray("past");
        assertThat(past).hasSize(2);
        assertThat(past.get(0).getAsJsonObject().get("jobId").getAsString()).isEqualTo("configured");
        JsonArray next = runs.getAsJsonArray("next");
        assertThat(next).hasSize(360 + 60);
        assertThat(next.get(0).getAsJsonObject().get("time").getAsString()).isEqualTo(now.plusSeconds(10).toString());
        assertThat(runs.has("truncated")).isFalse();
        assertThat(call(() -> resource.runs(null)).json.getAsJsonObject().get("to").getAsString())
                .isEqualTo(now.plus(Duration.ofHours(24)).toString());
    }

    @Test
    void shouldCutTheNextRunsAt1000AndSaySo() {
        JsonObject runs = call(() -> resource.runs("168")).json.getAsJsonObject();

        JsonArray next = runs.getAsJsonArray("next");
        assertThat(next).hasSize(1000);
        assertThat(runs.get("truncated").getAsBoolean()).isTrue();
        Instant last = Instant.parse(next.get(999).getAsJsonObject().get("time").getAsString());
        assertThat(last).isBefore(gateway.time.instant().plus(Duration.ofHours(3)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "169", "-1", "abc", "", "24.5", "99999999999"})
    void shouldAnswer400ForBadHours(String hours) {
        Answer answer = call(() -> resource.runs(hours));

        assertThat(answer.status).isEqualTo(400);
        assertThat(answer.error()).startsWith("Invalid hours \"" + hours + "\"").contains("1 to 168")
                .contains("?hours=24");
    }

    @Test
    void shouldListProblemsWithSubjectAndKey() {
        gateway.addJob(Gateway.job("odd", "max.instances", 0));

        JsonArray problems = call(() -> resource.problems()).json.getAsJsonArray();

        assertThat(problems).hasSize(1);
        JsonObject problem = problems.get(0).getAsJsonObject();
        assertThat(problem.get("subject").getAsString()).isEqualTo("odd");
        assertThat(problem.get("key").getAsString()).isEqualTo("max.instances");
        assertThat(problem.get("message").getAsString()).startsWith("Job odd: invalid max.instances");
    }

    @Test
    void shouldDescribeTheStoreAndTheTasks() {
        JsonObject store = call(() -> resource.store()).json.getAsJsonObject();
        JsonArray tasks = call(() -> resource.tasks()).json.getAsJsonArray();

        assertThat(store.get("type").getAsString()).isIn("memory", "file");
        assertThat(store.get("durable").isJsonPrimitive()).isTrue();
        assertThat(store.get("status").getAsString()).isEqualTo(gateway.scheduler.storeStatus());
        assertThat(store.get("location").getAsString()).isNotEmpty();
        assertThat(store.getAsJsonArray("problems")).isEmpty();
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).getAsJsonObject().get("pid").getAsString()).isEqualTo(TASK);
        assertThat(ids(tasks.get(0).getAsJsonObject().getAsJsonArray("jobs"))).containsExactly("api-job",
                "configured");
    }

    @Test
    void shouldChangeNothingOnAnyGet() {
        gateway.runFor(Duration.ofSeconds(10), Duration.ofSeconds(10));
        Waits.until(() -> gateway.scheduler.job("configured").get().runCount() == 1, Duration.ofSeconds(10),
                "the run ended");
        String before = everything();

        call(() -> resource.jobs(null));
        call(() -> resource.jobs("reports"));
        call(() -> resource.job("configured"));
        call(() -> resource.runs("168"));
        call(() -> resource.problems());
        call(() -> resource.store());
        call(() -> resource.tasks());

        assertThat(everything()).isEqualTo(before);
        assertThat(task.count()).isEqualTo(1);
    }

    @Test
    void shouldAnswer503WhileTheSchedulerIsDisabled() {
        gateway.scheduler.modified(Gateway.with(Gateway.schedulerDefaults(), "enabled", false));

        Answer answer = call(() -> resource.jobs(null));

        assertThat(answer.status).isEqualTo(503);
        assertThat(answer.error()).contains("not running").contains("enabled=true");
        assertThat(call(() -> resource.problems()).status).isEqualTo(200);
    }

    /** The state of every job as the API shows it, plus the tasks' runs: equal before and after means unchanged. */
    private String everything() {
        StringBuilder all = new StringBuilder();
        for (Job job : gateway.scheduler.jobs()) {
            all.append(call(() -> resource.job(job.id())).json).append('\n');
        }
        return all.append(task.count()).toString();
    }

    private static List<String> ids(JsonArray array) {
        List<String> ids = new ArrayList<>();
        for (JsonElement element : array) {
            ids.add(element.isJsonObject() ? element.getAsJsonObject().get("id").getAsString() : element.getAsString());
        }
        return ids;
    }

    /** Calls the resource as Jersey does: a thrown WebApplicationException is the answer it carries. */
    private static Answer call(Supplier<Response> call) {
        Response response;
        try {
            response = call.get();
        } catch (WebApplicationException e) {
            response = e.getResponse();
        }
        assertThat(response.getMediaType().toString()).startsWith("application/json");
        return new Answer(response.getStatus(), JsonParser.parseString((String) response.getEntity()));
    }

    private static final class Answer {
        final int status;
        final JsonElement json;

        Answer(int status, JsonElement json) {
            this.status = status;
            this.json = json;
        }

        String error() {
            return json.getAsJsonObject().get("error").getAsString();
        }
    }
}
