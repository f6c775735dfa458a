package org.aioschedule.kura.emulator.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.kura.KuraErrorCode;
import org.eclipse.kura.KuraException;
import org.eclipse.kura.cloudconnection.message.KuraMessage;
import org.eclipse.kura.cloudconnection.request.RequestHandler;
import org.eclipse.kura.cloudconnection.request.RequestHandlerContext;
import org.eclipse.kura.message.KuraResponsePayload;
import org.junit.jupiter.api.Test;

/**
 * Follows kura/org.eclipse.kura.core.cloud/src/main/java/org/eclipse/kura/core/cloud/CloudServiceImpl.java
 * (registerRequestHandler puts by id, replacing; unregister removes; a control message for an id without handler is
 * ignored) and MessageHandlerCallable.java (method = first topic segment; GET, PUT, POST, DEL, EXEC; another method
 * 400; the other segments as the "args" list; a KuraException's code gives 400, 404 or 500) at KURA_5.4.1_RELEASE.
 */
class RequestHandlerRegistryEmulatorTest {

    private final RequestHandlerRegistryEmulator registry = new RequestHandlerRegistryEmulator();
    private final List<String> calls = new ArrayList<>();

    private RequestHandler recording(String name) {
        return new RequestHandler() {
            @Override
            public KuraMessage doGet(RequestHandlerContext context, KuraMessage request) {
                calls.add(name + " GET " + request.getProperties().get("args"));
                return new KuraMessage(new KuraResponsePayload(200));
            }

            @Override
            public KuraMessage doDel(RequestHandlerContext context, KuraMessage request) throws KuraException {
                throw new KuraException(KuraErrorCode.NOT_FOUND, "gone");
            }
        };
    }

    @Test
    void shouldDeliverTheMethodAndTheResourcesAsArgs() {
        registry.registerRequestHandler("APP-V1", recording("first"));

        registry.request("APP-V1", "GET/jobs/daily/run", null);

        assertThat(calls).containsExactly("first GET [jobs, daily, run]");
        assertThat(registry.applicationIds()).containsExactly("APP-V1");
    }

    @Test
    void shouldReplaceAHandlerRegisteredAgainAndForgetAnUnregisteredOne() {
        registry.registerRequestHandler("APP-V1", recording("first"));
        registry.registerRequestHandler("APP-V1", recording("second"));
        registry.request("APP-V1", "GET/x", null);
        assertThat(calls).containsExactly("second GET [x]");

        registry.unregister("APP-V1");

        assertThat(registry.request("APP-V1", "GET/x", null)).isNull();
        assertThat(registry.applicationIds()).isEmpty();
    }

    @Test
    void shouldAnswerAnUnknownMethodOrAnUnsupportedOneOrAKuraException() {
        registry.registerRequestHandler("APP-V1", recording("first"));

        assertThat(JaxRsRequestHandlerProxyStandInTest.code(registry.request("APP-V1", "PATCH/x", null)))
                .isEqualTo(400);
        assertThat(JaxRsRequestHandlerProxyStandInTest.code(registry.request("APP-V1", "POST/x", null)))
                .as("RequestHandler's default: OPERATION_NOT_SUPPORTED").isEqualTo(500);
        assertThat(JaxRsRequestHandlerProxyStandInTest.code(registry.request("APP-V1", "DEL/x", null)))
                .isEqualTo(404);
    }
}
