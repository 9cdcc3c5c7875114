package org.mentorkit.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorkit.curriculum.spi.CurriculumProvider;
import org.mentorkit.testing.ModuleDescriptors;

/**
 * Exactly what {@code org.mentorkit.curriculum} exports, and to whom: curricula, scheduling and the provider plug-in
 * interface to everyone; the document texts and the cohort-file update of proposed slots are helpers exported only to
 * the packet and the command line. An export cannot be taken back after a release, so a change here is a decision, not
 * a side effect.
 */
class ModuleDescriptorTests {

    private static final ModuleDescriptor MODULE = ModuleDescriptors.compiled(Path.of("target/classes"));

    @Test
    void exportsExactlyItsApi() {
        assertThat(MODULE.name()).isEqualTo("org.mentorkit.curriculum");
        assertThat(ModuleDescriptors.exports(MODULE)).containsExactly(
                "org.mentorkit.curriculum",
                "org.mentorkit.curriculum.internal.io to org.mentorkit.cli",
                "org.mentorkit.curriculum.internal.text to org.mentorkit.export",
                "org.mentorkit.curriculum.schedule",
                "org.mentorkit.curriculum.spi");
    }

    @Test
    void opensOnlyForReflectiveBinding() {
        assertThat(ModuleDescriptors.opens(MODULE)).containsExactly(
                "org.mentorkit.curriculum to org.eclipse.yasson");
    }

    @Test
    void requiresTransitivelyOnlyModulesItsApiUses() {
        assertThat(ModuleDescriptors.transitiveRequires(MODULE)).containsExactly(
                "org.mentorkit.model");
    }

    @Test
    void usesTheProviderService() {
        assertThat(MODULE.uses()).containsExactly(CurriculumProvider.class.getName());
        assertThat(MODULE.requires()).extracting(ModuleDescriptor.Requires::name).contains("ical4j.core", "org.eclipse.yasson");
    }

    @Test
    void providesItsTranslations() {
        assertThat(MODULE.provides()).extracting(ModuleDescriptor.Provides::service, ModuleDescriptor.Provides::providers)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("org.mentorkit.model.spi.TranslationProvider",
                        List.of("org.mentorkit.curriculum.internal.CurriculumTranslationProvider")));
    }

    @Test
    void helpersAreNotPublicApi() throws ClassNotFoundException {
        // Curriculum.problems(source) and ScheduleOutputs are their API; an exported helper could never be taken back.
        for (String helper : new String[] {"org.mentorkit.curriculum.CurriculumRules", "org.mentorkit.curriculum.schedule.ScheduleReports"}) {
            assertThat(java.lang.reflect.Modifier.isPublic(Class.forName(helper).getModifiers())).as(helper).isFalse();
        }
        // Helpers the packet and the command line share are public, but in packages exported to those modules only.
        for (Class<?> helper : List.of(org.mentorkit.curriculum.internal.text.LocalTimes.class,
                org.mentorkit.curriculum.internal.text.SessionReferences.class,
                org.mentorkit.curriculum.internal.io.ProposedSlots.class)) {
            assertThat(ModuleDescriptors.exportsToEveryone(MODULE, helper.getPackageName())).as(helper.getName()).isFalse();
        }
    }
}
