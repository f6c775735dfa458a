package org.aioschedule.kura.emulator.internal.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

import org.osgi.service.useradmin.Group;
import org.osgi.service.useradmin.Role;
import org.osgi.service.useradmin.User;
import org.osgi.service.useradmin.UserAdmin;

/**
 * Kura's identities in UserAdmin, as Kura 5.4.1's {@code org.eclipse.kura.util.useradmin.UserAdminHelper} keeps them:
 * a user {@code kura.user.NAME} with the credential {@code kura.password} = SHA-256 of the password, Base64; a
 * permission is a group {@code kura.permission.PERMISSION} whose basic members are the users that have it; a member of
 * {@code kura.permission.kura.admin} has every permission; a user whose property
 * {@code kura.need.password.change} is {@code "true"} cannot log in.
 */
final class KuraIdentities {

    static final String USER_PREFIX = "kura.user.";
    static final String PERMISSION_PREFIX = "kura.permission.";
    static final String ADMIN_PERMISSION = "kura.admin";
    static final String PASSWORD = "kura.password";
    static final String NEED_PASSWORD_CHANGE = "kura.need.password.change";

    private final UserAdmin userAdmin;

    KuraIdentities(UserAdmin userAdmin) {
        this.userAdmin = userAdmin;
    }

    /** Whether {@code name} is a Kura user whose password is {@code password} and who may log in. */
    boolean verify(String name, String password) {
        Role role = userAdmin.getRole(USER_PREFIX + name);
        if (!(role instanceof User)) {
            return false;
        }
        User user = (User) role;
        if ("true".equals(user.getProperties().get(NEED_PASSWORD_CHANGE))) {
            return false;
        }
        return Objects.equals(passwordHash(password), user.getCredentials().get(PASSWORD));
    }

    /** Whether the user {@code name} has {@code permission}: as admin, or as a basic member of its group. */
    boolean hasPermission(String name, String permission) {
        String userName = USER_PREFIX + name;
        Role user = userAdmin.getRole(userName);
        if (!(user instanceof User)) {
            return false;
        }
        if (isMember(userAdmin.getRole(PERMISSION_PREFIX + ADMIN_PERMISSION), userName)) {
            return true;
        }
        return isMember(userAdmin.getRole(PERMISSION_PREFIX + permission), userName);
    }

    private static boolean isMember(Role group, String userName) {
        if (!(group instanceof Group)) {
            return false;
        }
        Role[] members = ((Group) group).getMembers();
        return members != null && Arrays.stream(members).anyMatch(member -> member.getName().equals(userName));
    }

    /** What Kura's {@code CryptoService.sha256Hash} makes of a password: SHA-256 of its UTF-8 bytes, Base64. */
    static String passwordHash(String password) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java has no SHA-256", e);
        }
    }
}
