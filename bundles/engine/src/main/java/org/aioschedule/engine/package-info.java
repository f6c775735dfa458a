/**
 * The scheduler engine as a plain Java library: {@link org.aioschedule.engine.Schedulers#builder()} builds a
 * {@link org.aioschedule.engine.SchedulerEngine} with an injected clock, zone, store and task resolver.
 */
@Export
@Version("1.1.0")
package org.aioschedule.engine;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
