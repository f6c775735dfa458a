package org.aioschedule.provider.internal;

import java.util.Map;

import org.aioschedule.provider.internal.config.JobOptions;
import org.eclipse.kura.configuration.ConfigurableComponent;
import org.osgi.service.component.ComponentConstants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * One {@code org.aioschedule.Job} factory instance (the Kura web UI's "+" dialog): one configured job, whose id is
 * the instance's {@code kura.service.pid}. Deleting the configuration removes the job and its state; any other
 * deactivation (bundle stop, scheduler going away) releases it, keeping its state for when it comes back.
 */
@Component(name = JobOptions.FACTORY_PID, configurationPid = JobOptions.FACTORY_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true,
        service = ConfigurableComponent.class)
@Designate(ocd = JobConfig.class, factory = true)
public final class JobComponent implements ConfigurableComponent {

    private SchedulerHost host;
    private String id;

    @Reference
    void setHost(SchedulerHost host) {
        this.host = host;
    }

    @Activate
    void activate(Map<String, Object> properties) {
        modified(properties);
    }

    @Modified
    synchronized void modified(Map<String, Object> properties) {
        JobOptions options = JobOptions.from(properties);
        if (id != null && !id.equals(options.id)) {
            host.releaseJob(id);
        }
        id = options.id;
        host.defineJob(options);
    }

    @Deactivate
    synchronized void deactivate(int reason) {
        if (id == null) {
            return;
        }
        if (reason == ComponentConstants.DEACTIVATION_REASON_CONFIGURATION_DELETED) {
            host.removeJob(id);
        } else {
            host.releaseJob(id);
        }
        id = null;
    }
}
