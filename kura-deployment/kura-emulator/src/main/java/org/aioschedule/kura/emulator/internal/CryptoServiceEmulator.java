package org.aioschedule.kura.emulator.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.eclipse.kura.KuraErrorCode;
import org.eclipse.kura.KuraException;
import org.eclipse.kura.crypto.CryptoService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Kura's CryptoService as Kura 5.4.1's CryptoServiceImpl encrypts: AES/GCM/NoPadding with a 12-byte random IV and a
 * 128-bit tag, the value written as {@code base64(iv) + "-" + base64(ciphertext)} of its UTF-8 bytes; an empty value
 * decrypts to an empty value; anything else that is not of that form fails with {@code DECODER_ERROR}. The 16-byte
 * key comes from the system property {@value #SECRET_KEY_PROPERTY} (Kura's name), else the emulator's own default.
 * Keystore passwords are kept in memory (Kura keeps them encrypted in {@code kura.data/store.save}).
 */
@Component(service = CryptoService.class)
public final class CryptoServiceEmulator implements CryptoService {

    static final String SECRET_KEY_PROPERTY = "org.eclipse.kura.core.crypto.secretKey";

    private static final String DEFAULT_KEY = "aioschedule-emu!";
    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, char[]> keyStorePasswords = new ConcurrentHashMap<>();
    private volatile SecretKeySpec key;

    @Activate
    void activate() {
        this.key = keyFrom(System.getProperty(SECRET_KEY_PROPERTY, DEFAULT_KEY));
    }

    /** An active instance with the default key, for components built outside a framework. */
    static CryptoServiceEmulator withDefaultKey() {
        CryptoServiceEmulator service = new CryptoServiceEmulator();
        service.key = keyFrom(DEFAULT_KEY);
        return service;
    }

    private static SecretKeySpec keyFrom(String secret) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
            throw new IllegalArgumentException(SECRET_KEY_PROPERTY + " must be 16, 24 or 32 bytes long, e.g. "
                    + DEFAULT_KEY + "; it has " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    @Override
    public char[] encryptAes(char[] value) throws KuraException {
        try {
            byte[] iv = new byte[IV_BYTES];
            this.random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] encrypted = cipher.doFinal(utf8(value));
            Base64.Encoder base64 = Base64.getEncoder();
            return (base64.encodeToString(iv) + "-" + base64.encodeToString(encrypted)).toCharArray();
        } catch (GeneralSecurityException e) {
            throw new KuraException(KuraErrorCode.ENCODE_ERROR, e, "value");
        }
    }

    @Override
    public char[] decryptAes(char[] encryptedValue) throws KuraException {
        if (encryptedValue.length == 0) {
            return new char[0];
        }
        String[] parts = new String(encryptedValue).split("-");
        if (parts.length != 2) {
            throw new KuraException(KuraErrorCode.DECODER_ERROR, "value");
        }
        try {
            byte[] iv = Base64.getDecoder().decode(parts[0]);
            byte[] encrypted = Base64.getDecoder().decode(parts[1]);
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, iv));
            CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(cipher.doFinal(encrypted)));
            char[] value = new char[chars.remaining()];
            chars.get(value);
            return value;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new KuraException(KuraErrorCode.DECODER_ERROR, e, "value");
        }
    }

    @Override
    public char[] getKeyStorePassword(String keyStorePath) {
        char[] password = this.keyStorePasswords.get(keyStorePath);
        return password == null ? null : password.clone();
    }

    @Override
    public void setKeyStorePassword(String keyStorePath, char[] password) throws KuraException {
        this.keyStorePasswords.put(keyStorePath, password.clone());
    }

    private static byte[] utf8(char[] value) {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(value));
        return Arrays.copyOfRange(bytes.array(), bytes.position(), bytes.limit());
    }
}
