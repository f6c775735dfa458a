package org.aioschedule.provider.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.aioschedule.kura.emulator.metatype.KuraAttribute;
import org.aioschedule.kura.emulator.metatype.KuraMetadata;
import org.aioschedule.kura.emulator.metatype.KuraMetatypeDiscovery;
import org.aioschedule.kura.emulator.metatype.KuraOcd;
import org.aioschedule.kura.emulator.metatype.KuraOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reads the metatype, DS descriptors and manifest bnd generated and checks them against Kura's rules (KURA.md):
 * a component that breaks one is silently invisible in the Kura web UI.
 */
class KuraDescriptorRulesTest {

    private static final String SCHEDULER = "org.aioschedule.Scheduler";
    private static final String JOB = "org.aioschedule.Job";

    @Test
    void shouldHaveOneMetatypeFilePerConfigurablePid() throws Exception {
        try (Stream<Path> files = Files.list(GeneratedDescriptors.METATYPE)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder(SCHEDULER + ".xml", JOB + ".xml");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {SCHEDULER, JOB})
    void shouldNameFileDesignateAndOcdAfterThePid(String pid) throws Exception {
        KuraMetadata metadata = GeneratedDescriptors.metatype(pid);
        KuraMetatypeDiscovery discovery = KuraMetatypeDiscovery.discover(pid, metadata);

        assertThat(discovery.pid()).isEqualTo(pid);
        assertThat(discovery.isFactory()).isEqualTo(JOB.equals(pid));
        assertThat(discovery.ocd()).as("OCD with id = PID").isNotNull();
        assertThat(metadata.designate(pid).ocdRef()).isEqualTo(pid);
        assertThat(discovery.ocd().name()).isNotBlank().doesNotStartWith("%");
        assertThat(discovery.ocd().description()).isNotBlank().doesNotStartWith("%");
    }

    @ParameterizedTest
    @ValueSource(strings = {SCHEDULER, JOB})
    void shouldDescribeEveryAttributeForAnOperator(String pid) {
        for (KuraAttribute ad : ocd(pid).attributes()) {
            assertThat(ad.name()).as(ad.id() + " name").isNotBlank().doesNotStartWith("%");
            assertThat(ad.description()).as(ad.id() + " description").contains("Example");
            assertThat(ad.cardinality()).as(ad.id() + " cardinality (scalar)").isZero();
            assertThat(ad.type()).as(ad.id() + " type").isNotNull();
            if (ad.required()) {
                assertThat(ad.defaultText()).as(ad.id() + ": a required AD needs a default").isNotBlank();
            }
            if (!ad.options().isEmpty()) {
                assertThat(ad.options().stream().map(KuraOption::value)).as(ad.id() + " default is an option")
                        .contains(ad.defaultText());
            }
        }
    }

    @Test
    void shouldNotUseCharacterOrPrefixedElements() {
        for (String pid : new String[] {SCHEDULER, JOB}) {
            String xml = GeneratedDescriptors.read(GeneratedDescriptors.metatypeFile(pid));
            assertThat(xml).doesNotContain("type=\"Character\"").doesNotContain("type=\"Char\"");
            assertThat(xml).doesNotContainPattern("<[a-zA-Z]+:(OCD|AD|Designate|Object|Option|Icon)\\b");
        }
    }

    @Test
    void shouldSeedSchedulerDefaultsThatMakeAFreshInstallUseful() throws Exception {
        Map<String, Object> defaults = ocd(SCHEDULER).defaults();

        assertThat(defaults).containsEntry("enabled", true).containsEntry("store.type", "auto")
                .containsEntry("misfire.policy", "RUN_ONCE").containsEntry("misfire.grace.seconds", 5)
                .containsEntry("delivery", "AT_LEAST_ONCE").containsEntry("executor.threads", 4)
                .containsEntry("task.timeout.seconds", 0).containsEntry("waiting.retention.days", 0)
                .containsEntry("store.commit.seconds", 0L)
                .containsEntry("history.runs", 20)
                .containsEntry("KeyValueDbService.target", "(kura.service.pid=*)")
                .containsEntry("BaseDbService.target", "(kura.service.pid=org.eclipse.kura.db.H2DbService)")
                .doesNotContainKeys("store.file.path", "timezone");
        assertThat(ocd(SCHEDULER).attributes().stream().map(KuraAttribute::id).collect(Collectors.toList()))
                .containsExactly("enabled", "store.type", "KeyValueDbService.target", "BaseDbService.target",
                        "store.file.path", "store.commit.seconds", "misfire.policy", "misfire.grace.seconds", "delivery",
                        "executor.threads", "task.timeout.seconds", "waiting.retention.days", "history.runs",
                        "timezone");
    }

    @Test
    void shouldSeedJobDefaultsWithEscapedCommasIntact() throws Exception {
        Map<String, Object> defaults = ocd(JOB).defaults();

        assertThat(defaults).containsEntry("enabled", true)
                .containsEntry("task.pid", "org.aioschedule.examples.job_with_argument")
                .containsEntry("schedule", "every 10 seconds")
                .containsEntry("arguments", "{\"name\": \"MicroPython\"}")
                .containsEntry("tags", "example, seed")
                .containsEntry("misfire.policy", "inherit").containsEntry("delivery", "inherit")
                .containsEntry("timeout.seconds", 0).containsEntry("max.instances", 1);
        assertThat(attribute(JOB, "arguments").description()).endsWith("|TextArea");
        assertThat(attribute(JOB, "tags").defaultText()).contains("\\,");
    }

    @Test
    void shouldOfferDropDownsForPoliciesAndStoreType() {
        assertThat(options(SCHEDULER, "store.type"))
                .containsExactly("auto", "kura.keyvalue", "kura.db", "file", "memory");
        assertThat(options(SCHEDULER, "misfire.policy")).containsExactly("RUN_ONCE", "SKIP", "RUN_ALL");
        assertThat(options(SCHEDULER, "delivery")).containsExactly("AT_LEAST_ONCE", "AT_MOST_ONCE");
        assertThat(options(JOB, "misfire.policy")).containsExactly("inherit", "RUN_ONCE", "SKIP", "RUN_ALL");
        assertThat(options(JOB, "delivery")).containsExactly("inherit", "AT_LEAST_ONCE", "AT_MOST_ONCE");
    }

    @ParameterizedTest
    @ValueSource(strings = {SCHEDULER, JOB})
    void shouldDeclareKuraConfigurableComponent(String pid) {
        String xml = GeneratedDescriptors.read(GeneratedDescriptors.CLASSES.resolve("OSGI-INF/" + pid + ".xml"));

        assertThat(xml).contains("name=\"" + pid + "\"").contains("configuration-pid=\"" + pid + "\"")
                .contains("configuration-policy=\"require\"").contains("immediate=\"true\"")
                .contains("modified=\"modified\"")
                .contains("<provide interface=\"org.eclipse.kura.configuration.ConfigurableComponent\"/>")
                .doesNotContain("kura.service.pid");
    }

    /**
     * Kura reads service.pid with toString() (ConfigurationServiceImpl, KURA_5.4.1_RELEASE). A static service.pid in
     * a DS 1.3+ descriptor makes Felix SCR 2.1.16 register it as a list merged with the configuration's own, and Kura
     * then tracks the component as "[pid, pid]": the configuration alone must supply it.
     */
    @ParameterizedTest
    @ValueSource(strings = {SCHEDULER, JOB})
    void shouldLeaveServicePidToTheConfiguration(String pid) {
        String xml = GeneratedDescriptors.read(GeneratedDescriptors.CLASSES.resolve("OSGI-INF/" + pid + ".xml"));

        assertThat(xml).doesNotContain("name=\"service.pid\"");
    }

    @Test
    void shouldWriteDsNamespaceKuraSupports() throws Exception {
        List<String> namespaces = new ArrayList<>();
        try (Stream<Path> files = Files.list(GeneratedDescriptors.CLASSES.resolve("OSGI-INF"))) {
            for (Path file : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
                Matcher m = Pattern.compile("xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1\\.(\\d)\\.0\"")
                        .matcher(GeneratedDescriptors.read(file));
                assertThat(m.find()).as(file + " is a DS descriptor").isTrue();
                namespaces.add(m.group(1));
            }
        }
        assertThat(namespaces).hasSize(8).allSatisfy(minor -> assertThat(Integer.parseInt(minor)).isLessThan(5));
    }

    @Test
    void shouldImportKuraPackagesAtRangesOfEveryKura5() {
        String manifest = GeneratedDescriptors.read(GeneratedDescriptors.CLASSES.resolve("META-INF/MANIFEST.MF"))
                .replace("\r\n", "\n").replace("\n ", "");

        assertThat(manifest).contains("Bundle-SymbolicName: org.aioschedule.provider\n")
                .contains("Bundle-Version: 0.1.0.SNAPSHOT")
                .contains("org.eclipse.kura.configuration;version=\"[1.2,2)\"")
                .contains("org.eclipse.kura.system;version=\"[1.5,2)\"")
                .contains("org.slf4j;version=\"[1.7,2)\"")
                .contains("osgi.extender=osgi.component)(version>=1.4.0)(!(version>=2.0.0))")
                .contains("(osgi.ee=JavaSE)(version=1.8)")
                .contains("org.eclipse.kura.db;version=\"[2.0,3)\";resolution:=optional")
                .contains("org.eclipse.kura.db.keyvalue;version=\"[1.0,2)\";resolution:=optional")
                .doesNotContain("org.eclipse.kura.clock")
                .doesNotContain("Export-Package");
        assertThat(kuraImports(manifest)).as("Kura 5.3+ packages and the DB packages are optional").allSatisfy(
                entry -> {
                    if (entry.startsWith("org.eclipse.kura.db") || entry.startsWith("org.eclipse.kura.connection")) {
                        assertThat(entry).endsWith(";resolution:=optional");
                    }
                });
        assertThat(GeneratedDescriptors.CLASSES.resolve("org/eclipse")).as("Kura API never embedded").doesNotExist();
    }

    /**
     * Kura's H2DbService and SQLite provider apply a new URL in place (kura/org.eclipse.kura.core/OSGI-INF/h2db.xml and
     * org.eclipse.kura.db.sqlite.provider's descriptor: modified="updated"): the BaseDbService reference has an
     * updated method, so that SCR reports the changed service properties.
     */
    @Test
    void shouldReferenceTheKuraDbServicesOptionallyAndDynamicallyUnderTheirTargetNames() {
        String xml = GeneratedDescriptors.read(GeneratedDescriptors.CLASSES.resolve("OSGI-INF/" + SCHEDULER + ".xml"));

        assertThat(xml).contains("<reference name=\"KeyValueDbService\" cardinality=\"0..1\" policy=\"dynamic\" "
                + "interface=\"org.eclipse.kura.db.keyvalue.KeyValueDbService\" bind=\"bindKeyValueDbService\" "
                + "unbind=\"unbindKeyValueDbService\" policy-option=\"greedy\"/>")
                .contains("<reference name=\"BaseDbService\" cardinality=\"0..1\" policy=\"dynamic\" "
                        + "interface=\"org.eclipse.kura.db.BaseDbService\" bind=\"bindBaseDbService\" "
                        + "unbind=\"unbindBaseDbService\" updated=\"updatedBaseDbService\" "
                        + "policy-option=\"greedy\"/>");
        assertThat(attribute(SCHEDULER, "KeyValueDbService.target").defaultText()).isEqualTo("(kura.service.pid=*)");
        assertThat(attribute(SCHEDULER, "BaseDbService.target").defaultText())
                .isEqualTo("(kura.service.pid=org.eclipse.kura.db.H2DbService)");
    }

    private static List<String> kuraImports(String manifest) {
        Matcher header = Pattern.compile("Import-Package: (.*)").matcher(manifest);
        assertThat(header.find()).isTrue();
        List<String> entries = new ArrayList<>();
        for (String entry : header.group(1).split(",(?=[a-z])")) {
            if (entry.startsWith("org.eclipse.kura")) {
                entries.add(entry);
            }
        }
        return entries;
    }

    private static KuraOcd ocd(String pid) {
        return GeneratedDescriptors.metatype(pid).ocd(pid);
    }

    private static KuraAttribute attribute(String pid, String id) {
        return ocd(pid).attributes().stream().filter(ad -> ad.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no AD " + id + " in " + pid));
    }

    private static List<String> options(String pid, String id) {
        return attribute(pid, id).options().stream().map(KuraOption::value).collect(Collectors.toList());
    }
}
