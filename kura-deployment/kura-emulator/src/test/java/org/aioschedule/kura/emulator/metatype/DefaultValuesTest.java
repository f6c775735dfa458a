package org.aioschedule.kura.emulator.metatype;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Follows StringUtil.splitValues (kura/org.eclipse.kura.core.configuration util/StringUtil.java, KURA_5.4.1_RELEASE). */
class DefaultValuesTest {

    @ParameterizedTest(name = "[{0}] splits into {1}")
    @CsvSource(delimiter = '|', value = {
        "a                    | a",
        "a,b                  | a;b",
        "' a , b '            | a;b",
        "a\\,b, c             | a,b;c",
        "'a  b , c d'         | a  b;c d",
        "a\\\\b               | a\\b",
        "'\\ a'               | ' a'",
        "'a\\ '               | 'a '",
        "'a \\'               | a",
        "a,,b                 | a;;b",
        "','                  | ;",
        "'  '                 | ''",
        "'a \\ b'             | 'a  b'",
        "'\\ ,a'              | ' ;a'",
        "'x, \\'              | 'x;'",
    })
    void shouldSplitDefaultsLikeKura(String text, String expected) {
        String[] expectedValues = expected.split(";", -1);

        assertThat(DefaultValues.split(text)).containsExactly(expectedValues);
    }
}
