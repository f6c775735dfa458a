package org.aioschedule.provider.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;

import org.aioschedule.kura.emulator.metatype.KuraMetadata;
import org.aioschedule.kura.emulator.metatype.KuraMetatypeException;
import org.aioschedule.kura.emulator.metatype.KuraMetatypeParser;

/** The descriptors bnd generated into target/classes, read the way Kura reads them. */
final class GeneratedDescriptors {

    static final Path CLASSES = Paths.get("target", "classes");
    static final Path METATYPE = CLASSES.resolve("OSGI-INF/metatype");

    private GeneratedDescriptors() {
    }

    static Path metatypeFile(String pid) {
        return METATYPE.resolve(pid + ".xml");
    }

    static KuraMetadata metatype(String pid) {
        try (InputStream in = Files.newInputStream(metatypeFile(pid))) {
            return KuraMetatypeParser.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (KuraMetatypeException e) {
            throw new AssertionError("Kura cannot read the metatype of " + pid + ": " + e.getMessage(), e);
        }
    }

    /** What Kura puts into ConfigurationAdmin for a fresh instance: the OCD defaults and kura.service.pid. */
    static Map<String, Object> kuraDefaults(String ocdId, String kuraServicePid) {
        try {
            Map<String, Object> properties = new LinkedHashMap<>(metatype(ocdId).ocd(ocdId).defaults());
            properties.put("kura.service.pid", kuraServicePid);
            return properties;
        } catch (KuraMetatypeException e) {
            throw new AssertionError(e);
        }
    }

    static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
