package org.aioschedule.gateway;

import java.nio.file.Path;

/**
 * The gateway's folders, as on a Kura gateway: {@code framework/} is wiped at every start (Kura starts Equinox with
 * osgi.clean), {@code data/} is kura.data, {@code snapshots/} is kura.snapshots, {@code packages/} is kura.packages
 * with its {@code dpa.properties}.
 */
final class GatewayLayout {

    final Path root;
    final Path framework;
    final Path data;
    final Path snapshots;
    final Path packages;
    final Installation installation;

    GatewayLayout(Path root, Installation installation) {
        this.root = root;
        this.framework = root.resolve("framework");
        this.data = root.resolve("data");
        this.snapshots = root.resolve("snapshots");
        this.packages = root.resolve("packages");
        this.installation = installation;
    }
}
