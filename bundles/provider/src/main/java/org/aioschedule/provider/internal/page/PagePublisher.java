package org.aioschedule.provider.internal.page;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.http.HttpService;
import org.osgi.service.http.NamespaceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The page's files registered with one HTTP service, until withdrawn. */
final class PagePublisher {

    private static final Logger LOG = LoggerFactory.getLogger(PagePublisher.class);

    private final BundleContext context;
    private final ServiceReference<?> reference;
    private final HttpService http;
    private final String alias;

    private PagePublisher(BundleContext context, ServiceReference<?> reference, HttpService http, String alias) {
        this.context = context;
        this.reference = reference;
        this.http = http;
        this.alias = alias;
    }

    /** Registers the page's files at {@code alias}; null when the HTTP service is gone or refuses the alias. */
    static PagePublisher publish(BundleContext context, ServiceReference<?> reference, String alias, String folder) {
        HttpService http = (HttpService) context.getService(reference);
        if (http == null) {
            return null;
        }
        try {
            http.registerResources(alias, folder, new PageFiles(context.getBundle(), folder));
            LOG.info("The status page is at {} of the HTTP service", alias);
            return new PagePublisher(context, reference, http, alias);
        } catch (NamespaceException | RuntimeException e) {
            LOG.warn("The status page could not be registered at {} of the HTTP service", alias, e);
            context.ungetService(reference);
            return null;
        }
    }

    void withdraw() {
        try {
            http.unregister(alias);
        } catch (IllegalArgumentException e) {
            LOG.debug("The status page was not registered at {}", alias, e);
        } finally {
            context.ungetService(reference);
        }
    }
}
