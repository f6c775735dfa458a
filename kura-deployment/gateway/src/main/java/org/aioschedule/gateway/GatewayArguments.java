package org.aioschedule.gateway;

import java.nio.file.Path;
import java.nio.file.Paths;

/** The local gateway's command line: where its state lives, whether it runs without a prompt, or a call for help. */
final class GatewayArguments {

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -jar gateway.jar [--data DIR] [--headless] [--help]",
            "Runs aioschedule on an emulated Kura gateway; every start is a Kura reboot.",
            "  --data DIR   where the gateway keeps its state (default: gateway-data): framework/ (wiped at every",
            "               start), data/ (kura.data), snapshots/ (configuration) and packages/ (installed packages)",
            "  --headless   no g! prompt: run until stopped and log to standard output (the default when standard",
            "               input is not a terminal)",
            "  -h, --help   print these options and exit",
            "");

    final Path data;
    final boolean headless;
    final boolean help;

    private GatewayArguments(Path data, boolean headless, boolean help) {
        this.data = data;
        this.headless = headless;
        this.help = help;
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
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data":
                    if (i + 1 == args.length) {
                        throw new IllegalArgumentException("--data needs a directory, e.g. --data gateway-data");
                    }
                    data = Paths.get(args[++i]);
                    break;
                case "--headless":
                    headless = true;
                    break;
                case "-h":
                case "--help":
                    return new GatewayArguments(data, headless, true);
                default:
                    throw new IllegalArgumentException("Unknown argument " + args[i]
                            + "; e.g. java -jar gateway.jar --data gateway-data --headless");
            }
        }
        return new GatewayArguments(data, headless, false);
    }
}
