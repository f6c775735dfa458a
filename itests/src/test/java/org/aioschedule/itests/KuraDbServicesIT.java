package org.aioschedule.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.inject.Inject;

import org.eclipse.kura.configuration.ConfigurableComponent;
import org.eclipse.kura.configuration.ConfigurationService;
import org.eclipse.kura.db.BaseDbService;
import org.eclipse.kura.db.H2DbService;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The emulated H2DbService as Kura 5.4.1 has it (kura/org.eclipse.kura.core: OSGI-INF/h2db.xml, H2DbHelper.java,
 * H2DbServiceImpl.java), driven the way the web UI drives it: the default instance is a factory instance the helper
 * created, in memory; Apply of a new {@code db.connector.url} through ConfigurationService.updateConfiguration is
 * applied inside {@code updated}: the service is not registered again (same service.id), its properties change,
 * and new connections report the new URL.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class KuraDbServicesIT {

    private static final String DEFAULT = H2DbService.DEFAULT_INSTANCE_PID;
    private static final String URL = "db.connector.url";
    private static final String SQLITE_FACTORY = "org.eclipse.kura.db.SQLiteDbService";
    private static final String SQLITE_INSTANCE = "itest.sqlite";

    @Rule
    public final FrameworkDiagnostics diagnostics = new FrameworkDiagnostics();

    @Inject
    private BundleContext context;

    @Inject
    private ConfigurationService configurationService;

    @Configuration
    public Option[] config() {
        return KuraRuntime.composition("db-services");
    }

    @After
    public void backToMemory() throws Exception {
        configurationService.updateConfiguration(DEFAULT, Collections.singletonMap(URL, "jdbc:h2:mem:kuradb"));
        if (configurationService.getConfigurableComponentPids().contains(SQLITE_INSTANCE)) {
            configurationService.deleteFactoryConfiguration(SQLITE_INSTANCE, false);
        }
    }

    @Test
    public void shouldOfferDefaultInstanceAsFactoryInstanceInMemory() throws Exception {
        ServiceReference<H2DbService> reference = defaultInstance();

        assertEquals("org.eclipse.kura.core.db.H2DbService",
                reference.getProperty(ConfigurationAdmin.SERVICE_FACTORYPID));
        assertTrue("service.pid is a String", reference.getProperty(Constants.SERVICE_PID) instanceof String);
        List<String> objectClass = Arrays.asList((String[]) reference.getProperty(Constants.OBJECTCLASS));
        assertTrue(objectClass.toString(), objectClass.containsAll(Arrays.asList(
                ConfigurableComponent.class.getName(), BaseDbService.class.getName(), H2DbService.class.getName())));
        Probe.await(() -> configurationService.getConfigurableComponentPids().contains(DEFAULT),
                "the ConfigurationService tracks " + DEFAULT);
        assertEquals("jdbc:h2:mem:kuradb", connectionUrl(reference));
    }

    @Test
    public void shouldApplyNewUrlWithoutRegisteringTheServiceAgain() throws Exception {
        ServiceReference<H2DbService> reference = defaultInstance();
        Object serviceId = reference.getProperty(Constants.SERVICE_ID);
        List<Integer> events = new CopyOnWriteArrayList<>();
        ServiceListener listener = event -> events.add(event.getType());
        context.addServiceListener(listener, "(" + Constants.SERVICE_ID + "=" + serviceId + ")");
        String fileUrl = "jdbc:h2:file:" + Paths.get(context.getProperty("kura.data"), "db", "kuradb").toAbsolutePath();
        try {
            configurationService.updateConfiguration(DEFAULT, Collections.singletonMap(URL, fileUrl));

            Probe.await(() -> fileUrl.equals(reference.getProperty(URL)), "the service's db.connector.url is "
                    + fileUrl);
            assertEquals(fileUrl, connectionUrl(reference));
            assertEquals("same registration", serviceId, defaultInstance().getProperty(Constants.SERVICE_ID));
            assertTrue("modified: " + events, events.contains(ServiceEvent.MODIFIED));
            assertTrue("never unregistered: " + events, !events.contains(ServiceEvent.UNREGISTERING));
        } finally {
            context.removeServiceListener(listener);
        }
    }

    /** H2DbServiceImpl.updateInternal only logs a bad configuration: still registered, connections refused. */
    @Test
    public void shouldStayRegisteredAndRefuseConnectionsAfterBadUrl() throws Exception {
        ServiceReference<H2DbService> reference = defaultInstance();
        Object serviceId = reference.getProperty(Constants.SERVICE_ID);
        String remote = "jdbc:h2:tcp://localhost/itest";

        configurationService.updateConfiguration(DEFAULT, Collections.singletonMap(URL, remote));

        Probe.await(() -> remote.equals(reference.getProperty(URL)), "the service's db.connector.url is " + remote);
        assertEquals("same registration", serviceId, defaultInstance().getProperty(Constants.SERVICE_ID));
        try {
            connectionUrl(reference);
            throw new AssertionError("a connection to a database Kura refuses to open");
        } catch (SQLException e) {
            assertEquals("Database instance not initialized", e.getMessage());
            assertEquals(null, e.getSQLState());
        }
    }

    /**
     * The SQLite stand-in (Kura's org.eclipse.kura.db.sqlite.provider: a factory with no default instance, in memory
     * by default) created as the web UI's "+" dialog does, then made persisted with Apply: same registration, and the
     * connections report the file.
     */
    @Test
    public void shouldCreateSqliteInstanceInMemoryAndPersistItOnApply() throws Exception {
        configurationService.createFactoryConfiguration(SQLITE_FACTORY, SQLITE_INSTANCE, null, false);
        ServiceReference<BaseDbService> reference = instance(BaseDbService.class, SQLITE_INSTANCE);
        Object serviceId = reference.getProperty(Constants.SERVICE_ID);
        assertEquals(SQLITE_FACTORY, reference.getProperty(ConfigurationAdmin.SERVICE_FACTORYPID));
        assertEquals("jdbc:sqlite:file:" + SQLITE_INSTANCE + "?mode=memory&cache=shared", connectionUrl(reference));

        String path = Paths.get(context.getProperty("kura.data"), "db", "itest.sqlite").toAbsolutePath().toString();
        Files.createDirectories(Paths.get(path).getParent());
        Map<String, Object> persisted = new HashMap<>();
        persisted.put("db.mode", "PERSISTED");
        persisted.put("db.path", path);
        configurationService.updateConfiguration(SQLITE_INSTANCE, persisted);

        Probe.await(() -> path.equals(reference.getProperty("db.path")), "the service's db.path is " + path);
        assertEquals("jdbc:sqlite:file:" + path, connectionUrl(reference));
        assertEquals("same registration", serviceId,
                instance(BaseDbService.class, SQLITE_INSTANCE).getProperty(Constants.SERVICE_ID));
    }

    private ServiceReference<H2DbService> defaultInstance() throws Exception {
        return instance(H2DbService.class, DEFAULT);
    }

    private <S> ServiceReference<S> instance(Class<S> type, String kuraServicePid) throws Exception {
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context,
                context.createFilter("(&(" + Constants.OBJECTCLASS + "=" + type.getName() + ")("
                        + ConfigurationService.KURA_SERVICE_PID + "=" + kuraServicePid + "))"), null);
        tracker.open();
        try {
            assertNotNull(type.getSimpleName() + " " + kuraServicePid, tracker.waitForService(Probe.WAIT_MILLIS));
            return tracker.getServiceReference();
        } finally {
            tracker.close();
        }
    }

    private String connectionUrl(ServiceReference<? extends BaseDbService> reference) throws SQLException {
        BaseDbService service = context.getService(reference);
        try (Connection connection = service.getConnection()) {
            return connection.getMetaData().getURL();
        } finally {
            context.ungetService(reference);
        }
    }
}
