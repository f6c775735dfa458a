package org.aioschedule.provider.internal;

import java.util.function.BiFunction;

import org.aioschedule.provider.internal.store.KuraStore;
import org.osgi.framework.ServiceReference;

/**
 * The Kura DB services bound to the scheduler, held by reference: the Kura DB packages are optional imports, so
 * nothing here mentions their types. A service becomes a typed {@link KuraStore} only once it is bound and the
 * component is active (the service object is located through the component context then).
 */
final class KuraDbServices {

    static final String KEYVALUE = "KeyValueDbService";
    static final String DB = "BaseDbService";

    private final Slot keyValue = new Slot(KEYVALUE);
    private final Slot db = new Slot(DB);
    private BiFunction<String, ServiceReference<?>, Object> locator;

    /** From activation on: how to get the service object of a bound reference. */
    void activate(BiFunction<String, ServiceReference<?>, Object> locator) {
        this.locator = locator;
        keyValue.resolve();
        db.resolve();
    }

    void deactivate() {
        locator = null;
    }

    /** @return whether the store candidates changed */
    boolean bind(String name, ServiceReference<?> reference) {
        return slot(name).bind(reference);
    }

    /** @return whether the store candidates changed */
    boolean unbind(String name, ServiceReference<?> reference) {
        return slot(name).unbind(reference);
    }

    /** Whether {@code reference} is the service bound as {@code name}. */
    boolean isBound(String name, ServiceReference<?> reference) {
        ServiceReference<?> bound = slot(name).reference;
        return bound != null && bound.equals(reference);
    }

    /** For tests: a service bound without OSGi. */
    void set(String name, KuraStore store) {
        Slot slot = slot(name);
        slot.reference = null;
        slot.store = store;
    }

    KuraStore keyValue() {
        return keyValue.store;
    }

    KuraStore db() {
        return db.store;
    }

    private Slot slot(String name) {
        return KEYVALUE.equals(name) ? keyValue : db;
    }

    private final class Slot {
        final String name;
        ServiceReference<?> reference;
        KuraStore store;

        Slot(String name) {
            this.name = name;
        }

        boolean bind(ServiceReference<?> next) {
            reference = next;
            store = null;
            resolve();
            return true;
        }

        boolean unbind(ServiceReference<?> gone) {
            if (reference == null || !reference.equals(gone)) {
                return false;
            }
            reference = null;
            store = null;
            return true;
        }

        void resolve() {
            if (reference == null || locator == null || store != null) {
                return;
            }
            Object service = locator.apply(name, reference);
            if (service == null) {
                return;
            }
            String pid = pid(reference);
            store = KEYVALUE.equals(name) ? KuraStore.keyValue(service, pid) : KuraStore.database(service, pid);
        }
    }

    private static String pid(ServiceReference<?> reference) {
        String pid = ServicePid.of(reference::getProperty);
        return pid == null ? "service " + reference.getProperty("service.id") : pid;
    }
}
