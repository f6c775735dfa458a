package org.aioschedule.itests;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** A free port on localhost for a test framework's HTTP service. */
final class RestPorts {

    private RestPorts() {
    }

    static int free() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
