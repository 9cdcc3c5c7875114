package org.mentorkit.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** The toolkit's production classes follow the intended architecture. */
class ToolkitArchitectureTests {

    private static JavaClasses toolkit;

    @BeforeAll
    static void importToolkit() {
        toolkit = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.mentorkit");
    }

    @Test
    void importsClassesOfEveryToolkitModule() {
        // Guards against a rule passing only because nothing was imported.
        Stream.of("model", "matching", "curriculum", "surveys", "export", "cli").forEach(module ->
                assertThat(toolkit.stream().filter(c -> c.getPackageName().startsWith("org.mentorkit." + module)))
                        .as("classes of module " + module).isNotEmpty());
    }

    @TestFactory
    Stream<DynamicTest> everyRuleHolds() {
        return new ArchitectureRules("org.mentorkit").all().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> check(rule)));
    }

    private static void check(ArchRule rule) {
        rule.check(toolkit);
    }
}
