package org.aioschedule.kura.dp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The two deployment packages as Kura's DeploymentAdmin reads them (KURA.md, "Deployment packages"): the manifest
 * first, DeploymentPackage-SymbolicName and -Version, one Name section per bundle whose Bundle-SymbolicName and
 * Bundle-Version are the bundle's own; exactly the shipped bundles, byte for byte the reactor's, Java 8 bytecode,
 * and nothing that Kura already provides.
 */
class DeploymentPackageTest {

    /** What the project's before-stop hook greps the DP's entry names for. */
    private static final Pattern FORBIDDEN_ENTRY = Pattern.compile(
            "org\\.eclipse\\.kura|gson|slf4j|org\\.osgi|felix|equinox|h2|jetty|servlet|jersey|jaxrs|useradmin|"
                    + "jakarta", Pattern.CASE_INSENSITIVE);

    /** Packages Kura provides: a bundle must import them, never carry or export them. */
    private static final List<String> KURA_PROVIDES = List.of("org.eclipse.kura", "org.osgi", "com.google.gson",
            "org.slf4j", "org.apache.felix", "org.eclipse.equinox", "org.eclipse.osgi", "org.h2", "org.apache.log4j",
            "org.apache.logging", "org.quartz", "org.sqlite", "com.zaxxer.hikari", "org.apache.commons",
            "org.bouncycastle", "org.eclipse.jetty", "com.google.protobuf", "javax.servlet", "javax.ws.rs",
            "javax.annotation", "javax.xml.bind", "javax.activation", "org.glassfish", "com.eclipsesource.jaxrs");

    private static final int JAVA_8_MAJOR = 52;

    private static final Map<String, Integer> SIZES = new TreeMap<>();

    static Stream<Arguments> packages() {
        return Stream.of(
                Arguments.of("org.aioschedule", "dp.scheduler", List.of("bundle.api", "bundle.engine",
                        "bundle.provider")),
                Arguments.of("org.aioschedule.examples", "dp.examples", List.of("bundle.examples")));
    }

    @AfterAll
    static void reportSizes() {
        SIZES.forEach((name, size) -> System.out.println("Deployment package " + name + ": " + size + " bytes"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packages")
    void shouldNameThePackageTheWayDeploymentAdminReadsIt(String name, String dpProperty, List<String> bundles) {
        PackageFile dp = PackageFile.fromProperty(dpProperty);
        SIZES.put(name, dp.size());

        assertThat(dp.names().get(0)).as("the manifest must be the first entry").isEqualTo("META-INF/MANIFEST.MF");
        assertThat(dp.header("DeploymentPackage-SymbolicName")).isEqualTo(name);
        String version = dp.header("DeploymentPackage-Version");
        assertThat(version).as("an OSGi version whose release part is the bundles'").matches(
                Pattern.quote(releaseOf(PackageFile.fromProperty(bundles.get(0)).header("Bundle-Version")))
                        + "(\\.[\\w-]+)?");
        assertThat(dp.header("DeploymentPackage-FixPack")).as("a full package, not a fix pack").isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packages")
    void shouldCarryExactlyTheShippedBundlesAsBuilt(String name, String dpProperty, List<String> bundles) {
        PackageFile dp = PackageFile.fromProperty(dpProperty);
        Map<String, Attributes> sections = dp.manifest().getEntries();

        List<String> expected = bundles.stream().map(PackageFile::fromProperty)
                .map(bundle -> bundle.header("Bundle-SymbolicName") + "_" + bundle.header("Bundle-Version") + ".jar")
                .collect(Collectors.toList());
        assertThat(dp.names().subList(1, dp.names().size())).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(sections.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        for (String property : bundles) {
            PackageFile built = PackageFile.fromProperty(property);
            String entry = built.header("Bundle-SymbolicName") + "_" + built.header("Bundle-Version") + ".jar";
            assertThat(dp.bytes(entry)).as(entry + " is the reactor's " + built.path().getFileName())
                    .isEqualTo(built.content());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packages")
    void shouldDeclareEveryBundleAsItsOwnManifestDoes(String name, String dpProperty, List<String> bundles) {
        PackageFile dp = PackageFile.fromProperty(dpProperty);

        for (Map.Entry<String, Attributes> section : dp.manifest().getEntries().entrySet()) {
            Manifest own = dp.nested(section.getKey()).manifest();
            String ownName = own.getMainAttributes().getValue("Bundle-SymbolicName").split(";", 2)[0].trim();
            assertThat(section.getValue().getValue("Bundle-SymbolicName")).as(section.getKey()).isEqualTo(ownName);
            assertThat(section.getValue().getValue("Bundle-Version")).as(section.getKey())
                    .isEqualTo(own.getMainAttributes().getValue("Bundle-Version"));
            assertThat(section.getValue().getValue("DeploymentPackage-Missing")).isNull();
            assertThat(section.getValue().getValue("DeploymentPackage-Customizer")).isNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packages")
    void shouldHoldJava8BytecodeOnly(String name, String dpProperty, List<String> bundles) {
        PackageFile dp = PackageFile.fromProperty(dpProperty);

        for (String entry : dp.manifest().getEntries().keySet()) {
            PackageFile bundle = dp.nested(entry);
            List<String> classes = bundle.names().stream().filter(n -> n.endsWith(".class"))
                    .collect(Collectors.toList());
            assertThat(classes).as(entry + " has classes").isNotEmpty();
            for (String cls : classes) {
                assertThat(classMajorVersion(bundle.bytes(cls))).as(entry + "!/" + cls).isEqualTo(JAVA_8_MAJOR);
            }
            assertThat(bundle.header("Require-Capability")).as(entry + " requires JavaSE 1.8, no newer")
                    .contains("(osgi.ee=JavaSE)(version=1.8)");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packages")
    void shouldCarryNothingThatKuraProvides(String name, String dpProperty, List<String> bundles) {
        PackageFile dp = PackageFile.fromProperty(dpProperty);

        assertThat(dp.names()).noneMatch(entry -> FORBIDDEN_ENTRY.matcher(entry).find());
        for (String entry : dp.manifest().getEntries().keySet()) {
            PackageFile bundle = dp.nested(entry);
            assertThat(bundle.names()).as(entry + " embeds no jar").noneMatch(n -> n.endsWith(".jar"));
            assertThat(bundle.names()).as(entry + " carries no class of a package Kura provides")
                    .noneMatch(n -> n.endsWith(".class") && isKuraProvided(n.replace('/', '.')));
            assertThat(bundle.header("Bundle-ClassPath")).as(entry).isIn(null, ".");
            assertThat(packageNames(bundle.header("Export-Package"))).as(entry + " exports")
                    .noneMatch(DeploymentPackageTest::isKuraProvided);
            assertThat(packageNames(bundle.header("Private-Package"))).as(entry + " private packages")
                    .noneMatch(DeploymentPackageTest::isKuraProvided);
        }
    }

    private static boolean isKuraProvided(String name) {
        return KURA_PROVIDES.stream().anyMatch(prefix -> name.equals(prefix) || name.startsWith(prefix + "."));
    }

    /** Package names of an OSGi header: clauses split on commas outside quotes, attributes dropped. */
    private static List<String> packageNames(String header) {
        if (header == null) {
            return List.of();
        }
        return Stream.of(header.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)"))
                .map(clause -> clause.split(";", 2)[0].trim())
                .collect(Collectors.toList());
    }

    private static String releaseOf(String bundleVersion) {
        String[] parts = bundleVersion.split("\\.");
        return parts[0] + "." + parts[1] + "." + parts[2];
    }

    private static int classMajorVersion(byte[] classFile) {
        assertThat(classFile.length).isGreaterThan(8);
        assertThat(((classFile[0] & 0xff) << 24 | (classFile[1] & 0xff) << 16 | (classFile[2] & 0xff) << 8
                | classFile[3] & 0xff)).as("class file magic").isEqualTo(0xCAFEBABE);
        return (classFile[6] & 0xff) << 8 | classFile[7] & 0xff;
    }
}
