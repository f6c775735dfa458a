package org.aioschedule.itests;

import javax.inject.Inject;

import org.aioschedule.Scheduler;
import org.apache.felix.service.command.CommandProcessor;
import org.eclipse.kura.configuration.ConfigurationService;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.osgi.framework.BundleContext;

/**
 * What the in-framework job scenarios share: the composition the build selected (a work directory per class), the
 * services they drive (Kura's ConfigurationService, the Scheduler, the shell), the job events, the framework's
 * diagnostics on failure, and the removal of every {@code itest.*} job instance after each test.
 */
public abstract class KuraJobsSupport {

    protected static final String SCHEDULER = "org.aioschedule.Scheduler";
    protected static final String FACTORY = "org.aioschedule.Job";

    @Rule
    public final FrameworkDiagnostics diagnostics = new FrameworkDiagnostics();

    @Inject
    protected BundleContext context;

    @Inject
    protected ConfigurationService configurationService;

    @Inject
    protected Scheduler scheduler;

    @Inject
    protected CommandProcessor commands;

    protected JobEvents events;

    @Configuration
    public Option[] config() {
        return KuraRuntime.composition(getClass().getSimpleName());
    }

    @Before
    public void listen() {
        events = JobEvents.listen(context);
    }

    @After
    public void removeTestJobs() throws Exception {
        events.close();
        for (String pid : configurationService.getConfigurableComponentPids()) {
            if (pid.startsWith("itest.")) {
                configurationService.deleteFactoryConfiguration(pid, false);
            }
        }
    }

    protected String shell(String command) {
        return Probe.shell(commands, command);
    }
}
