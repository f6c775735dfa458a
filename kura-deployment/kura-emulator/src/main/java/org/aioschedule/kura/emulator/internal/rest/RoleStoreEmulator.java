package org.aioschedule.kura.emulator.internal.rest;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.felix.useradmin.RoleFactory;
import org.apache.felix.useradmin.RoleRepositoryStore;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.useradmin.Group;
import org.osgi.service.useradmin.Role;
import org.osgi.service.useradmin.User;

/**
 * The role store behind Felix UserAdmin, as Kura's {@code org.eclipse.kura.useradmin.store} is, but in memory: at every
 * start it holds the users and groups of Kura 5.4.1's {@code snapshot_0.xml} (RoleRepositoryStoreImpl's
 * {@code users.config} and {@code groups.config}) for {@code admin} (password {@code admin}, every permission as a
 * member of {@code kura.permission.kura.admin}) and {@code appadmin} (password {@code appadmin}, application
 * permissions, no REST permission); other bundles add their permission groups through UserAdmin. Unlike Kura's first
 * boot, no password change is asked for (Kura's snapshot_0 marks both users {@code kura.need.password.change}).
 */
@Component(service = RoleRepositoryStore.class)
public final class RoleStoreEmulator implements RoleRepositoryStore {

    static final String ADMIN = "admin";
    static final String APPADMIN = "appadmin";

    private final Map<String, Role> roles = new ConcurrentHashMap<>();

    @Activate
    void activate() {
        User admin = user(ADMIN);
        User appadmin = user(APPADMIN);
        permission(KuraIdentities.ADMIN_PERMISSION).addMember(admin);
        for (String permission : new String[] {"kura.cloud.connection.admin", "kura.packages.admin",
            "kura.wires.admin"}) {
            permission(permission).addMember(appadmin);
        }
    }

    @SuppressWarnings("unchecked")
    private User user(String name) {
        User user = RoleFactory.createUser(KuraIdentities.USER_PREFIX + name);
        ((Dictionary<String, Object>) (Dictionary<?, ?>) user.getCredentials()).put(KuraIdentities.PASSWORD,
                KuraIdentities.passwordHash(name));
        roles.put(user.getName(), user);
        return user;
    }

    private Group permission(String name) {
        Group group = RoleFactory.createGroup(KuraIdentities.PERMISSION_PREFIX + name);
        roles.put(group.getName(), group);
        return group;
    }

    @Override
    public Role addRole(String name, int type) {
        Role role = RoleFactory.createRole(type, name);
        return roles.putIfAbsent(name, role) == null ? role : null;
    }

    @Override
    public Role[] getRoles(String filter) throws InvalidSyntaxException {
        Filter matcher = filter == null ? null : FrameworkUtil.createFilter(filter);
        List<Role> found = new ArrayList<>();
        for (Role role : roles.values()) {
            if (matcher == null || matcher.match(role.getProperties())) {
                found.add(role);
            }
        }
        return found.toArray(new Role[0]);
    }

    @Override
    public Role getRoleByName(String name) {
        return roles.get(name);
    }

    @Override
    public Role removeRole(String name) {
        return roles.remove(name);
    }
}
