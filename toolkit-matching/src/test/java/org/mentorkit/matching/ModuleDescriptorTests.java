package org.mentorkit.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mentorkit.testing.ModuleDescriptors;

/**
 * Exactly what {@code org.mentorkit.matching} exports, and to whom: group formation and the reusable grouping core; the search internals stay hidden. An export cannot be taken back after a release, so a
 * change here is a decision, not a side effect.
 */
class ModuleDescriptorTests {

    private static final ModuleDescriptor MODULE = ModuleDescriptors.compiled(Path.of("target/classes"));

    @Test
    void exportsExactlyItsApi() {
        assertThat(MODULE.name()).isEqualTo("org.mentorkit.matching");
        assertThat(ModuleDescriptors.exports(MODULE)).containsExactly(
                "org.mentorkit.matching",
                "org.mentorkit.matching.core");
    }

    @Test
    void opensOnlyForReflectiveBinding() {
        assertThat(ModuleDescriptors.opens(MODULE)).isEmpty();
    }

    @Test
    void requiresTransitivelyOnlyModulesItsApiUses() {
        assertThat(ModuleDescriptors.transitiveRequires(MODULE)).containsExactly(
                "org.mentorkit.model");
    }
}
