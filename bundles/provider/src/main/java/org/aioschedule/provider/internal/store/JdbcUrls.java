package org.aioschedule.provider.internal.store;

import java.util.Locale;
import java.util.regex.Pattern;

/** What a JDBC URL, as the driver reports it, says about durability, and how to show it without credentials. */
final class JdbcUrls {

    private static final Pattern USER_INFO = Pattern.compile("//[^/@?;]*@");
    private static final Pattern SECRET = Pattern.compile(
            "(?i)([;?&:])(user|password|pwd|passphrase|file_password|key|cipher|hexkey)=[^;&]*");

    private JdbcUrls() {
    }

    /**
     * @return true for databases that live in memory only: H2 {@code mem:} (also over tcp), SQLite {@code :memory:},
     *         {@code mode=memory} or an empty path (a temporary database), and other drivers' {@code :mem:} or
     *         {@code :memory:}
     */
    static boolean isInMemory(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        if (u.startsWith("jdbc:sqlite:")) {
            String rest = u.substring("jdbc:sqlite:".length());
            int query = rest.indexOf('?');
            String path = query < 0 ? rest : rest.substring(0, query);
            return path.isEmpty() || path.equals("file:") || path.contains(":memory:")
                    || u.matches(".*[?&]mode=memory(&.*)?");
        }
        if (u.startsWith("jdbc:h2:")) {
            return u.startsWith("jdbc:h2:mem:") || u.contains("/mem:");
        }
        return u.contains(":mem:") || u.contains(":memory:");
    }

    /** @return the URL with user names, passwords and keys replaced by {@code ***} */
    static String redact(String url) {
        String shown = USER_INFO.matcher(url).replaceAll("//***@");
        return SECRET.matcher(shown).replaceAll("$1$2=***");
    }
}
