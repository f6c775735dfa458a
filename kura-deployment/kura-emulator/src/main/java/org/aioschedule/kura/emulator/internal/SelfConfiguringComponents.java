package org.aioschedule.kura.emulator.internal;

import java.util.function.Function;

import org.eclipse.kura.KuraException;
import org.eclipse.kura.configuration.ComponentConfiguration;
import org.eclipse.kura.configuration.ConfigurationService;
import org.eclipse.kura.configuration.SelfConfiguringComponent;
import org.eclipse.kura.configuration.metatype.AD;
import org.eclipse.kura.configuration.metatype.OCD;
import org.eclipse.kura.configuration.metatype.Scalar;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configuration a SelfConfiguringComponent hands out, checked as Kura's ConfigurationServiceImpl
 * (KURA_5.4.1_RELEASE) checks it: every service whose {@code kura.service.pid} is the PID is asked (the last answer
 * wins); the answer is refused (null) when its PID differs, an AD has no id, or a property's type is not its AD's.
 */
final class SelfConfiguringComponents implements Function<String, ComponentConfiguration> {

    private static final Logger LOG = LoggerFactory.getLogger(SelfConfiguringComponents.class);

    private final BundleContext context;

    SelfConfiguringComponents(BundleContext context) {
        this.context = context;
    }

    @Override
    public ComponentConfiguration apply(String pid) {
        ServiceReference<?>[] references;
        try {
            references = this.context.getServiceReferences((String) null, null);
        } catch (InvalidSyntaxException e) {
            LOG.error("Error getting Configuration for component: {}. Ignoring it.", pid, e);
            return null;
        }
        ComponentConfiguration answer = null;
        for (ServiceReference<?> reference : references == null ? new ServiceReference<?>[0] : references) {
            if (pid.equals((String) reference.getProperty(ConfigurationService.KURA_SERVICE_PID))) {
                answer = ask(reference, pid);
            }
        }
        return answer;
    }

    private ComponentConfiguration ask(ServiceReference<?> reference, String pid) {
        Object service = this.context.getService(reference);
        try {
            if (!(service instanceof SelfConfiguringComponent)) {
                LOG.error("Component {} is not a SelfConfiguringComponent. Ignoring it.", service);
                return null;
            }
            ComponentConfiguration configuration = ((SelfConfiguringComponent) service).getConfiguration();
            if (!pid.equals(configuration.getPid())) {
                LOG.error("Invalid pid for returned Configuration of SelfConfiguringComponent with pid: {}", pid);
                return null;
            }
            return typesMatch(configuration) ? configuration : null;
        } catch (KuraException e) {
            LOG.error("Error getting Configuration for component: {}. Ignoring it.", pid, e);
            return null;
        } finally {
            this.context.ungetService(reference);
        }
    }

    private static boolean typesMatch(ComponentConfiguration configuration) {
        OCD ocd = configuration.getDefinition();
        if (ocd == null || ocd.getAD() == null) {
            return true;
        }
        for (AD ad : ocd.getAD()) {
            String adType = ad.getType().value();
            if (ad.getId() == null) {
                LOG.error("An AD of SelfConfiguringComponent {} has no id", configuration.getPid());
                return false;
            }
            Object value = configuration.getConfigurationProperties() == null ? null
                    : configuration.getConfigurationProperties().get(ad.getId());
            if (value != null && !sameScalar(value, adType)) {
                LOG.error("Property {} of SelfConfiguringComponent {} is not of its AD's type {}", ad.getId(),
                        configuration.getPid(), adType);
                return false;
            }
        }
        return true;
    }

    private static boolean sameScalar(Object value, String adType) {
        Class<?> type = value.getClass().isArray() ? value.getClass().getComponentType() : value.getClass();
        try {
            return Scalar.fromValue(type.getSimpleName()) == Scalar.fromValue(adType);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
