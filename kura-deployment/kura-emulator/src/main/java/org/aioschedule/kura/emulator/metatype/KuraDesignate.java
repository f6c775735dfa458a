package org.aioschedule.kura.emulator.metatype;

/** A {@code Designate} as Kura reads it. Blank attributes are {@code null}. */
public final class KuraDesignate {

    private final String pid;
    private final String factoryPid;
    private final String ocdRef;

    KuraDesignate(String pid, String factoryPid, String ocdRef) {
        this.pid = pid;
        this.factoryPid = factoryPid;
        this.ocdRef = ocdRef;
    }

    public String pid() {
        return this.pid;
    }

    public String factoryPid() {
        return this.factoryPid;
    }

    /** The {@code ocdref} of the last {@code Object} child, or {@code null}. */
    public String ocdRef() {
        return this.ocdRef;
    }

    public boolean isFactory() {
        return this.factoryPid != null && !this.factoryPid.isEmpty();
    }
}
