/**
 * Kura's message payloads (subset: body, metrics, timestamp; response codes).
 * <p>
 * Compile-time stand-in for the Eclipse Kura package of the same name, exported at Kura 5.4.1's version. Never
 * shipped in a deployment package: on Kura, Kura's own bundle exports this package.
 */
@Export
@Version("1.5.0")
package org.eclipse.kura.message;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
