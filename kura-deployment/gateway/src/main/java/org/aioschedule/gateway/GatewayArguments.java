package org.aioschedule.gateway;

import java.nio.file.Path;
import java.nio.file.Paths;

/** The local gateway's command line: where its state lives, whether it runs without a prompt, or a call for help. */
final class GatewayArguments {

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -jar gateway.jar [--data DIR] [--http PORT|off] [--headless] [--help]",
            "Runs aioschedule on an emulated Kura gateway; every start is a Kura reboot.",
            "  --data DIR   where the gateway keeps its state (default: gateway-data): framework/ (wiped at every",
            "               start), data/ (kura.data), snapshots/ (configuration) and packages/ (installed packages)",
            "  --http PORT  the port of Kura's HTTP service on localhost (default 8080; 0 picks a free one): the",
            "               REST API at /services (user admin, password admin) and the status page at /aioschedule",
            "  --http off   no HTTP service, no REST API, no status page",
            "  --headless   no g! prompt: run until stopped and log to standard output (the default when standard",
            "               input is not a terminal)",
            "  -h, --help   print these options and exit",
            "");

    /** The HTTP port when {@code --http off}: no HTTP service. */
    static final int HTTP_OFF = -1;
    static final int DEFAULT_HTTP_PORT = 8080;

    final Path data;
    final boolean headless;
    final boolean help;
    /** The HTTP service's port: {@link #HTTP_OFF}, 0 for any free port, or the port. */
    final int httpPort;

    private GatewayArguments(Path data, boolean headless, boolean help, int httpPort) {
        this.data = data;
        this.headless = headless;
        this.help = help;
        this.httpPort = httpPort;
    }

    /**
     * Reads the command line.
     *
     * @param args          the arguments of {@code main}
     * @param noTerminal    whether standard input is not a terminal (then the gateway runs headless anyway)
     * @return the options, with {@link #help} set if help was asked for
     * @throws IllegalArgumentException naming the argument that is wrong, with a valid example
     */
    static GatewayArguments parse(String[] args, boolean noTerminal) {
        Path data = Paths.get("gateway-data");
        boolean headless = noTerminal;
        int httpPort = DEFAULT_HTTP_PORT;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data":
                    if (i + 1 == args.length) {
                        throw new IllegalArgumentException("--data needs a directory, e.g. --data gateway-data");
                    }
                    data = Paths.get(args[++i]);
                    break;
                case "--http":
                    httpPort = httpPort(i + 1 == args.length ? null : args[++i]);
                    break;
                case "--headless":
                    headless = true;
                    break;
                case "-h":
                case "--help":
                    return new GatewayArguments(data, headless, true, httpPort);
                default:
                    throw new IllegalArgumentException("Unknown argument " + args[i]
                            + "; e.g. java -jar gateway.jar --data gateway-data --headless");
            }
        }
        return new GatewayArguments(data, headless, false, httpPort);
    }

    private static int httpPort(String value) {
        if ("off".equals(value)) {
            return HTTP_OFF;
        }
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw new IllegalArgumentException("--http needs a port from 0 to 65535 or off, not " + value
                + "; e.g. --http 8080");
    }
}
