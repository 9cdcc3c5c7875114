package org.mentorkit.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import org.junit.jupiter.api.Test;

/** The module's published surface: an export cannot be taken back, so changes here must be deliberate. */
class ModuleDescriptorTests {

    private final ModuleDescriptor descriptor = SurveyStatus.class.getModule().getDescriptor();

    @Test
    void exportsTheApiAndSpiPackagesAndNotInternal() {
        assertThat(descriptor.name()).isEqualTo("org.mentorkit.followup");
        assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source)
                .containsExactlyInAnyOrder("org.mentorkit.followup", "org.mentorkit.followup.spi");
        assertThat(descriptor.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse());
        assertThat(descriptor.opens()).isEmpty();
    }

    @Test
    void requiresJakartaMailAndTheModulesItsApiShowsTransitively() {
        assertThat(descriptor.requires()).filteredOn(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
                .extracting(ModuleDescriptor.Requires::name)
                .containsExactlyInAnyOrder("org.mentorkit.model", "org.mentorkit.surveys");
        assertThat(descriptor.requires()).extracting(ModuleDescriptor.Requires::name)
                .contains("jakarta.mail", "org.mentorkit.curriculum").doesNotContain("org.mentorkit.export",
                        "org.mentorkit.matching");
    }
}
