package org.aioschedule.kura.emulator.internal;

import java.sql.SQLException;
import java.util.Optional;

import org.aioschedule.kura.emulator.KuraEmulatorControl;
import org.aioschedule.kura.emulator.metatype.KuraOcd;
import org.eclipse.kura.configuration.ConfigurationService;
import org.eclipse.kura.db.H2DbService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The emulator's control service. */
@Component(service = KuraEmulatorControl.class)
public final class EmulatorControl implements KuraEmulatorControl {

    private ClockServiceEmulator clock;
    private volatile H2DbServiceEmulator h2;
    private ConfigurationServiceEmulator configuration;

    @Reference
    void setClock(ClockServiceEmulator clock) {
        this.clock = clock;
    }

    void setH2(H2DbServiceEmulator h2) {
        this.h2 = h2;
    }

    /** The default H2 instance, once {@link H2DbHelperEmulator} has created it (and while it exists). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY,
            target = "(" + ConfigurationService.KURA_SERVICE_PID + "=" + H2DbService.DEFAULT_INSTANCE_PID + ")")
    void bindDefaultH2(H2DbService h2) {
        if (h2 instanceof H2DbServiceEmulator) {
            setH2((H2DbServiceEmulator) h2);
        }
    }

    void unbindDefaultH2(H2DbService h2) {
        if (this.h2 == h2) {
            this.h2 = null;
        }
    }

    @Reference
    void setConfiguration(ConfigurationServiceEmulator configuration) {
        this.configuration = configuration;
    }

    @Override
    public Optional<KuraOcd> componentOcd(String pid) {
        return Optional.ofNullable(this.configuration.ocd(pid));
    }

    @Override
    public void syncClock() {
        this.clock.sync();
    }

    @Override
    public boolean defragDatabase() {
        H2DbServiceEmulator current = this.h2;
        if (current == null) {
            return false;
        }
        try {
            return current.shutdownDefrag();
        } catch (SQLException e) {
            throw new IllegalStateException("SHUTDOWN DEFRAG of the H2DbService emulator failed", e);
        }
    }
}
