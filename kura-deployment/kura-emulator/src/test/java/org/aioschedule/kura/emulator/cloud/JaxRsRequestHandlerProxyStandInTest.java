package org.aioschedule.kura.emulator.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;

import org.eclipse.kura.cloudconnection.message.KuraMessage;
import org.eclipse.kura.message.KuraResponsePayload;
import org.eclipse.kura.request.handler.jaxrs.JaxRsRequestHandlerProxy;
import org.junit.jupiter.api.Test;

/**
 * The stand-in of Kura's proxy in kura-api follows
 * kura/org.eclipse.kura.request.handler.jaxrs/src/main/java/org/eclipse/kura/request/handler/jaxrs/
 * JaxRsRequestHandlerProxy.java (endpoints keyed by the method's own {@code @Path} and verb; "/" + args joined by
 * "/"), RequestParameterHandlers.java (every parameter read from the body by Gson), ResponseBodyHandlers.java (a
 * Response's String entity as is) and DefaultExceptionHandler.java (NOT_FOUND 404, BAD_REQUEST 400, a
 * WebApplicationException's status and entity), at KURA_5.4.1_RELEASE, driven through the emulated registry.
 */
class JaxRsRequestHandlerProxyStandInTest {

    private final RequestHandlerRegistryEmulator registry = new RequestHandlerRegistryEmulator();

    JaxRsRequestHandlerProxyStandInTest() {
        registry.registerRequestHandler("TEST-V1", new JaxRsRequestHandlerProxy(new Resource()));
    }

    /** A resource with a class path (ignored by the proxy), a template path and a literal one. */
    @Path("/test/v1")
    public static final class Resource {

        @GET
        @Path("/items")
        public Response items(String filter) {
            return Response.status(202).entity("{\"filter\":\"" + filter + "\"}").build();
        }

        @GET
        @Path("/items/{id}")
        public Response item(@PathParam("id") String id) {
            return Response.ok("{\"id\":\"" + id + "\"}").build();
        }

        @POST
        @Path("/fail")
        public Response fail(String why) {
            throw new WebApplicationException(Response.status(409).entity("{\"error\":\"" + why + "\"}").build());
        }
    }

    @Test
    void shouldMatchTheMethodPathLiterallyAndReadTheParameterFromTheBody() {
        KuraMessage reply = registry.request("TEST-V1", "GET/items", "\"red\"".getBytes(StandardCharsets.UTF_8));

        assertThat(code(reply)).as("every success is 200, whatever the Response says").isEqualTo(200);
        assertThat(body(reply)).isEqualTo("{\"filter\":\"red\"}");
        assertThat(body(registry.request("TEST-V1", "GET/items", null))).isEqualTo("{\"filter\":\"null\"}");
    }

    @Test
    void shouldNotExpandPathTemplates() {
        assertThat(code(registry.request("TEST-V1", "GET/items/42", null))).isEqualTo(404);
        assertThat(body(registry.request("TEST-V1", "GET/items/{id}", "\"42\"".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("{\"id\":\"42\"}");
        assertThat(code(registry.request("TEST-V1", "GET/test/v1/items", null))).isEqualTo(404);
        assertThat(code(registry.request("TEST-V1", "POST/items", null))).isEqualTo(404);
    }

    @Test
    void shouldKeepTheStatusAndEntityOfAWebApplicationException() {
        KuraMessage reply = registry.request("TEST-V1", "POST/fail", "\"busy\"".getBytes(StandardCharsets.UTF_8));

        assertThat(code(reply)).isEqualTo(409);
        assertThat(body(reply)).isEqualTo("{\"error\":\"busy\"}");
    }

    @Test
    void shouldAnswer400ForABodyThatIsNotJsonOfTheParameterType() {
        KuraMessage reply = registry.request("TEST-V1", "GET/items", "{\"a\":".getBytes(StandardCharsets.UTF_8));

        assertThat(code(reply)).isEqualTo(400);
        assertThat(body(reply)).startsWith("{\"message\":");
        assertThat(code(registry.request("TEST-V1", "GET/items", new byte[] {(byte) 0xff}))).isEqualTo(400);
    }

    static int code(KuraMessage reply) {
        return (Integer) reply.getPayload().getMetric(KuraResponsePayload.METRIC_RESPONSE_CODE);
    }

    static String body(KuraMessage reply) {
        byte[] body = reply.getPayload().getBody();
        return body == null ? null : new String(body, StandardCharsets.UTF_8);
    }
}
