/**
 * Kura's database services (subset).
 * <p>
 * Compile-time stand-in for the Eclipse Kura API package of the same name, exported at Kura's version. Never
 * shipped in a deployment package: on Kura, Kura's own API bundle exports this package.
 */
@Export
@Version("2.0.0")
package org.eclipse.kura.db;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
