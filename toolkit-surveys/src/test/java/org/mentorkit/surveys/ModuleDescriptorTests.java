package org.mentorkit.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mentorkit.testing.ModuleDescriptors;

/**
 * Exactly what {@code org.mentorkit.surveys} exports, and to whom: instruments, exchange formats and the report model;
 * suppression, anonymising and REDCap naming are internal, and the "Answer if ..." wording of paper forms goes to the
 * export module only. An export cannot be taken back after a release, so a change here is a decision, not a side
 * effect.
 */
class ModuleDescriptorTests {

    private static final ModuleDescriptor MODULE = ModuleDescriptors.compiled(Path.of("target/classes"));

    @Test
    void exportsExactlyItsApi() {
        assertThat(MODULE.name()).isEqualTo("org.mentorkit.surveys");
        assertThat(ModuleDescriptors.exports(MODULE)).containsExactly(
                "org.mentorkit.surveys",
                "org.mentorkit.surveys.exchange",
                "org.mentorkit.surveys.internal.forms to org.mentorkit.export",
                "org.mentorkit.surveys.report");
    }

    @Test
    void opensOnlyForReflectiveBinding() {
        assertThat(ModuleDescriptors.opens(MODULE)).containsExactly(
                "org.mentorkit.surveys to org.eclipse.yasson",
                "org.mentorkit.surveys.report to org.eclipse.yasson");
    }

    @Test
    void requiresTransitivelyOnlyModulesItsApiUses() {
        assertThat(ModuleDescriptors.transitiveRequires(MODULE)).containsExactly(
                "org.mentorkit.model");
    }

    @Test
    void sharedHelpersAreNotExportedToEveryone() throws ClassNotFoundException {
        // Helpers the export module or this module's exchange formats use, moved out of the API on purpose.
        for (String helper : new String[] {"org.mentorkit.surveys.internal.forms.AnswerIf",
                "org.mentorkit.surveys.internal.RedcapProject", "org.mentorkit.surveys.internal.RedcapNames",
                "org.mentorkit.surveys.internal.Suppression", "org.mentorkit.surveys.internal.Anonymiser"}) {
            String packageName = Class.forName(helper).getPackageName();
            assertThat(ModuleDescriptors.exportsToEveryone(MODULE, packageName)).as(helper).isFalse();
        }
    }

    @Test
    void helpersAreNotPublicApi() throws ClassNotFoundException {
        // The report's figures (Figure.ci95(), PairedComparison) are the API; the formulas behind them are not.
        for (String helper : new String[] {"org.mentorkit.surveys.report.Statistics",
                "org.mentorkit.surveys.report.CohortTables", "org.mentorkit.surveys.report.GroupingRules",
                "org.mentorkit.surveys.report.ThemeCoding"}) {
            assertThat(java.lang.reflect.Modifier.isPublic(Class.forName(helper).getModifiers())).as(helper).isFalse();
        }
    }
}
