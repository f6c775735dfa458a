package org.aioschedule.gateway;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Debian's Chromium, headless, driven through its DevTools protocol over a WebSocket (no driver, no download): one
 * tab, basic-authentication prompts answered with the given user (as a person types into the browser's prompt),
 * JavaScript evaluated in the page, screenshots. Every wait is bounded.
 */
final class HeadlessChromium implements AutoCloseable {

    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    private final StringBuilder partial = new StringBuilder();
    private final String user;
    private final String password;
    /** The URLs whose 401 challenge the browser answered with the user. */
    final List<String> prompts = new CopyOnWriteArrayList<>();

    private HeadlessChromium(Process process, Path profile, String pageSocket, String user, String password)
            throws Exception {
        this.process = process;
        this.profile = profile;
        this.user = user;
        this.password = password;
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(pageSocket),
                new Listener()).get(LIMIT.toSeconds(), TimeUnit.SECONDS);
        send("Page.enable", new JsonObject());
        JsonObject fetch = new JsonObject();
        fetch.addProperty("handleAuthRequests", true);
        send("Fetch.enable", fetch);
    }

    /** Starts Chromium with a fresh profile; the browser answers basic-auth prompts as {@code user}. */
    static HeadlessChromium start(String user, String password) throws Exception {
        Path profile = Files.createTempDirectory("chromium-profile");
        List<String> command = new ArrayList<>(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--remote-debugging-port=0",
                "--window-size=1400,1000", "about:blank"));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("No chromium: install it with apt-get install -y --no-install-recommends "
                    + "chromium chromium-driver (.ci/run does)", e);
        }
        String browserSocket = awaitListening(process);
        String port = URI.create(browserSocket).getPort() + "";
        return new HeadlessChromium(process, profile, pageSocket(port), user, password);
    }

    private static String awaitListening(Process process) throws Exception {
        CompletableFuture<String> address = new CompletableFuture<>();
        List<String> output = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    output.add(line);
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        address.complete(m.group(1));
                    }
                }
            } catch (IOException e) {
                address.completeExceptionally(e);
            }
            address.completeExceptionally(new AssertionError("Chromium ended: " + String.join("\n", output)));
        }, "chromium-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return address.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            process.destroyForcibly();
            throw new AssertionError("Chromium did not open DevTools within " + LIMIT + ": " + output, e);
        }
    }

    private static String pageSocket(String port) throws Exception {
        HttpResponse<String> list = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/json/list")).timeout(LIMIT).build(),
                HttpResponse.BodyHandlers.ofString());
        for (JsonElement target : JsonParser.parseString(list.body()).getAsJsonArray()) {
            JsonObject page = target.getAsJsonObject();
            if ("page".equals(page.get("type").getAsString())) {
                return page.get("webSocketDebuggerUrl").getAsString();
            }
        }
        throw new AssertionError("Chromium has no page: " + list.body());
    }

    /** Sends a DevTools command and waits (bounded) for its result. */
    JsonObject send(String method, JsonObject params) throws Exception {
        int id = ids.incrementAndGet();
        JsonObject message = new JsonObject();
        message.addProperty("id", id);
        message.addProperty("method", method);
        message.add("params", params);
        CompletableFuture<JsonObject> answer = new CompletableFuture<>();
        pending.put(id, answer);
        write(message);
        JsonObject reply = answer.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
        if (reply.has("error")) {
            throw new AssertionError(method + " failed: " + reply.get("error"));
        }
        return reply.getAsJsonObject("result");
    }

    void navigate(String url) throws Exception {
        JsonObject params = new JsonObject();
        params.addProperty("url", url);
        send("Page.navigate", params);
    }

    /** The value of a JavaScript expression in the page (JSON-representable), or null when it throws. */
    JsonElement evaluate(String expression) throws Exception {
        JsonObject params = new JsonObject();
        params.addProperty("expression", expression);
        params.addProperty("returnByValue", true);
        JsonObject result = send("Runtime.evaluate", params);
        if (result.has("exceptionDetails")) {
            return null;
        }
        return result.getAsJsonObject("result").get("value");
    }

    /** Saves a PNG screenshot of the page to {@code file}. */
    void screenshot(Path file) throws Exception {
        JsonObject params = new JsonObject();
        params.addProperty("format", "png");
        String data = send("Page.captureScreenshot", params).get("data").getAsString();
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode(data));
    }

    private void onEvent(JsonObject event) {
        String method = event.get("method").getAsString();
        if (!method.startsWith("Fetch.")) {
            return;
        }
        JsonObject params = event.getAsJsonObject("params");
        JsonObject reply = new JsonObject();
        reply.addProperty("requestId", params.get("requestId").getAsString());
        if (method.equals("Fetch.authRequired")) {
            prompts.add(params.getAsJsonObject("request").get("url").getAsString());
            JsonObject response = new JsonObject();
            response.addProperty("response", "ProvideCredentials");
            response.addProperty("username", user);
            response.addProperty("password", password);
            reply.add("authChallengeResponse", response);
            sendAsync("Fetch.continueWithAuth", reply);
        } else if (method.equals("Fetch.requestPaused")) {
            sendAsync("Fetch.continueRequest", reply);
        }
    }

    private void sendAsync(String method, JsonObject params) {
        JsonObject message = new JsonObject();
        message.addProperty("id", ids.incrementAndGet());
        message.addProperty("method", method);
        message.add("params", params);
        try {
            write(message);
        } catch (Exception e) {
            prompts.add("(could not answer " + method + ": " + e + ")");
        }
    }

    /** One message at a time: a WebSocket refuses a send while the previous one is under way. */
    private synchronized void write(JsonObject message) throws Exception {
        socket.sendText(new Gson().toJson(message), true).get(LIMIT.toSeconds(), TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        socket.abort();
        List<ProcessHandle> all = new ArrayList<>(process.descendants().collect(java.util.stream.Collectors.toList()));
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                handle.destroyForcibly();
            }
        }
        deleteProfile();
    }

    /** Chromium's helpers may still be writing as they end: tries again for a bounded time, then leaves it. */
    private void deleteProfile() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try {
                GatewayFiles.deleteRecursively(profile);
                return;
            } catch (IOException e) {
                if (System.nanoTime() - deadline > 0) {
                    System.err.println("Could not delete Chromium's profile " + profile + ": " + e);
                    return;
                }
                Thread.sleep(100);
            }
        }
    }

    private final class Listener implements WebSocket.Listener {

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                JsonObject message = JsonParser.parseString(partial.toString()).getAsJsonObject();
                partial.setLength(0);
                if (message.has("id")) {
                    CompletableFuture<JsonObject> answer = pending.remove(message.get("id").getAsInt());
                    if (answer != null) {
                        answer.complete(message);
                    }
                } else if (message.has("method")) {
                    onEvent(message);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
