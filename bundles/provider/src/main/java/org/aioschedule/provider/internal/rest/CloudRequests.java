package org.aioschedule.provider.internal.rest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.kura.KuraException;
import org.eclipse.kura.cloudconnection.message.KuraMessage;
import org.eclipse.kura.cloudconnection.request.RequestHandler;
import org.eclipse.kura.cloudconnection.request.RequestHandlerContext;
import org.eclipse.kura.cloudconnection.request.RequestHandlerMessageConstants;
import org.eclipse.kura.message.KuraPayload;
import org.eclipse.kura.message.KuraResponsePayload;
import org.eclipse.kura.request.handler.jaxrs.JaxRsRequestHandlerProxy;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;

/**
 * {@code SCHED-V1}: the REST resource answering cloud requests through Kura's {@link JaxRsRequestHandlerProxy}. The
 * proxy matches a request's path to a method's {@code @Path} literally and reads every parameter from the body, so a
 * request is first put in that form: {@code jobs/ID/run} becomes {@code jobs/{id}/run} with body {@code "ID"}, and
 * the query of {@code jobs} or {@code runs}, given as a body {@code {"tag": "reports"}} or {@code {"hours": 48}},
 * becomes the body {@code "reports"} or {@code "48"}.
 */
final class CloudRequests implements RequestHandler {

    static final String APP_ID = "SCHED-V1";
    private static final String ID = "{id}";
    private static final Gson GSON = new Gson();

    private final RequestHandler proxy;

    CloudRequests(SchedulerResource resource) {
        this.proxy = new JaxRsRequestHandlerProxy(resource);
    }

    @Override
    public KuraMessage doGet(RequestHandlerContext context, KuraMessage request) throws KuraException {
        KuraMessage rewritten = rewrite(request);
        return rewritten.getPayload() instanceof KuraResponsePayload ? rewritten : proxy.doGet(context, rewritten);
    }

    @Override
    public KuraMessage doPost(RequestHandlerContext context, KuraMessage request) throws KuraException {
        KuraMessage rewritten = rewrite(request);
        return rewritten.getPayload() instanceof KuraResponsePayload ? rewritten : proxy.doPost(context, rewritten);
    }

    /** The request in the proxy's form, or an answer (a {@link KuraResponsePayload}) when its body is not JSON. */
    private static KuraMessage rewrite(KuraMessage request) {
        Object args = request.getProperties().get(RequestHandlerMessageConstants.ARGS_KEY.value());
        if (!(args instanceof List)) {
            return request;
        }
        List<String> path = new ArrayList<>();
        ((List<?>) args).forEach(segment -> path.add(String.valueOf(segment)));
        if (path.size() >= 2 && path.get(0).equals("jobs")) {
            String id = path.set(1, ID);
            return message(request, path, GSON.toJson(id));
        }
        if (path.size() == 1 && (path.get(0).equals("jobs") || path.get(0).equals("runs"))) {
            String name = path.get(0).equals("jobs") ? "tag" : "hours";
            try {
                return message(request, path, query(request.getPayload(), name));
            } catch (JsonSyntaxException | IllegalStateException e) {
                return badBody(name);
            }
        }
        return request;
    }

    /** The query value as a JSON string, from a body {@code {"name": value}}; null without one. */
    private static String query(KuraPayload payload, String name) {
        byte[] body = payload == null ? null : payload.getBody();
        if (body == null || body.length == 0) {
            return null;
        }
        JsonElement json = new JsonParser().parse(new String(body, StandardCharsets.UTF_8));
        if (json.isJsonNull()) {
            return null;
        }
        JsonObject object = json.getAsJsonObject();
        JsonElement value = object.get(name);
        return value == null || value.isJsonNull() ? null : GSON.toJson(value.isJsonPrimitive()
                ? value.getAsString() : value.toString());
    }

    private static KuraMessage message(KuraMessage request, List<String> path, String body) {
        KuraPayload payload = new KuraPayload();
        payload.setBody(body == null ? null : body.getBytes(StandardCharsets.UTF_8));
        Map<String, Object> properties = new HashMap<>(request.getProperties());
        properties.put(RequestHandlerMessageConstants.ARGS_KEY.value(), path);
        return new KuraMessage(payload, properties);
    }

    private static KuraMessage badBody(String name) {
        KuraResponsePayload answer = new KuraResponsePayload(KuraResponsePayload.RESPONSE_CODE_BAD_REQUEST);
        String example = name.equals("tag") ? "{\"tag\": \"reports\"}" : "{\"hours\": 24}";
        answer.setBody(RestJson.text(RestJson.error("Invalid request body: a JSON object such as " + example
                + ", or none")).getBytes(StandardCharsets.UTF_8));
        return new KuraMessage(answer);
    }
}
