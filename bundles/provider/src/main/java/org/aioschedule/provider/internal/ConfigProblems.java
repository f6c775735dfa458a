package org.aioschedule.provider.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current configuration problems, by owner (a job id, or the scheduler's PID): each new message is logged once
 * and posted as a FAILED event; a fixed configuration clears its owner's messages. The shell lists them.
 */
final class ConfigProblems {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigProblems.class);

    private final Map<String, List<String>> byOwner = new LinkedHashMap<>();
    private final EventPublisher events;

    ConfigProblems(EventPublisher events) {
        this.events = events;
    }

    /** Replaces the messages of the job {@code owner}; logs and posts as FAILED those not reported before. */
    void set(String owner, String taskPid, List<String> messages) {
        replace(owner, taskPid, messages, true);
    }

    /** Replaces the messages of a component that is not a job (the scheduler): logged, not posted. */
    void setForComponent(String owner, List<String> messages) {
        replace(owner, null, messages, false);
    }

    private void replace(String owner, String taskPid, List<String> messages, boolean post) {
        List<String> fresh = new ArrayList<>();
        synchronized (this) {
            List<String> before = byOwner.getOrDefault(owner, Collections.<String>emptyList());
            for (String message : messages) {
                if (!before.contains(message)) {
                    fresh.add(message);
                }
            }
            if (messages.isEmpty()) {
                byOwner.remove(owner);
            } else {
                byOwner.put(owner, new ArrayList<>(messages));
            }
        }
        for (String message : fresh) {
            LOG.warn("{}", message);
            if (post) {
                events.invalidConfiguration(owner, taskPid, message);
            }
        }
    }

    void clear(String owner) {
        set(owner, null, Collections.<String>emptyList());
    }

    synchronized List<String> all() {
        List<String> all = new ArrayList<>();
        byOwner.values().forEach(all::addAll);
        return all;
    }

    synchronized List<String> of(String owner) {
        return new ArrayList<>(byOwner.getOrDefault(owner, Collections.<String>emptyList()));
    }
}
