package org.mentorkit.surveys.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Role;
import org.mentorkit.model.internal.text.MarkdownText;
import org.mentorkit.surveys.internal.Anonymiser;

class ThemesAndTextTests {

    @Test
    void defaultCodebookFindsThePilotsThemes() {
        Codebook codebook = Codebook.defaults();
        assertThat(codebook.themes()).extracting(Theme::id).containsExactly("personal-growth", "peer-support", "networking",
                "job-opportunities", "mentor-diversity", "scheduling", "work-life-balance", "self-advocacy");
        assertThat(codebook.code("I wish we had more late-career women mentors")).containsExactly("mentor-diversity");
        assertThat(codebook.code("Our group never found a common time across time zones")).containsExactly("scheduling");
        assertThat(codebook.code("Talking about burnout with my peers")).containsExactly("peer-support", "work-life-balance");
        assertThat(codebook.code("I learned to negotiate")).containsExactly("self-advocacy");
        assertThat(codebook.code("It was fine.")).isEmpty();
    }

    @Test
    void manualCodesMustNameCodebookThemes() {
        assertThatThrownBy(() -> ManualCodes.parse("participant_id,item_id,themes\nM01,what_helped,peer-support;luck\n",
                "codes.csv", Codebook.defaults()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("codes.csv:2 (themes): 'luck' is not a theme of the codebook");
        ManualCodes codes = ManualCodes.parse("participant_id,item_id,themes\nM01,what_helped,peer-support; networking\nM02,x,\n",
                "codes.csv", Codebook.defaults());
        assertThat(codes.codes("post-program", "M01", "what_helped")).hasValueSatisfying(
                s -> assertThat(s).containsExactly("peer-support", "networking"));
        assertThat(codes.codes("post-program", "M02", "x")).hasValueSatisfying(s -> assertThat(s).isEmpty());
        assertThat(codes.codes("post-program", "M03", "x")).isEmpty();
    }

    @Test
    void anonymiserRemovesCohortNamesAndEmails() {
        Participant ana = new Participant("M01", "Ana <b>Souza</b>", "ana@example.org", Role.MENTEE, "UTC", List.of(),
                List.of(), "", "", "", "", Map.of(), 0, "", Map.of());
        Participant mentor = new Participant("T1", "Dr. Li Wei", "", Role.MENTOR, "UTC", List.of(), List.of(), "", "", "",
                "", Map.of(), 1, "", Map.of());
        Anonymiser anonymiser = new Anonymiser(List.of(ana, mentor));
        assertThat(anonymiser.apply("Ana Souza and dr. li wei helped; write to someone@uni.edu or ana@example.org"))
                .isEqualTo("[name] and [name] helped; write to [email] or [email]");
        assertThat(anonymiser.apply("Banana bread")).isEqualTo("Banana bread");
    }

    @Test
    void markdownEscapingKeepsParticipantTextInert() {
        assertThat(MarkdownText.escape("a | b")).isEqualTo("a \\| b");
        assertThat(MarkdownText.escape("<b>x</b> & [link](http://x)")).isEqualTo("\\<b\\>x\\</b\\> \\& \\[link\\](http://x)");
        assertThat(MarkdownText.escape("# not a heading\n- nor a list")).isEqualTo("\\# not a heading - nor a list");
        assertThat(MarkdownText.escape("1. first")).isEqualTo("1\\. first");
        assertThat(MarkdownText.escape("Neuro-oncology")).isEqualTo("Neuro-oncology");
    }

    @Test
    void aBrokenCodebookIsReportedByPath() {
        assertThatThrownBy(() -> Codebook.parse("{\"themes\": [{\"id\": \"a\", \"label\": \"A\", \"patterns\": [\"(\"]},"
                + " {\"id\": \"a\", \"label\": \"\"}]}", "book.json"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(p -> p.location())
                        .containsExactly("book.json: themes[0].patterns[0]", "book.json: themes[1].id", "book.json: themes[1].label"));
        assertThatThrownBy(() -> Codebook.parse("{\"themes\": [", "cut.json")).hasMessageStartingWith("cut.json:1:36: malformed JSON");
    }
}
