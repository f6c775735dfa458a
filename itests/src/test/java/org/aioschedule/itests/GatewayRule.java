package org.aioschedule.itests;

import static org.junit.Assert.assertTrue;

import org.aioschedule.itests.GatewayViews.JobView;
import org.junit.rules.TestWatcher;
import org.junit.runner.Description;
import org.osgi.framework.Bundle;

/**
 * The {@link KuraGateway} of one test: started with both deployment packages on the composition the build selected,
 * its diagnostics printed when the test fails, stopped and removed after it.
 */
final class GatewayRule extends TestWatcher {

    private KuraGateway gateway;

    /** A fresh gateway named {@code name}, with or without the key-value service, both packages deployed. */
    KuraGateway startWithPackages(String name, boolean keyValueService) throws Exception {
        gateway = KuraGateway.start(name, keyValueService);
        Bundle framework = gateway.context().getBundle(0);
        String running = framework.getSymbolicName() + " " + framework.getVersion();
        String expected = KuraRuntime.expectedFrameworkAndScr()[0];
        assertTrue(KuraRuntime.name() + " composition expects " + expected + ", the gateway runs " + running,
                running.startsWith(expected));
        gateway.deploy("org.aioschedule.dp");
        gateway.deploy("org.aioschedule.examples.dp");
        gateway.service("org.aioschedule.Scheduler");
        return gateway;
    }

    /** The job now, or null when the scheduler does not have it or is being replaced (an upgrade, a rebuild). */
    JobView job(String id) {
        try {
            return gateway.job(id).orElse(null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            return null;
        }
    }

    long runCount(String id) {
        JobView job = job(id);
        return job == null ? 0 : job.runCount;
    }

    @Override
    protected void failed(Throwable e, Description description) {
        if (gateway != null) {
            System.err.println(gateway.diagnostics());
        }
    }

    @Override
    protected void finished(Description description) {
        if (gateway == null) {
            return;
        }
        try {
            gateway.close();
        } catch (Exception e) {
            throw new IllegalStateException("The gateway did not stop", e);
        }
        KuraRuntime.deleteRecursively(gateway.home());
    }
}
