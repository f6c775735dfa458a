package org.eclipse.kura.configuration.metatype;

import org.osgi.annotation.versioning.ProviderType;

/** An {@code Option} of an attribute definition. */
@ProviderType
public interface Option {

    public String getLabel();

    public String getValue();
}
