package org.mentorkit.examples.surgical;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import org.junit.jupiter.api.Test;
import org.mentorkit.curriculum.Curriculum;
import org.mentorkit.curriculum.CurriculumMarkdown;
import org.mentorkit.curriculum.CurriculumRegistry;
import org.mentorkit.curriculum.DefaultCurriculum;
import org.mentorkit.curriculum.SessionFormat;
import org.mentorkit.curriculum.spi.CurriculumProvider;

/** Loads the curriculum the way mentorkit does: through ServiceLoader, from this module on the module path. */
class SurgicalLeadershipPluginTests {

    @Test
    void mentorkitsRegistryDiscoversTheProviderFromThisNamedModule() {
        CurriculumRegistry registry = CurriculumRegistry.discover();
        assertThat(registry.ids()).containsExactly(DefaultCurriculum.ID, SurgicalLeadershipProvider.ID);
        CurriculumProvider provider = registry.provider(SurgicalLeadershipProvider.ID).orElseThrow();
        Module module = provider.getClass().getModule();
        assertThat(module.isNamed()).as("loaded from the module path, not the class path").isTrue();
        assertThat(module.getName()).isEqualTo("org.mentorkit.examples.surgical");
        assertThat(module.getDescriptor().provides()).extracting(ModuleDescriptor.Provides::service)
                .containsExactly(CurriculumProvider.class.getName());
    }

    @Test
    void discoveryCanBeSwitchedOffAndTheProviderRegisteredExplicitlyInstead() {
        // ServiceLoader honours `uses` of the calling module: the curriculum module declares it, this one does not
        // need to.
        assertThat(CurriculumProvider.class.getModule().getDescriptor().uses()).contains(CurriculumProvider.class.getName());
        assertThat(CurriculumRegistry.builder().discovery(false).build().ids()).containsExactly(DefaultCurriculum.ID);
        CurriculumRegistry explicit = CurriculumRegistry.builder().discovery(false).builtIn(false)
                .register(new SurgicalLeadershipProvider()).build();
        assertThat(explicit.ids()).containsExactly(SurgicalLeadershipProvider.ID);
        assertThat(explicit.curriculum(SurgicalLeadershipProvider.ID).title()).startsWith("Leading in Surgery");
    }

    @Test
    void itsCurriculumIsValidAndDifferentFromTheDefault() {
        Curriculum surgical = CurriculumRegistry.discover().curriculum(SurgicalLeadershipProvider.ID);
        assertThat(surgical.problems("surgical")).isEmpty();
        assertThat(surgical.sessions()).hasSize(4);
        assertThat(surgical.sessions()).filteredOn(s -> s.format() == SessionFormat.MENTOR_LED).hasSize(2);
        assertThat(surgical.sessions().get(0).durationMinutes()).isEqualTo(90);
        assertThat(surgical).isNotEqualTo(DefaultCurriculum.load());
        assertThat(CurriculumMarkdown.render(surgical)).contains("# Leading in Surgery", "Non-Technical Skills for Surgeons (NOTSS)");
    }
}
