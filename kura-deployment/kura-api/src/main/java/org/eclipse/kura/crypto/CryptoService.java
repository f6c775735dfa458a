package org.eclipse.kura.crypto;

import org.eclipse.kura.KuraException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Kura's crypto service (subset): the methods Kura's H2 and SQLite database services call. Kura's configuration
 * service hands Password attributes to components encrypted with {@link #encryptAes(char[])}; they decrypt them with
 * {@link #decryptAes(char[])}.
 */
@ProviderType
public interface CryptoService {

    /** Encrypts {@code value} with Kura's AES key; the result is what a Password attribute holds. */
    public char[] encryptAes(char[] value) throws KuraException;

    /** Decrypts a value made by {@link #encryptAes(char[])}; an empty value decrypts to an empty value. */
    public char[] decryptAes(char[] encryptedValue) throws KuraException;

    /** The password stored for the keystore (or other secret) known as {@code keyStorePath}, or null. */
    public char[] getKeyStorePassword(String keyStorePath);

    /** Stores {@code password} for the keystore (or other secret) known as {@code keyStorePath}. */
    public void setKeyStorePassword(String keyStorePath, char[] password) throws KuraException;
}
