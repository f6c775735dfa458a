package org.eclipse.kura.system;

import java.util.Properties;

import org.osgi.annotation.versioning.ProviderType;

/** Kura's system service (subset: the durable directories and the Kura properties). */
@ProviderType
public interface SystemService {

    /** The Kura property holding the number of snapshots kept. */
    public static final String KEY_KURA_SNAPSHOTS_COUNT = "kura.snapshots.count";

    /** The directory where Kura keeps configuration snapshots ({@code kura.snapshots}). */
    public String getKuraSnapshotsDirectory();

    /**
     * The number of snapshots the ConfigurationService keeps ({@code kura.snapshots.count}, 10 when unset or not a
     * number).
     */
    public int getKuraSnapshotsCount();

    /** The durable data directory ({@code kura.data}). */
    public String getKuraDataDirectory();

    /** Kura's properties. */
    public Properties getProperties();
}
