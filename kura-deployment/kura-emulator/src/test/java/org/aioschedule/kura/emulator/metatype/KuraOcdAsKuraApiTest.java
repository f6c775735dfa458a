package org.aioschedule.kura.emulator.metatype;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigInteger;
import java.util.Map;

import org.eclipse.kura.configuration.metatype.AD;
import org.eclipse.kura.configuration.metatype.OCD;
import org.eclipse.kura.configuration.metatype.Scalar;
import org.junit.jupiter.api.Test;

/**
 * The parsed OCD as Kura's API types (org.eclipse.kura.configuration.metatype, package 1.1.0), as the web UI reads
 * them from ComponentConfiguration.getDefinition(); attribute parsing follows XmlJavaMetadataMapper.java
 * (kura/org.eclipse.kura.xml.marshaller.unmarshaller.provider, KURA_5.4.1_RELEASE), defaults util/ComponentUtil.java
 * getDefaultProperties (kura/org.eclipse.kura.core.configuration).
 */
class KuraOcdAsKuraApiTest {

    @Test
    void shouldExposeTheOcdThroughKurasInterfaces() throws Exception {
        OCD ocd = singleton();

        assertThat(ocd.getId()).isEqualTo("org.example.Singleton");
        assertThat(ocd.getName()).isEqualTo("Singleton");
        assertThat(ocd.getDescription()).isEqualTo("A singleton component");
        assertThat(ocd.getIcon()).hasSize(1);
        assertThat(ocd.getIcon().get(0).getResource()).isEqualTo("OSGI-INF/icon.png");
        assertThat(ocd.getIcon().get(0).getSize()).isEqualTo(BigInteger.valueOf(32));
        AD tags = ocd.getAD().get(2);
        assertThat(tags.getId()).isEqualTo("tags");
        assertThat(tags.getType()).isEqualTo(Scalar.STRING);
        assertThat(tags.getCardinality()).isEqualTo(3);
        assertThat(tags.isRequired()).isFalse();
        assertThat(tags.getDefault()).as("the raw text").isEqualTo("a\\,b , c ,d");
        AD mode = ocd.getAD().get(6);
        assertThat(mode.getOption()).extracting(o -> o.getLabel() + "=" + o.getValue())
                .containsExactly("Fast=fast", "Slow=slow");
        assertThat(ocd.getAD().get(7).getType()).isEqualTo(Scalar.PASSWORD);
        assertThat(ocd.getAD().get(8).getType()).isEqualTo(Scalar.CHAR);
    }

    @Test
    void shouldComputeTheSameDefaultsFromAnyImplementationOfKurasOcd() throws Exception {
        OCD ocd = singleton();
        OCD copy = (OCD) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { OCD.class }, (proxy, method, args) -> method.invoke(ocd, args));

        Map<String, Object> defaults = KuraOcd.defaults(copy);

        assertThat(defaults).containsOnlyKeys(((KuraOcd) ocd).defaults().keySet());
        assertThat(defaults.get("limits")).isEqualTo(new Long[] { 1L, 2L, 3L });
        assertThat(KuraOcd.defaults(null)).isEmpty();
    }

    @Test
    void shouldReadAnAbsentOrNegativeOrInvalidIconSizeAsZero() {
        assertThat(KuraIcon.size("")).isEqualTo(BigInteger.ZERO);
        assertThat(KuraIcon.size("-4")).isEqualTo(BigInteger.ZERO);
        assertThat(KuraIcon.size("big")).isEqualTo(BigInteger.ZERO);
        assertThat(KuraIcon.size("48")).isEqualTo(BigInteger.valueOf(48));
    }

    private static OCD singleton() throws Exception {
        try (InputStream in = KuraOcdAsKuraApiTest.class.getResourceAsStream("/metatype/org.example.Singleton.xml")) {
            return KuraMetatypeParser.parse(in).ocd("org.example.Singleton");
        }
    }
}
