package org.aioschedule.provider.internal.rest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enables the REST resource and the cloud request handler only when the optional packages they use are wired to
 * this bundle, so that on a Kura (or OSGi runtime) without JAX-RS, UserAdmin or Kura's cloud request handling no
 * class naming those types is ever loaded. Names no such type itself.
 */
@Component(service = {}, immediate = true)
public final class RestGuard {

    private static final Logger LOG = LoggerFactory.getLogger(RestGuard.class);

    static final List<String> REST_PACKAGES = Collections.unmodifiableList(Arrays.asList("javax.ws.rs",
            "javax.ws.rs.core", "javax.annotation.security", "org.osgi.service.useradmin"));
    static final List<String> CLOUD_PACKAGES = Collections.unmodifiableList(Arrays.asList("javax.ws.rs",
            "javax.ws.rs.core", "org.eclipse.kura.cloudconnection.request", "org.eclipse.kura.cloudconnection.message",
            "org.eclipse.kura.message", "org.eclipse.kura.request.handler.jaxrs"));
    static final String REST_COMPONENT = "org.aioschedule.provider.rest.SchedulerResource";
    static final String REQUEST_HANDLER_COMPONENT = "org.aioschedule.provider.rest.SchedulerRequestHandler";

    @Activate
    void activate(ComponentContext context) {
        enable(wiredPackages(context.getBundleContext().getBundle()), context);
    }

    /** Enables what the wired packages allow; returns the names of the components enabled. */
    static List<String> enable(Set<String> wired, ComponentContext context) {
        List<String> enabled = new ArrayList<>();
        if (wired.containsAll(REST_PACKAGES)) {
            context.enableComponent(REST_COMPONENT);
            enabled.add(REST_COMPONENT);
        } else {
            LOG.info("REST API /services/aioschedule/v1 is off: the bundle is not wired to {}", missing(wired,
                    REST_PACKAGES));
        }
        if (wired.containsAll(CLOUD_PACKAGES)) {
            context.enableComponent(REQUEST_HANDLER_COMPONENT);
            enabled.add(REQUEST_HANDLER_COMPONENT);
        } else {
            LOG.info("Cloud request handler SCHED-V1 is off: the bundle is not wired to {}", missing(wired,
                    CLOUD_PACKAGES));
        }
        return enabled;
    }

    static Set<String> wiredPackages(Bundle bundle) {
        Set<String> packages = new HashSet<>();
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        if (wiring == null) {
            return packages;
        }
        for (BundleWire wire : wiring.getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE)) {
            packages.add((String) wire.getCapability().getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE));
        }
        return packages;
    }

    private static List<String> missing(Set<String> wired, List<String> needed) {
        List<String> missing = new ArrayList<>(needed);
        missing.removeAll(wired);
        return missing;
    }
}
