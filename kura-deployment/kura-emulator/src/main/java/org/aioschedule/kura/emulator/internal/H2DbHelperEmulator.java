package org.aioschedule.kura.emulator.internal;

import org.eclipse.kura.KuraException;
import org.eclipse.kura.configuration.ConfigurationService;
import org.eclipse.kura.db.H2DbService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kura 5.4.1's H2DbHelper (OSGI-INF/h2dbhelper.xml, immediate, static reference to ConfigurationService): at
 * activation, when the ConfigurationService knows no configuration for {@link H2DbService#DEFAULT_INSTANCE_PID}
 * ({@code getComponentConfiguration} gives null), it creates that factory instance of
 * {@link H2DbServiceEmulator#FACTORY_PID} with no properties of its own (so {@code jdbc:h2:mem:kuradb} and the other
 * metatype defaults) and takes a snapshot; at deactivation it deletes the instance without a snapshot.
 */
@Component(immediate = true)
public final class H2DbHelperEmulator {

    private static final Logger LOG = LoggerFactory.getLogger(H2DbHelperEmulator.class);

    private ConfigurationService configurationService;

    @Reference
    void setConfigurationService(ConfigurationService configurationService) {
        this.configurationService = configurationService;
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

    /** As Kura asks it; an instance restored from the snapshot at boot is tracked from then on, so it is known. */
    private boolean defaultInstanceKnown() throws KuraException {
        return this.configurationService.getComponentConfiguration(H2DbService.DEFAULT_INSTANCE_PID) != null;
    }
}
