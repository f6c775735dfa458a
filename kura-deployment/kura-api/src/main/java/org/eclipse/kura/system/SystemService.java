package org.eclipse.kura.system;

import java.util.Properties;

import org.osgi.annotation.versioning.ProviderType;

/** Kura's system service (subset: the durable directories and the Kura properties). */
@ProviderType
public interface SystemService {

    /** The directory where Kura keeps configuration snapshots ({@code kura.snapshots}). */
    public String getKuraSnapshotsDirectory();

    /** The durable data directory ({@code kura.data}). */
    public String getKuraDataDirectory();

    /** Kura's properties. */
    public Properties getProperties();
}
