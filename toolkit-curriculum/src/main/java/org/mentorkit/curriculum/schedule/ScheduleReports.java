package org.mentorkit.curriculum.schedule;

import static org.mentorkit.model.internal.text.MarkdownText.escape;

import java.io.IOException;
import java.io.StringWriter;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mentorkit.curriculum.SessionFormat;
import org.mentorkit.curriculum.internal.Labels;
import org.mentorkit.curriculum.internal.text.LocalTimes;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.ErrorCode;
import org.mentorkit.model.MeetingSlot;
import org.mentorkit.model.Participant;
import org.mentorkit.model.ToolkitException;
import org.mentorkit.model.i18n.Language;
import org.mentorkit.model.i18n.LocalFormats;
import org.mentorkit.model.i18n.Texts;
import org.mentorkit.model.internal.text.SpreadsheetCells;

/**
 * The coordinator's overview of a schedule: Markdown (one table per group, one column per member in their own
 * time) and CSV (one row per group, session and member). Names are data: Markdown escapes them, CSV quotes them and
 * neutralises a leading {@code = + - @} so that a spreadsheet never runs a name as a formula.
 */
final class ScheduleReports {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    /** Always {@code +hh:mm}, also {@code +00:00} (never {@code Z}), so that the column has one shape to parse. */
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xxx");

    private ScheduleReports() {
    }

    /** The Markdown overview in English. */
    static String markdown(ProgramSchedule schedule, Cohort cohort) {
        return markdown(schedule, cohort, Language.ENGLISH);
    }

    /**
     * The Markdown overview in {@code language}: labels, weekdays, dates and times the way the language writes them
     * ("martes, 12 de enero de 2027 17:00"). Session titles are the curriculum's; the coordinator's notes stay in
     * English, like every other message of the command line.
     */
    static String markdown(ProgramSchedule schedule, Cohort cohort, Language language) {
        Texts l = Labels.of(Labels.SCHEDULE, language);
        LocalFormats formats = LocalFormats.of(language);
        Map<String, Participant> people = byId(cohort);
        StringBuilder md = new StringBuilder();
        md.append("# ").append(l.format("title", "program", escape(schedule.programName()))).append("\n\n");
        md.append(l.format("intro", "curriculum", schedule.curriculumId().replace("`", ""))).append("\n\n");
        for (GroupSchedule group : schedule.groups()) {
            md.append("## ").append(escape(group.groupName())).append("\n\n");
            md.append(slotLine(group, savedIn(cohort, group), language)).append("\n\n");
            var members = group.sessions().stream().flatMap(s -> s.members().stream()).map(MemberTime::participantId)
                    .distinct().toList();
            java.util.Map<String, java.time.LocalDate> leaveDates = cohort.groups().stream()
                    .filter(g -> g.id().equals(group.groupId())).findFirst()
                    .map(org.mentorkit.model.Group::leaveDates).orElse(java.util.Map.of());
            md.append("| ").append(l.get("table.number")).append(" | ").append(l.get("table.session")).append(" | ")
                    .append(l.get("table.format")).append(" | ").append(l.get("table.group_time")).append(" |");
            members.forEach(id -> md.append(' ').append(escape(name(people, id))).append(" |"));
            md.append("\n|---|---|---|---|");
            members.forEach(id -> md.append("---|"));
            md.append('\n');
            for (ScheduledSession s : group.sessions()) {
                md.append("| ").append(s.number()).append(" | ").append(escape(s.title()))
                        .append(s.adjustments().isEmpty() ? "" : " (" + escape(Adjustment.describe(s.adjustments(), language)) + ")")
                        .append(" | ")
                        .append(l.get(s.format() == SessionFormat.MENTOR_LED ? "format.mentor_led" : "format.peer_only"))
                        .append(" | ").append(when(l, formats, s.start())).append(" |");
                for (String id : members) {
                    var time = s.members().stream().filter(m -> m.participantId().equals(id)).findFirst();
                    md.append(' ').append(time.map(m -> when(l, formats, m.start()) + (m.withinAvailability() ? "" : " \u26a0"))
                            .orElse(l.get(absence(s, id, people, leaveDates)))).append(" |");
                }
                md.append('\n');
            }
            md.append('\n').append(l.get("local_times.heading")).append("\n\n");
            for (String id : members) {
                Participant p = people.get(id);
                md.append("- ").append(escape(name(people, id))).append(" (").append(p == null ? "" : p.timeZone())
                        .append("): ").append(LocalTimes.describe(LocalTimes.runs(group, id), language)).append('\n');
            }
            md.append('\n');
        }
        // The full list the command's console summary points to (it prints only the first few): the same lines, so
        // that one found on screen is found here; English and by participant id, like the notes.
        List<String> conflicts = schedule.availabilityConflicts();
        if (!conflicts.isEmpty()) {
            md.append("## ").append(l.get("conflicts.heading")).append(" (").append(conflicts.size()).append(")\n\n");
            conflicts.forEach(c -> md.append("- ").append(escape(c)).append('\n'));
            md.append('\n');
        }
        if (!schedule.notes().isEmpty()) {
            md.append("## ").append(l.get("notes.heading")).append("\n\n");
            schedule.notes().forEach(n -> md.append("- ").append(escape(n)).append('\n'));
        }
        return md.toString();
    }

    /** "martes, 12 de enero de 2027 17:00 America/New_York": a date and wall-clock time with its zone. */
    private static String when(Texts labels, LocalFormats formats, ZonedDateTime time) {
        return labels.format("when", "date", formats.fullDate(time.toLocalDate()), "time", formats.time(time.toLocalTime()),
                "zone", time.getZone().getId());
    }

    /**
     * Whether the slot proposed for {@code group} is the one {@code cohort} holds for it: the cohort given is then the
     * one {@code schedule --save} writes, with the proposed slots saved in this same run.
     */
    private static boolean savedIn(Cohort cohort, GroupSchedule group) {
        return group.slotProposed() && group.slot() != null && cohort.groups().stream()
                .anyMatch(g -> g.id().equals(group.groupId()) && g.meetingSlot().filter(group.slot()::equals).isPresent());
    }

    /**
     * "Meeting slot: Tuesday 5:00 PM America/New_York." with what the reader must know: that it is only proposed, or
     * which sessions an earlier slot still applies to.
     */
    static String slotLine(GroupSchedule group, boolean proposedSlotSaved, Language language) {
        Texts l = Labels.of(Labels.SCHEDULE, language);
        StringBuilder line = new StringBuilder(l.get("slot.label")).append(' ').append(describe(group.slot(), language));
        if (group.slotProposed()) {
            line.append(' ').append(l.get(proposedSlotSaved ? "slot.proposed_saved" : "slot.proposed"));
        }
        List<String> earlier = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        MeetingSlot slot = null;
        for (ScheduledSession session : group.sessions()) {
            if (slot != null && !slot.equals(session.slot())) {
                earlier.add(l.format("slot.earlier_item", "slot", describe(slot, language),
                        "sessions", LocalTimes.sessions(numbers, language)));
                numbers = new ArrayList<>();
            }
            slot = session.slot();
            numbers.add(session.number());
        }
        if (!earlier.isEmpty()) {
            line.append(' ').append(l.format("slot.current_for", "sessions", LocalTimes.sessions(numbers, language)))
                    .append("; ").append(l.format("slot.earlier", "slots", String.join("; ", earlier)));
        }
        return line.append('.').toString();
    }

    /** "Tuesday 5:00 PM America/New_York", "martes 17:00 America/New_York". */
    static String describe(MeetingSlot slot, Language language) {
        LocalFormats formats = LocalFormats.of(language);
        return Labels.of(Labels.SCHEDULE, language).format("slot.describe", "weekday", formats.weekday(slot.day()),
                "time", formats.time(slot.time()), "zone", slot.timeZone());
    }

    /** Why a member has no time for a session: not invited (a mentor at a peer-only session), left before it, or joined later. */
    private static String absence(ScheduledSession session, String id, Map<String, Participant> people,
            Map<String, java.time.LocalDate> leaveDates) {
        Participant p = people.get(id);
        if (session.format() == SessionFormat.PEER_ONLY && p != null && p.isMentor()) {
            return "absence.not_invited";
        }
        java.time.LocalDate left = leaveDates.get(id);
        // The session's date in the slot's zone, the date schedule judges leave dates on (start is in it).
        return left != null && !session.start().toLocalDate().isBefore(left) ? "absence.after_leaving"
                : "absence.before_joining";
    }

    /** The CSV overview (RFC 4180, header row, UTF-8). */
    static String csv(ProgramSchedule schedule, Cohort cohort) {
        Map<String, Participant> people = byId(cohort);
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader("group_id", "group_name", "session_number", "session_id",
                "session_title", "format", "reference_start", "reference_zone", "participant_id", "participant_name", "role",
                "local_date", "local_start", "local_end", "time_zone", "utc_offset", "within_availability", "adjustment",
                "sequence").get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (GroupSchedule g : schedule.groups()) {
                for (ScheduledSession s : g.sessions()) {
                    for (MemberTime m : s.members()) {
                        printer.printRecord(safe(g.groupId()), safe(g.groupName()), s.number(), safe(s.sessionId()),
                                safe(s.title()), s.format(), s.start().toLocalDateTime(), s.start().getZone().getId(),
                                safe(m.participantId()), safe(name(people, m.participantId())), m.role(),
                                m.start().toLocalDate(), TIME.format(m.start()), TIME.format(m.end()), m.start().getZone().getId(),
                                OFFSET.format(m.start()), m.withinAvailability(), safe(s.adjustment()), s.sequence());
                    }
                }
            }
        } catch (IOException e) {
            throw new ToolkitException(ErrorCode.IO, "could not write the schedule CSV: " + e.getMessage(), e);
        }
        return out.toString();
    }

    /** Prefixes text a spreadsheet would read as a formula with an apostrophe (OWASP CSV injection advice). */
    static String safe(String text) {
        return SpreadsheetCells.defuse(text);
    }

    private static String name(Map<String, Participant> people, String id) {
        Participant p = people.get(id);
        return p == null ? id : p.displayName();
    }

    private static Map<String, Participant> byId(Cohort cohort) {
        // Former members are listed in the sessions before they left, with their names and zones.
        return Scheduler.everyoneById(cohort);
    }
}
