package org.mentorkit.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** The toolkit's production classes follow the intended architecture. */
class ToolkitArchitectureTests {

    private static JavaClasses toolkit;
    private static List<ModuleDescriptor> descriptors;

    @BeforeAll
    static void importToolkit() throws IOException {
        toolkit = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.mentorkit");
        descriptors = toolkitDescriptors();
    }

    /** The descriptors of the toolkit jars on the class path (each has its compiled module-info.class). */
    private static List<ModuleDescriptor> toolkitDescriptors() throws IOException {
        List<ModuleDescriptor> found = new ArrayList<>();
        for (URL url : Collections.list(ToolkitArchitectureTests.class.getClassLoader().getResources("module-info.class"))) {
            try (InputStream in = url.openStream()) {
                ModuleDescriptor descriptor = ModuleDescriptor.read(in);
                if (descriptor.name().startsWith("org.mentorkit.")) {
                    found.add(descriptor);
                }
            }
        }
        return found;
    }

    @Test
    void readsTheDescriptorOfEveryToolkitModule() {
        // Guards against the export rule passing only because no descriptor was found.
        assertThat(descriptors).extracting(ModuleDescriptor::name).contains("org.mentorkit.model",
                "org.mentorkit.matching", "org.mentorkit.curriculum", "org.mentorkit.surveys", "org.mentorkit.export",
                "org.mentorkit.cli");
    }

    @Test
    void importsClassesOfEveryToolkitModule() {
        // Guards against a rule passing only because nothing was imported.
        Stream.of("model", "matching", "curriculum", "surveys", "export", "followup", "cli").forEach(module ->
                assertThat(toolkit.stream().filter(c -> c.getPackageName().startsWith("org.mentorkit." + module)))
                        .as("classes of module " + module).isNotEmpty());
    }

    @TestFactory
    Stream<DynamicTest> everyRuleHolds() {
        return new ArchitectureRules("org.mentorkit", descriptors).all().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> check(rule)));
    }

    private static void check(ArchRule rule) {
        rule.check(toolkit);
    }
}
