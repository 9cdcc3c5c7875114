package org.mentorkit.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorkit.curriculum.SessionFormat;
import org.mentorkit.followup.SendReport;
import org.mentorkit.followup.spi.MailTransport;
import org.mentorkit.surveys.ImportOptions;
import org.mentorkit.surveys.ResponseFormat;
import org.mentorkit.surveys.ResponseImporter;
import org.mentorkit.surveys.ResponseSet;
import org.mentorkit.model.Group;

/** The developer guide's example does what the guide says, checked on its outputs. */
class EmbeddingExampleTests {

    @TempDir
    static Path out;

    private static EmbeddingExample.Outcome outcome;

    @BeforeAll
    static void runExample() {
        outcome = EmbeddingExample.run(out);
    }

    @Test
    void formsTwoGroupsEachWithOneMentorAndEveryMenteeOnce() {
        List<Group> groups = outcome.formation().groups();
        assertThat(groups).hasSize(2);
        List<String> placed = new ArrayList<>();
        for (Group group : groups) {
            assertThat(group.mentorIds()).hasSize(1);
            assertThat(group.menteeIds()).hasSizeBetween(3, 4);
            placed.addAll(group.menteeIds());
        }
        assertThat(placed).containsExactlyInAnyOrder("p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8");
    }

    @Test
    void neverLeavesAWomanOrNonBinaryMemberAlone() {
        for (Group group : outcome.formation().groups()) {
            long count = group.memberIds().stream()
                    .map(id -> outcome.cohort().participant(id).orElseThrow().attributes().get("gender").get(0))
                    .filter(g -> g.equals("Woman") || g.equals("Non-binary"))
                    .count();
            assertThat(count).as(group.id()).isNotEqualTo(1);
        }
    }

    @Test
    void usesTheExplicitlyRegisteredCurriculumRenamedByItsOverlay() {
        assertThat(outcome.curriculum().id()).isEqualTo("bio-circles");
        assertThat(outcome.curriculum().title()).isEqualTo("Early-Career Circles: six conversations");
        assertThat(outcome.curriculum().sessions()).hasSize(6);
        assertThat(outcome.curriculum().sessions().stream().filter(s -> s.format() == SessionFormat.MENTOR_LED)).hasSize(3);
    }

    @Test
    void schedulesEverySessionForEveryGroup() {
        assertThat(outcome.schedule().groups()).hasSize(2);
        outcome.schedule().groups().forEach(g -> assertThat(g.sessions()).hasSize(6));
    }

    @Test
    void exportsTheCustomInstrumentAsARedcapDictionary() {
        String[] lines = outcome.redcapDictionary().split("\r?\n");
        assertThat(lines[0]).startsWith("Variable / Field Name,Form Name,");
        assertThat(lines[1]).startsWith("record_id,");
        assertThat(outcome.redcapDictionary()).contains("stayed_in_research,").contains("most_helpful,");
    }

    @Test
    void packetUsesTheSocietysOwnCoverTemplate() throws IOException {
        Path markdown = outcome.packetFiles().stream().filter(p -> p.toString().endsWith(".md")).findFirst().orElseThrow();
        String text = Files.readString(markdown, StandardCharsets.UTF_8);
        assertThat(text).contains("This cover page comes from the society's own template")
                .contains("Early-Career Circles").contains("Example Bioscience Society");
    }

    @Test
    void remindsTheMenteesWhoHaveNotAnsweredThroughTheApplicationsOwnMailServiceOnce() throws Exception {
        ResponseSet answers = ResponseImporter.parse(outcome.instrument(), "participant_id,stayed_in_research\n"
                + "p1,1\np2,0\np3,1\n", "exit.csv", ResponseFormat.CSV, ImportOptions.defaults());
        List<String> delivered = new ArrayList<>();
        MailTransport mailService = (from, to, message) -> delivered.add(to);
        Path folder = out.resolve("reminders");

        SendReport first = EmbeddingExample.remind(outcome.cohort(), answers, folder, mailService);
        SendReport again = EmbeddingExample.remind(outcome.cohort(), answers, folder, mailService);

        assertThat(delivered).containsExactly("p4@example.org", "p5@example.org", "p6@example.org",
                "p7@example.org", "p8@example.org");
        assertThat(first.count(SendReport.Outcome.SENT)).isEqualTo(5);
        assertThat(again.count(SendReport.Outcome.ALREADY_SENT)).isEqualTo(5);
        assertThat(Files.readString(folder.resolve("reminder-p4.eml"), StandardCharsets.UTF_8))
                .contains("https://survey.example.org/exit?pid=p4");
    }
}
