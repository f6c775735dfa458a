package org.aioschedule.kura.emulator.metatype;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The {@code OCD} and {@code Designate} children of a metatype file's root element, as Kura reads them. */
public final class KuraMetadata {

    private final List<KuraOcd> ocds;
    private final List<KuraDesignate> designates;

    KuraMetadata(List<KuraOcd> ocds, List<KuraDesignate> designates) {
        this.ocds = Collections.unmodifiableList(new ArrayList<>(ocds));
        this.designates = Collections.unmodifiableList(new ArrayList<>(designates));
    }

    public List<KuraOcd> ocds() {
        return this.ocds;
    }

    public List<KuraDesignate> designates() {
        return this.designates;
    }

    /** The first designate whose {@code pid} or {@code factoryPid} is {@code pid}, or {@code null}. */
    public KuraDesignate designate(String pid) {
        for (KuraDesignate designate : this.designates) {
            if (pid.equals(designate.pid()) || pid.equals(designate.factoryPid())) {
                return designate;
            }
        }
        return null;
    }

    /** The first OCD whose id is {@code id}, or {@code null}. */
    public KuraOcd ocd(String id) {
        for (KuraOcd ocd : this.ocds) {
            if (id.equals(ocd.id())) {
                return ocd;
            }
        }
        return null;
    }
}
