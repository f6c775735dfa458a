package org.aioschedule.provider.internal.config;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.aioschedule.Delivery;
import org.aioschedule.MisfirePolicy;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;

/** The validated configuration of {@code org.aioschedule.Scheduler}: an immutable value, compared to skip rebuilds. */
public final class SchedulerOptions {

    public static final String PID = "org.aioschedule.Scheduler";

    public static final String ENABLED = "enabled";
    public static final String STORE_TYPE = "store.type";
    public static final String KEYVALUE_TARGET = "KeyValueDbService.target";
    public static final String DB_TARGET = "BaseDbService.target";
    public static final String STORE_FILE_PATH = "store.file.path";
    public static final String MISFIRE_POLICY = "misfire.policy";
    public static final String MISFIRE_GRACE = "misfire.grace.seconds";
    public static final String DELIVERY = "delivery";
    public static final String EXECUTOR_THREADS = "executor.threads";
    public static final String TASK_TIMEOUT = "task.timeout.seconds";
    public static final String TIMEZONE = "timezone";
    public static final String WAITING_RETENTION = "waiting.retention.days";
    public static final String HISTORY_RUNS = "history.runs";

    public final boolean enabled;
    public final StoreType storeType;
    public final String keyValueTarget;
    public final String dbTarget;
    /** Empty when the default location is used. */
    public final String storeFilePath;
    public final MisfirePolicy misfirePolicy;
    public final Duration misfireGrace;
    public final Delivery delivery;
    public final int executorThreads;
    /** Null for no timeout. */
    public final Duration taskTimeout;
    /** Null to keep waiting API jobs forever. */
    public final Duration waitingRetention;
    /** How many last runs each job keeps. */
    public final int historyRuns;
    /** Null for the system zone. */
    public final ZoneId zone;
    /** The messages for the bad values, each replaced by its default; not part of equality. */
    public final List<String> problems;

    private SchedulerOptions(ConfigReader in) {
        enabled = in.bool(ENABLED, true);
        storeType = StoreType.of(in.choice(STORE_TYPE, "auto", StoreType.values(StoreType.values())));
        keyValueTarget = target(in, KEYVALUE_TARGET, "(kura.service.pid=*)");
        dbTarget = target(in, DB_TARGET, "(kura.service.pid=org.eclipse.kura.db.H2DbService)");
        storeFilePath = filePath(in);
        misfirePolicy = MisfirePolicy.valueOf(in.choice(MISFIRE_POLICY, "RUN_ONCE", "RUN_ONCE", "SKIP", "RUN_ALL"));
        misfireGrace = Duration.ofSeconds(in.number(MISFIRE_GRACE, 5, 0, 86_400, "misfire.grace.seconds=5"));
        delivery = Delivery.valueOf(in.choice(DELIVERY, "AT_LEAST_ONCE", "AT_LEAST_ONCE", "AT_MOST_ONCE"));
        executorThreads = (int) in.number(EXECUTOR_THREADS, 4, 1, 64, "executor.threads=4");
        long timeout = in.number(TASK_TIMEOUT, 0, 0, 604_800, "task.timeout.seconds=300 (0 for none)");
        taskTimeout = timeout == 0 ? null : Duration.ofSeconds(timeout);
        long retention = in.number(WAITING_RETENTION, 0, 0, 3650, "waiting.retention.days=30 (0 to keep forever)");
        waitingRetention = retention == 0 ? null : Duration.ofDays(retention);
        historyRuns = (int) in.number(HISTORY_RUNS, 20, 0, 1000, "history.runs=20 (0 for none)");
        zone = zone(in);
        problems = in.problems();
    }

    /** Reads and validates; bad values are replaced by their defaults and listed in {@link #problems}. */
    public static SchedulerOptions from(Map<String, ?> properties) {
        return new SchedulerOptions(new ConfigReader("Scheduler " + PID, properties));
    }

    /** SCR reads the filter itself; a bad one leaves the reference unbound, so it is reported here. */
    private static String target(ConfigReader in, String key, String example) {
        String filter = in.text(key, "");
        if (filter.isEmpty()) {
            return filter;
        }
        try {
            FrameworkUtil.createFilter(filter);
            return filter;
        } catch (InvalidSyntaxException e) {
            in.problem(key, filter, "use an LDAP filter in parentheses, for example " + key + "=" + example);
            return "";
        }
    }

    private static String filePath(ConfigReader in) {
        String path = in.text(STORE_FILE_PATH, "");
        if (!path.isEmpty() && !path.startsWith("/") && !path.matches("^[A-Za-z]:[\\\\/].*")) {
            in.problem(STORE_FILE_PATH, path, "use an absolute directory, for example "
                    + "store.file.path=/opt/eclipse/kura/data/aioschedule (empty for that default)");
            return "";
        }
        return path;
    }

    private static ZoneId zone(ConfigReader in) {
        String text = in.text(TIMEZONE, "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            in.problem(TIMEZONE, text, "use an IANA zone id, UTC or an offset, for example timezone=Europe/Rome "
                    + "(empty for the system zone)");
            return null;
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SchedulerOptions)) {
            return false;
        }
        SchedulerOptions other = (SchedulerOptions) o;
        return enabled == other.enabled && storeType == other.storeType
                && keyValueTarget.equals(other.keyValueTarget) && dbTarget.equals(other.dbTarget)
                && storeFilePath.equals(other.storeFilePath) && misfirePolicy == other.misfirePolicy
                && misfireGrace.equals(other.misfireGrace) && delivery == other.delivery
                && executorThreads == other.executorThreads && Objects.equals(taskTimeout, other.taskTimeout)
                && Objects.equals(waitingRetention, other.waitingRetention) && historyRuns == other.historyRuns
                && Objects.equals(zone, other.zone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(enabled, storeType, keyValueTarget, dbTarget, storeFilePath, misfirePolicy, misfireGrace,
                delivery, executorThreads, taskTimeout, waitingRetention, historyRuns, zone);
    }

    @Override
    public String toString() {
        return "enabled=" + enabled + ", store.type=" + storeType.value() + ", misfire.policy=" + misfirePolicy
                + ", delivery=" + delivery + ", executor.threads=" + executorThreads + ", timezone="
                + (zone == null ? "system" : zone);
    }
}
