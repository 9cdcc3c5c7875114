package org.mentorkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Group;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Role;
import org.mentorkit.model.io.ModelFiles;
import org.mentorkit.model.io.ModelJson;
import org.mentorkit.testing.ExternalTools;

/**
 * Issue 10's re-forming case end to end, through the command line as a coordinator runs it: the pilot cohort matched
 * and scheduled; in month 3 two mentees withdraw and three late joiners arrive ({@code match --from --effective
 * 2027-03-15}, after sessions 1 to 3), and the new groups file is scheduled again. Every saved slot stays; every
 * session before the effective date is the same event, byte for byte, its attendees included (the two who withdrew
 * stay in it); later sessions keep their time and SEQUENCE and list exactly the members of the group then. The
 * calendars are also read with Python's icalendar (Debian python3-icalendar), a parser that shares nothing with ours.
 */
class ReformingKeepsThePastTests {

    private static final Path EXAMPLE = Path.of("..", "examples", "pilot");
    private static final String EFFECTIVE = "2027-03-15";
    private static final String STAMP = "2027-01-01T00:00:00Z";
    private static final String PYTHON = "/usr/bin/python3";

    @TempDir
    Path temp;

    @Test
    void threeLateJoinersAndTwoWithdrawalsInMonthThreeLeaveEverySlotAndEveryPastSessionUnchanged() throws Exception {
        Path groups1 = temp.resolve("groups.json");
        Path groups2 = temp.resolve("groups-v2.json");
        Path before = temp.resolve("before");
        Path after = temp.resolve("after");
        assertThat(Cli.run("match", EXAMPLE.resolve("cohort.json").toString(), "--out", groups1.toString(), "--quiet",
                "--time-limit", "20s").code()).isZero();
        assertThat(Cli.run("schedule", groups1.toString(), "--out", before.toString(), "--timestamp", STAMP).code())
                .isZero();
        Cohort first = ModelFiles.readCohort(groups1);

        // One mentee of each of the first two groups withdraws; three late joiners answer as a mentee of each of the
        // other groups did (same zone and windows).
        Set<String> withdrawn = Set.of(first.groups().get(0).menteeIds().get(0), first.groups().get(1).menteeIds().get(0));
        List<Participant> people = new ArrayList<>(first.participants());
        people.removeIf(p -> withdrawn.contains(p.id()));
        for (int k = 0; k < 3; k++) {
            Participant like = first.participant(first.groups().get(2 + k).menteeIds().get(0)).orElseThrow();
            people.add(new Participant("J" + (k + 1), "Late joiner " + (k + 1), "j" + (k + 1) + "@example.org",
                    Role.MENTEE, like.timeZone(), like.availability(), like.interests(), like.careerStage(),
                    like.specialty(), like.institution(), like.country(), like.attributes(), 0, like.careerLevel(),
                    like.mentorPreferences()));
        }
        Path changed = temp.resolve("cohort-march.json");
        Files.writeString(changed, ModelJson.write(new Cohort(first.program(), people, List.of(), first.constraints())));
        Cli.Run reform = Cli.run("match", changed.toString(), "--from", groups1.toString(), "--effective", EFFECTIVE,
                "--out", groups2.toString(), "--quiet", "--time-limit", "20s");
        assertThat(reform.code()).as(reform.err()).isZero();
        assertThat(reform.out()).contains("2 withdrawn, 3 moved or placed").doesNotContain("SLOT CHANGED");
        for (String id : withdrawn) {
            assertThat(reform.out()).containsPattern("  " + id + ": withdrawn; left [^ ]+ on " + EFFECTIVE
                    + ", still listed in its sessions before that date");
        }
        Cli.Run second = Cli.run("schedule", groups2.toString(), "--out", after.toString(), "--timestamp", STAMP);
        assertThat(second.code()).as(second.err()).isZero();

        // The groups file keeps the history: who left, when, and the records of those who withdrew.
        Cohort reformed = ModelFiles.readCohort(groups2);
        assertThat(reformed.formerParticipants()).extracting(Participant::id).containsExactlyInAnyOrderElementsOf(withdrawn);
        for (int g = 0; g < 2; g++) {
            Group was = first.groups().get(g);
            Group now = reformed.groups().stream().filter(x -> x.id().equals(was.id())).findFirst().orElseThrow();
            assertThat(now.leaveDates()).containsExactly(Map.entry(was.menteeIds().get(0), LocalDate.parse(EFFECTIVE)));
            assertThat(now.slot()).isEqualTo(was.slot());
        }

        int past = 0;
        for (Group group : reformed.groups()) {
            String file = "group-" + group.id() + ".ics";
            List<String> old = events(Files.readString(before.resolve(file)));
            List<String> now = events(Files.readString(after.resolve(file)));
            Map<String, Event> oldParsed = parsed(before.resolve(file));
            Map<String, Event> nowParsed = parsed(after.resolve(file));
            assertThat(now).as(file).hasSameSizeAs(old);
            assertThat(nowParsed.keySet()).as(file).isEqualTo(oldParsed.keySet());
            Group previous = first.groups().stream().filter(x -> x.id().equals(group.id())).findFirst().orElseThrow();
            for (int k = 0; k < now.size(); k++) {
                String uid = uid(old.get(k));
                Event a = oldParsed.get(uid);
                Event b = nowParsed.get(uid);
                String at = file + " " + uid;
                // No session moves: the same time and SEQUENCE, so no calendar changes for anyone staying.
                assertThat(b.start()).as(at).isEqualTo(a.start());
                assertThat(b.sequence()).as(at).isEqualTo(a.sequence());
                if (a.start().compareTo(EFFECTIVE) < 0) {
                    // Sessions before the effective date: byte-identical events, the withdrawn members included.
                    past++;
                    assertThat(now.get(k)).as(at).isEqualTo(old.get(k));
                    assertThat(emails(b)).as(at).isEqualTo(emails(a));
                } else {
                    Set<String> expected = new HashSet<>();
                    for (String id : group.memberIds()) {
                        boolean mentor = group.mentorIds().contains(id);
                        boolean invited = !mentor || emails(a).contains(email(first, previous.mentorIds().get(0)));
                        if (invited) {
                            expected.add(email(reformed, id));
                        }
                    }
                    expected.remove("");
                    assertThat(emails(b)).as(at).isEqualTo(expected);
                    withdrawn.forEach(id -> assertThat(emails(b)).as(at).doesNotContain(email(first, id)));
                }
            }
        }
        assertThat(past).as("sessions 1 to 3 of each of the 5 groups are before the effective date").isEqualTo(15);
        // Those who withdrew get nothing new: no calendar of their own.
        for (String id : withdrawn) {
            assertThat(after.resolve("participant-" + id + ".ics")).doesNotExist();
            assertThat(Files.readString(after.resolve("schedule.md"))).contains(id + " left on " + EFFECTIVE);
        }

        String report = Files.readString(temp.resolve("groups-v2.md"));
        assertThat(report).contains("Every saved meeting slot is kept.");
        String withdrawals = report.lines().filter(l -> l.startsWith("Withdrawn: ")).findFirst().orElse("");
        for (String id : withdrawn) {
            assertThat(withdrawals).containsPattern(id + " \\(left [^ ]+ on " + EFFECTIVE + ": still listed in its "
                    + "sessions before that date\\)");
        }
        for (int k = 1; k <= 3; k++) {
            assertThat(report).contains("| Late joiner " + k + " | (new) | ");
        }
    }

    private static String email(Cohort cohort, String id) {
        return cohort.participantOrFormer(id).map(Participant::email).orElseThrow();
    }

    /** One event as the independent parser read it. */
    private record Event(String uid, int sequence, String start, Set<String> emails) {
    }

    private static Set<String> emails(Event event) {
        return event.emails();
    }

    private static String uid(String event) {
        return event.lines().filter(l -> l.startsWith("UID:")).findFirst().orElseThrow().substring(4);
    }

    /** The VEVENT blocks of a calendar, exactly as written (folded lines and CRLF included). */
    private static List<String> events(String ics) {
        List<String> events = new ArrayList<>();
        int at = ics.indexOf("BEGIN:VEVENT");
        while (at >= 0) {
            int end = ics.indexOf("END:VEVENT", at);
            events.add(ics.substring(at, end));
            at = ics.indexOf("BEGIN:VEVENT", end);
        }
        return events;
    }

    /** Each event of the file as Python's icalendar reads it: start (UTC), SEQUENCE and attendee addresses, by UID. */
    private Map<String, Event> parsed(Path ics) throws Exception {
        requireIcalendar();
        Path script = temp.resolve("events.py");
        if (!Files.exists(script)) {
            Files.writeString(script, String.join("\n",
                    "import icalendar, sys",
                    "from datetime import timezone",
                    "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())",
                    "for e in cal.walk('VEVENT'):",
                    "    a = e.get('ATTENDEE') or []",
                    "    a = a if isinstance(a, list) else [a]",
                    "    print('\\t'.join([str(e['UID']), str(int(e.get('SEQUENCE', 0))),",
                    "        e.decoded('DTSTART').astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%MZ'),",
                    "        ' '.join(str(x).replace('mailto:', '') for x in a)]))", ""), StandardCharsets.UTF_8);
        }
        Map<String, Event> out = new HashMap<>();
        String lines = ExternalTools.run(PYTHON, script.toString(), ics.toString());
        for (String line : lines.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            out.put(f[0], new Event(f[0], Integer.parseInt(f[1]), f[2],
                    f[3].isBlank() ? Set.of() : new HashSet<>(List.of(f[3].strip().split(" ")))));
        }
        return out;
    }

    /** Skips (or fails, with MENTORKIT_REQUIRE_TOOLS=1) unless the independent parser is installed. */
    private static void requireIcalendar() {
        boolean present = Files.isExecutable(Path.of(PYTHON))
                && ExternalTools.run(List.of(0, 1), PYTHON, "-c", "import icalendar").isBlank();
        if (present) {
            return;
        }
        String message = "needs Python's icalendar for " + PYTHON + ", not installed; install with: apt-get install "
                + "python3-icalendar";
        if (ExternalTools.toolsRequired()) {
            throw new AssertionError(message + " (" + ExternalTools.REQUIRE_VARIABLE + "=1)");
        }
        org.junit.jupiter.api.Assumptions.abort(message);
    }
}
