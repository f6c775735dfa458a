package org.aioschedule.gateway;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The local gateway's command line: where its state lives, whether it runs without a prompt, which extra packages it
 * installs, or a call for help.
 */
final class GatewayArguments {

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -jar gateway.jar [--data DIR] [--http PORT|off] [--headless | --console] [--package FILE.dp]..."
                    + " [--help]",
            "Runs aioschedule on an emulated Kura gateway; every start is a Kura reboot.",
            "  --data DIR   where the gateway keeps its state (default: gateway-data): framework/ (wiped at every",
            "               start), data/ (kura.data), snapshots/ (configuration) and packages/ (installed packages)",
            "  --http PORT  the port of Kura's HTTP service on localhost (default 8080; 0 picks a free one): the",
            "               REST API at /services (user admin, password admin) and the status page at /aioschedule",
            "  --http off   no HTTP service, no REST API, no status page",
            "  --headless   no g! prompt: run until stopped and log to standard output (the default when standard",
            "               input is not a terminal)",
            "  --console    the g! console reads commands from standard input even when it is not a terminal (a",
            "               script or a test drives the gateway through a pipe; the gateway stops when it closes)",
            "  --package FILE.dp   install this deployment package too, as Kura's deployment agent does: copied to",
            "               packages/, recorded in packages/dpa.properties and installed again at every start",
            "  -h, --help   print these options and exit",
            "");

    /** The HTTP port when {@code --http off}: no HTTP service. */
    static final int HTTP_OFF = -1;
    static final int DEFAULT_HTTP_PORT = 8080;

    final Path data;
    final boolean headless;
    final boolean help;
    final List<Path> packages;
    /** The HTTP service's port: {@link #HTTP_OFF}, 0 for any free port, or the port. */
    final int httpPort;

    private GatewayArguments(Path data, boolean headless, boolean help, List<Path> packages, int httpPort) {
        this.data = data;
        this.headless = headless;
        this.help = help;
        this.packages = Collections.unmodifiableList(new ArrayList<>(packages));
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
        boolean headless = false;
        boolean console = false;
        List<Path> packages = new ArrayList<>();
        int httpPort = DEFAULT_HTTP_PORT;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data":
                    data = Paths.get(value(args, ++i, "--data needs a directory, e.g. --data gateway-data"));
                    break;
                case "--package":
                    packages.add(Paths.get(value(args, ++i, "--package needs a deployment package file, e.g. "
                            + "--package my-tasks.dp")));
                    break;
                case "--console":
                    console = true;
                    break;
                case "--http":
                    httpPort = httpPort(i + 1 == args.length ? null : args[++i]);
                    break;
                case "--headless":
                    headless = true;
                    break;
                case "-h":
                case "--help":
                    return new GatewayArguments(data, headless || noTerminal, true, packages, httpPort);
                default:
                    throw new IllegalArgumentException("Unknown argument " + args[i]
                            + "; e.g. java -jar gateway.jar --data gateway-data --headless");
            }
        }
        if (console && headless) {
            throw new IllegalArgumentException("--console and --headless exclude each other; e.g. java -jar "
                    + "gateway.jar --data gateway-data --console");
        }
        return new GatewayArguments(data, headless || (noTerminal && !console), false, packages, httpPort);
    }

    private static String value(String[] args, int index, String missing) {
        if (index == args.length) {
            throw new IllegalArgumentException(missing);
        }
        return args[index];
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
