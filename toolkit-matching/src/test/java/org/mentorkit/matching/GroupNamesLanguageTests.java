package org.mentorkit.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Group;
import org.mentorkit.model.GroupPolicy;
import org.mentorkit.model.MatchingConstraints;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Program;
import org.mentorkit.model.i18n.Translations;

/**
 * New groups are named in the program's language ({@code matching.labels}); they used to be "Group 1", "Group 2" in
 * every language. Ids stay G1, G2, ...; re-forming keeps the names groups already have.
 */
class GroupNamesLanguageTests {

    private static final FormationSettings SETTINGS = FormationSettings.builder().seed(1).maxIdleRounds(20)
            .timeLimit(Duration.ofSeconds(20)).randomBaselineDraws(1).build();

    @Test
    void aFrenchProgramsGroupsAreGroupes() {
        FormationResult result = GroupFormation.form(cohort("fr", 2, 8), SETTINGS);

        assertThat(result.cohort().groups()).extracting(Group::id).containsExactly("G1", "G2");
        assertThat(result.cohort().groups()).extracting(Group::name).containsExactly("Groupe 1", "Groupe 2");
    }

    @Test
    void aJapaneseProgramsGroupsAreGuruupu() {
        FormationResult result = GroupFormation.form(cohort("ja", 2, 8), SETTINGS);

        assertThat(result.cohort().groups()).extracting(Group::id).containsExactly("G1", "G2");
        assertThat(result.cohort().groups()).extracting(Group::name).containsExactly("グループ1", "グループ2");
    }

    @Test
    void reformingAFrenchProgramKeepsTheNamesGroupsHaveAndNamesANewGroupInFrench() {
        Cohort first = GroupFormation.form(cohort("fr", 2, 8), SETTINGS).cohort();
        // Named before the program's language was set, and renamed by the coordinator: both are kept as they are.
        List<Group> previous = List.of(renamed(first.groups().get(0), "Group 1"),
                renamed(first.groups().get(1), "Les pionnières"));
        Cohort grown = cohort("fr", 3, 14);

        FormationResult again = GroupFormation.reform(grown, previous, SETTINGS);

        assertThat(again.cohort().groups()).extracting(Group::id).containsExactly("G1", "G2", "G3");
        assertThat(again.cohort().groups()).extracting(Group::name)
                .containsExactly("Group 1", "Les pionnières", "Groupe 3");
    }

    @Test
    void everyBuiltInLanguageHasTheEnglishKeysOfTheMatchingLabels() {
        assertThat(Translations.load().check()).filteredOn(g -> g.domain().equals("matching.labels")).isEmpty();
        assertThat(Translations.load().translations("matching.labels")).extracting(t -> t.language().tag())
                .containsExactlyInAnyOrder("en", "es", "fr", "pt-BR", "de", "ja");
    }

    private static Group renamed(Group group, String name) {
        return new Group(group.id(), name, group.mentorIds(), group.menteeIds(), group.slot(), group.earlierSlots(),
                group.joinDates(), group.leaveDates());
    }

    /** {@code mentors} mentors and {@code mentees} mentees in one time zone, groups of 3 to 5 mentees. */
    private static Cohort cohort(String language, int mentors, int mentees) {
        Program program = Cohorts.program(new GroupPolicy(3, 5, 1), List.of(), LocalDate.of(2027, 1, 1)).toBuilder()
                .language(language).build();
        List<Participant> people = new ArrayList<>();
        for (int k = 1; k <= mentors; k++) {
            people.add(Cohorts.mentor("T" + k, "Europe/Paris", k % 2 == 0 ? "M" : "F", 1, "research"));
        }
        for (int k = 1; k <= mentees; k++) {
            people.add(Cohorts.mentee("E" + k, "Europe/Paris", k % 2 == 0 ? "M" : "F", "research"));
        }
        return Cohorts.cohort(program, people, MatchingConstraints.none());
    }
}
