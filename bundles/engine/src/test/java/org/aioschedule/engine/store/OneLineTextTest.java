package org.aioschedule.engine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The one escape scheme of the engine's text (the quarantine file) and of stores that keep text in Kura. */
class OneLineTextTest {

    @Test
    void shouldEscapeBackslashLineBreaksControlsAndLoneSurrogatesOnly() {
        assertThat(OneLineText.escape("a\\b\nc\rd\te\u0000f\u007fg\uD800h😀ü"))
                .isEqualTo("a\\\\b\\nc\\rd\\te\\u0000f\\u007fg\\ud800h😀ü");
        assertThat(OneLineText.escape("plain {\"json\": 1} ü 中")).isEqualTo("plain {\"json\": 1} ü 中");
    }

    @Test
    void shouldGiveBackEveryStringExactlyFromOneLineOfValidUnicode() throws Exception {
        TestStrings.withSeed("oneLineText.seed", seed -> {
            Random random = new Random(seed);
            for (int i = 0; i < 2000; i++) {
                String s = TestStrings.random(random, 40);
                String escaped = OneLineText.escape(s);

                assertThat(escaped).doesNotContain("\n", "\r");
                assertThat(new String(escaped.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                        .isEqualTo(escaped);
                assertThat(OneLineText.unescape(escaped)).isEqualTo(s);
            }
        });
    }

    @Test
    void shouldReadNulWrittenAsBackslashZero() throws Exception {
        assertThat(OneLineText.unescape("a\\0b")).isEqualTo("a\u0000b");
    }

    @Test
    void shouldRefuseABadEscapeNamingWhereAndWhatIsValid() {
        assertThatThrownBy(() -> OneLineText.unescape("ab\\x")).isInstanceOf(ParseException.class)
                .hasMessage("bad escape at character 2 (valid: \\\\ \\n \\r \\t \\0 \\u0000)");
        assertThatThrownBy(() -> OneLineText.unescape("\\u12g4")).isInstanceOf(ParseException.class)
                .hasMessage("bad \\u escape at character 0 (valid: \\u00e9)");
    }
}
