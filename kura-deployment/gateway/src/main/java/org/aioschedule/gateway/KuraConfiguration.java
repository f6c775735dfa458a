package org.aioschedule.gateway;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Kura's ConfigurationService as the web UI uses it (the "+" dialog creates a factory configuration with a name,
 * which becomes its kura.service.pid, and takes a snapshot). Called reflectively: the Kura API lives in the
 * framework, not on the launcher's class path.
 */
final class KuraConfiguration {

    private static final String SERVICE = "org.eclipse.kura.configuration.ConfigurationService";

    private final BundleContext context;

    KuraConfiguration(BundleContext context) {
        this.context = context;
    }

    void createFactoryConfiguration(String factoryPid, String name, Map<String, Object> properties) {
        call("createFactoryConfiguration", new Class<?>[] {String.class, String.class, Map.class, boolean.class},
                factoryPid, name, properties, true);
    }

    void deleteFactoryConfiguration(String pid) {
        call("deleteFactoryConfiguration", new Class<?>[] {String.class, boolean.class}, pid, true);
    }

    private void call(String method, Class<?>[] types, Object... args) {
        ServiceReference<?> reference = context.getServiceReference(SERVICE);
        if (reference == null) {
            throw new IllegalStateException("Kura's ConfigurationService is not available");
        }
        Object service = context.getService(reference);
        try {
            Method target = reference.getBundle().loadClass(SERVICE).getMethod(method, types);
            target.invoke(service, args);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(method + " failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(method + " is not callable: " + e, e);
        } finally {
            context.ungetService(reference);
        }
    }
}
