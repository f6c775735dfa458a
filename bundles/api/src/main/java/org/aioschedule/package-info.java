/**
 * The public API of aioschedule: a persistent, asynchronous job scheduler.
 * <p>
 * A {@link org.aioschedule.Scheduler} runs {@link org.aioschedule.Task tasks}, which are found by PID, on schedules
 * written with a fluent {@link org.aioschedule.JobBuilder} ({@code every(10).seconds().run("my.task")}) or with the
 * schedule grammar ({@code schedule("every day at 10:30 Europe/Rome").run("my.task")}).
 */
@Export
@Version("1.1.0")
package org.aioschedule;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
