package org.aioschedule.itests;

import java.util.Arrays;

import org.junit.rules.TestWatcher;
import org.junit.runner.Description;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/** On a failed test, prints every bundle's state and every component's state, with unsatisfied references. */
public final class FrameworkDiagnostics extends TestWatcher {

    private static final String[] BUNDLE_STATES = {"UNINSTALLED", "INSTALLED", "RESOLVED", "STARTING", "STOPPING",
        "ACTIVE"};

    @Override
    protected void failed(Throwable e, Description description) {
        System.err.println(dump());
    }

    static String dump() {
        BundleContext context = FrameworkUtil.getBundle(FrameworkDiagnostics.class).getBundleContext();
        StringBuilder text = new StringBuilder("---- framework diagnostics ----\n");
        for (Bundle bundle : context.getBundles()) {
            text.append(String.format("bundle %3d %-10s %s %s%n", bundle.getBundleId(), state(bundle.getState()),
                    bundle.getSymbolicName(), bundle.getVersion()));
        }
        ServiceReference<ServiceComponentRuntime> ref = context.getServiceReference(ServiceComponentRuntime.class);
        if (ref == null) {
            return text.append("no ServiceComponentRuntime (SCR not active)\n").toString();
        }
        ServiceComponentRuntime scr = context.getService(ref);
        for (ComponentDescriptionDTO component : scr.getComponentDescriptionDTOs()) {
            text.append("component ").append(component.name).append(" (").append(component.bundle.symbolicName)
                    .append(")");
            if (scr.getComponentConfigurationDTOs(component).isEmpty()) {
                text.append(" enabled=").append(scr.isComponentEnabled(component))
                        .append(", no configuration (policy ").append(component.configurationPolicy).append(")");
            }
            text.append('\n');
            for (ComponentConfigurationDTO configuration : scr.getComponentConfigurationDTOs(component)) {
                text.append("    state ").append(stateOf(configuration.state)).append('\n');
                for (UnsatisfiedReferenceDTO reference : configuration.unsatisfiedReferences) {
                    text.append("    unsatisfied ").append(reference.name).append(' ').append(reference.target)
                            .append(' ').append(Arrays.toString(reference.targetServices)).append('\n');
                }
            }
        }
        context.ungetService(ref);
        return text.toString();
    }

    private static String state(int state) {
        for (int i = 0; i < BUNDLE_STATES.length; i++) {
            if (state == 1 << i) {
                return BUNDLE_STATES[i];
            }
        }
        return String.valueOf(state);
    }

    private static String stateOf(int state) {
        switch (state) {
            case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION:
                return "UNSATISFIED_CONFIGURATION";
            case ComponentConfigurationDTO.UNSATISFIED_REFERENCE:
                return "UNSATISFIED_REFERENCE";
            case ComponentConfigurationDTO.SATISFIED:
                return "SATISFIED";
            case ComponentConfigurationDTO.ACTIVE:
                return "ACTIVE";
            case ComponentConfigurationDTO.FAILED_ACTIVATION:
                return "FAILED_ACTIVATION";
            default:
                return String.valueOf(state);
        }
    }
}
