package org.aioschedule.kura.emulator.internal;

import static org.aioschedule.kura.emulator.internal.KuraFixture.ocd;
import static org.aioschedule.kura.emulator.internal.KuraFixture.props;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.kura.configuration.ComponentConfiguration;
import org.eclipse.kura.configuration.SelfConfiguringComponent;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * A SelfConfiguringComponent's configuration, checked as ConfigurationServiceImpl.java
 * getSelfConfiguringComponentConfiguration (kura/org.eclipse.kura.core.configuration, KURA_5.4.1_RELEASE) does.
 */
class SelfConfiguringComponentsTest {

    @Test
    void shouldHandOutTheConfigurationOfTheServiceWithThatKuraServicePid() throws Exception {
        ComponentConfiguration own = new ComponentConfigurationValue("net", ocd("net"), props("threads", 2));

        assertThat(new SelfConfiguringComponents(context("net", () -> own)).apply("net")).isSameAs(own);
        assertThat(new SelfConfiguringComponents(context("net", () -> own)).apply("other")).isNull();
    }

    @Test
    void shouldRefuseAConfigurationWithAnotherPidOrAValueOfAnotherTypeThanItsAd() throws Exception {
        ComponentConfiguration otherPid = new ComponentConfigurationValue("x", ocd("x"), props("threads", 2));
        ComponentConfiguration wrongType = new ComponentConfigurationValue("net", ocd("net"), props("threads", "2"));

        assertThat(new SelfConfiguringComponents(context("net", () -> otherPid)).apply("net")).isNull();
        assertThat(new SelfConfiguringComponents(context("net", () -> wrongType)).apply("net")).isNull();
    }

    private static BundleContext context(String pid, SelfConfiguringComponent component) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("kura.service.pid", pid);
        ServiceReference<?> reference = KuraFixture.reference(properties);
        return (BundleContext) Proxy.newProxyInstance(SelfConfiguringComponentsTest.class.getClassLoader(),
                new Class<?>[] { BundleContext.class }, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getServiceReferences":
                            return new ServiceReference<?>[] { reference };
                        case "getService":
                            return component;
                        case "ungetService":
                            return true;
                        default:
                            return null;
                    }
                });
    }
}
