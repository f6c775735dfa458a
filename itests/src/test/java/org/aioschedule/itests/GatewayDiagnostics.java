package org.aioschedule.itests;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.aioschedule.itests.GatewayViews.GatewayEvent;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;

/** What a failed gateway test prints: bundles, components, the scheduler's problems, events, the framework log. */
final class GatewayDiagnostics {

    private static final String[] BUNDLE_STATES = {"UNINSTALLED", "INSTALLED", "RESOLVED", "STARTING", "STOPPING",
        "ACTIVE"};
    private static final String[] COMPONENT_STATES = {"?", "UNSATISFIED_CONFIGURATION", "UNSATISFIED_REFERENCE", "?",
        "SATISFIED", "?", "?", "?", "ACTIVE", "?", "?", "?", "?", "?", "?", "?", "FAILED_ACTIVATION"};
    private static final int LAST_EVENTS = 40;

    private GatewayDiagnostics() {
    }

    static String dump(Framework framework, List<GatewayEvent> events, Path storage) {
        StringBuilder text = new StringBuilder("---- gateway diagnostics ----\n");
        if (framework == null || framework.getBundleContext() == null) {
            text.append("framework not running\n");
        } else {
            BundleContext context = framework.getBundleContext();
            for (Bundle bundle : context.getBundles()) {
                text.append(String.format("bundle %3d %-10s %s %s%n", bundle.getBundleId(),
                        bundleState(bundle.getState()), bundle.getSymbolicName(), bundle.getVersion()));
            }
            components(context, text);
        }
        int from = Math.max(0, events.size() - LAST_EVENTS);
        text.append("last ").append(events.size() - from).append(" of ").append(events.size()).append(" events:\n");
        events.subList(from, events.size()).forEach(event -> text.append("  ").append(event).append('\n'));
        frameworkLog(storage, text);
        return text.toString();
    }

    private static void components(BundleContext context, StringBuilder text) {
        try {
            ServiceReference<?>[] refs = context.getAllServiceReferences(
                    "org.osgi.service.component.runtime.ServiceComponentRuntime", null);
            if (refs == null) {
                text.append("no ServiceComponentRuntime (SCR not active)\n");
                return;
            }
            Object scr = context.getService(refs[0]);
            for (Object component : (Collection<?>) Reflect.call(scr, "getComponentDescriptionDTOs",
                    (Object) new Bundle[0])) {
                Object bundle = field(component, "bundle");
                text.append("component ").append(field(component, "name")).append(" (")
                        .append(field(bundle, "symbolicName")).append(")\n");
                Collection<?> configurations = (Collection<?>) Reflect.call(scr, "getComponentConfigurationDTOs",
                        component);
                if (configurations.isEmpty()) {
                    text.append("    no configuration (policy ").append(field(component, "configurationPolicy"))
                            .append(")\n");
                }
                for (Object configuration : configurations) {
                    int state = (Integer) field(configuration, "state");
                    text.append("    state ").append(state < COMPONENT_STATES.length ? COMPONENT_STATES[state]
                            : String.valueOf(state)).append('\n');
                    for (Object reference : (Object[]) field(configuration, "unsatisfiedReferences")) {
                        text.append("    unsatisfied ").append(field(reference, "name")).append(' ')
                                .append(field(reference, "target")).append('\n');
                    }
                }
            }
            context.ungetService(refs[0]);
        } catch (Exception | LinkageError e) {
            text.append("components not readable: ").append(e).append('\n');
        }
    }

    private static Object field(Object target, String name) throws ReflectiveOperationException {
        Field field = target.getClass().getField(name);
        return field.get(target);
    }

    private static void frameworkLog(Path storage, StringBuilder text) {
        if (!Files.isDirectory(storage)) {
            return;
        }
        try (Stream<Path> files = Files.list(storage)) {
            for (Path log : files.filter(f -> f.toString().endsWith(".log")).collect(Collectors.toList())) {
                text.append("---- framework log ").append(log).append(" ----\n")
                        .append(new String(Files.readAllBytes(log), StandardCharsets.UTF_8)).append('\n');
            }
        } catch (IOException e) {
            text.append("framework log not readable: ").append(e).append('\n');
        }
    }

    private static String bundleState(int state) {
        for (int i = 0; i < BUNDLE_STATES.length; i++) {
            if (state == 1 << i) {
                return BUNDLE_STATES[i];
            }
        }
        return String.valueOf(state);
    }
}
