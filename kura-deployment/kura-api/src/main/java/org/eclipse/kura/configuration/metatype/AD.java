package org.eclipse.kura.configuration.metatype;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** An {@code AD} element (attribute definition) of a metatype file, as Kura reads it. */
@ProviderType
public interface AD {

    /** The {@code Option} children: the web UI shows a drop-down when there are any. */
    public List<Option> getOption();

    public String getName();

    public String getDescription();

    public String getId();

    public Scalar getType();

    /** 0, 1 and -1 mean a single value; any other value an array. */
    public int getCardinality();

    public String getMin();

    public String getMax();

    /** The raw {@code default} attribute: values separated by {@code ','}, {@code '\'} escaping. */
    public String getDefault();

    public boolean isRequired();
}
