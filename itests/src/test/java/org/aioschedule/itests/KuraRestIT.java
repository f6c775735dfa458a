package org.aioschedule.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.inject.Inject;

import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.useradmin.Group;
import org.osgi.service.useradmin.Role;
import org.osgi.service.useradmin.User;
import org.osgi.service.useradmin.UserAdmin;

/**
 * Kura's REST stack as the emulator stands in for it (Kura 5.4.1's org.eclipse.kura.rest.provider: RestService,
 * BasicAuthenticationProvider; org.eclipse.kura.util's UserAdminHelper), on the selected composition's HTTP
 * service, with a resource of the tests' own guarded by {@code @RolesAllowed("itest")}; and the status page.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class KuraRestIT {

    static final String ADMIN = "admin:admin";
    static final String APPADMIN = "appadmin:appadmin";
    private static final String PROBE = "/services/itest/v1";
    private static final String PERMISSION = "kura.permission.rest." + ProbeResource.ROLE;

    @Rule
    public final FrameworkDiagnostics diagnostics = new FrameworkDiagnostics();

    @Inject
    private BundleContext context;

    @Inject
    private UserAdmin userAdmin;

    private RestClient rest;
    private ServiceRegistration<ProbeResource> probe;

    @Configuration
    public Option[] config() throws IOException {
        int port = RestPorts.free();
        List<Option> options = new ArrayList<>(Arrays.asList(KuraRuntime.composition("rest", port)));
        options.add(systemProperty("itest.http.port").value(Integer.toString(port)));
        return options.toArray(new Option[0]);
    }

    @Before
    public void publishProbeResource() throws Exception {
        rest = new RestClient(Integer.getInteger("itest.http.port"));
        probe = context.registerService(ProbeResource.class, new ProbeResource(), null);
        userAdmin.createRole(PERMISSION, Role.GROUP);
        Probe.await(() -> status(PROBE, ADMIN) == 200, "the probe resource published at " + PROBE, 30_000);
    }

    @After
    public void withdrawProbeResource() {
        probe.unregister();
        userAdmin.removeRole(PERMISSION);
    }

    /** Kura's RestService.filter: a 403 without a user becomes 401; BasicAuthenticationProvider adds the realm. */
    @Test
    public void shouldAnswer401WithKurasBasicRealmWithoutCredentials() throws Exception {
        RestClient.Answer answer = rest.get(PROBE, null);
        assertEquals(answer.toString(), 401, answer.status);
        assertEquals("Basic realm=\"kura-rest-api\"", answer.challenge);
    }

    /** Kura's BasicAuthenticationProvider and UserAdminHelper.verifyUsernamePassword: a wrong password is no user. */
    @Test
    public void shouldAnswer401ToAWrongPasswordAnUnknownUserAndABadHeader() throws Exception {
        assertEquals(401, rest.get(PROBE, "admin:wrong").status);
        assertEquals(401, rest.get(PROBE, "nobody:admin").status);
        assertEquals(401, rest.get(PROBE, "admin").status);
    }

    /** Kura's RestService.isUserInRole and UserAdminHelper.requirePermissions: no group membership, 403. */
    @Test
    public void shouldAnswer403ToAUserWithoutTheRole() throws Exception {
        RestClient.Answer answer = rest.get(PROBE, APPADMIN);
        assertEquals(answer.toString(), 403, answer.status);
        assertEquals("Basic realm=\"kura-rest-api\"", answer.challenge);
    }

    /** UserAdminHelper.requirePermissions: a member of kura.permission.kura.admin has every permission. */
    @Test
    public void shouldLetAdminCallEveryResource() throws Exception {
        RestClient.Answer answer = rest.get(PROBE, ADMIN);
        assertEquals(answer.toString(), 200, answer.status);
        assertEquals("{\"hello\":\"itest\"}", answer.body);
    }

    /** RestService.isUserInRole: role x of @RolesAllowed is the UserAdmin group kura.permission.rest.x. */
    @Test
    public void shouldLetAMemberOfTheRolesGroupIn() throws Exception {
        Group group = (Group) userAdmin.getRole(PERMISSION);
        User appadmin = (User) userAdmin.getRole("kura.user.appadmin");
        assertTrue(group.addMember(appadmin));
        assertEquals(200, rest.get(PROBE, APPADMIN).status);
        group.removeMember(appadmin);
        assertEquals(403, rest.get(PROBE, APPADMIN).status);
    }

    /** BasicAuthenticationProvider: a user who must change the password cannot log in (Kura's first boot). */
    @Test
    @SuppressWarnings("unchecked")
    public void shouldRefuseAUserWhoMustChangeThePassword() throws Exception {
        User admin = (User) userAdmin.getRole("kura.user.admin");
        admin.getProperties().put("kura.need.password.change", "true");
        try {
            assertEquals(401, rest.get(PROBE, ADMIN).status);
        } finally {
            admin.getProperties().remove("kura.need.password.change");
        }
        assertEquals(200, rest.get(PROBE, ADMIN).status);
    }

    @Test
    public void shouldServeTheStatusPageWithoutCredentials() throws Exception {
        for (String address : new String[] {"/aioschedule", "/aioschedule/"}) {
            RestClient.Answer page = rest.get(address, null);
            assertEquals(address, 200, page.status);
            assertTrue(address + ": " + page.contentType, page.contentType.startsWith("text/html"));
            assertTrue(page.body.contains("/aioschedule/page.js"));
        }
        RestClient.Answer script = rest.get("/aioschedule/page.js", null);
        assertEquals(200, script.status);
        assertTrue(script.body.contains("/services/aioschedule/v1"));
        assertTrue(rest.get("/aioschedule/page.css", null).contentType.startsWith("text/css"));
        assertEquals(404, rest.get("/aioschedule/missing.js", null).status);
    }

    private int status(String path, String credentials) {
        try {
            return rest.get(path, credentials).status;
        } catch (IOException e) {
            return -1;
        }
    }
}
