package org.aioschedule.provider.internal.rest;

import java.time.Clock;

import org.aioschedule.provider.internal.SchedulerHost;
import org.eclipse.kura.KuraException;
import org.eclipse.kura.cloudconnection.request.RequestHandlerRegistry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the cloud request handler {@value CloudRequests#APP_ID} with every {@link RequestHandlerRegistry} (each
 * cloud connection offers one), as Kura's own REST services register theirs. Disabled in the descriptor:
 * {@link RestGuard} enables it once JAX-RS and Kura's cloud request packages are wired. Needs no UserAdmin: cloud
 * requests carry no identity, the cloud connection is the credential.
 */
@Component(name = RestGuard.REQUEST_HANDLER_COMPONENT, service = {}, enabled = false, immediate = true)
public final class SchedulerRequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SchedulerRequestHandler.class);

    private final Clock clock;
    private volatile CloudRequests requests;

    /** For SCR. */
    public SchedulerRequestHandler() {
        this(Clock.systemUTC());
    }

    /** With the clock the answers' time windows start from (tests: the engine's settable clock). */
    public SchedulerRequestHandler(Clock clock) {
        this.clock = clock;
    }

    @Reference
    public void setHost(SchedulerHost host) {
        this.requests = new CloudRequests(new SchedulerResource(host, clock));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void setRequestHandlerRegistry(RequestHandlerRegistry registry) {
        try {
            registry.registerRequestHandler(CloudRequests.APP_ID, requests);
        } catch (KuraException e) {
            LOG.warn("Cannot register cloud request handler {}", CloudRequests.APP_ID, e);
        }
    }

    public void unsetRequestHandlerRegistry(RequestHandlerRegistry registry) {
        try {
            registry.unregister(CloudRequests.APP_ID);
        } catch (KuraException e) {
            LOG.warn("Cannot unregister cloud request handler {}", CloudRequests.APP_ID, e);
        }
    }
}
