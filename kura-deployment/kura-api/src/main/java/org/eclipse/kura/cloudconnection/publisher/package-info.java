/**
 * Kura's cloud publishers (the types only).
 * <p>
 * Compile-time stand-in for the Eclipse Kura package of the same name, exported at Kura 5.4.1's version. Never
 * shipped in a deployment package: on Kura, Kura's own bundle exports this package.
 */
@Export
@Version("1.0.0")
package org.eclipse.kura.cloudconnection.publisher;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
