package org.aioschedule.gateway;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Runs aioschedule on an emulated Kura gateway: Kura's runtime composition with the Kura emulator, the deployment
 * packages installed as Kura's agent installs them, and the seed's example jobs. Every start is a Kura start: the
 * framework storage is wiped, configuration comes back from the last snapshot and the packages are installed again.
 * <pre>
 * java -jar kura-deployment/gateway/target/gateway.jar [--data DIR] [--headless]
 * </pre>
 */
public final class LocalGateway {

    private LocalGateway() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Paths.get("gateway-data");
        boolean headless = System.console() == null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data") && i + 1 < args.length) {
                data = Paths.get(args[++i]);
            } else if (args[i].equals("--headless")) {
                headless = true;
            } else {
                System.err.println("Unknown argument " + args[i] + "; usage: java -jar gateway.jar [--data DIR] "
                        + "[--headless]");
                System.exit(2);
            }
        }
        Gateway gateway = new Gateway(new GatewayLayout(data.toAbsolutePath(), Installation.locate()));
        Runtime.getRuntime().addShutdownHook(new Thread(gateway::stop, "gateway-shutdown"));
        gateway.start();
        if (headless) {
            gateway.awaitStop();
        } else {
            new Console(gateway.shell()).run(System.in, System.out);
            gateway.stop();
        }
    }
}
