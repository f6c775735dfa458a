package org.aioschedule.kura.emulator.internal.rest;

import javax.ws.rs.core.Feature;
import javax.ws.rs.core.FeatureContext;

import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;

/**
 * What Kura's REST stack adds to every resource: Jersey's {@code @RolesAllowed} check (the com.eclipsesource.jaxrs
 * security provider's; guess: its source is not in Kura's repository, only its use by RestService), basic
 * authentication against UserAdmin, and the answers to refused calls.
 */
final class KuraRestFeature implements Feature {

    private final KuraIdentities identities;

    KuraRestFeature(KuraIdentities identities) {
        this.identities = identities;
    }

    @Override
    public boolean configure(FeatureContext context) {
        context.register(RolesAllowedDynamicFeature.class);
        context.register(new BasicAuthentication(identities));
        context.register(new RefusalAnswers());
        return true;
    }
}
