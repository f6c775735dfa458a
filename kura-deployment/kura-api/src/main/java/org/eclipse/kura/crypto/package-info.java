/**
 * Kura's crypto service: AES encryption of configuration secrets and the keystore password store.
 * <p>
 * Compile-time stand-in for the Eclipse Kura API package of the same name, exported at Kura's version (1.3.0 in
 * Kura 5.4.1's API manifest). Never shipped in a deployment package: on Kura, Kura's own API bundle exports this
 * package.
 */
@Export
@Version("1.3.0")
package org.eclipse.kura.crypto;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
