package org.aioschedule.provider.internal.page;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Serves the status page (plain HTML, CSS and JavaScript in the bundle's {@code status-page} folder) at
 * {@value #ALIAS} through the HTTP service, where there is one (Kura's; the import is optional and the reference too,
 * so the bundle needs no HTTP service to resolve or run). The page holds no data: it reads the REST API at
 * {@code /services/aioschedule/v1}, whose basic authentication the browser answers. The HTTP service is bound as a
 * reference: only {@link PagePublisher} names its type, and it is loaded only when there is one.
 */
@Component(immediate = true)
public final class StatusPage {

    static final String ALIAS = "/aioschedule";
    static final String FOLDER = "/status-page";

    private BundleContext context;
    private ServiceReference<?> http;
    private PagePublisher publisher;

    @Activate
    synchronized void activate(BundleContext bundleContext) {
        this.context = bundleContext;
        publish();
    }

    @Reference(service = org.osgi.service.http.HttpService.class, cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    synchronized void bindHttpService(ServiceReference<?> reference) {
        withdraw();
        http = reference;
        publish();
    }

    synchronized void unbindHttpService(ServiceReference<?> reference) {
        if (reference.equals(http)) {
            withdraw();
            http = null;
        }
    }

    @Deactivate
    synchronized void deactivate() {
        withdraw();
        context = null;
    }

    private void publish() {
        if (context != null && http != null && publisher == null) {
            publisher = PagePublisher.publish(context, http, ALIAS, FOLDER);
        }
    }

    private void withdraw() {
        if (publisher != null) {
            publisher.withdraw();
            publisher = null;
        }
    }
}
