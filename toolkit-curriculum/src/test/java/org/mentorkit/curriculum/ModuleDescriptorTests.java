package org.mentorkit.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import org.junit.jupiter.api.Test;
import org.mentorkit.curriculum.spi.CurriculumProvider;

/** The module's published surface: an export cannot be taken back, so changes here must be deliberate. */
class ModuleDescriptorTests {

    private final ModuleDescriptor descriptor = Curriculum.class.getModule().getDescriptor();

    @Test
    void exportsTheApiSpiAndSchedulePackagesAndNotInternal() {
        assertThat(descriptor.name()).isEqualTo("org.mentorkit.curriculum");
        assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source).containsExactlyInAnyOrder(
                "org.mentorkit.curriculum", "org.mentorkit.curriculum.spi", "org.mentorkit.curriculum.schedule");
        assertThat(descriptor.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse());
    }

    @Test
    void usesTheProviderServiceAndRequiresTheModelTransitively() {
        assertThat(descriptor.uses()).containsExactly(CurriculumProvider.class.getName());
        assertThat(descriptor.requires()).anySatisfy(r -> {
            assertThat(r.name()).isEqualTo("org.mentorkit.model");
            assertThat(r.modifiers()).contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE);
        });
        assertThat(descriptor.requires()).extracting(ModuleDescriptor.Requires::name).contains("ical4j.core", "org.eclipse.yasson");
    }
}
