package org.aioschedule.itests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Calls the gateway's HTTP service as curl does: one request, optional basic credentials, the whole answer. */
final class RestClient {

    private final String root;

    RestClient(int port) {
        this.root = "http://127.0.0.1:" + port;
    }

    /** The answer to {@code method path} as {@code user:password} (null: no credentials), with {@code body}. */
    Answer call(String method, String path, String credentials, String body) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(root + path).openConnection();
        connection.setRequestMethod(method);
        connection.setConnectTimeout(5_000);
        connection.setReadTimeout(15_000);
        if (credentials != null) {
            connection.setRequestProperty("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        if (body != null) {
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", "application/json");
            connection.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        }
        int status = connection.getResponseCode();
        InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
        String text = in == null ? "" : read(in);
        return new Answer(status, text, connection.getHeaderField("WWW-Authenticate"),
                connection.getContentType());
    }

    Answer get(String path, String credentials) throws IOException {
        return call("GET", path, credentials, null);
    }

    Answer post(String path, String credentials) throws IOException {
        return call("POST", path, credentials, null);
    }

    private static String read(InputStream in) throws IOException {
        try (InputStream stream = in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n = stream.read(buffer); n > 0; n = stream.read(buffer)) {
                out.write(buffer, 0, n);
            }
            return new String(out.toByteArray(), StandardCharsets.UTF_8);
        }
    }

    /** One HTTP answer. */
    static final class Answer {
        final int status;
        final String body;
        final String challenge;
        final String contentType;

        Answer(int status, String body, String challenge, String contentType) {
            this.status = status;
            this.body = body;
            this.challenge = challenge;
            this.contentType = contentType;
        }

        @Override
        public String toString() {
            return "HTTP " + status + " " + body;
        }
    }
}
