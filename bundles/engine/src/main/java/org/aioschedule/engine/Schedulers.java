package org.aioschedule.engine;

/**
 * The plain-Java entry point:
 * <pre>
 * try (SchedulerEngine scheduler = Schedulers.builder().tasks(pid -&gt; Optional.ofNullable(myTasks.get(pid))).build()) {
 *     scheduler.every(10).seconds().run("job_with_argument", Collections.singletonMap("name", "MicroPython"));
 *     ...
 * }
 * </pre>
 */
public final class Schedulers {

    private Schedulers() {
    }

    public static SchedulerBuilder builder() {
        return new SchedulerBuilder();
    }
}
