package org.aioschedule.gateway.soak;

import java.util.Hashtable;

import org.aioschedule.Task;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;

/** Registers the {@link LedgerTask} as a task service with PID {@value LedgerTask#PID}. */
public final class LedgerActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(Constants.SERVICE_PID, LedgerTask.PID);
        context.registerService(Task.class, new LedgerTask(), properties);
    }

    @Override
    public void stop(BundleContext context) {
    }
}
