package org.mentorkit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.lang.module.ModuleDescriptor;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules are not vacuous: on a deliberately broken set of classes (test fixtures under
 * {@code org.mentorkit.archfixture.broken}) each rule reports the violation it exists for.
 */
class ArchitectureRulesDetectViolationsTests {

    private static final String FIXTURE_HELPERS = "org.mentorkit.archfixture.broken.model.internal";

    private static JavaClasses broken;
    private static ArchitectureRules rules;

    @BeforeAll
    static void importBrokenClasses() {
        broken = new ClassFileImporter().importPackages("org.mentorkit.archfixture.broken");
        rules = new ArchitectureRules("org.mentorkit.archfixture.broken", List.of(ModuleDescriptor
                .newModule("org.mentorkit.archfixture.broken.model")
                .exports(FIXTURE_HELPERS)
                .build()));
    }

    @Test
    void reportsModelDependingOnAnotherModule() {
        assertThat(report(rules.modelDependsOnNoOtherToolkitModule()))
                .contains("ModelUsingMatching").contains("Engine");
    }

    @Test
    void reportsAFailureWithoutAnErrorCode() {
        assertThat(report(rules.failuresCarryAnErrorCode())).contains("Engine.read()").contains("UncheckedIOException");
    }

    @Test
    void reportsCycleBetweenModules() {
        assertThat(report(rules.modulesAreFreeOfCycles())).contains("Cycle detected");
    }

    @Test
    void reportsConsoleOutputOutsideCli() {
        String report = report(rules.onlyCliUsesStandardStreams());
        assertThat(report).contains("Engine.solve()").doesNotContain("Console");
    }

    @Test
    void reportsInternalTypeInPublicSignature() {
        assertThat(report(rules.noInternalTypeInPublicSignatures()))
                .contains("Engine.helper()").contains("exposes internal type").contains("Helper");
    }

    @Test
    void reportsHelperExportedToEveryModule() {
        assertThat(report(rules.helpersAreNotExportedToEveryone()))
                .contains("broken.model.internal.Helper is a helper").contains("exports to every module");
    }

    @Test
    void acceptsHelperExportedToNamedModulesOnly() {
        ArchitectureRules qualified = new ArchitectureRules("org.mentorkit.archfixture.broken", List.of(ModuleDescriptor
                .newModule("org.mentorkit.archfixture.broken.model")
                .exports(Set.of(), FIXTURE_HELPERS, Set.of("org.mentorkit.archfixture.broken.export"))
                .build()));

        assertThat(qualified.helpersAreNotExportedToEveryone().evaluate(broken).hasViolation()).isFalse();
    }

    @Test
    void matchingRuleReportsDependencyOnModelNotAllowedElsewhere() {
        // Engine uses ModelUsingMatching: allowed for matching (model is its one dependency), so no violation.
        assertThat(rules.matchingDependsOnlyOnModel().evaluate(broken).hasViolation()).isFalse();
    }

    @Test
    void reportsFollowupDependingOnMatching() {
        assertThat(report(rules.followupDependsOnlyOnModelSurveysAndCurriculum())).contains("Reminder").contains("Engine");
    }

    @Test
    void reportsAModuleOtherThanCliUsingFollowup() {
        assertThat(report(rules.onlyCliAndExamplesDependOnFollowup())).contains("PacketMailer").contains("Reminder")
                .doesNotContain("Console");
    }

    private static String report(ArchRule rule) {
        EvaluationResult result = rule.evaluate(broken);
        assertThat(result.hasViolation()).as("rule should be violated: " + rule.getDescription()).isTrue();
        return String.join("\n", result.getFailureReport().getDetails());
    }
}
