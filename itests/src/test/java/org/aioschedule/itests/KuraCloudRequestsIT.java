package org.aioschedule.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;

import javax.inject.Inject;

import org.aioschedule.Scheduler;
import org.aioschedule.kura.emulator.cloud.RequestHandlerRegistryEmulator;
import org.eclipse.kura.cloudconnection.message.KuraMessage;
import org.eclipse.kura.message.KuraResponsePayload;
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

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/**
 * SCHED-V1 on the selected composition with Kura's JAX-RS stack installed: the provider's request handler finds the
 * packages wired, registers with the emulated {@code RequestHandlerRegistry} (Kura's CloudServiceImpl and
 * MessageHandlerCallable, see RequestHandlerRegistryEmulator), and answers requests as Kapua sends them, through the
 * stand-in of Kura's {@code JaxRsRequestHandlerProxy}: the same JSON as the REST API, its errors with their status.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class KuraCloudRequestsIT {

    private static final String APP = "SCHED-V1";
    private static final String TASK = "org.aioschedule.examples.job";

    @Rule
    public final FrameworkDiagnostics diagnostics = new FrameworkDiagnostics();

    @Inject
    private Scheduler scheduler;

    @Inject
    private RequestHandlerRegistryEmulator registry;

    @Configuration
    public Option[] config() throws Exception {
        return KuraRuntime.composition("cloud-requests", RestPorts.free());
    }

    @Before
    public void createJob() throws Exception {
        scheduler.schedule("every 1 hour").id("itest.cloud").tag("cloud").run(TASK);
        Probe.await(() -> registry.applicationIds().contains(APP), "SCHED-V1 registered", 30_000);
    }

    @After
    public void removeJob() {
        scheduler.cancel("itest.cloud");
    }

    @Test
    public void shouldListTheJobsAndFilterByATagInTheBody() {
        Reply all = request("GET/jobs", null);
        Reply tagged = request("GET/jobs", "{\"tag\": \"cloud\"}");

        assertEquals(200, all.code);
        assertTrue(all.body, all.body.contains("\"id\":\"itest.cloud\""));
        assertEquals(1, tagged.json().getAsJsonArray().size());
        assertEquals("itest.cloud", tagged.json().getAsJsonArray().get(0).getAsJsonObject().get("id").getAsString());
    }

    @Test
    public void shouldPauseAndResumeByPost() {
        Reply paused = request("POST/jobs/itest.cloud/pause", null);

        assertEquals(200, paused.code);
        assertEquals("PAUSED", paused.json().getAsJsonObject().get("state").getAsString());
        assertEquals("PAUSED", scheduler.job("itest.cloud").get().state().name());
        assertEquals("SCHEDULED", request("POST/jobs/itest.cloud/resume", null).json().getAsJsonObject()
                .get("state").getAsString());
    }

    @Test
    public void shouldAnswerAnUnknownJobAndAGetOfAStateChangeWithoutChangingAnything() {
        Reply unknown = request("GET/jobs/itest.nope", null);
        Reply getOfRun = request("GET/jobs/itest.cloud/run", null);

        assertEquals(404, unknown.code);
        assertTrue(unknown.body, unknown.body.contains("itest.nope"));
        assertEquals("run is a POST", 404, getOfRun.code);
        assertEquals(0, scheduler.job("itest.cloud").get().runCount());
        assertFalse(scheduler.job("itest.cloud").get().lastRun().isPresent());
    }

    private Reply request(String topic, String body) {
        KuraMessage reply = registry.request(APP, topic, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
        byte[] bytes = reply.getPayload().getBody();
        return new Reply((Integer) reply.getPayload().getMetric(KuraResponsePayload.METRIC_RESPONSE_CODE),
                bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8));
    }

    private static final class Reply {
        final int code;
        final String body;

        Reply(int code, String body) {
            this.code = code;
            this.body = body;
        }

        JsonElement json() {
            return JsonParser.parseString(body);
        }
    }
}
