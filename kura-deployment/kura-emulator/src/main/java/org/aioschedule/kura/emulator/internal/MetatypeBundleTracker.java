package org.aioschedule.kura.emulator.internal;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.aioschedule.kura.emulator.metatype.KuraMetatypeDiscovery;
import org.aioschedule.kura.emulator.metatype.KuraMetatypeParser;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kura's metatype discovery: for each ACTIVE bundle, the PIDs and factory PIDs the MetaTypeService lists, each read
 * from {@code OSGI-INF/metatype/<pid>.xml} with Kura's own parser. A file that is missing or that Kura cannot read
 * is skipped with a warning; when the bundle stops, the factory PIDs it provided are no longer offered.
 */
final class MetatypeBundleTracker extends BundleTracker<Bundle> {

    private static final Logger LOG = LoggerFactory.getLogger(MetatypeBundleTracker.class);

    private final MetaTypeService metaTypeService;
    private final ConfigurationRegistry registry;

    MetatypeBundleTracker(BundleContext context, MetaTypeService metaTypeService, ConfigurationRegistry registry) {
        super(context, Bundle.ACTIVE, null);
        this.metaTypeService = metaTypeService;
        this.registry = registry;
    }

    @Override
    public Bundle addingBundle(Bundle bundle, BundleEvent event) {
        MetaTypeInformation information = this.metaTypeService.getMetaTypeInformation(bundle);
        if (information == null) {
            return bundle;
        }
        List<String> pids = new ArrayList<>(Arrays.asList(information.getPids()));
        pids.addAll(Arrays.asList(information.getFactoryPids()));
        for (String pid : pids) {
            register(bundle, pid);
        }
        return bundle;
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, Bundle tracked) {
        this.registry.onBundleRemoved(provider(bundle));
    }

    /** A bundle as Kura identifies the provider of a factory PID: its symbolic name and version. */
    static String provider(Bundle bundle) {
        return bundle.getSymbolicName() + "_" + bundle.getVersion();
    }

    private void register(Bundle bundle, String filePid) {
        URL resource = bundle.getResource("OSGI-INF/metatype/" + filePid + ".xml");
        if (resource == null) {
            LOG.warn("{}: no OSGI-INF/metatype/{}.xml; Kura does not show this configuration",
                    bundle.getSymbolicName(), filePid);
            return;
        }
        try (InputStream in = resource.openStream()) {
            KuraMetatypeDiscovery found = KuraMetatypeDiscovery.discover(filePid, KuraMetatypeParser.parse(in));
            this.registry.registerOcd(found.pid(), found.ocd(), found.isFactory(), provider(bundle));
        } catch (Exception e) {
            LOG.error("{}: error seeding configuration for pid {}", bundle.getSymbolicName(), filePid, e);
        }
    }
}
