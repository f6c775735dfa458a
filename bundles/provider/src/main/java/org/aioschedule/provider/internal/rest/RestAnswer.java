package org.aioschedule.provider.internal.rest;

import com.google.gson.JsonElement;

/** An answer of the REST API without JAX-RS types: a status and a JSON body. */
final class RestAnswer {

    final int status;
    final String body;

    private RestAnswer(int status, String body) {
        this.status = status;
        this.body = body;
    }

    static RestAnswer of(int status, JsonElement json) {
        return new RestAnswer(status, RestJson.text(json));
    }

    static RestAnswer error(int status, String message) {
        return of(status, RestJson.error(message));
    }

    boolean isError() {
        return status >= 400;
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
