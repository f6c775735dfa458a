package org.aioschedule.provider.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.ParseException;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.aioschedule.engine.store.TestStrings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

@Execution(ExecutionMode.CONCURRENT)
class StoreTextTest {

    @Test
    void plainValuesAreStoredAsTheyAre() throws ParseException {
        assertThat(StoreText.encode("{\"a\":\"line\\nbreak ü 😀\"}")).isEqualTo("{\"a\":\"line\\nbreak ü 😀\"}");
        assertThat(StoreText.encode("multi\nline")).isEqualTo("multi\nline");
        assertThat(StoreText.encode("~x")).isEqualTo("~~x");
        assertThat(StoreText.encode("a\u0000b")).isEqualTo("~a\\0b");
        assertThat(StoreText.encode("\uD800")).isEqualTo("~\\ud800");
        assertThat(StoreText.decode("~a\\\\b\\n")).isEqualTo("a\\b\n");
    }

    @Test
    void badEscapesAreRejected() {
        assertThatThrownBy(() -> StoreText.decode("~\\q")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> StoreText.decode("~\\u12")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> StoreText.decode("~\\u12zz")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> StoreText.decode("~end\\")).isInstanceOf(ParseException.class);
    }

    @Test
    void keysArePlainIdsOrHashes() {
        assertThat(StoreText.keyOf("pump-1")).isEqualTo("pump-1");
        assertThat(StoreText.keyOf("")).startsWith("#").hasSize(65);
        assertThat(StoreText.keyOf(".batch")).startsWith("#");
        assertThat(StoreText.keyOf("#x")).startsWith("#").hasSize(65);
        assertThat(StoreText.keyOf("a\uDC00")).startsWith("#");
        assertThat(StoreText.keyOf("z".repeat(StoreText.MAX_PLAIN_KEY))).hasSize(StoreText.MAX_PLAIN_KEY);
        assertThat(StoreText.keyOf("z".repeat(StoreText.MAX_PLAIN_KEY + 1))).hasSize(65);
    }

    /** Keys of stored records are hashes of the escaped id: they must not change when the text scheme does. */
    @Test
    void keysOfIdsWithControlCharactersStayWhatTheyWere() {
        assertThat(StoreText.keyOf("a\u0000\tb\r\u0001")).isEqualTo("#" + StoreText.sha256("a\\0\tb\r\u0001"));
        assertThat(StoreText.keyOf("tab\tid")).isEqualTo("tab\tid");
    }

    @Test
    void readsWhatTheEnginesOneLineTextWrites() throws Exception {
        assertThat(StoreText.decode("~a\\u0000b\\tc\\r")).isEqualTo("a\u0000b\tc\r");
    }

    @Test
    void randomStringsRoundTripAndEscapeToOneValidLine() throws Exception {
        TestStrings.withSeed("aioschedule.test.seed", seed -> {
            Random r = new Random(seed);
            Set<String> keys = new HashSet<>();
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < 5000; i++) {
                String s = TestStrings.random(r, 40);
                assertThat(StoreText.decode(StoreText.encode(s))).isEqualTo(s);
                String escaped = StoreText.escape(s);
                assertThat(escaped).doesNotContain("\n", "\u0000");
                assertThat(StoreText.isPlain(escaped)).isTrue();
                assertThat(StoreText.unescape(escaped)).isEqualTo(s);
                if (ids.add(s)) {
                    assertThat(keys.add(StoreText.keyOf(s))).as("key of %s is unique", escaped).isTrue();
                }
            }
        });
    }
}
