package org.aioschedule.kura.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.kura.KuraErrorCode;
import org.eclipse.kura.KuraException;
import org.eclipse.kura.connection.listener.ConnectionListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyValueDbServiceEmulatorTest {

    @TempDir
    Path dataDir;

    @Test
    void shouldSetGetAndDeleteBytesAndStrings() throws Exception {
        KeyValueDbServiceEmulator store = activated();
        try {
            store.set("bytes", new byte[] { 0, 1, (byte) 0xFF });
            store.set("text", "héllo");

            assertThat(store.get("bytes")).containsExactly(0, 1, 0xFF);
            assertThat(store.getAsString("text")).isEqualTo("héllo");
            assertThat(store.get("text")).isEqualTo("héllo".getBytes(StandardCharsets.UTF_8));

            store.set("text", "replaced");
            assertThat(store.getAsString("text")).isEqualTo("replaced");

            store.delete("bytes");
            assertThat(store.get("bytes")).isNull();
            assertThat(store.getAsString("missing")).isNull();
        } finally {
            store.deactivate();
        }
    }

    @Test
    void shouldKeepValuesUnderKuraDataAcrossRestart() throws Exception {
        KeyValueDbServiceEmulator first = activated();
        first.set("k", "v");
        first.deactivate();

        KeyValueDbServiceEmulator second = activated();
        try {
            assertThat(second.getAsString("k")).isEqualTo("v");
            assertThat(this.dataDir.resolve("kura-emulator")).isDirectory();
        } finally {
            second.deactivate();
        }
    }

    @Test
    void shouldNotifyListenersOfConnectAndDisconnect() throws Exception {
        KeyValueDbServiceEmulator store = new KeyValueDbServiceEmulator();
        store.setSystemService(systemService());
        RecordingListener listener = new RecordingListener(2);
        store.addListener(listener);

        store.activate(Collections.emptyMap());
        assertThat(store.isConnected()).isTrue();
        store.deactivate();

        assertThat(listener.done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(listener.events).containsExactly("connected", "disconnected");
        assertThat(store.isConnected()).isFalse();
    }

    @Test
    void shouldFailWithNotConnectedAfterDeactivation() throws Exception {
        KeyValueDbServiceEmulator store = activated();
        store.deactivate();

        assertThatThrownBy(() -> store.get("k")).isInstanceOf(KuraException.class)
                .extracting(e -> ((KuraException) e).getCode()).isEqualTo(KuraErrorCode.NOT_CONNECTED);
    }

    private KeyValueDbServiceEmulator activated() throws Exception {
        KeyValueDbServiceEmulator store = new KeyValueDbServiceEmulator();
        store.setSystemService(systemService());
        store.activate(Collections.emptyMap());
        return store;
    }

    private SystemServiceEmulator systemService() {
        SystemServiceEmulator system = new SystemServiceEmulator();
        system.start(name -> name.startsWith("kura.") ? this.dataDir.toString() : null);
        return system;
    }

    private static final class RecordingListener implements ConnectionListener {

        final List<String> events = new CopyOnWriteArrayList<>();
        final CountDownLatch done;

        RecordingListener(int expected) {
            this.done = new CountDownLatch(expected);
        }

        @Override
        public void connected() {
            this.events.add("connected");
            this.done.countDown();
        }

        @Override
        public void disconnected() {
            this.events.add("disconnected");
            this.done.countDown();
        }
    }
}
