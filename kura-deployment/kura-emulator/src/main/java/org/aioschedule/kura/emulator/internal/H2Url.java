package org.aioschedule.kura.emulator.internal;

import java.io.File;

/** The parts of an H2 JDBC URL that matter here, read the way Kura's H2DbService reads them. */
final class H2Url {

    private static final String PREFIX = "jdbc:h2:";

    private final String url;
    private final String protocol;
    private final String path;

    private H2Url(String url, String protocol, String path) {
        this.url = url;
        this.protocol = protocol;
        this.path = path;
    }

    static H2Url parse(String url) {
        if (url == null || !url.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not an H2 URL (example: jdbc:h2:mem:kuradb): " + url);
        }
        String rest = url.substring(PREFIX.length());
        int semicolon = rest.indexOf(';');
        String location = semicolon < 0 ? rest : rest.substring(0, semicolon);
        int colon = location.indexOf(':');
        boolean hasProtocol = colon > 1;
        String protocol = hasProtocol ? location.substring(0, colon) : "file";
        String path = hasProtocol ? location.substring(colon + 1) : location;
        if ("mem".equals(protocol) && path.isEmpty()) {
            throw new IllegalArgumentException("anonymous in-memory databases are not supported, as in Kura: " + url);
        }
        if (!"mem".equals(protocol) && !"file".equals(protocol)) {
            throw new IllegalArgumentException("only mem: and file: H2 databases are supported: " + url);
        }
        return new H2Url(url, protocol, path);
    }

    String url() {
        return this.url;
    }

    boolean isFileBased() {
        return "file".equals(this.protocol);
    }

    String directory() {
        String parent = new File(this.path).getParent();
        return parent == null ? "." : parent;
    }

    String databaseName() {
        return new File(this.path).getName();
    }
}
