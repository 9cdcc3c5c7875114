package org.mentorkit.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorkit.curriculum.spi.CurriculumProvider;
import org.mentorkit.model.InvalidInputException;

class CurriculumRegistryTests {

    private static CurriculumProvider provider(String id, Curriculum curriculum) {
        return new CurriculumProvider() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Curriculum curriculum() {
                return curriculum;
            }
        };
    }

    @Test
    void listsTheBuiltInDefault() {
        CurriculumRegistry registry = CurriculumRegistry.discover();
        assertThat(registry.ids()).startsWith(DefaultCurriculum.ID);
        assertThat(registry.curriculum(DefaultCurriculum.ID).sessions()).hasSize(6);
    }

    @Test
    void explicitRegistrationWorksWithDiscoveryAndBuiltInOff() {
        Curriculum custom = DefaultCurriculum.load();
        custom = new Curriculum("society-x", "Society X", "1", "", "en", custom.sessions());
        CurriculumRegistry registry = CurriculumRegistry.builder().discovery(false).builtIn(false)
                .register(provider("society-x", custom)).build();
        assertThat(registry.ids()).containsExactly("society-x");
        assertThat(registry.curriculum("society-x").title()).isEqualTo("Society X");
    }

    @Test
    void unknownIdSuggestsTheClosest() {
        assertThatThrownBy(() -> CurriculumRegistry.discover().curriculum("mentorkit-peer6"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no such curriculum (did you mean 'mentorkit-peer-6'?)");
    }

    @Test
    void aProvidersInvalidCurriculumIsRejectedWithItsProblems() {
        Curriculum broken = new Curriculum("broken", "", "1", "", "en", List.of());
        CurriculumRegistry registry = CurriculumRegistry.builder().discovery(false).register(provider("broken", broken)).build();
        assertThatThrownBy(() -> registry.curriculum("broken"))
                .hasMessageContaining("title: must not be empty")
                .hasMessageContaining("sessions: must hold at least one session");
    }
}
