package org.mentorkit.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mentorkit.testing.ModuleDescriptors;

/**
 * Exactly what {@code org.mentorkit.followup} exports, and to whom: the API and the mail-transport SPI; envelopes,
 * {@code .eml} formatting, templates and the SMTP implementation are internal. An export cannot be taken back after a
 * release, so a change here is a decision, not a side effect.
 */
class ModuleDescriptorTests {

    private static final ModuleDescriptor MODULE = ModuleDescriptors.compiled(Path.of("target/classes"));

    @Test
    void exportsExactlyItsApiAndSpi() {
        assertThat(MODULE.name()).isEqualTo("org.mentorkit.followup");
        assertThat(ModuleDescriptors.exports(MODULE)).containsExactly(
                "org.mentorkit.followup",
                "org.mentorkit.followup.spi");
    }

    @Test
    void opensNothing() {
        assertThat(ModuleDescriptors.opens(MODULE)).isEmpty();
    }

    @Test
    void requiresTransitivelyOnlyModulesItsApiUses() {
        assertThat(ModuleDescriptors.transitiveRequires(MODULE)).containsExactly(
                "org.mentorkit.model",
                "org.mentorkit.surveys");
    }

    @Test
    void requiresJakartaMailAndCurriculumButNotExportOrMatching() {
        assertThat(MODULE.requires()).extracting(ModuleDescriptor.Requires::name)
                .contains("jakarta.mail", "org.mentorkit.curriculum")
                .doesNotContain("org.mentorkit.export", "org.mentorkit.matching");
    }
}
