package org.eclipse.kura.request.handler.jaxrs;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;

import org.eclipse.kura.KuraErrorCode;
import org.eclipse.kura.KuraException;
import org.eclipse.kura.cloudconnection.message.KuraMessage;
import org.eclipse.kura.cloudconnection.request.RequestHandler;
import org.eclipse.kura.cloudconnection.request.RequestHandlerContext;
import org.eclipse.kura.cloudconnection.request.RequestHandlerMessageConstants;
import org.eclipse.kura.message.KuraPayload;
import org.eclipse.kura.message.KuraResponsePayload;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;

/**
 * Answers cloud requests with the methods of a JAX-RS resource, as Kura's proxy does: the request's {@code "args"},
 * joined as {@code "/a/b"}, must equal a method's own {@code @Path} value exactly (the class's {@code @Path} and
 * path templates play no part) under the matching {@code @GET}, {@code @POST}, {@code @PUT} or {@code @DELETE};
 * every parameter is the request body read by Gson as the parameter's type ({@code @Context} ones get null, an
 * {@code InputStream} the raw body); a method's answer is 200 with its result as body (a {@link Response}'s entity:
 * text as is, otherwise Gson); a thrown {@link WebApplicationException} keeps its status and entity; an unknown
 * path is 404 and a body that is not UTF-8 JSON 400, with {@code {"message": ...}}. Subset: no {@code @EXEC}.
 */
public class JaxRsRequestHandlerProxy implements RequestHandler {

    private final Object target;
    private final Map<String, Method> endpoints = new HashMap<>();
    private final Gson gson;

    public JaxRsRequestHandlerProxy(final Object target) {
        this.gson = buildGson();
        this.target = target;
        for (Method method : target.getClass().getMethods()) {
            Path path = method.getAnnotation(Path.class);
            String verb = verb(method);
            if (path != null && verb != null) {
                this.endpoints.put(verb + " " + path.value(), method);
            }
        }
    }

    @Override
    public KuraMessage doGet(RequestHandlerContext context, KuraMessage reqMessage) throws KuraException {
        return dispatch("GET", reqMessage);
    }

    @Override
    public KuraMessage doPost(RequestHandlerContext context, KuraMessage reqMessage) throws KuraException {
        return dispatch("POST", reqMessage);
    }

    @Override
    public KuraMessage doPut(RequestHandlerContext context, KuraMessage reqMessage) throws KuraException {
        return dispatch("PUT", reqMessage);
    }

    @Override
    public KuraMessage doDel(RequestHandlerContext context, KuraMessage reqMessage) throws KuraException {
        return dispatch("DELETE", reqMessage);
    }

    protected Gson buildGson() {
        return new Gson();
    }

    private static String verb(Method method) {
        for (Class<? extends Annotation> verb : Arrays.asList(GET.class, POST.class, PUT.class, DELETE.class)) {
            if (method.isAnnotationPresent(verb)) {
                return verb.getSimpleName();
            }
        }
        return null;
    }

    private KuraMessage dispatch(String verb, KuraMessage request) {
        try {
            Object args = request.getProperties().get(RequestHandlerMessageConstants.ARGS_KEY.value());
            if (!(args instanceof List)) {
                throw new KuraException(KuraErrorCode.BAD_REQUEST);
            }
            StringBuilder path = new StringBuilder();
            for (Object segment : (List<?>) args) {
                path.append('/').append(segment);
            }
            Method method = this.endpoints.get(verb + " " + (path.length() == 0 ? "/" : path));
            if (method == null) {
                throw new KuraException(KuraErrorCode.NOT_FOUND);
            }
            Object result = method.invoke(this.target, parameters(method, request.getPayload()));
            KuraPayload answer = new KuraResponsePayload(KuraResponsePayload.RESPONSE_CODE_OK);
            answer.setBody(body(result));
            return new KuraMessage(answer);
        } catch (InvocationTargetException e) {
            return failure(e.getCause());
        } catch (Exception e) {
            return failure(e);
        }
    }

    private Object[] parameters(Method method, KuraPayload payload) throws KuraException {
        Object[] parameters = new Object[method.getParameterCount()];
        byte[] body = payload == null ? null : payload.getBody();
        for (int i = 0; i < parameters.length; i++) {
            if (isContext(method.getParameterAnnotations()[i]) || body == null || body.length == 0) {
                parameters[i] = null;
            } else if (method.getParameterTypes()[i] == InputStream.class) {
                parameters[i] = new ByteArrayInputStream(body);
            } else {
                parameters[i] = fromJson(body, method.getParameterTypes()[i]);
            }
        }
        return parameters;
    }

    private Object fromJson(byte[] body, Class<?> type) throws KuraException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
            return this.gson.fromJson(text, type);
        } catch (CharacterCodingException | JsonParseException e) {
            throw new KuraException(KuraErrorCode.BAD_REQUEST);
        }
    }

    private static boolean isContext(Annotation[] annotations) {
        return Arrays.stream(annotations).anyMatch(annotation -> annotation.annotationType() == Context.class);
    }

    private byte[] body(Object result) {
        Object entity = result instanceof Response ? ((Response) result).getEntity() : result;
        if (entity == null) {
            return null;
        }
        if (entity instanceof byte[]) {
            return (byte[]) entity;
        }
        String text = entity instanceof String ? (String) entity : this.gson.toJson(entity);
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private KuraMessage failure(Throwable error) {
        int status = 500;
        byte[] body;
        if (error instanceof WebApplicationException) {
            Response response = ((WebApplicationException) error).getResponse();
            status = response.getStatus();
            body = body(response);
        } else {
            if (error instanceof KuraException) {
                KuraErrorCode code = ((KuraException) error).getCode();
                status = code == KuraErrorCode.NOT_FOUND ? 404 : code == KuraErrorCode.BAD_REQUEST ? 400 : 500;
            }
            JsonObject message = new JsonObject();
            message.addProperty("message", error.getMessage() == null ? "An internal error occurred"
                    : error.getMessage());
            body = this.gson.toJson(message).getBytes(StandardCharsets.UTF_8);
        }
        KuraPayload answer = new KuraResponsePayload(status);
        answer.setBody(body);
        return new KuraMessage(answer);
    }
}
