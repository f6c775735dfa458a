package org.aioschedule.kura.emulator.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.useradmin.Role;
import org.osgi.service.useradmin.User;
import org.osgi.service.useradmin.UserAdmin;

/**
 * The emulator's users and permissions, as Kura 5.4.1 keeps them: kura/org.eclipse.kura.util's
 * {@code useradmin/UserAdminHelper.java} (names, password check, admin, permission groups) and
 * {@code kura/distrib/src/main/resources/common/snapshots/snapshot_0.xml-generic-device} (the users, their hashes and
 * groups in RoleRepositoryStoreImpl's users.config and groups.config).
 */
class KuraIdentitiesTest {

    private final RoleStoreEmulator store = new RoleStoreEmulator();
    private KuraIdentities identities;

    @BeforeEach
    void seed() {
        store.activate();
        UserAdmin userAdmin = (UserAdmin) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {UserAdmin.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getRole")) {
                        return store.getRoleByName((String) args[0]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        identities = new KuraIdentities(userAdmin);
    }

    /** snapshot_0.xml: kura.user.admin's kura.password and kura.user.appadmin's, i.e. CryptoService.sha256Hash. */
    @Test
    void shouldHashPasswordsAsKurasSnapshotZeroHoldsThem() {
        assertThat(KuraIdentities.passwordHash("admin")).isEqualTo("jGl25bVBBBW96Qi9Te4V37Fnqchz/Eu4qB9vKrRIqRg=");
        assertThat(KuraIdentities.passwordHash("appadmin")).isEqualTo("3hPckF8Zc+IF3pVineBvck3zJERUl8itosySULE1hpM=");
        assertThat(store.getRoleByName("kura.user.admin").getType()).isEqualTo(Role.USER);
        assertThat(((User) store.getRoleByName("kura.user.admin")).getCredentials().get("kura.password"))
                .isEqualTo("jGl25bVBBBW96Qi9Te4V37Fnqchz/Eu4qB9vKrRIqRg=");
    }

    /** UserAdminHelper.verifyUsernamePassword: the user kura.user.NAME and its hash; anything else fails. */
    @Test
    void shouldVerifyKurasUsersAndNothingElse() {
        assertThat(identities.verify("admin", "admin")).isTrue();
        assertThat(identities.verify("appadmin", "appadmin")).isTrue();
        assertThat(identities.verify("admin", "Admin")).isFalse();
        assertThat(identities.verify("nobody", "nobody")).isFalse();
        assertThat(identities.verify("", "")).isFalse();
    }

    /** BasicAuthenticationProvider: isPasswordChangeRequired (kura.need.password.change "true") refuses the login. */
    @Test
    @SuppressWarnings("unchecked")
    void shouldRefuseAUserWhoMustChangeThePassword() {
        ((User) store.getRoleByName("kura.user.admin")).getProperties().put("kura.need.password.change", "true");
        assertThat(identities.verify("admin", "admin")).isFalse();
    }

    /** UserAdminHelper.requirePermissions: kura.admin has all; others only the groups they are basic members of. */
    @Test
    void shouldGiveAdminEveryPermissionAndAppadminOnlyItsGroups() {
        assertThat(identities.hasPermission("admin", "rest.aioschedule")).isTrue();
        assertThat(identities.hasPermission("admin", "rest.not.created.yet")).isTrue();
        assertThat(identities.hasPermission("appadmin", "kura.packages.admin")).isTrue();
        assertThat(identities.hasPermission("appadmin", "rest.aioschedule")).isFalse();
        assertThat(identities.hasPermission("nobody", "kura.packages.admin")).isFalse();
    }

    /** The group a bundle creates (kura.permission.rest.x) grants the role once the user is one of its members. */
    @Test
    void shouldGrantAPermissionThroughItsGroupOnly() {
        org.osgi.service.useradmin.Group group = (org.osgi.service.useradmin.Group) store
                .addRole("kura.permission.rest.aioschedule", Role.GROUP);
        assertThat(identities.hasPermission("appadmin", "rest.aioschedule")).isFalse();
        group.addMember(store.getRoleByName("kura.user.appadmin"));
        assertThat(identities.hasPermission("appadmin", "rest.aioschedule")).isTrue();
        assertThat(store.addRole("kura.permission.rest.aioschedule", Role.GROUP)).as("already there").isNull();
    }

    @Test
    void shouldFindRolesByFilterAsUserAdminAsks() throws Exception {
        assertThat(store.getRoles(null)).hasSizeGreaterThanOrEqualTo(6);
        assertThat(store.getRoles("(objectClass=*)")).isEmpty();
    }
}
