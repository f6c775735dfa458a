package org.aioschedule.kura.emulator.internal;

import java.io.IOException;

import org.eclipse.kura.KuraErrorCode;
import org.eclipse.kura.KuraException;
import org.eclipse.kura.configuration.ConfigurationService;
import org.eclipse.kura.db.H2DbService;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kura 5.4.1's H2DbHelper (OSGI-INF/h2dbhelper.xml, immediate, static reference to ConfigurationService): at
 * activation, when the ConfigurationService knows no configuration for {@link H2DbService#DEFAULT_INSTANCE_PID}, it
 * creates that factory instance of {@link H2DbServiceEmulator#FACTORY_PID} with no properties of its own (so
 * {@code jdbc:h2:mem:kuradb} and the other metatype defaults) and takes a snapshot; at deactivation it deletes the
 * instance without a snapshot.
 */
@Component(immediate = true)
public final class H2DbHelperEmulator {

    private static final Logger LOG = LoggerFactory.getLogger(H2DbHelperEmulator.class);

    private ConfigurationService configurationService;
    private ConfigurationAdmin configAdmin;

    @Reference
    void setConfigurationService(ConfigurationService configurationService) {
        this.configurationService = configurationService;
    }

    @Reference
    void setConfigurationAdmin(ConfigurationAdmin configAdmin) {
        this.configAdmin = configAdmin;
    }

    @Activate
    void activate() {
        try {
            if (defaultInstanceKnown()) {
                LOG.info("Default H2DbService instance configuration found");
                return;
            }
            LOG.info("Default H2DbService instance configuration not found, creating new instance...");
            this.configurationService.createFactoryConfiguration(H2DbServiceEmulator.FACTORY_PID,
                    H2DbService.DEFAULT_INSTANCE_PID, null, true);
        } catch (KuraException e) {
            LOG.error("Failed to retrieve or create default H2DbService factory configuration", e);
        }
    }

    @Deactivate
    void deactivate() {
        try {
            if (defaultInstanceKnown()) {
                this.configurationService.deleteFactoryConfiguration(H2DbService.DEFAULT_INSTANCE_PID, false);
            }
        } catch (KuraException e) {
            LOG.error("Failed to remove default H2DbService instance", e);
        }
    }

    /**
     * Kura asks {@code getComponentConfiguration(pid) != null}, which holds once its ConfigurationService knows a
     * {@code service.pid} for the pid: the instance registered, or its entry was restored from the snapshot at boot
     * (restoring creates the factory configuration). Here: the pid is tracked, or ConfigurationAdmin holds a factory
     * configuration of the H2 factory with that {@code kura.service.pid}.
     */
    private boolean defaultInstanceKnown() throws KuraException {
        if (this.configurationService.getConfigurableComponentPids().contains(H2DbService.DEFAULT_INSTANCE_PID)) {
            return true;
        }
        try {
            Configuration[] all = this.configAdmin.listConfigurations(null);
            for (Configuration config : all == null ? new Configuration[0] : all) {
                if (H2DbServiceEmulator.FACTORY_PID.equals(config.getFactoryPid()) && config.getProperties() != null
                        && H2DbService.DEFAULT_INSTANCE_PID.equals(
                                config.getProperties().get(ConfigurationService.KURA_SERVICE_PID))) {
                    return true;
                }
            }
            return false;
        } catch (IOException | InvalidSyntaxException e) {
            throw new KuraException(KuraErrorCode.CONFIGURATION_ERROR, e,
                    "cannot list the configurations of " + H2DbServiceEmulator.FACTORY_PID);
        }
    }
}
