package org.aioschedule.provider.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Execution(ExecutionMode.CONCURRENT)
class JdbcUrlsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "jdbc:h2:mem:kuradb|true", "jdbc:h2:tcp://localhost/mem:db|true",
        "jdbc:h2:file:/opt/eclipse/kura/data/db/kuradb|false", "jdbc:h2:~/kuradb;DB_CLOSE_DELAY=-1|false",
        "jdbc:sqlite::memory:|true", "jdbc:sqlite:|true", "jdbc:sqlite:file:x?mode=memory&cache=shared|true",
        "jdbc:sqlite:file:x?cache=shared&mode=memory|true", "jdbc:sqlite:/opt/kura/data/kura.sqlite|false",
        "jdbc:sqlite:file:/data/x.db?mode=rwc|false", "jdbc:hsqldb:mem:x|true", "jdbc:postgresql://h/db|false" })
    void knowsInMemoryUrls(String url, boolean inMemory) {
        assertThat(JdbcUrls.isInMemory(url)).isEqualTo(inMemory);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jdbc:h2:file:/x;USER=sa;PASSWORD=secret;CIPHER=AES|jdbc:h2:file:/x;USER=***;PASSWORD=***;CIPHER=***",
        "jdbc:sqlite:/x.db?password=secret&mode=rw|jdbc:sqlite:/x.db?password=***&mode=rw",
        "jdbc:postgresql://kura:secret@host/db|jdbc:postgresql://***@host/db",
        "jdbc:h2:mem:kuradb|jdbc:h2:mem:kuradb" })
    void showsUrlsWithoutCredentials(String url, String shown) {
        assertThat(JdbcUrls.redact(url)).isEqualTo(shown);
    }
}
