package org.aioschedule.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the gateway's HTTP service listens: on localhost only (the emulated users have well-known passwords), at a
 * port given with {@code --http}, or nowhere ({@code --http off}).
 */
final class HttpAddress {

    static final String HOST = "localhost";
    static final String USER = "admin";
    static final String PASSWORD = "admin";

    private final int port;

    HttpAddress(int port) {
        this.port = port;
    }

    /**
     * The address for {@code --http}: a free port when 0, none when {@link GatewayArguments#HTTP_OFF}.
     *
     * @throws IllegalArgumentException when the port is taken, naming it with a way out
     */
    static HttpAddress of(int port) {
        if (port > 0) {
            requireFree(port);
        }
        return new HttpAddress(port == 0 ? freePort() : port);
    }

    private static void requireFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalArgumentException("Port " + port + " of localhost is in use (" + e.getMessage()
                    + "): choose another with --http, e.g. --http 8081, or --http 0 for any free port, or --http off");
        }
    }

    boolean enabled() {
        return port != GatewayArguments.HTTP_OFF;
    }

    /** Equinox http.jetty's start properties (its Activator reads them from the framework). */
    Map<String, String> frameworkProperties() {
        if (!enabled()) {
            return Collections.emptyMap();
        }
        Map<String, String> properties = new HashMap<>();
        properties.put("org.osgi.service.http.port", Integer.toString(port));
        properties.put("org.eclipse.equinox.http.jetty.http.host", "127.0.0.1");
        return properties;
    }

    String root() {
        return "http://" + HOST + ":" + port;
    }

    /** The banner's lines: the status page, the REST API with a curl example, and the credentials. */
    String describe() {
        if (!enabled()) {
            return "HTTP:   off (--http off): no REST API, no status page";
        }
        return String.join(System.lineSeparator(),
                "Status page: " + root() + "/aioschedule   (user " + USER + ", password " + PASSWORD + ")",
                "REST API:    curl -u " + USER + ":" + PASSWORD + " " + root() + "/services/aioschedule/v1/jobs");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the HTTP service; choose one with --http 8080", e);
        }
    }
}
