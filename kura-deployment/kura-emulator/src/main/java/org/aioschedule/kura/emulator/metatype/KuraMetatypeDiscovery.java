package org.aioschedule.kura.emulator.metatype;

/**
 * What Kura registers for a metatype file named {@code OSGI-INF/metatype/<pid>.xml}, where {@code pid} is one the
 * MetaTypeService lists for the bundle: the designate for {@code pid} (by {@code pid} or {@code factoryPid})
 * decides whether it is a factory, and the OCD whose id equals the resulting PID (not {@code ocdref}) is used.
 */
public final class KuraMetatypeDiscovery {

    private final String pid;
    private final boolean factory;
    private final KuraOcd ocd;

    private KuraMetatypeDiscovery(String pid, boolean factory, KuraOcd ocd) {
        this.pid = pid;
        this.factory = factory;
        this.ocd = ocd;
    }

    /**
     * Applies Kura's discovery rule to the parsed file {@code <filePid>.xml}.
     *
     * @throws KuraMetatypeException if no designate names {@code filePid}: Kura then fails to register it
     */
    public static KuraMetatypeDiscovery discover(String filePid, KuraMetadata metadata) throws KuraMetatypeException {
        KuraDesignate designate = metadata.designate(filePid);
        if (designate == null) {
            throw new KuraMetatypeException("no Designate with pid or factoryPid '" + filePid
                    + "' in OSGI-INF/metatype/" + filePid + ".xml: Kura does not register this configuration");
        }
        String pid = designate.isFactory() ? designate.factoryPid() : filePid;
        return new KuraMetatypeDiscovery(pid, designate.isFactory(), metadata.ocd(pid));
    }

    /** The PID Kura registers: the factory PID for a factory designate, else the file's PID. */
    public String pid() {
        return this.pid;
    }

    public boolean isFactory() {
        return this.factory;
    }

    /**
     * The OCD whose id equals {@link #pid()}, or {@code null}: Kura then tracks the component but the web UI does
     * not show it, and only {@code kura.service.pid} is seeded.
     */
    public KuraOcd ocd() {
        return this.ocd;
    }
}
