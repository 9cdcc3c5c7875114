package org.mentorkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorkit.cli.Cli.run;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Group;
import org.mentorkit.model.Participant;
import org.mentorkit.model.io.ModelFiles;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.InstrumentFiles;
import org.mentorkit.surveys.Instruments;
import org.mentorkit.surveys.Respondents;

/** {@code mentorkit survey status} and {@code mentorkit mail ...} on the pilot example, as a coordinator runs them. */
class FollowupCommandTests {

    private static final Path EXAMPLE = Path.of("..", "examples", "pilot");
    private static final Path POST_EXPORT = EXAMPLE.resolve("surveys").resolve("post-program.redcap-records.csv");

    @TempDir
    static Path shared;
    private static Path groups;
    private static Path schedule;

    @TempDir
    Path temp;

    @BeforeAll
    static void groupsAndSchedule() {
        groups = shared.resolve("groups.json");
        Cli.Run match = run("match", EXAMPLE.resolve("cohort.json").toString(), "--out", groups.toString(), "--seed", "1",
                "--time-limit", "2s", "--quiet");
        assertThat(match.code()).as(match.err()).isZero();
        schedule = shared.resolve("schedule");
        Cli.Run scheduled = run("schedule", groups.toString(), "--out", schedule.toString(), "--timestamp",
                "2027-01-01T00:00:00Z");
        assertThat(scheduled.code()).as(scheduled.err()).isZero();
    }

    @Test
    void statusCountsPerGroupWithoutNamesAndWritesOneCsvRowPerInvitedMentee() throws Exception {
        Path csv = temp.resolve("status.csv");
        Cli.Run run = run("survey", "status", groups.toString(), "--instrument", "post-program", "--responses",
                POST_EXPORT.toString(), "--out", csv.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("post-program: 20 invited (mentees), 14 responded, 0 partial, 6 not responded (70% responded)")
                .containsPattern("(?m)^  group +invited +responded +partial +not responded$");
        Cohort cohort = ModelFiles.readCohort(groups);
        for (Participant p : cohort.participants()) {
            assertThat(run.out()).as("no names on the console").doesNotContain(p.displayName());
        }
        // The pilot's names hold quotes and markup but no line breaks: one record per line (the followup module's
        // tests read hostile names back with a CSV parser).
        List<String> lines = Files.readString(csv, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(21);
        assertThat(lines.get(0)).isEqualTo("id,name,email,group,status");
        assertThat(lines.stream().filter(l -> l.endsWith(",not responded")).count()).isEqualTo(6);
        assertThat(lines.stream().filter(l -> l.endsWith(",responded")).count()).isEqualTo(14);
    }

    /**
     * A mentor who leads the first two groups, and a survey for everyone: the mentor is on both groups' lines, once in
     * the total and once in status.csv, whose group cell names both groups; the console says why the group lines add
     * up to more than the total (without naming anyone).
     */
    @Test
    void statusCountsAMentorOfTwoGroupsInBothAndSaysSo() throws Exception {
        Cohort formed = ModelFiles.readCohort(groups);
        Group first = formed.groups().get(0);
        Group second = formed.groups().get(1);
        String mentor = first.mentorIds().get(0);
        List<Group> changed = new java.util.ArrayList<>(formed.groups());
        changed.set(1, new Group(second.id(), second.name(), List.of(mentor), second.menteeIds(), second.slot(),
                second.earlierSlots(), second.joinDates(), second.leaveDates()));
        Cohort twoGroups = new Cohort(formed.program(), formed.participants().stream()
                .map(p -> p.id().equals(mentor) ? p.toBuilder().capacity(2).build() : p).toList(), changed,
                formed.constraints());
        Path cohortFile = temp.resolve("two-groups.json");
        ModelFiles.writeCohort(twoGroups, cohortFile);
        Instrument post = Instruments.builtIn("post-program").orElseThrow();
        Path everyone = temp.resolve("post-everyone.json");
        InstrumentFiles.write(new Instrument(post.id(), post.title(), post.wave(), Respondents.EVERYONE,
                post.description(), post.sections()), everyone);
        Path csv = temp.resolve("status.csv");

        Cli.Run run = run("survey", "status", cohortFile.toString(), "--instrument", everyone.toString(), "--responses",
                POST_EXPORT.toString(), "--out", csv.toString());

        assertThat(run.code()).as(run.err()).isZero();
        int invited = twoGroups.participants().size();
        assertThat(run.out()).contains("post-program: " + invited + " invited (everyone)")
                .containsPattern("(?m)^  " + first.id() + " +" + (first.memberIds().size()) + " ")
                .containsPattern("(?m)^  " + second.id() + " +" + (second.menteeIds().size() + 1) + " ")
                .contains("(1 participant is in more than one group and counted in each; the first line counts"
                        + " everyone once)")
                .doesNotContain(mentor);
        // One line per record (no line breaks in the pilot's names); the followup module's tests read the two-group
        // cell back with a CSV parser.
        List<String> lines = Files.readString(csv, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(invited + 1);
        assertThat(lines).filteredOn(l -> l.startsWith(mentor + ",")).singleElement().asString()
                .endsWith(",\"" + first.id() + ", " + second.id() + "\",not responded");
    }

    @Test
    void statusAndReportShowTheResponseRateOverTimeFromRedcapSurveyTimestamps() throws Exception {
        Path export = temp.resolve("post-timed.csv");
        Files.writeString(export, "record_id,post_program_timestamp,signature_talk,positive_impact,worthwhile,"
                + "participate_again,recommend,post_program_complete\n"
                + "M01,2027-06-30 14:02:11,1,4,1,1,1,2\n"
                + "M02,2027-06-30 18:40:00,0,3,1,1,1,2\n"
                + "M03,2027-07-02 09:15:44,1,5,1,1,1,2\n"
                + "M04,[not completed],1,,,,,0\n", StandardCharsets.UTF_8);
        Path post = temp.resolve("post.responses.json");
        assertThat(run("survey", "import", "--instrument", "post-program", export.toString(), "--cohort", groups.toString(),
                "--out", post.toString()).code()).isZero();

        Cli.Run status = run("survey", "status", groups.toString(), "--instrument", "post-program", "--responses",
                post.toString());
        Cli.Run report = run("report", groups.toString(), "--responses", post.toString(), "--out",
                temp.resolve("report").toString());

        assertThat(status.code()).as(status.err()).isZero();
        assertThat(status.out()).contains("post-program: 20 invited (mentees), 3 responded, 1 partial, 16 not responded")
                .contains("Response rate over time (complete responses by submission date):")
                .contains("  2027-06-30  2/20 (10%)").contains("  2027-07-02  3/20 (15%)");
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(report.out()).contains("post-program over time: 2027-06-30 2/20 (10%); 2027-07-02 3/20 (15%)");
    }

    @Test
    void statusRefusesResponsesToAnotherSurvey() throws Exception {
        Path pre = temp.resolve("pre.responses.json");
        assertThat(run("survey", "import", "--instrument", "pre-program", EXAMPLE.resolve("surveys")
                .resolve("pre-program.redcap-records.csv").toString(), "--out", pre.toString()).code()).isZero();

        Cli.Run run = run("survey", "status", groups.toString(), "--instrument", "post-program", "--responses", pre.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("holds responses to 'pre-program'; expected responses to 'post-program'");
    }

    @Test
    void remindersAreSentOnceThroughSmtpAndARepeatSendsNothing() throws Exception {
        com.icegreen.greenmail.util.ServerSetup setup = ServerSetupTest.SMTP.dynamicPort();
        setup.setServerStartupTimeout(30_000); // a loaded machine can need more than GreenMail's default 2 s
        GreenMail server = new GreenMail(setup);
        server.start();
        try {
            String port = Integer.toString(server.getSmtp().getPort());
            Path out = temp.resolve("reminders-1");
            String[] args = {"mail", "reminders", groups.toString(), "--instrument", "post-program", "--responses",
                POST_EXPORT.toString(), "--out", out.toString(), "--send", "--smtp-host", "127.0.0.1", "--smtp-port", port,
                "--smtp-security", "none", "--rate", "6000"};

            Cli.Run first = run(args);
            Cli.Run second = run(args);

            assertThat(first.code()).as(first.err()).isZero();
            assertThat(first.out()).contains("Wrote 6 reminders").contains("Sent 6, already sent before 0, refused 0");
            assertThat(second.code()).as(second.err()).isZero();
            assertThat(second.out()).contains("Sent 0, already sent before 6, refused 0");
            assertThat(server.getReceivedMessages()).hasSize(6);
            assertThat(out.resolve("send-ledger.csv")).isRegularFile();
        } finally {
            server.stop();
        }
    }

    @Test
    void sendWithoutAServerIsRefusedBeforeAnythingIsWritten() {
        Path out = temp.resolve("reminders");
        Cli.Run run = run("mail", "reminders", groups.toString(), "--instrument", "post-program", "--responses",
                POST_EXPORT.toString(), "--out", out.toString(), "--send");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--send: needs --smtp-host").contains("MENTORKIT_SMTP_PASSWORD")
                .doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    @Test
    void aDryRunListsTheMessagesAndSendsNothing() {
        Cli.Run run = run("mail", "reminders", groups.toString(), "--instrument", "post-program", "--responses",
                POST_EXPORT.toString(), "--out", temp.resolve("r").toString(), "--send", "--dry-run",
                "--link-pattern", "https://survey.example.org/post?pid={id}");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("(?m)^would send reminder-M\\d\\d\\.eml to m\\d\\d@example\\.org$")
                .contains("Dry run: 6 would be sent, 0 already sent (send-ledger.csv); nothing sent.");
        assertThat(temp.resolve("r").resolve("send-ledger.csv")).doesNotExist();
    }

    @Test
    void invitationsGoToEveryGroupMember() throws Exception {
        Path out = temp.resolve("invitations");
        Cli.Run run = run("mail", "invitations", groups.toString(), "--schedule", schedule.toString(), "--out", out.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Wrote 25 invitations to " + out);
        String m01 = Files.readString(out.resolve("invitation-M01.eml"), StandardCharsets.ISO_8859_1);
        assertThat(m01).contains("X-Unsent: 1").contains("method=REQUEST").contains("Content-Type: text/calendar");
    }

    @Test
    void invitationsNameTheMissingCalendarsAndExit2() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("no-schedule"));
        Cli.Run run = run("mail", "invitations", groups.toString(), "--schedule", empty.toString(), "--out",
                temp.resolve("inv").toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("participant-M01.ics: missing").contains("25 problems found.");
        assertThat(temp.resolve("inv")).doesNotExist();
    }

    @Test
    void messagesNeedASender() throws Exception {
        Cohort cohort = ModelFiles.readCohort(groups);
        String json = Files.readString(groups, StandardCharsets.UTF_8).replace("\"mentoring@example.org\"", "\"\"");
        Path noContact = temp.resolve("no-contact.json");
        Files.writeString(noContact, json, StandardCharsets.UTF_8);
        assertThat(cohort.program().contactEmail()).isEqualTo("mentoring@example.org");

        Cli.Run run = run("mail", "reminders", noContact.toString(), "--instrument", "post-program", "--responses",
                POST_EXPORT.toString(), "--out", temp.resolve("r").toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("program.contactEmail: is empty; messages need a sender");
    }
}
