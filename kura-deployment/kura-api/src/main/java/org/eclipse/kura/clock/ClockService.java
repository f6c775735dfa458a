package org.eclipse.kura.clock;

import java.util.Date;

import org.eclipse.kura.KuraException;
import org.osgi.annotation.versioning.ProviderType;

/** Kura's clock synchronization service. */
@ProviderType
public interface ClockService {

    /** The time of the last successful synchronization, or {@code null} if the clock was never synchronized. */
    public Date getLastSync() throws KuraException;
}
