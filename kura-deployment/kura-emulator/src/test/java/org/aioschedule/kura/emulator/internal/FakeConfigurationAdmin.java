package org.aioschedule.kura.emulator.internal;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.EnumSet;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/** An in-memory ConfigurationAdmin that records locations and update counts; no filters in listConfigurations. */
final class FakeConfigurationAdmin implements ConfigurationAdmin {

    final Map<String, FakeConfiguration> configurations = new LinkedHashMap<>();
    private int nextId;

    @Override
    public Configuration createFactoryConfiguration(String factoryPid) {
        return createFactoryConfiguration(factoryPid, null);
    }

    @Override
    public Configuration createFactoryConfiguration(String factoryPid, String location) {
        String pid = factoryPid + "." + (++this.nextId);
        FakeConfiguration config = new FakeConfiguration(pid, factoryPid, location);
        this.configurations.put(pid, config);
        return config;
    }

    @Override
    public Configuration getConfiguration(String pid, String location) {
        return this.configurations.computeIfAbsent(pid, p -> new FakeConfiguration(p, null, location));
    }

    @Override
    public Configuration getConfiguration(String pid) {
        return getConfiguration(pid, "bound-to-caller");
    }

    @Override
    public Configuration getFactoryConfiguration(String factoryPid, String name, String location) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Configuration getFactoryConfiguration(String factoryPid, String name) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Configuration[] listConfigurations(String filter) {
        List<Configuration> withProperties = new ArrayList<>();
        for (FakeConfiguration config : this.configurations.values()) {
            if (config.properties != null) {
                withProperties.add(config);
            }
        }
        return withProperties.isEmpty() ? null : withProperties.toArray(new Configuration[0]);
    }

    final class FakeConfiguration implements Configuration {

        final String pid;
        final String factoryPid;
        final String location;
        Hashtable<String, Object> properties;
        int updates;

        FakeConfiguration(String pid, String factoryPid, String location) {
            this.pid = pid;
            this.factoryPid = factoryPid;
            this.location = location;
        }

        @Override
        public String getPid() {
            return this.pid;
        }

        @Override
        public Dictionary<String, Object> getProperties() {
            if (this.properties == null) {
                return null;
            }
            Hashtable<String, Object> copy = new Hashtable<>(this.properties);
            copy.put("service.pid", this.pid);
            if (this.factoryPid != null) {
                copy.put("service.factoryPid", this.factoryPid);
            }
            return copy;
        }

        @Override
        public Dictionary<String, Object> getProcessedProperties(ServiceReference<?> reference) {
            return getProperties();
        }

        @Override
        public void update(Dictionary<String, ?> newProperties) {
            Hashtable<String, Object> copy = new Hashtable<>();
            for (java.util.Enumeration<String> keys = newProperties.keys(); keys.hasMoreElements();) {
                String key = keys.nextElement();
                copy.put(key, newProperties.get(key));
            }
            this.properties = copy;
            this.updates++;
        }

        @Override
        public void delete() {
            FakeConfigurationAdmin.this.configurations.remove(this.pid);
        }

        @Override
        public String getFactoryPid() {
            return this.factoryPid;
        }

        @Override
        public void update() {
            this.updates++;
        }

        @Override
        public boolean updateIfDifferent(Dictionary<String, ?> newProperties) {
            update(newProperties);
            return true;
        }

        @Override
        public void setBundleLocation(String location) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getBundleLocation() {
            return this.location;
        }

        @Override
        public long getChangeCount() {
            return this.updates;
        }

        @Override
        public void addAttributes(ConfigurationAttribute... attrs) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Set<ConfigurationAttribute> getAttributes() {
            return EnumSet.noneOf(ConfigurationAttribute.class);
        }

        @Override
        public void removeAttributes(ConfigurationAttribute... attrs) {
            throw new UnsupportedOperationException();
        }
    }
}
