package org.mentorkit.export.internal;

import java.time.DayOfWeek;
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
import org.mentorkit.curriculum.internal.text.LocalTimes;
import org.mentorkit.curriculum.schedule.MemberTime;
import org.mentorkit.curriculum.schedule.ProgramSchedule;
import org.mentorkit.curriculum.schedule.ScheduledSession;
import org.mentorkit.model.MeetingSlot;
import org.mentorkit.curriculum.AgendaItem;
import org.mentorkit.curriculum.Curriculum;
import org.mentorkit.curriculum.Resource;
import org.mentorkit.curriculum.Session;
import org.mentorkit.curriculum.SessionDates;
import org.mentorkit.curriculum.internal.text.SessionReferences;
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

    private TemplateData() {
    }

    /** Variables about the program, the society and the curriculum: available in every template. */
    public static Map<String, Object> program(Program program, Branding branding, Curriculum curriculum, PacketTexts texts) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("needsReview", texts.needsReview());
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
        data.put("startDate", texts.fullDate(program.startDate()));
        LocalDate end = program.startDate().plusMonths(program.lengthMonths());
        data.put("endMonth", texts.month(end.minusDays(1)));
        data.put("startMonth", texts.month(program.startDate()));
        data.put("lengthMonths", String.valueOf(program.lengthMonths()));
        data.put("cadence", cadenceText(program, texts));
        // The curriculum's longest session, the length the slots and calendars use (the CLI refuses a program whose
        // cadence.sessionMinutes differs, see SessionLengths), so the packet never prints two lengths.
        int longest = org.mentorkit.curriculum.SessionLengths.longest(curriculum);
        data.put("sessionMinutes", String.valueOf(longest > 0 ? longest : program.cadence().sessionMinutes()));
        data.put("deliveryMode", switch (program.deliveryMode()) {
            case VIRTUAL -> texts.label("delivery.virtual");
            case IN_PERSON -> texts.label("delivery.in_person");
            case HYBRID -> texts.label("delivery.hybrid");
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
        data.put("sessions", sessionList(program, resolved, dates, texts));
        data.put("timeline", timeline(program, resolved, dates, texts));
        data.put("generatedOn", texts.fullDate(LocalDate.now()));
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

    /**
     * The program's rhythm without a weekday: every group meets on its own slot's weekday and time (the slot's weekday
     * replaces {@code cadence.dayOfWeek}, docs/scheduling.md), so a program-wide text naming the cadence's weekday
     * would be wrong for most groups.
     */
    private static String cadenceText(Program program, PacketTexts texts) {
        var cadence = program.cadence();
        return switch (cadence.kind()) {
            case MONTHLY_BY_WEEKDAY -> texts.label("cadence.groups.monthly", "week", week(cadence.weekOfMonth()));
            case EVERY_N_WEEKS -> cadence.interval() == 1 ? texts.label("cadence.groups.weekly")
                    : texts.label("cadence.groups.every_n_weeks", "interval", cadence.interval());
        };
    }

    /** One group's rhythm on its own slot's weekday: "the last Wednesday of each month", "every 2 weeks on Wednesday". */
    static String cadenceOn(Program program, DayOfWeek slotDay, PacketTexts texts) {
        var cadence = program.cadence();
        String day = texts.formats().weekday(slotDay);
        return switch (cadence.kind()) {
            case MONTHLY_BY_WEEKDAY -> texts.label("cadence.monthly", "week", week(cadence.weekOfMonth()), "day", day);
            case EVERY_N_WEEKS -> cadence.interval() == 1 ? texts.label("cadence.weekly", "day", day)
                    : texts.label("cadence.every_n_weeks", "interval", cadence.interval(), "day", day);
        };
    }

    /** "week" is 1 to 5, or "last" for the last week of the month; each language words its own ordinals. */
    private static String week(int weekOfMonth) {
        return weekOfMonth < 0 ? "last" : String.valueOf(weekOfMonth);
    }

    private static List<Map<String, Object>> sessionList(Program program, List<Session> sessions, List<LocalDate> dates,
            PacketTexts texts) {
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
            m.put("formatLabel", texts.label(mentorLed ? "format.mentor_led" : "format.peer_only"));
            m.put("minutes", String.valueOf(s.durationMinutes() > 0 ? s.durationMinutes() : program.cadence().sessionMinutes()));
            m.put("month", texts.month(dates.get(i)));
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

    private static List<Map<String, Object>> timeline(Program program, List<Session> sessions, List<LocalDate> dates,
            PacketTexts texts) {
        List<Map<String, Object>> rows = new ArrayList<>();
        LocalDate start = program.startDate();
        rows.add(row(texts.month(start.minusMonths(3)), texts.label("timeline.call")));
        rows.add(row(texts.month(start.minusMonths(2)), texts.label("timeline.close")));
        rows.add(row(texts.month(start.minusMonths(1)), texts.label("timeline.formed")));
        for (int i = 0; i < sessions.size(); i++) {
            Session s = sessions.get(i);
            String format = texts.label(s.format() == SessionFormat.MENTOR_LED ? "format.mentor_led" : "format.peer_only");
            rows.add(row(texts.month(dates.get(i)), texts.label("timeline.session", "number", i + 1, "title", s.title(),
                    "formatLabel", format)));
        }
        LocalDate end = start.plusMonths(program.lengthMonths());
        rows.add(row(texts.month(end.minusDays(1)), texts.label("timeline.post")));
        rows.add(row(texts.month(end.plusMonths(1)), texts.label("timeline.report")));
        return rows;
    }

    private static Map<String, Object> row(String when, String what) {
        return Map.of("when", when, "what", what);
    }

    static List<Map<String, Object>> texts(List<String> texts) {
        return texts.stream().map(t -> Map.<String, Object>of("text", t)).toList();
    }

    /** Variables about a cohort and its groups: {@code hasCohort}, counts and {@code groups} with members. */
    public static Map<String, Object> cohort(Cohort cohort, Optional<ProgramSchedule> schedule, PacketTexts texts) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("hasCohort", true);
        data.put("menteeCount", String.valueOf(cohort.mentees().size()));
        data.put("mentorCount", String.valueOf(cohort.mentors().size()));
        data.put("groupCount", String.valueOf(cohort.groups().size()));
        data.put("hasGroups", schedule.isPresent() && !schedule.get().groups().isEmpty());
        data.put("groups", schedule.map(s -> s.groups().stream().map(g -> group(cohort, g, texts)).toList()).orElse(List.of()));
        return data;
    }

    /** The group's name, regular slot and members with their local time of every session. */
    static Map<String, Object> group(Cohort cohort, GroupSchedule group, PacketTexts texts) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("groupName", group.groupName());
        m.put("groupId", group.groupId());
        MeetingSlot s = group.slot();
        m.put("hasSlot", true);
        // The slot line states the program's real rhythm on the group's weekday ("every 2 weeks on Wednesday"), never
        // a frequency the program does not have; "day" stays an argument for labels a society has overridden.
        String slot = texts.label("slot", "cadence", cadenceOn(cohort.program(), s.day(), texts),
                "day", texts.formats().weekday(s.day()), "time", texts.formats().time(s.time()),
                "zone", s.timeZone(), "minutes", s.durationMinutes());
        m.put("slot", group.slotProposed() ? texts.label("slot.proposed", "slot", slot) : slot);
        List<Map<String, Object>> members = new ArrayList<>();
        List<String> ids = group.sessions().stream().flatMap(x -> x.members().stream()).map(MemberTime::participantId)
                .distinct().toList();
        // The roster is who is in the group now: former members (who withdrew or moved on) stay in the calendars and
        // schedule.md rows of the sessions they attended, but their contact details are not handed to the group.
        List<String> current = cohort.groups().stream().filter(g -> g.id().equals(group.groupId())).findFirst()
                .map(org.mentorkit.model.Group::memberIds).orElse(ids);
        for (String id : ids) {
            Optional<Participant> p = cohort.participant(id);
            if (p.isEmpty() || !current.contains(id)) {
                continue;
            }
            Map<String, Object> member = new LinkedHashMap<>();
            member.put("name", p.get().displayName());
            member.put("role", texts.label(p.get().isMentor() ? "role.mentor" : "role.mentee"));
            member.put("email", p.get().email());
            member.put("timeZone", p.get().timeZone());
            member.put("localTime", LocalTimes.describe(LocalTimes.runs(group, id), texts.language()));
            members.add(member);
        }
        m.put("members", members);
        return m;
    }

    /**
     * The group's sessions as one member sees them, in their zone: number, title, date and time there, who meets (or
     * why they are not there), and the shift where a clock change or a slot change moves their time.
     */
    static List<Map<String, Object>> sessionsOf(GroupSchedule group, Participant participant, PacketTexts texts) {
        ZoneId zone = participant.zone();
        List<Map<String, Object>> rows = new ArrayList<>();
        ZonedDateTime previous = null;
        for (ScheduledSession session : group.sessions()) {
            ZonedDateTime local = session.start().withZoneSameInstant(zone);
            boolean attends = session.members().stream().anyMatch(m -> m.participantId().equals(participant.id()));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("number", String.valueOf(session.number()));
            row.put("title", session.title());
            String when = texts.label("when", "date", texts.fullDate(local.toLocalDate()), "time",
                    texts.formats().time(local.toLocalTime()));
            if (attends && previous != null && !previous.toLocalTime().equals(local.toLocalTime())) {
                int minutes = (local.getHour() * 60 + local.getMinute()) - (previous.getHour() * 60 + previous.getMinute());
                minutes = Math.floorMod(minutes + 12 * 60, 24 * 60) - 12 * 60;
                when = texts.label("when.shift", "when", when, "direction", minutes < 0 ? "earlier" : "later",
                        "duration", duration(Math.abs(minutes), texts));
            }
            row.put("when", when);
            boolean mentorFree = session.format() == SessionFormat.PEER_ONLY && participant.isMentor();
            row.put("formatLabel", texts.label(!attends && !mentorFree ? "format.before_joined"
                    : session.format() == SessionFormat.MENTOR_LED ? "format.mentor_led" : "format.peer_only"));
            if (attends) {
                previous = local;
            }
            rows.add(row);
        }
        return rows;
    }

    /** "2 hours", "1 hour 30 minutes" in the packet's language (a shift is less than a day). */
    private static String duration(int minutes, PacketTexts texts) {
        List<String> parts = new ArrayList<>();
        if (minutes / 60 > 0) {
            parts.add(texts.label("duration.hours", "hours", minutes / 60));
        }
        if (minutes % 60 > 0) {
            parts.add(texts.label("duration.minutes", "minutes", minutes % 60));
        }
        return String.join(" ", parts);
    }
}
