/**
 * Kura's view of a metatype file (subset): the OCD, its attributes, options and icons, as Kura's own parser reads
 * them.
 * <p>
 * Compile-time stand-in for the Eclipse Kura API package of the same name, exported at Kura's version. Never
 * shipped in a deployment package: on Kura, Kura's own API bundle exports this package.
 */
@Export
@Version("1.1.0")
package org.eclipse.kura.configuration.metatype;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
