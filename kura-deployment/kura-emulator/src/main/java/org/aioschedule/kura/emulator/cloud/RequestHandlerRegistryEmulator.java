package org.aioschedule.kura.emulator.cloud;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.kura.KuraErrorCode;
import org.eclipse.kura.KuraException;
import org.eclipse.kura.cloudconnection.message.KuraMessage;
import org.eclipse.kura.cloudconnection.request.RequestHandler;
import org.eclipse.kura.cloudconnection.request.RequestHandlerContext;
import org.eclipse.kura.cloudconnection.request.RequestHandlerMessageConstants;
import org.eclipse.kura.cloudconnection.request.RequestHandlerRegistry;
import org.eclipse.kura.message.KuraPayload;
import org.eclipse.kura.message.KuraResponsePayload;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kura's {@code RequestHandlerRegistry} (CloudServiceImpl in org.eclipse.kura.core.cloud): handlers are kept by
 * application id, a later registration under the same id replaces the earlier one, {@code unregister} forgets it.
 * {@link #request} delivers a request as Kura's MessageHandlerCallable does: the topic's first segment after the
 * application id is the method (GET, PUT, POST, DEL, EXEC; another one is answered 400), the remaining segments are
 * the message's {@code "args"} property; a {@link KuraException} thrown by the handler is answered with its message
 * and 400 (BAD_REQUEST), 404 (NOT_FOUND) or 500 (any other code).
 */
@Component(service = { RequestHandlerRegistry.class, RequestHandlerRegistryEmulator.class })
public final class RequestHandlerRegistryEmulator implements RequestHandlerRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(RequestHandlerRegistryEmulator.class);

    private final Map<String, RequestHandler> handlers = new ConcurrentHashMap<>();
    private final RequestHandlerContext context = new RequestHandlerContext(null, Collections.emptyMap());

    @Override
    public void registerRequestHandler(String id, RequestHandler requestHandler) {
        handlers.put(id, requestHandler);
        LOG.debug("Request handler {} registered", id);
    }

    @Override
    public void unregister(String id) {
        handlers.remove(id);
    }

    /** The registered application ids, sorted. */
    public Set<String> applicationIds() {
        return new TreeSet<>(handlers.keySet());
    }

    /**
     * Delivers a request to {@code appId}'s handler, as a message on {@code <appId>/<topic>} with {@code body}
     * (null for none) would be; returns the reply, or null when no handler has that id (Kura ignores the message).
     */
    public KuraMessage request(String appId, String topic, byte[] body) {
        RequestHandler handler = handlers.get(appId);
        if (handler == null) {
            return null;
        }
        List<String> segments = new ArrayList<>(Arrays.asList(topic.split("/")));
        String method = segments.remove(0);
        KuraPayload payload = new KuraPayload();
        payload.setBody(body);
        Map<String, Object> properties = new HashMap<>();
        properties.put(RequestHandlerMessageConstants.ARGS_KEY.value(), segments);
        KuraMessage message = new KuraMessage(payload, properties);
        try {
            switch (method) {
            case "GET":
                return handler.doGet(context, message);
            case "PUT":
                return handler.doPut(context, message);
            case "POST":
                return handler.doPost(context, message);
            case "DEL":
                return handler.doDel(context, message);
            case "EXEC":
                return handler.doExec(context, message);
            default:
                return new KuraMessage(new KuraResponsePayload(KuraResponsePayload.RESPONSE_CODE_BAD_REQUEST));
            }
        } catch (KuraException e) {
            KuraResponsePayload failure = new KuraResponsePayload(statusOf(e.getCode()));
            failure.setExceptionMessage(e.getMessage());
            return new KuraMessage(failure);
        }
    }

    private static int statusOf(KuraErrorCode code) {
        if (code == KuraErrorCode.BAD_REQUEST) {
            return KuraResponsePayload.RESPONSE_CODE_BAD_REQUEST;
        }
        return code == KuraErrorCode.NOT_FOUND ? KuraResponsePayload.RESPONSE_CODE_NOTFOUND
                : KuraResponsePayload.RESPONSE_CODE_ERROR;
    }
}
