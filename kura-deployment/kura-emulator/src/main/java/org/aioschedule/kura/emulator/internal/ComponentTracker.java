package org.aioschedule.kura.emulator.internal;

import org.eclipse.kura.configuration.ConfigurationService;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kura's dynamic 0..n references to ConfigurableComponent and SelfConfiguringComponent (OSGI-INF/configuration.xml,
 * KURA_5.4.1_RELEASE): the PIDs are read with {@code toString()} at each registration and the component is
 * registered with them; at unregistration the {@code kura.service.pid} the service has then is unregistered. A
 * change of service properties is not seen (Kura's references have no updated method).
 */
final class ComponentTracker<S> extends ServiceTracker<S, ServiceReference<S>> {

    private static final Logger LOG = LoggerFactory.getLogger(ComponentTracker.class);

    private final ConfigurationRegistry registry;
    private final boolean selfConfiguring;

    ComponentTracker(BundleContext context, Class<S> type, ConfigurationRegistry registry, boolean selfConfiguring) {
        super(context, type, null);
        this.registry = registry;
        this.selfConfiguring = selfConfiguring;
    }

    @Override
    public ServiceReference<S> addingService(ServiceReference<S> reference) {
        String servicePid = pidString(reference.getProperty(Constants.SERVICE_PID));
        if (servicePid == null) {
            return reference;
        }
        String pid = pidString(reference.getProperty(ConfigurationService.KURA_SERVICE_PID));
        try {
            if (this.selfConfiguring) {
                this.registry.registerSelfConfiguring(pid, servicePid);
            } else {
                this.registry.registerComponent(pid, servicePid,
                        pidString(reference.getProperty(ConfigurationAdmin.SERVICE_FACTORYPID)));
            }
        } catch (RuntimeException e) {
            LOG.error("Error binding the component with kura.service.pid {} and service.pid {}", pid, servicePid, e);
        }
        return reference;
    }

    @Override
    public void removedService(ServiceReference<S> reference, ServiceReference<S> tracked) {
        if (pidString(reference.getProperty(Constants.SERVICE_PID)) != null) {
            this.registry.unregisterComponent(pidString(reference.getProperty(ConfigurationService.KURA_SERVICE_PID)));
        }
    }

    /** A PID property as Kura reads it: its {@code toString()}, so a list gives {@code "[a, b]"}. */
    static String pidString(Object value) {
        return value == null ? null : value.toString();
    }
}
