package org.aioschedule.kura.emulator.internal;

import static org.aioschedule.kura.emulator.internal.KuraFixture.PROVIDER;
import static org.aioschedule.kura.emulator.internal.KuraFixture.SINGLETON;
import static org.aioschedule.kura.emulator.internal.KuraFixture.ocd;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kura:show PID}: what the web UI's form shows, read through getComponentConfiguration as
 * GwtComponentServiceInternal.java (kura/org.eclipse.kura.web2, KURA_5.4.1_RELEASE) reads it: no form without a
 * configuration or an OCD, one field per AD.
 */
class ComponentFormTest {

    @TempDir
    Path snapshotsDir;

    @Test
    void shouldShowEachAttributeWithItsValueAndDefault() throws Exception {
        KuraFixture kura = new KuraFixture(this.snapshotsDir);
        kura.registry.registerOcd(SINGLETON, ocd(SINGLETON), false, PROVIDER);
        kura.registry.registerComponent(SINGLETON, SINGLETON, null);

        String shown = ComponentForm.describe(SINGLETON, kura.registry.configuration(SINGLETON));

        assertThat(shown).contains("threads = 4  (default 4)").contains("tags = [a, b, c]  (default a\\, b , c)")
                .contains("note = <none>  (default <none>)");
    }

    @Test
    void shouldSayWhenTheWebUiShowsNoValues() throws Exception {
        KuraFixture kura = new KuraFixture(this.snapshotsDir);
        kura.registry.registerOcd(SINGLETON, ocd(SINGLETON), false, PROVIDER);
        kura.registry.registerComponent(SINGLETON, "[" + SINGLETON + ", " + SINGLETON + "]", null);

        String shown = ComponentForm.describe(SINGLETON, kura.registry.configuration(SINGLETON));

        assertThat(shown).contains("no properties").contains("threads = <none>  (default 4)");
    }

    @Test
    void shouldSayWhenTheWebUiShowsNoForm() throws Exception {
        KuraFixture kura = new KuraFixture(this.snapshotsDir);
        kura.registry.registerComponent("org.example.NoMetatype", "org.example.NoMetatype", null);

        assertThat(ComponentForm.describe("org.example.Unknown", null)).contains("tracks no component");
        assertThat(ComponentForm.describe("org.example.NoMetatype",
                kura.registry.configuration("org.example.NoMetatype"))).contains("has no OCD");
    }
}
