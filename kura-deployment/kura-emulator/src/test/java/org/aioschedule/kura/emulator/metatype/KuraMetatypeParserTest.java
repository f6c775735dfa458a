package org.aioschedule.kura.emulator.metatype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.junit.jupiter.api.Test;

class KuraMetatypeParserTest {

    @Test
    void shouldReadSingletonOcdAndDesignate() throws Exception {
        KuraMetadata metadata = parse("org.example.Singleton.xml");

        KuraMetatypeDiscovery discovery = KuraMetatypeDiscovery.discover("org.example.Singleton", metadata);

        assertThat(discovery.isFactory()).isFalse();
        assertThat(discovery.pid()).isEqualTo("org.example.Singleton");
        KuraOcd ocd = discovery.ocd();
        assertThat(ocd.name()).isEqualTo("Singleton");
        assertThat(ocd.iconResources()).containsExactly("OSGI-INF/icon.png");
        assertThat(ocd.attributes()).hasSize(9);
        KuraAttribute mode = ocd.attributes().get(6);
        assertThat(mode.options()).extracting(KuraOption::value).containsExactly("fast", "slow");
        assertThat(mode.required()).isTrue();
        assertThat(ocd.attributes().get(2).required()).isFalse();
    }

    @Test
    void shouldComputeDefaultsWithKuraCardinalityRules() throws Exception {
        Map<String, Object> defaults = parse("org.example.Singleton.xml").ocd("org.example.Singleton").defaults();

        assertThat(defaults).containsEntry("enabled", true)
                .containsEntry("interval", 42)
                .containsEntry("mode", "fast")
                .containsEntry("secret", "s3cret")
                .containsEntry("letter", 'x');
        assertThat(defaults.get("tags")).isEqualTo(new String[] { "a,b", "c", "d" });
        assertThat(defaults.get("ratios")).as("cardinality -1 is a scalar in Kura").isEqualTo(1.5);
        assertThat(defaults.get("limits")).isEqualTo(new Long[] { 1L, 2L, 3L });
        assertThat(defaults).as("a blank default gives no property").doesNotContainKey("note");
    }

    @Test
    void shouldReadFactoryDesignateUnderPrefixedRoot() throws Exception {
        KuraMetadata metadata = parse("org.example.Factory.xml");

        KuraMetatypeDiscovery discovery = KuraMetatypeDiscovery.discover("org.example.Factory", metadata);

        assertThat(discovery.isFactory()).isTrue();
        assertThat(discovery.pid()).isEqualTo("org.example.Factory");
        assertThat(discovery.ocd()).isNotNull();
        assertThat(discovery.ocd().defaults()).isEmpty();
    }

    @Test
    void shouldIgnorePrefixedChildElements() throws Exception {
        KuraMetadata metadata = parse("prefixed-children.xml");

        assertThat(metadata.ocds()).isEmpty();
        assertThat(metadata.designates()).isEmpty();
        assertThatThrownBy(() -> KuraMetatypeDiscovery.discover("org.example.Prefixed", metadata))
                .isInstanceOf(KuraMetatypeException.class).hasMessageContaining("no Designate");
    }

    @Test
    void shouldRejectWholeFileWithCharacterType() {
        assertThatThrownBy(() -> parse("character-type.xml"))
                .isInstanceOf(KuraMetatypeException.class).hasMessageContaining("'Character'");
    }

    @Test
    void shouldRejectAttributeWithoutType() {
        String xml = "<MetaData><OCD id='p'><AD id='a' default='b'/></OCD><Designate pid='p'/></MetaData>";

        assertThatThrownBy(() -> KuraMetatypeParser.parse(xml)).isInstanceOf(KuraMetatypeException.class);
    }

    @Test
    void shouldNotFindOcdWhoseIdIsNotThePid() throws Exception {
        KuraMetadata metadata = parse("ocd-id-mismatch.xml");

        KuraMetatypeDiscovery discovery = KuraMetatypeDiscovery.discover("org.example.Mismatch", metadata);

        assertThat(discovery.isFactory()).isTrue();
        assertThat(discovery.ocd()).as("Kura matches OCD id, not ocdref").isNull();
    }

    @Test
    void shouldRejectMalformedXml() {
        assertThatThrownBy(() -> KuraMetatypeParser.parse("<MetaData><OCD></MetaData>"))
                .isInstanceOf(KuraMetatypeException.class).hasMessageContaining("not readable");
    }

    @Test
    void shouldReportDefaultThatDoesNotConvert() throws Exception {
        String xml = "<MetaData><OCD id='p'><AD id='n' type='Integer' default='ten'/></OCD>"
                + "<Designate pid='p'/></MetaData>";
        KuraOcd ocd = KuraMetatypeParser.parse(xml).ocd("p");

        assertThatThrownBy(ocd::defaults).isInstanceOf(KuraMetatypeException.class)
                .hasMessageContaining("'n'").hasMessageContaining("Integer");
    }

    @Test
    void shouldTreatMissingCardinalityAsZeroAndMissingRequiredAsTrue() throws Exception {
        String xml = "<MetaData><OCD id='p'><AD id='n' type='Short' cardinality='x' default='7'/></OCD></MetaData>";
        KuraAttribute attribute = KuraMetatypeParser.parse(xml).ocd("p").attributes().get(0);

        assertThat(attribute.cardinality()).isZero();
        assertThat(attribute.required()).isTrue();
        assertThat(attribute.defaultValue()).isEqualTo((short) 7);
    }

    private static KuraMetadata parse(String resource) throws KuraMetatypeException, IOException {
        try (InputStream in = KuraMetatypeParserTest.class.getResourceAsStream("/metatype/" + resource)) {
            return KuraMetatypeParser.parse(in);
        }
    }
}
