/**
 * Kura's cloud request dispatch, emulated: a {@code RequestHandlerRegistry} that delivers requests as Kura's cloud
 * connection does when a message arrives on {@code $EDC/<account>/<client>/<APP_ID>/<METHOD>/<resources...>}.
 */
@Export
@Version("1.0.0")
package org.aioschedule.kura.emulator.cloud;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
