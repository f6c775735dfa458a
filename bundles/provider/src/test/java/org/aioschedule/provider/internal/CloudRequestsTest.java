package org.aioschedule.provider.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.aioschedule.engine.testing.Waits;
import org.aioschedule.kura.emulator.cloud.RequestHandlerRegistryEmulator;
import org.aioschedule.provider.internal.rest.SchedulerRequestHandler;
import org.eclipse.kura.cloudconnection.message.KuraMessage;
import org.eclipse.kura.message.KuraResponsePayload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * SCHED-V1: GET and POST requests (a KuraMessage with "args", as Kura's cloud connection delivers them) through the
 * emulated RequestHandlerRegistry and the stand-in of Kura's JaxRsRequestHandlerProxy, answered by the REST resource.
 */
class CloudRequestsTest {

    private static final String APP = "SCHED-V1";
    private static final String TASK = "org.aioschedule.examples.job_with_argument";

    private final Gateway gateway = new Gateway();
    private final RequestHandlerRegistryEmulator registry = new RequestHandlerRegistryEmulator();
    private final SchedulerRequestHandler handler = new SchedulerRequestHandler(gateway.time);
    private RecordingTask task;

    @BeforeEach
    void start() {
        gateway.start();
        task = gateway.addTask(TASK);
        gateway.addJob(Gateway.job("configured", "tags", "reports"));
        gateway.scheduler.every(1).minutes().id("api-job").run(TASK);
        handler.setHost(gateway.scheduler);
        handler.setRequestHandlerRegistry(registry);
    }

    @AfterEach
    void close() {
        gateway.close();
    }

    @Test
    void shouldRegisterAsSchedV1AndUnregister() {
        assertThat(registry.applicationIds()).containsExactly(APP);

        handler.unsetRequestHandlerRegistry(registry);

        assertThat(registry.applicationIds()).isEmpty();
    }

    @Test
    void shouldListJobsAndFilterByATagGivenInTheBody() {
        Reply all = request("GET/jobs", null);
        Reply reports = request("GET/jobs", "{\"tag\": \"reports\"}");

        assertThat(all.code).isEqualTo(200);
        assertThat(all.json.getAsJsonArray()).hasSize(2);
        assertThat(reports.json.getAsJsonArray()).hasSize(1);
        assertThat(reports.json.getAsJsonArray().get(0).getAsJsonObject().get("id").getAsString())
                .isEqualTo("configured");
    }

    @Test
    void shouldShowOneJobAndTheRunsTimeline() {
        JsonObject job = request("GET/jobs/configured", null).json.getAsJsonObject();
        JsonObject runs = request("GET/runs", "{\"hours\": 1}").json.getAsJsonObject();

        assertThat(job.get("id").getAsString()).isEqualTo("configured");
        assertThat(job.getAsJsonArray("nextRuns")).hasSize(10);
        assertThat(runs.getAsJsonArray("next")).hasSize(360 + 60);
        assertThat(request("GET/problems", null).json.getAsJsonArray()).isEmpty();
        assertThat(request("GET/store", null).json.getAsJsonObject().has("status")).isTrue();
        assertThat(request("GET/tasks", null).json.getAsJsonArray()).hasSize(1);
    }

    @Test
    void shouldRunPauseResumeAndCancelByPost() {
        assertThat(request("POST/jobs/api-job/run", null).code).as("the proxy answers every success 200")
                .isEqualTo(200);
        Waits.until(() -> task.count() == 1, Duration.ofSeconds(10), "the run");
        assertThat(request("POST/jobs/api-job/pause", null).json.getAsJsonObject().get("state").getAsString())
                .isEqualTo("PAUSED");
        assertThat(request("POST/jobs/api-job/resume", null).json.getAsJsonObject().get("state").getAsString())
                .isEqualTo("SCHEDULED");
        assertThat(request("POST/jobs/api-job/cancel", null).code).isEqualTo(200);
        assertThat(gateway.scheduler.job("api-job")).isEmpty();
    }

    @Test
    void shouldAnswerBadRequestsWithTheirStatusAndError() {
        Reply unknown = request("GET/jobs/nope", null);
        Reply configured = request("POST/jobs/configured/cancel", null);
        Reply hours = request("GET/runs", "{\"hours\": 0}");
        Reply body = request("GET/jobs", "[1, 2]");
        Reply malformed = request("GET/jobs", "{\"tag\":");

        assertThat(unknown.code).isEqualTo(404);
        assertThat(unknown.error()).contains("No job \"nope\"");
        assertThat(configured.code).isEqualTo(409);
        assertThat(configured.error()).contains("configured jobs are removed in the web UI");
        assertThat(gateway.scheduler.job("configured")).isPresent();
        assertThat(hours.code).isEqualTo(400);
        assertThat(hours.error()).contains("Invalid hours \"0\"");
        assertThat(body.code).isEqualTo(400);
        assertThat(body.error()).contains("{\"tag\": \"reports\"}");
        assertThat(malformed.code).isEqualTo(400);
        assertThat(request("GET/jobs/configured/run", null).code).as("run is a POST").isEqualTo(404);
        assertThat(request("GET/nothing", null).code).isEqualTo(404);
        assertThat(task.count()).isZero();
    }

    private Reply request(String topic, String body) {
        KuraMessage reply = registry.request(APP, topic, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
        byte[] bytes = reply.getPayload().getBody();
        JsonElement json = bytes == null ? null : JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8));
        return new Reply((Integer) reply.getPayload().getMetric(KuraResponsePayload.METRIC_RESPONSE_CODE), json);
    }

    private static final class Reply {
        final int code;
        final JsonElement json;

        Reply(int code, JsonElement json) {
            this.code = code;
            this.json = json;
        }

        String error() {
            return json.getAsJsonObject().get("error").getAsString();
        }
    }
}
