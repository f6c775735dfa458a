package org.aioschedule.kura.emulator.internal;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.aioschedule.kura.emulator.metatype.KuraMetatypeParser;
import org.aioschedule.kura.emulator.metatype.KuraOcd;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** The emulated ConfigurationService's parts on a FakeConfigurationAdmin, a snapshot directory and a fixed clock. */
final class KuraFixture {

    static final String FACTORY = "org.example.Job";
    static final String SINGLETON = "org.example.Scheduler";
    static final String PROVIDER = "org.example.bundle_1.0.0";

    final FakeConfigurationAdmin configAdmin = new FakeConfigurationAdmin();
    final AtomicInteger snapshotsKept = new AtomicInteger(10);
    final AtomicLong millis = new AtomicLong(1_000);
    final SnapshotStore snapshots;
    final ConfigurationRegistry registry;
    final ConfigurationWrites writes;

    KuraFixture(Path snapshotsDir) {
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.ofEpochMilli(KuraFixture.this.millis.getAndIncrement());
            }
        };
        this.snapshots = new SnapshotStore(snapshotsDir, clock, this.snapshotsKept::get);
        this.registry = new ConfigurationRegistry(this.configAdmin, pid -> null);
        this.writes = new ConfigurationWrites(this.registry, this.configAdmin, this.snapshots);
    }

    /** Boots again on the same snapshots: a wiped ConfigurationAdmin and nothing tracked. */
    KuraFixture reboot(Path snapshotsDir) {
        return new KuraFixture(snapshotsDir);
    }

    static KuraOcd ocd(String id) throws Exception {
        String xml = "<MetaData><OCD id='" + id + "' name='x'>"
                + "<AD id='enabled' type='Boolean' default='true'/>"
                + "<AD id='threads' type='Integer' default='4'/>"
                + "<AD id='tags' type='String' cardinality='3' default='a\\, b , c'/>"
                + "<AD id='note' type='String' default=''/>"
                + "</OCD></MetaData>";
        return KuraMetatypeParser.parse(xml).ocd(id);
    }

    static Map<String, Object> props(Object... keysAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static Dictionary<String, Object> dictionary(Object... keysAndValues) {
        return Dictionaries.toDictionary(props(keysAndValues));
    }

    /** A service reference whose properties are {@code properties}, read at each call. */
    @SuppressWarnings("unchecked")
    static <S> ServiceReference<S> reference(Map<String, Object> properties) {
        return (ServiceReference<S>) Proxy.newProxyInstance(KuraFixture.class.getClassLoader(),
                new Class<?>[] { ServiceReference.class }, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getProperty":
                            return properties.get(args[0]);
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        case "equals":
                            return proxy == args[0];
                        case "compareTo":
                            return 0;
                        default:
                            return null;
                    }
                });
    }

    /** A bundle context good enough to construct a ServiceTracker (filters only). */
    static BundleContext context() {
        return (BundleContext) Proxy.newProxyInstance(KuraFixture.class.getClassLoader(),
                new Class<?>[] { BundleContext.class }, (proxy, method, args) -> {
                    if (method.getName().equals("createFilter")) {
                        return FrameworkUtil.createFilter((String) args[0]);
                    }
                    return null;
                });
    }
}
