package org.aioschedule.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import org.aioschedule.Scheduler;
import org.eclipse.kura.configuration.ConfigurationService;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The REST API of rest-api.md on the selected composition's HTTP service, called as curl calls it: every endpoint as
 * {@code admin}, every endpoint refused without credentials (401) and without the role (403) with nothing changed,
 * and every kind of bad input (unknown job, bad id, cancel of a configured job, run of a job waiting for its task,
 * bad hours, bad tag) answered 4xx with an error naming it, nothing changed.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class KuraRestApiIT {

    private static final String API = "/services/aioschedule/v1";
    private static final String ADMIN = KuraRestIT.ADMIN;
    private static final String TASK = "org.aioschedule.examples.job";
    private static final String[][] ENDPOINTS = {{"GET", "/jobs"}, {"GET", "/jobs/itest.api"},
        {"POST", "/jobs/itest.api/run"}, {"POST", "/jobs/itest.api/pause"}, {"POST", "/jobs/itest.api/resume"},
        {"POST", "/jobs/itest.api/cancel"}, {"GET", "/runs"}, {"GET", "/problems"}, {"GET", "/store"},
        {"GET", "/tasks"}};

    @Rule
    public final FrameworkDiagnostics diagnostics = new FrameworkDiagnostics();

    @Inject
    private Scheduler scheduler;

    @Inject
    private ConfigurationService configurationService;

    private RestClient rest;

    @Configuration
    public Option[] config() throws Exception {
        int port = RestPorts.free();
        List<Option> options = new ArrayList<>(Arrays.asList(KuraRuntime.composition("rest-api", port)));
        options.add(systemProperty("itest.http.port").value(Integer.toString(port)));
        return options.toArray(new Option[0]);
    }

    @Before
    public void createJobs() throws Exception {
        rest = new RestClient(Integer.getInteger("itest.http.port"));
        scheduler.schedule("every 1 hour").id("itest.api").tag("itest-tag").run(TASK);
        scheduler.schedule("every 1 hour").id("itest.waiting").run("itest.no.such.task");
        Map<String, Object> configured = new HashMap<>();
        configured.put("task.pid", TASK);
        configured.put("schedule", "every 2 hours");
        configurationService.createFactoryConfiguration("org.aioschedule.Job", "itest.configured", configured, false);
        Probe.await(() -> scheduler.job("itest.configured").isPresent(), "the configured job", 30_000);
        Probe.await(() -> status("GET", "/jobs", ADMIN) == 200, "the REST API published at " + API, 30_000);
    }

    @After
    public void removeJobs() throws Exception {
        scheduler.cancel("itest.api");
        scheduler.cancel("itest.waiting");
        configurationService.deleteFactoryConfiguration("itest.configured", false);
    }

    @Test
    public void shouldRefuseEveryEndpointWithoutCredentialsOrRoleAndChangeNothing() throws Exception {
        String before = object("GET", "/jobs/itest.api", ADMIN, 200).get("state").getAsString();
        for (String[] endpoint : ENDPOINTS) {
            RestClient.Answer anonymous = rest.call(endpoint[0], API + endpoint[1], null, null);
            assertEquals(endpoint[1] + " " + anonymous, 401, anonymous.status);
            assertEquals("Basic realm=\"kura-rest-api\"", anonymous.challenge);
            RestClient.Answer appadmin = rest.call(endpoint[0], API + endpoint[1], KuraRestIT.APPADMIN, null);
            assertEquals(endpoint[1] + " " + appadmin, 403, appadmin.status);
        }
        JsonObject after = object("GET", "/jobs/itest.api", ADMIN, 200);
        assertEquals(before, after.get("state").getAsString());
        assertEquals(0, after.get("runCount").getAsLong());
    }

    @Test
    public void shouldListTheJobsSortedByIdAndByTag() throws Exception {
        List<String> ids = ids(call("GET", "/jobs", ADMIN, 200).getAsJsonArray());
        List<String> sorted = new ArrayList<>(ids);
        Collections.sort(sorted);
        assertEquals(sorted, ids);
        assertTrue(ids.toString(), ids.containsAll(Arrays.asList("itest.api", "itest.configured", "itest.waiting")));
        assertEquals(Collections.singletonList("itest.api"), ids(call("GET", "/jobs?tag=itest-tag", ADMIN, 200)));
        assertEquals(Collections.emptyList(), ids(call("GET", "/jobs?tag=nobody", ADMIN, 200)));
    }

    @Test
    public void shouldShowOneJobWithItsNextRunsAndRunItNow() throws Exception {
        JsonObject job = object("GET", "/jobs/itest.api", ADMIN, 200);
        assertEquals("API", job.get("source").getAsString());
        assertEquals(TASK, job.get("taskPid").getAsString());
        assertEquals(10, job.getAsJsonArray("nextRuns").size());
        assertEquals(0, job.getAsJsonArray("history").size());

        call("POST", "/jobs/itest.api/run", ADMIN, 202);
        Probe.await(() -> history("itest.api").size() == 1, "the run in the job's history");
        JsonObject run = history("itest.api").get(0).getAsJsonObject();
        assertEquals("SUCCEEDED", run.get("result").getAsString());
        assertTrue(run.has("start") && run.has("durationMs"));
        JsonArray past = call("GET", "/runs", ADMIN, 200).getAsJsonObject().getAsJsonArray("past");
        assertTrue(past.toString(), past.toString().contains("\"jobId\":\"itest.api\""));
    }

    @Test
    public void shouldPauseResumeAndCancelAnApiJob() throws Exception {
        assertEquals("PAUSED", object("POST", "/jobs/itest.api/pause", ADMIN, 200).get("state").getAsString());
        assertEquals("PAUSED", scheduler.job("itest.api").get().state().name());
        assertEquals("SCHEDULED", object("POST", "/jobs/itest.api/resume", ADMIN, 200).get("state").getAsString());
        assertEquals("itest.api", object("POST", "/jobs/itest.api/cancel", ADMIN, 200).get("id").getAsString());
        assertFalse(scheduler.job("itest.api").isPresent());
        call("GET", "/jobs/itest.api", ADMIN, 404);
    }

    @Test
    public void shouldAnswerTheRunsOfTheComingHoursProblemsStoreAndTasks() throws Exception {
        JsonObject runs = object("GET", "/runs?hours=1", ADMIN, 200);
        assertTrue(runs.has("from") && runs.has("to"));
        assertTrue(runs.getAsJsonArray("next").toString().contains("\"jobId\":\"itest.api\""));
        assertTrue(call("GET", "/problems", ADMIN, 200).isJsonArray());
        JsonObject store = object("GET", "/store", ADMIN, 200);
        assertTrue(store.toString(), store.has("type") && store.has("status") && store.has("durable"));
        String tasks = call("GET", "/tasks", ADMIN, 200).toString();
        assertTrue(tasks, tasks.contains("\"pid\":\"" + TASK + "\""));
    }

    @Test
    public void shouldNameEveryBadInputAndChangeNothing() throws Exception {
        String jobsBefore = call("GET", "/jobs", ADMIN, 200).toString().replaceAll("\"nextRun\":\"[^\"]*\"", "");
        assertError("GET", "/jobs/itest.none", 404, "itest.none");
        for (String action : new String[] {"run", "pause", "resume", "cancel"}) {
            assertError("POST", "/jobs/itest.none/" + action, 404, "itest.none");
        }
        String longId = String.join("", Collections.nCopies(201, "x"));
        assertError("GET", "/jobs/" + longId, 400, "Invalid job id");
        assertError("POST", "/jobs/%20itest.api/run", 400, "Invalid job id");
        assertError("POST", "/jobs/itest.configured/cancel", 409, "configured");
        assertError("POST", "/jobs/itest.waiting/run", 409, "itest.no.such.task");
        for (String hours : new String[] {"0", "169", "soon", "-1"}) {
            assertError("GET", "/runs?hours=" + hours, 400, "\"" + hours + "\"");
        }
        assertError("GET", "/jobs?tag=%01", 400, "Invalid tag");
        assertEquals(405, rest.call("GET", API + "/jobs/itest.api/run", ADMIN, null).status);
        assertEquals(404, rest.call("GET", API + "/nothing", ADMIN, null).status);
        assertEquals(jobsBefore, call("GET", "/jobs", ADMIN, 200).toString()
                .replaceAll("\"nextRun\":\"[^\"]*\"", ""));
        assertTrue(scheduler.job("itest.configured").isPresent());
    }

    private void assertError(String method, String path, int status, String named) throws Exception {
        RestClient.Answer answer = rest.call(method, API + path, ADMIN, null);
        assertEquals(method + " " + path + ": " + answer, status, answer.status);
        String error = JsonParser.parseString(answer.body).getAsJsonObject().get("error").getAsString();
        assertTrue(method + " " + path + ": " + error, error.contains(named));
    }

    private JsonElement call(String method, String path, String credentials, int status) throws Exception {
        RestClient.Answer answer = rest.call(method, API + path, credentials, null);
        assertEquals(method + " " + path + ": " + answer, status, answer.status);
        assertTrue(answer.contentType, answer.contentType.startsWith("application/json"));
        return JsonParser.parseString(answer.body);
    }

    private JsonObject object(String method, String path, String credentials, int status) throws Exception {
        return call(method, path, credentials, status).getAsJsonObject();
    }

    private JsonArray history(String id) {
        try {
            return call("GET", "/jobs/" + id, ADMIN, 200).getAsJsonObject().getAsJsonArray("history");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private int status(String method, String path, String credentials) {
        try {
            return rest.call(method, API + path, credentials, null).status;
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private static List<String> ids(JsonElement jobs) {
        List<String> ids = new ArrayList<>();
        jobs.getAsJsonArray().forEach(job -> ids.add(job.getAsJsonObject().get("id").getAsString()));
        return ids;
    }
}
