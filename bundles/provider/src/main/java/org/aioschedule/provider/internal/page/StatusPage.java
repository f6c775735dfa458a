package org.aioschedule.provider.internal.page;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.HttpService;
import org.osgi.service.http.NamespaceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the status page (plain HTML, CSS and JavaScript in the bundle's {@code status-page} folder) at
 * {@value #ALIAS} through the HTTP service, where there is one (Kura's; the import is optional). The page holds no
 * data: it reads the REST API at {@code /services/aioschedule/v1}, whose basic authentication the browser answers.
 */
@Component(immediate = true)
public final class StatusPage {

    static final String ALIAS = "/aioschedule";
    static final String FOLDER = "/status-page";

    private static final Logger LOG = LoggerFactory.getLogger(StatusPage.class);

    @Reference
    private HttpService http;

    @Activate
    void activate(BundleContext context) throws NamespaceException {
        http.registerResources(ALIAS, FOLDER, new PageFiles(context.getBundle(), FOLDER));
        LOG.info("The status page is at {} of the HTTP service", ALIAS);
    }

    @Deactivate
    void deactivate() {
        try {
            http.unregister(ALIAS);
        } catch (IllegalArgumentException e) {
            LOG.debug("The status page was not registered at {}", ALIAS, e);
        }
    }
}
