package org.mentorkit.export.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mentorkit.curriculum.schedule.GroupSchedule;
import org.mentorkit.curriculum.schedule.LocalTimes;
import org.mentorkit.curriculum.schedule.MemberTime;
import org.mentorkit.curriculum.schedule.ProgramSchedule;
import org.mentorkit.curriculum.schedule.ScheduledSession;
import org.mentorkit.model.MeetingSlot;
import org.mentorkit.curriculum.AgendaItem;
import org.mentorkit.curriculum.Curriculum;
import org.mentorkit.curriculum.Resource;
import org.mentorkit.curriculum.Session;
import org.mentorkit.curriculum.SessionDates;
import org.mentorkit.curriculum.SessionReferences;
import org.mentorkit.curriculum.SessionFormat;
import org.mentorkit.export.Branding;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Program;

/**
 * The variables templates can use, as plain maps and lists (see docs/packet.md for the list). Every value is a
 * String, a Boolean or a list of maps; texts are raw here and escaped for Markdown when a template prints them.
 */
public final class TemplateData {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private TemplateData() {
    }

    /** Variables about the program, the society and the curriculum: available in every template. */
    public static Map<String, Object> program(Program program, Branding branding, Curriculum curriculum) {
        Map<String, Object> data = new LinkedHashMap<>();
        String society = branding.societyName().isBlank() ? program.society() : branding.societyName();
        data.put("society", society);
        data.put("programName", program.name());
        data.put("programId", program.id());
        data.put("programDescription", program.description());
        data.put("hasDescription", !program.description().isBlank());
        data.put("contactEmail", program.contactEmail());
        data.put("hasContactEmail", !program.contactEmail().isBlank());
        data.put("contactLines", branding.contact().stream().map(line -> Map.<String, Object>of("line", line)).toList());
        data.put("hasContactLines", !branding.contact().isEmpty());
        data.put("hasLogo", branding.logo().isPresent());
        data.put("logoFile", branding.logo().map(p -> "logo" + extension(p.getFileName().toString())).orElse(""));
        data.put("startDate", DATE.format(program.startDate()));
        LocalDate end = program.startDate().plusMonths(program.lengthMonths());
        data.put("endMonth", MONTH.format(end.minusDays(1)));
        data.put("startMonth", MONTH.format(program.startDate()));
        data.put("lengthMonths", String.valueOf(program.lengthMonths()));
        data.put("cadence", cadenceText(program));
        data.put("sessionMinutes", String.valueOf(program.cadence().sessionMinutes()));
        data.put("deliveryMode", switch (program.deliveryMode()) {
            case VIRTUAL -> "virtual (video calls)";
            case IN_PERSON -> "in person";
            case HYBRID -> "hybrid (in person and video calls)";
        });
        data.put("virtual", program.deliveryMode() != org.mentorkit.model.DeliveryMode.IN_PERSON);
        data.put("minMentees", String.valueOf(program.groupPolicy().minMentees()));
        data.put("maxMentees", String.valueOf(program.groupPolicy().maxMentees()));
        data.put("mentorsPerGroup", String.valueOf(program.groupPolicy().mentorsPerGroup()));
        data.put("oneMentorPerGroup", program.groupPolicy().mentorsPerGroup() == 1);
        List<Session> sessions = curriculum.sessions();
        data.put("curriculumTitle", curriculum.title());
        data.put("sessionCount", String.valueOf(sessions.size()));
        data.put("mentorLedCount", String.valueOf(sessions.stream().filter(s -> s.format() == SessionFormat.MENTOR_LED).count()));
        data.put("peerOnlyCount", String.valueOf(sessions.stream().filter(s -> s.format() == SessionFormat.PEER_ONLY).count()));
        // Dates and "session N" come from the schedule and the curriculum's order, never from stored text.
        List<LocalDate> dates = SessionDates.of(program, curriculum, "curriculum '" + curriculum.id() + "'");
        List<Session> resolved = sessions.stream().map(s -> SessionReferences.resolved(s, curriculum)).toList();
        data.put("sessions", sessionList(program, resolved, dates));
        data.put("timeline", timeline(program, resolved, dates));
        data.put("generatedOn", DATE.format(LocalDate.now()));
        return data;
    }

    /** A copy of {@code base} with more variables. */
    public static Map<String, Object> with(Map<String, Object> base, Map<String, Object> more) {
        Map<String, Object> data = new LinkedHashMap<>(base);
        data.putAll(more);
        return data;
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot).toLowerCase(Locale.ROOT);
    }

    private static String cadenceText(Program program) {
        var cadence = program.cadence();
        String day = titleCase(cadence.dayOfWeek().name());
        return switch (cadence.kind()) {
            case MONTHLY_BY_WEEKDAY -> (cadence.weekOfMonth() < 0 ? "the last " : "the " + ordinal(cadence.weekOfMonth()) + " ")
                    + day + " of each month";
            case EVERY_N_WEEKS -> cadence.interval() == 1 ? "every " + day : "every " + cadence.interval() + " weeks on " + day;
        };
    }

    private static List<Map<String, Object>> sessionList(Program program, List<Session> sessions, List<LocalDate> dates) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            Session s = sessions.get(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("number", String.valueOf(i + 1));
            m.put("sessionId", s.id());
            m.put("title", s.title());
            boolean mentorLed = s.format() == SessionFormat.MENTOR_LED;
            m.put("mentorLed", mentorLed);
            m.put("peerOnly", !mentorLed);
            m.put("formatLabel", mentorLed ? "with the mentor" : "peers only");
            m.put("minutes", String.valueOf(s.durationMinutes() > 0 ? s.durationMinutes() : program.cadence().sessionMinutes()));
            m.put("month", MONTH.format(dates.get(i)));
            m.put("objectives", texts(s.objectives()));
            m.put("hasObjectives", !s.objectives().isEmpty());
            m.put("agenda", agenda(s.agenda()));
            m.put("hasAgenda", !s.agenda().isEmpty());
            m.put("prompts", texts(s.prompts()));
            m.put("hasPrompts", !s.prompts().isEmpty());
            m.put("preWork", texts(s.preWork()));
            m.put("hasPreWork", !s.preWork().isEmpty());
            m.put("activities", texts(s.activities()));
            m.put("hasActivities", !s.activities().isEmpty());
            m.put("facilitatorNotes", texts(s.facilitatorNotes()));
            m.put("hasFacilitatorNotes", !s.facilitatorNotes().isEmpty());
            m.put("resources", s.resources().stream().map(TemplateData::resource).toList());
            m.put("hasResources", !s.resources().isEmpty());
            list.add(m);
        }
        return list;
    }

    private static List<Map<String, Object>> agenda(List<AgendaItem> items) {
        List<Map<String, Object>> list = new ArrayList<>();
        int at = 0;
        for (AgendaItem item : items) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("from", String.valueOf(at));
            at += item.minutes();
            m.put("to", String.valueOf(at));
            m.put("minutes", String.valueOf(item.minutes()));
            m.put("title", item.title());
            m.put("details", item.details());
            m.put("hasDetails", !item.details().isBlank());
            list.add(m);
        }
        return list;
    }

    private static Map<String, Object> resource(Resource r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", r.title());
        m.put("url", r.url());
        m.put("hasUrl", !r.url().isBlank());
        m.put("citation", r.citation());
        m.put("hasCitation", !r.citation().isBlank());
        m.put("description", r.description());
        m.put("hasDescription", !r.description().isBlank());
        m.put("free", r.free());
        return m;
    }

    private static List<Map<String, Object>> timeline(Program program, List<Session> sessions, List<LocalDate> dates) {
        List<Map<String, Object>> rows = new ArrayList<>();
        LocalDate start = program.startDate();
        rows.add(row(MONTH.format(start.minusMonths(3)), "Call for participation published; applications open"));
        rows.add(row(MONTH.format(start.minusMonths(2)), "Applications close; applicants confirmed"));
        rows.add(row(MONTH.format(start.minusMonths(1)), "Groups formed and meeting times agreed; pre-program survey sent"));
        for (int i = 0; i < sessions.size(); i++) {
            Session s = sessions.get(i);
            rows.add(row(MONTH.format(dates.get(i)), "Session " + (i + 1) + ": " + s.title()
                    + (s.format() == SessionFormat.MENTOR_LED ? " (with the mentor)" : " (peers only)")));
        }
        LocalDate end = start.plusMonths(program.lengthMonths());
        rows.add(row(MONTH.format(end.minusDays(1)), "Post-program survey sent; closing of the program"));
        rows.add(row(MONTH.format(end.plusMonths(1)), "Evaluation report shared with the committee"));
        return rows;
    }

    private static Map<String, Object> row(String when, String what) {
        return Map.of("when", when, "what", what);
    }

    static List<Map<String, Object>> texts(List<String> texts) {
        return texts.stream().map(t -> Map.<String, Object>of("text", t)).toList();
    }

    /** Variables about a cohort and its groups: {@code hasCohort}, counts and {@code groups} with members. */
    public static Map<String, Object> cohort(Cohort cohort, Optional<ProgramSchedule> schedule) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("hasCohort", true);
        data.put("menteeCount", String.valueOf(cohort.mentees().size()));
        data.put("mentorCount", String.valueOf(cohort.mentors().size()));
        data.put("groupCount", String.valueOf(cohort.groups().size()));
        data.put("hasGroups", schedule.isPresent() && !schedule.get().groups().isEmpty());
        data.put("groups", schedule.map(s -> s.groups().stream().map(g -> group(cohort, g)).toList()).orElse(List.of()));
        return data;
    }

    /** The group's name, regular slot and members with their local time of every session. */
    static Map<String, Object> group(Cohort cohort, GroupSchedule group) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("groupName", group.groupName());
        m.put("groupId", group.groupId());
        MeetingSlot s = group.slot();
        m.put("hasSlot", true);
        m.put("slot", titleCase(s.day().name()) + "s at " + TIME.format(s.time()) + " " + s.timeZone() + ", "
                + s.durationMinutes() + " minutes" + (group.slotProposed() ? " (proposed from the members' availability)" : ""));
        List<Map<String, Object>> members = new ArrayList<>();
        List<String> ids = group.sessions().stream().flatMap(x -> x.members().stream()).map(MemberTime::participantId)
                .distinct().toList();
        for (String id : ids) {
            Optional<Participant> p = cohort.participant(id);
            if (p.isEmpty()) {
                continue;
            }
            Map<String, Object> member = new LinkedHashMap<>();
            member.put("name", p.get().displayName());
            member.put("role", p.get().isMentor() ? "Mentor" : "Mentee");
            member.put("email", p.get().email());
            member.put("timeZone", p.get().timeZone());
            member.put("localTime", LocalTimes.describe(LocalTimes.runs(group, id)));
            members.add(member);
        }
        m.put("members", members);
        return m;
    }

    /**
     * The group's sessions as one member sees them, in their zone: number, title, date and time there, who meets (or
     * why they are not there), and the shift where a clock change or a slot change moves their time.
     */
    static List<Map<String, Object>> sessionsOf(GroupSchedule group, Participant participant) {
        ZoneId zone = participant.zone();
        List<Map<String, Object>> rows = new ArrayList<>();
        ZonedDateTime previous = null;
        for (ScheduledSession session : group.sessions()) {
            ZonedDateTime local = session.start().withZoneSameInstant(zone);
            boolean attends = session.members().stream().anyMatch(m -> m.participantId().equals(participant.id()));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("number", String.valueOf(session.number()));
            row.put("title", session.title());
            String when = SHORT_DATE.format(local) + ", " + TIME.format(local);
            if (attends && previous != null && !previous.toLocalTime().equals(local.toLocalTime())) {
                int minutes = (local.getHour() * 60 + local.getMinute()) - (previous.getHour() * 60 + previous.getMinute());
                minutes = Math.floorMod(minutes + 12 * 60, 24 * 60) - 12 * 60;
                when += " (" + LocalTimes.shift(minutes) + " than before)";
            }
            row.put("when", when);
            boolean mentorFree = session.format() == SessionFormat.PEER_ONLY && participant.isMentor();
            row.put("formatLabel", !attends && !mentorFree ? "before you joined"
                    : session.format() == SessionFormat.MENTOR_LED ? "with the mentor" : "peers only");
            if (attends) {
                previous = local;
            }
            rows.add(row);
        }
        return rows;
    }

    static String titleCase(String upper) {
        return upper.charAt(0) + upper.substring(1).toLowerCase(Locale.ROOT);
    }

    private static String ordinal(int n) {
        return switch (n) {
            case 1 -> "first";
            case 2 -> "second";
            case 3 -> "third";
            case 4 -> "fourth";
            default -> n + "th";
        };
    }
}
