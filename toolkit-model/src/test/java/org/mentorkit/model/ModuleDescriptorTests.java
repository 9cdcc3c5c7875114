package org.mentorkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mentorkit.testing.ModuleDescriptors;

/**
 * Exactly what {@code org.mentorkit.model} exports, and to whom: the records and their files are the API; atomic writing, the Markdown escaper and "did you mean" are helpers
     * exported only to the sibling modules that use them. An export cannot be taken back after a release, so a
 * change here is a decision, not a side effect.
 */
class ModuleDescriptorTests {

    private static final ModuleDescriptor MODULE = ModuleDescriptors.compiled(Path.of("target/classes"));

    @Test
    void exportsExactlyItsApi() {
        assertThat(MODULE.name()).isEqualTo("org.mentorkit.model");
        assertThat(ModuleDescriptors.exports(MODULE)).containsExactly(
                "org.mentorkit.model",
                "org.mentorkit.model.i18n",
                "org.mentorkit.model.internal.input to org.mentorkit.cli, org.mentorkit.curriculum, org.mentorkit.export, org.mentorkit.surveys",
                "org.mentorkit.model.internal.io to org.mentorkit.cli, org.mentorkit.curriculum, org.mentorkit.export, org.mentorkit.followup, org.mentorkit.surveys",
                "org.mentorkit.model.internal.text to org.mentorkit.curriculum, org.mentorkit.export, org.mentorkit.matching, org.mentorkit.surveys",
                "org.mentorkit.model.io",
                "org.mentorkit.model.spi");
    }

    @Test
    void opensOnlyForReflectiveBinding() {
        assertThat(ModuleDescriptors.opens(MODULE)).containsExactly(
                "org.mentorkit.model to org.eclipse.yasson, org.hibernate.validator",
                "org.mentorkit.model.internal to org.hibernate.validator");
    }

    @Test
    void requiresTransitivelyOnlyModulesItsApiUses() {
        assertThat(ModuleDescriptors.transitiveRequires(MODULE)).containsExactly(
                "jakarta.json.bind",
                "jakarta.validation");
    }
}
