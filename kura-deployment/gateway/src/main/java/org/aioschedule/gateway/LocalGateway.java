package org.aioschedule.gateway;

/**
 * Runs aioschedule on an emulated Kura gateway: Kura's runtime composition with the Kura emulator, the deployment
 * packages installed as Kura's agent installs them, and the seed's example jobs. Every start is a Kura start: the
 * framework storage is wiped, configuration comes back from the last snapshot and the packages are installed again.
 * <pre>
 * java -jar kura-deployment/gateway/target/gateway.jar [--data DIR] [--http PORT|off] [--headless | --console]
 *     [--package FILE.dp] [--help]
 * </pre>
 */
public final class LocalGateway {

    private LocalGateway() {
    }

    public static void main(String[] args) throws Exception {
        GatewayArguments options;
        HttpAddress http;
        try {
            options = GatewayArguments.parse(args, System.console() == null);
            http = options.help ? null : HttpAddress.of(options.httpPort);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(GatewayArguments.USAGE);
            System.exit(2);
            return;
        }
        if (options.help) {
            System.out.print(GatewayArguments.USAGE);
            return;
        }
        Gateway gateway = new Gateway(new GatewayLayout(options.data.toAbsolutePath(), Installation.locate()),
                options.packages, http);
        Runtime.getRuntime().addShutdownHook(new Thread(gateway::stop, "gateway-shutdown"));
        gateway.start();
        if (options.headless) {
            gateway.awaitStop();
        } else {
            new Console(gateway.shell()).run(System.in, System.out);
            gateway.stop();
        }
    }
}
