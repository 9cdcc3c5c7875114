package org.mentorkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** This module's own descriptor, and the lines other modules' descriptor tests compare. */
class ModuleDescriptorsTests {

    @Test
    void thisModuleExportsOnlyItsTestSupportAndRequiresJUnitTransitively() {
        ModuleDescriptor module = ModuleDescriptors.compiled(Path.of("target/classes"));

        assertThat(module.name()).isEqualTo("org.mentorkit.testing");
        assertThat(ModuleDescriptors.exports(module)).containsExactly("org.mentorkit.testing");
        assertThat(ModuleDescriptors.opens(module)).isEmpty();
        assertThat(ModuleDescriptors.transitiveRequires(module)).containsExactly("org.junit.jupiter.api");
    }

    @Test
    void writesQualifiedExportsWithSortedTargets() {
        ModuleDescriptor module = ModuleDescriptor.newModule("a")
                .exports("a.api")
                .exports(Set.of(), "a.internal", Set.of("c", "b"))
                .opens(Set.of(), "a.api", Set.of("org.eclipse.yasson"))
                .build();

        assertThat(ModuleDescriptors.exports(module)).containsExactly("a.api", "a.internal to b, c");
        assertThat(ModuleDescriptors.opens(module)).containsExactly("a.api to org.eclipse.yasson");
        assertThat(ModuleDescriptors.exportsToEveryone(module, "a.api")).isTrue();
        assertThat(ModuleDescriptors.exportsToEveryone(module, "a.internal")).isFalse();
    }
}
