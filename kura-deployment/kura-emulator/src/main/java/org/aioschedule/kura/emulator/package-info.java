/**
 * Control of the Kura emulator from tests and the local gateway: what Kura does on its own (an NTP sync, the
 * periodic H2 defragmentation), on demand.
 */
@Export
@Version("1.1.0")
package org.aioschedule.kura.emulator;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
