package org.aioschedule.kura.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Collections;

import org.junit.jupiter.api.Test;

class DictionariesTest {

    @Test
    void shouldReadThePidOfAServiceAsKuraDoesWhateverItsForm() {
        assertThat(Dictionaries.firstString("org.example.A")).isEqualTo("org.example.A");
        assertThat(Dictionaries.firstString(new String[] {"org.example.A", "org.example.A"}))
                .isEqualTo("org.example.A");
        assertThat(Dictionaries.firstString(Arrays.asList("org.example.A", "org.example.A")))
                .as("Felix SCR: static service.pid plus the configuration's").isEqualTo("org.example.A");
        assertThat(Dictionaries.firstString(Collections.emptyList())).isNull();
        assertThat(Dictionaries.firstString(new String[0])).isNull();
        assertThat(Dictionaries.firstString(null)).isNull();
    }
}
