package org.aioschedule.kura.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.eclipse.kura.KuraErrorCode;
import org.eclipse.kura.KuraException;
import org.junit.jupiter.api.Test;

/**
 * The emulator's CryptoService, following Kura 5.4.1's kura/org.eclipse.kura.core.crypto/src/main/java/org/eclipse/
 * kura/core/crypto/CryptoServiceImpl.java: AES/GCM, {@code base64(iv)-base64(ciphertext)}, empty decrypts to empty,
 * malformed input fails with DECODER_ERROR. Guess: the keystore passwords live in memory (Kura: a file in kura.data).
 */
class CryptoServiceEmulatorTest {

    private final CryptoServiceEmulator crypto = CryptoServiceEmulator.withDefaultKey();

    @Test
    void shouldRoundTripWithFreshIvEachTime() throws Exception {
        char[] first = this.crypto.encryptAes("sécret".toCharArray());
        char[] second = this.crypto.encryptAes("sécret".toCharArray());

        assertThat(new String(first)).matches("[A-Za-z0-9+/=]{16}-[A-Za-z0-9+/=]+").isNotEqualTo(new String(second));
        assertThat(this.crypto.decryptAes(first)).containsExactly("sécret".toCharArray());
        assertThat(this.crypto.decryptAes(second)).containsExactly("sécret".toCharArray());
    }

    @Test
    void shouldDecryptEmptyToEmpty() throws Exception {
        assertThat(this.crypto.decryptAes(new char[0])).isEmpty();
    }

    @Test
    void shouldRejectValuesItDidNotEncrypt() throws Exception {
        char[] tampered = this.crypto.encryptAes("x".toCharArray());
        tampered[tampered.length - 3] = tampered[tampered.length - 3] == 'A' ? 'B' : 'A';

        for (char[] bad : new char[][] { "plain".toCharArray(), "a-b-c".toCharArray(), tampered }) {
            assertThatThrownBy(() -> this.crypto.decryptAes(bad)).isInstanceOf(KuraException.class)
                    .satisfies(e -> assertThat(((KuraException) e).getCode()).isEqualTo(KuraErrorCode.DECODER_ERROR));
        }
    }

    @Test
    void shouldKeepKeyStorePasswords() throws Exception {
        assertThat(this.crypto.getKeyStorePassword("sqlite:db:/x")).isNull();

        this.crypto.setKeyStorePassword("sqlite:db:/x", "k".toCharArray());

        assertThat(this.crypto.getKeyStorePassword("sqlite:db:/x")).containsExactly('k');
    }
}
