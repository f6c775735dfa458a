package org.aioschedule.kura.emulator.internal;

import java.util.Properties;
import java.util.function.Function;

import org.eclipse.kura.system.SystemService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kura's SystemService, reduced to the durable directories: {@code kura.data} and {@code kura.snapshots} are read
 * from the framework (or system) properties, and activation fails with a clear message when either is unset.
 */
@Component(service = SystemService.class)
public final class SystemServiceEmulator implements SystemService {

    static final String KURA_DATA = "kura.data";
    static final String KURA_SNAPSHOTS = "kura.snapshots";
    private static final String[] OPTIONAL = { "kura.home", "kura.packages", "kura.version",
        KEY_KURA_SNAPSHOTS_COUNT };
    private static final int DEFAULT_SNAPSHOTS_COUNT = 10;
    private static final Logger LOG = LoggerFactory.getLogger(SystemServiceEmulator.class);

    private volatile Properties properties = new Properties();

    @Activate
    void activate(BundleContext context) {
        start(context::getProperty);
    }

    void start(Function<String, String> frameworkProperties) {
        Properties read = new Properties();
        read.setProperty(KURA_DATA, required(frameworkProperties, KURA_DATA, "/opt/eclipse/kura/data"));
        read.setProperty(KURA_SNAPSHOTS,
                required(frameworkProperties, KURA_SNAPSHOTS, "/opt/eclipse/kura/user/snapshots"));
        for (String name : OPTIONAL) {
            String value = frameworkProperties.apply(name);
            if (value != null) {
                read.setProperty(name, value);
            }
        }
        this.properties = read;
    }

    private static String required(Function<String, String> properties, String name, String kuraDefault) {
        String value = properties.apply(name);
        if (value == null || value.trim().isEmpty()) {
            throw new IllegalStateException("Kura emulator: framework property '" + name + "' is not set. Set it to"
                    + " a durable directory (on Kura it is " + kuraDefault + "), e.g. -D" + name + "=<dir>");
        }
        return value;
    }

    @Override
    public String getKuraSnapshotsDirectory() {
        return this.properties.getProperty(KURA_SNAPSHOTS);
    }

    /**
     * {@code kura.snapshots.count} (a framework or system property here, a Kura property on Kura); 10 when unset,
     * blank or not a number, as Kura's SystemServiceImpl (KURA_5.4.1_RELEASE).
     */
    @Override
    public int getKuraSnapshotsCount() {
        String count = this.properties.getProperty(KEY_KURA_SNAPSHOTS_COUNT);
        if (count == null || count.trim().isEmpty()) {
            return DEFAULT_SNAPSHOTS_COUNT;
        }
        try {
            return Integer.parseInt(count);
        } catch (NumberFormatException e) {
            LOG.error("Invalid {} '{}' (an integer such as 10): using {}", KEY_KURA_SNAPSHOTS_COUNT, count,
                    DEFAULT_SNAPSHOTS_COUNT);
            return DEFAULT_SNAPSHOTS_COUNT;
        }
    }

    @Override
    public String getKuraDataDirectory() {
        return this.properties.getProperty(KURA_DATA);
    }

    @Override
    public Properties getProperties() {
        Properties copy = new Properties();
        copy.putAll(this.properties);
        return copy;
    }
}
