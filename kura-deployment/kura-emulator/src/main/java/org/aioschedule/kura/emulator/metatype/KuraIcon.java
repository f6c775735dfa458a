package org.aioschedule.kura.emulator.metatype;

import java.math.BigInteger;

import org.eclipse.kura.configuration.metatype.Icon;

/**
 * An {@code Icon} of an OCD as Kura reads it: a blank resource is {@code null}; a size that is absent, not an integer
 * or negative is 0 (XmlJavaMetadataMapper, KURA_5.4.1_RELEASE).
 */
public final class KuraIcon implements Icon {

    private final String resource;
    private final BigInteger size;

    KuraIcon(String resource, BigInteger size) {
        this.resource = resource;
        this.size = size;
    }

    static BigInteger size(String text) {
        try {
            BigInteger size = new BigInteger(text);
            return size.signum() >= 0 ? size : BigInteger.ZERO;
        } catch (NumberFormatException e) {
            return BigInteger.ZERO;
        }
    }

    @Override
    public String getResource() {
        return this.resource;
    }

    @Override
    public BigInteger getSize() {
        return this.size;
    }
}
