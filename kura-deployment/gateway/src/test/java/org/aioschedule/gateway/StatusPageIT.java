package org.aioschedule.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;

/**
 * The status page in a real browser (Debian's headless Chromium) against the local gateway, as a person opens it: the
 * page loads from the gateway, the browser's basic-authentication prompt is answered with admin/admin (the page holds
 * no credentials), the example jobs are listed, a run of the 10-second example appears on the timeline by the page's
 * own refresh, the daily job has its next run in the coming 24 hours; a screenshot is kept as
 * {@code target/status-page.png}. Nothing is fetched from the internet.
 */
class StatusPageIT {

    private static final Duration LIMIT = Duration.ofSeconds(90);
    private static final Pattern PAGE = Pattern.compile("Status page: (http://localhost:\\d+/aioschedule)");
    private static final String EVERY_TEN_SECONDS = "job_with_argument";

    @Test
    void shouldListTheExampleJobsAndShowANewRunOnTheTimeline() throws Exception {
        Path data = Paths.get("target", "page-gateway-data").toAbsolutePath();
        GatewayFiles.deleteRecursively(data);
        try (GatewayProcess gateway = GatewayProcess.start(data);
                HeadlessChromium browser = HeadlessChromium.start("admin", "admin")) {
            gateway.await(line -> PAGE.matcher(line).find(), 1, LIMIT);
            String page = gateway.lines.stream().map(PAGE::matcher).filter(Matcher::find).findFirst().get().group(1);

            browser.navigate(page);
            awaitTrue(browser, "document.title === 'aioschedule'", "the page loaded");
            awaitTrue(browser, "document.querySelectorAll('#jobs tr[data-job]').length >= 3", "the jobs listed");
            List<String> jobs = strings(browser.evaluate(
                    "Array.from(document.querySelectorAll('#jobs tr[data-job]')).map(r => r.dataset.job)"));
            assertThat(jobs).contains(EVERY_TEN_SECONDS, "daily-job", "org.aioschedule.examples.job");
            assertThat(browser.prompts).as("the browser asked for the user").isNotEmpty()
                    .allMatch(url -> url.contains("/services/aioschedule/v1/"));

            String newest = "Array.from(document.querySelectorAll('#past .mark[data-job=\"" + EVERY_TEN_SECONDS
                    + "\"]')).map(m => m.dataset.at).sort().pop() || ''";
            String before = browser.evaluate(newest).getAsString();
            awaitTrue(browser, "(" + newest + ") > '" + before + "'", "a new run on the timeline after " + before);
            awaitTrue(browser, "document.querySelectorAll('#next .mark[data-job=\"daily-job\"]').length === 1",
                    "the daily job's next run in the coming 24 hours");
            assertThat(browser.evaluate("document.getElementById('status').className").getAsString()).isEmpty();

            Path screenshot = Paths.get("target", "status-page.png");
            browser.screenshot(screenshot);
            assertThat(Files.readAllBytes(screenshot)).startsWith(0x89, 'P', 'N', 'G');
        }
    }

    private static void awaitTrue(HeadlessChromium browser, String expression, String what) throws Exception {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (true) {
            JsonElement value = browser.evaluate(expression);
            if (value != null && value.isJsonPrimitive() && value.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("Not within " + LIMIT + ": " + what + "; page status: "
                        + browser.evaluate("document.getElementById('status') && "
                                + "document.getElementById('status').textContent") + "; prompts: " + browser.prompts);
            }
            Thread.sleep(100);
        }
    }

    private static List<String> strings(JsonElement array) {
        List<String> values = new java.util.ArrayList<>();
        array.getAsJsonArray().forEach(value -> values.add(value.getAsString()));
        return values;
    }
}
