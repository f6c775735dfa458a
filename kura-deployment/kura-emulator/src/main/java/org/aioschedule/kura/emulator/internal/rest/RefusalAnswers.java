package org.aioschedule.kura.emulator.internal.rest;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;

/**
 * How Kura 5.4.1 answers refused calls: a 403 to a request without a user becomes 401 (RestService.filter), and a 401
 * or 403 carries {@code WWW-Authenticate: Basic realm="kura-rest-api"} (BasicAuthenticationProvider's response
 * filter), so a browser asks for the user and password.
 */
final class RefusalAnswers implements ContainerResponseFilter {

    static final String CHALLENGE = "Basic realm=\"kura-rest-api\"";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 403 && (request.getSecurityContext() == null
                || request.getSecurityContext().getUserPrincipal() == null)) {
            response.setStatus(401);
        }
        if (response.getStatus() == 401 || response.getStatus() == 403) {
            response.getHeaders().add("WWW-Authenticate", CHALLENGE);
        }
    }
}
