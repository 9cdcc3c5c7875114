package org.mentorkit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mentorkit.testing.ModuleDescriptors;

/**
 * Exactly what {@code org.mentorkit.export} exports, and to whom: the packet API; matching is not required transitively, since no export signature uses its types. An export cannot be taken back after a release, so a
 * change here is a decision, not a side effect.
 */
class ModuleDescriptorTests {

    private static final ModuleDescriptor MODULE = ModuleDescriptors.compiled(Path.of("target/classes"));

    @Test
    void exportsExactlyItsApi() {
        assertThat(MODULE.name()).isEqualTo("org.mentorkit.export");
        assertThat(ModuleDescriptors.exports(MODULE)).containsExactly(
                "org.mentorkit.export");
    }

    @Test
    void opensOnlyForReflectiveBinding() {
        assertThat(ModuleDescriptors.opens(MODULE)).isEmpty();
    }

    @Test
    void requiresTransitivelyOnlyModulesItsApiUses() {
        assertThat(ModuleDescriptors.transitiveRequires(MODULE)).containsExactly(
                "org.mentorkit.curriculum",
                "org.mentorkit.model",
                "org.mentorkit.surveys");
    }
}
