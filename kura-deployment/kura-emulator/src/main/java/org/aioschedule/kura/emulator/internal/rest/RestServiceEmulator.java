package org.aioschedule.kura.emulator.internal.rest;

import javax.ws.rs.core.Feature;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.useradmin.UserAdmin;

/**
 * The stand-in of Kura's REST provider ({@code org.eclipse.kura.rest.provider}'s RestService with its basic
 * authentication provider): it publishes, as a JAX-RS {@link Feature} service that the com.eclipsesource.jaxrs
 * publisher adds to every resource under {@code /services}, basic authentication against Kura's UserAdmin users and
 * the {@code @RolesAllowed} check against Kura's permission groups. Active only where UserAdmin runs (the local
 * gateway's and the integration tests' HTTP stack).
 */
@Component(immediate = true)
public final class RestServiceEmulator {

    private ServiceRegistration<Feature> registration;

    @Reference
    private UserAdmin userAdmin;

    @Activate
    void activate(BundleContext context) {
        registration = context.registerService(Feature.class, new KuraRestFeature(new KuraIdentities(userAdmin)),
                null);
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
    }
}
