package org.aioschedule.gateway;

import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.framework.BundleContext;

/**
 * The configuration a new gateway starts with: the seed's examples as configured jobs, created the way the Kura web
 * UI creates them. The seed's {@code job} (every minute) needs none: the example task schedules itself.
 */
final class FirstConfiguration {

    static final String JOB_FACTORY = "org.aioschedule.Job";
    private static final String EXAMPLES = "org.aioschedule.examples.";

    private final KuraConfiguration kura;

    FirstConfiguration(BundleContext context) {
        this.kura = new KuraConfiguration(context);
    }

    /** Creates the example jobs and waits (bounded) until the scheduler lists them. */
    void apply(Shell shell) throws InterruptedException {
        Map<String, Object> greeting = job(EXAMPLES + "job_with_argument", "every 10 seconds",
                "{\"name\": \"MicroPython\"}");
        greeting.put("delivery", "AT_MOST_ONCE");
        kura.createFactoryConfiguration(JOB_FACTORY, "job_with_argument", greeting);
        kura.createFactoryConfiguration(JOB_FACTORY, "daily-job",
                job(EXAMPLES + "job", "every day at 10:30 Europe/Rome", ""));
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (!shell.execute("schedule:list").contains("daily-job") && System.nanoTime() - deadline < 0) {
            Thread.sleep(100);
        }
    }

    private static Map<String, Object> job(String task, String schedule, String arguments) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("task.pid", task);
        properties.put("schedule", schedule);
        properties.put("arguments", arguments);
        return properties;
    }
}
