package org.eclipse.kura.configuration.metatype;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** An {@code OCD} element of a metatype file, as Kura reads it. */
@ProviderType
public interface OCD {

    /** The {@code AD} children, in file order. */
    public List<AD> getAD();

    /** The {@code Icon} children; the web UI shows the first. */
    public List<Icon> getIcon();

    public String getName();

    public String getDescription();

    public String getId();
}
