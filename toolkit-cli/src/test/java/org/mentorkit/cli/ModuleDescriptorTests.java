package org.mentorkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mentorkit.testing.ModuleDescriptors;

/**
 * Exactly what {@code org.mentorkit.cli} exports, and to whom: a command line, not a library: nothing exported, its package opened to picocli only. An export cannot be taken back after a release, so a
 * change here is a decision, not a side effect.
 */
class ModuleDescriptorTests {

    private static final ModuleDescriptor MODULE = ModuleDescriptors.compiled(Path.of("target/classes"));

    @Test
    void exportsExactlyItsApi() {
        assertThat(MODULE.name()).isEqualTo("org.mentorkit.cli");
        assertThat(ModuleDescriptors.exports(MODULE)).isEmpty();
    }

    @Test
    void opensOnlyForReflectiveBinding() {
        assertThat(ModuleDescriptors.opens(MODULE)).containsExactly(
                "org.mentorkit.cli to info.picocli");
    }

    @Test
    void requiresTransitivelyOnlyModulesItsApiUses() {
        assertThat(ModuleDescriptors.transitiveRequires(MODULE)).isEmpty();
    }
}
