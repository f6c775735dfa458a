package org.aioschedule.provider.internal.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * The status page's files: small, nothing fetched from elsewhere (no scheme or host in any address), only GETs of the
 * REST API, no credentials; and how they are found in the bundle and typed for the HTTP service.
 */
class StatusPageFilesTest {

    private static final Path FOLDER = Paths.get("src/main/resources/status-page");

    @Test
    void shouldBeAFewKilobytesWithoutAnyAddressElsewhereOrCredentials() throws IOException {
        long total = 0;
        for (String name : new String[] {"index.html", "page.css", "page.js"}) {
            String text = read(name);
            total += text.getBytes(StandardCharsets.UTF_8).length;
            assertThat(text).as(name).doesNotContainPattern("(?i)https?:|//[a-z0-9.-]+\\.[a-z]{2,}/|@import")
                    .doesNotContain("Authorization").doesNotContain("admin");
        }
        assertThat(total).isLessThan(12 * 1024);
    }

    @Test
    void shouldOnlyReadTheRestApi() throws IOException {
        String script = read("page.js");
        assertThat(script).contains("var API = '/services/aioschedule/v1';").doesNotContain("method:")
                .doesNotContain("XMLHttpRequest").doesNotContain("localStorage").doesNotContain("document.cookie");
        Matcher calls = Pattern.compile("get\\('([^']+)'\\)").matcher(script);
        StringBuilder paths = new StringBuilder();
        while (calls.find()) {
            paths.append(calls.group(1)).append(' ');
        }
        assertThat(paths.toString().trim()).isEqualTo("/jobs /runs?hours=24 /problems /store");
        assertThat(script).contains("setTimeout(refresh, REFRESH_MS)").contains("var REFRESH_MS = 5000;");
    }

    @Test
    void shouldServeIndexForTheFolderAndTypeTheFilesByTheirLastName() throws Exception {
        Bundle bundle = (Bundle) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Bundle.class},
                (proxy, method, args) -> method.getName().equals("getEntry")
                        ? new URL("file:" + args[0]) : null);
        PageFiles files = new PageFiles(bundle, StatusPage.FOLDER);
        assertThat(files.getResource("/status-page")).hasToString("file:/status-page/index.html");
        assertThat(files.getResource("/status-page/")).hasToString("file:/status-page/index.html");
        assertThat(files.getResource("/status-page/page.js")).hasToString("file:/status-page/page.js");
        assertThat(files.getResource("/status-page/sub/")).isNull();
        assertThat(files.getMimeType("status-page")).isEqualTo("text/html");
        assertThat(files.getMimeType("page.js")).isEqualTo("application/javascript");
        assertThat(files.getMimeType("page.css")).isEqualTo("text/css");
        assertThat(files.getMimeType("picture.png")).isNull();
        assertThat(files.handleSecurity(null, null)).isTrue();
    }

    private static String read(String name) throws IOException {
        return new String(Files.readAllBytes(FOLDER.resolve(name)), StandardCharsets.UTF_8);
    }
}
