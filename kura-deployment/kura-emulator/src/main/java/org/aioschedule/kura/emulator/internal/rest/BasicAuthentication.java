package org.aioschedule.kura.emulator.internal.rest;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.SecurityContext;

/**
 * Kura 5.4.1's BasicAuthenticationProvider with RestService's authorization: a request with
 * {@code Authorization: Basic base64(name:password)} of a Kura user who may log in gets that user as its principal; a
 * role {@code x} of {@code @RolesAllowed("x")} is the permission {@code rest.x} (RestService.isUserInRole), i.e. the
 * UserAdmin group {@code kura.permission.rest.x}, which {@code admin} has through {@code kura.permission.kura.admin}.
 * Anything else leaves the request anonymous.
 */
@Priority(Priorities.AUTHENTICATION)
final class BasicAuthentication implements ContainerRequestFilter {

    static final String REST_PERMISSION_PREFIX = "rest.";

    private final KuraIdentities identities;

    BasicAuthentication(KuraIdentities identities) {
        this.identities = identities;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString("Authorization");
        if (header == null || !header.startsWith("Basic ")) {
            return;
        }
        String credentials;
        try {
            credentials = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return;
        }
        int colon = credentials.indexOf(':');
        if (colon < 0) {
            return;
        }
        String name = credentials.substring(0, colon);
        if (identities.verify(name, credentials.substring(colon + 1))) {
            request.setSecurityContext(new KuraUser(name, request.getSecurityContext().isSecure()));
        }
    }

    private final class KuraUser implements SecurityContext {

        private final String name;
        private final boolean secure;

        KuraUser(String name, boolean secure) {
            this.name = name;
            this.secure = secure;
        }

        @Override
        public Principal getUserPrincipal() {
            return () -> name;
        }

        @Override
        public boolean isUserInRole(String role) {
            return identities.hasPermission(name, REST_PERMISSION_PREFIX + role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return BASIC_AUTH;
        }
    }
}
