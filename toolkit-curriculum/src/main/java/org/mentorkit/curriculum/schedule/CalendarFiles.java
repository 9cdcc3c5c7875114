package org.mentorkit.curriculum.schedule;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.mentorkit.curriculum.AgendaItem;
import org.mentorkit.curriculum.Curriculum;
import org.mentorkit.curriculum.Session;
import org.mentorkit.curriculum.internal.text.SessionReferences;
import org.mentorkit.curriculum.SessionFormat;
import org.mentorkit.curriculum.internal.IcsFolding;
import org.mentorkit.curriculum.internal.Labels;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.ErrorCode;
import org.mentorkit.model.Participant;
import org.mentorkit.model.ToolkitException;
import org.mentorkit.model.i18n.Language;
import org.mentorkit.model.i18n.Texts;

/**
 * iCalendar (RFC 5545) files of a schedule, written with ical4j: one VEVENT per session with a stable UID
 * ({@code program.group.session@mentorkit}, so re-importing updates rather than duplicates), a SEQUENCE that rises
 * when a recorded slot change moved the session (so clients update it in place), DTSTAMP, SUMMARY, a
 * DESCRIPTION holding the session guide's agenda and pre-work, ATTENDEE lines for members with an email, the
 * program's contact as ORGANIZER, and one VTIMEZONE per TZID used. Group files use the group's reference zone;
 * participant files use the participant's own zone, so the local time reads right even in a client that ignores
 * time zones. Lines are folded at 75 octets, never inside a UTF-8 sequence ({@link IcsFolding}).
 */
public final class CalendarFiles {

    private static final String PRODUCT = "-//mentorkit//mentorkit curriculum//EN";

    private CalendarFiles() {
    }

    /**
     * The calendar of one group with English labels, as {@link #groupCalendar(ProgramSchedule, GroupSchedule, Cohort,
     * Curriculum, Instant, Language)} gives it.
     *
     * @param schedule   the schedule, from {@link Scheduler#schedule}
     * @param group      one of its groups
     * @param cohort     the cohort scheduled, for names, emails and the program's contact
     * @param curriculum the curriculum scheduled, for each session's agenda and pre-work
     * @param stamp      the DTSTAMP of every event: when the calendars were generated
     * @return the iCalendar text, CRLF line ends, folded at 75 octets
     * @throws ToolkitException with {@link ErrorCode#CALENDAR_TIME_ZONE} if the calendar library lacks a zone used,
     *                          or {@link ErrorCode#CALENDAR} if the calendar cannot be written
     */
    public static String groupCalendar(ProgramSchedule schedule, GroupSchedule group, Cohort cohort, Curriculum curriculum,
            Instant stamp) {
        return groupCalendar(schedule, group, cohort, curriculum, stamp, Language.ENGLISH);
    }

    /**
     * The calendar of one group: all its sessions, in the group's reference zone, with summaries and descriptions
     * labelled in {@code language} (the session texts are the curriculum's, in its own language).
     *
     * @param schedule   the schedule, from {@link Scheduler#schedule}
     * @param group      one of its groups
     * @param cohort     the cohort scheduled, for names, emails and the program's contact
     * @param curriculum the curriculum scheduled, for each session's agenda and pre-work
     * @param stamp      the DTSTAMP of every event: when the calendars were generated
     * @param language   the language of the labels, dates and times
     * @return the iCalendar text, CRLF line ends, folded at 75 octets
     * @throws ToolkitException with {@link ErrorCode#CALENDAR_TIME_ZONE} if the calendar library lacks a zone used,
     *                          or {@link ErrorCode#CALENDAR} if the calendar cannot be written
     */
    public static String groupCalendar(ProgramSchedule schedule, GroupSchedule group, Cohort cohort, Curriculum curriculum,
            Instant stamp, Language language) {
        Context context = new Context(schedule, cohort, curriculum, stamp, language);
        Calendar calendar = newCalendar();
        Set<String> zones = new LinkedHashSet<>();
        for (ScheduledSession session : group.sessions()) {
            calendar.add(context.event(group, session, session.start().getZone()));
            zones.add(session.start().getZone().getId());
        }
        return output(addTimeZones(calendar, zones));
    }

    /**
     * The calendar of one participant with English labels, as {@link #participantCalendar(ProgramSchedule, String,
     * Cohort, Curriculum, Instant, Language)} gives it.
     *
     * @param schedule      the schedule, from {@link Scheduler#schedule}
     * @param participantId a participant of the cohort
     * @param cohort        the cohort scheduled
     * @param curriculum    the curriculum scheduled
     * @param stamp         the DTSTAMP of every event
     * @return the iCalendar text; a calendar without events when the participant attends no session
     * @throws IllegalArgumentException if the cohort has no participant with that id
     * @throws ToolkitException         with {@link ErrorCode#CALENDAR_TIME_ZONE} or {@link ErrorCode#CALENDAR} as for
     *                                  a group's calendar
     */
    public static String participantCalendar(ProgramSchedule schedule, String participantId, Cohort cohort, Curriculum curriculum,
            Instant stamp) {
        return participantCalendar(schedule, participantId, cohort, curriculum, stamp, Language.ENGLISH);
    }

    /**
     * The calendar of one participant: the sessions they attend, in every group, in their own zone, labelled in
     * {@code language}.
     *
     * @param schedule      the schedule, from {@link Scheduler#schedule}
     * @param participantId a participant of the cohort
     * @param cohort        the cohort scheduled, for the participant's time zone, names and emails
     * @param curriculum    the curriculum scheduled
     * @param stamp         the DTSTAMP of every event
     * @param language      the language of the labels, dates and times
     * @return the iCalendar text; a calendar without events when the participant attends no session
     * @throws IllegalArgumentException if the cohort has no participant with that id
     * @throws ToolkitException         with {@link ErrorCode#CALENDAR_TIME_ZONE} or {@link ErrorCode#CALENDAR} as for
     *                                  a group's calendar
     */
    public static String participantCalendar(ProgramSchedule schedule, String participantId, Cohort cohort, Curriculum curriculum,
            Instant stamp, Language language) {
        Context context = new Context(schedule, cohort, curriculum, stamp, language);
        Participant participant = cohort.participant(participantId)
                .orElseThrow(() -> new IllegalArgumentException("no participant " + participantId));
        ZoneId zone = ZoneId.of(participant.timeZone());
        Calendar calendar = newCalendar();
        for (GroupSchedule group : schedule.groups()) {
            for (ScheduledSession session : group.sessions()) {
                if (session.members().stream().anyMatch(m -> m.participantId().equals(participantId))) {
                    calendar.add(context.event(group, session, zone));
                }
            }
        }
        return output(addTimeZones(calendar, Set.of(zone.getId())));
    }

    private static Calendar newCalendar() {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        return calendar;
    }

    private static Calendar addTimeZones(Calendar calendar, Set<String> zoneIds) {
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        for (String zoneId : zoneIds) {
            TimeZone timeZone = registry.getTimeZone(zoneId);
            if (timeZone == null) {
                throw new ToolkitException(ErrorCode.CALENDAR_TIME_ZONE, "the calendar library has no VTIMEZONE definition for "
                        + zoneId + "; choose a canonical IANA zone id");
            }
            calendar.add(timeZone.getVTimeZone());
        }
        return calendar;
    }

    private static String output(Calendar calendar) {
        StringWriter writer = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, writer);
        } catch (IOException e) {
            throw new ToolkitException(ErrorCode.CALENDAR, "could not write the calendar: " + e.getMessage(), e);
        } catch (ValidationException e) {
            throw new ToolkitException(ErrorCode.CALENDAR, "the calendar did not pass iCalendar validation: " + e.getMessage(), e);
        }
        return IcsFolding.refold(writer.toString());
    }

    /**
     * Marks a wall-clock date-time with its TZID. The wall-clock time is computed by java.time (the JDK's tz data);
     * handing ical4j a ZonedDateTime instead lets it convert with its own bundled rules, which put São Paulo on
     * daylight-saving time in 2027, an hour off.
     */
    private static <P extends net.fortuna.ical4j.model.Property> P wallClock(P property, ZoneId zone) {
        property.add(new TzId(zone.getId()));
        return property;
    }

    /**
     * The UID of one session of one group, the same on every run, so that a calendar client updates the event when
     * the calendar is imported again. Characters outside {@code A-Za-z0-9._-} become {@code _}.
     *
     * @param programId the program's id
     * @param groupId   the group's id
     * @param sessionId the curriculum session's id
     * @return {@code program.group.session@mentorkit}
     */
    public static String uid(String programId, String groupId, String sessionId) {
        return (safe(programId) + "." + safe(groupId) + "." + safe(sessionId) + "@mentorkit");
    }

    /** An id as it appears in a UID: characters other than letters, digits, '.', '_' and '-' become '_'. */
    static String safe(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** Text for a parameter value (CN): RFC 5545 cannot escape a double quote there, and line breaks are not allowed. */
    static String parameterText(String text) {
        return text.replace('"', '\'').replaceAll("[\\p{Cntrl}]", " ").strip();
    }

    private static final class Context {
        private final ProgramSchedule schedule;
        private final Cohort cohort;
        private final Map<String, Session> sessions;
        private final Map<String, Participant> participants;
        private final int sessionCount;
        private final Instant stamp;
        private final Language language;
        private final Texts labels;

        Context(ProgramSchedule schedule, Cohort cohort, Curriculum curriculum, Instant stamp, Language language) {
            this.schedule = schedule;
            this.cohort = cohort;
            // "session N" in a session's texts is worked out from the curriculum's order ({session:id} references).
            this.sessions = curriculum.sessions().stream().map(s -> SessionReferences.resolved(s, curriculum))
                    .collect(Collectors.toMap(Session::id, Function.identity()));
            // Former members are still attendees of the sessions before they left.
            this.participants = Scheduler.everyoneById(cohort);
            this.sessionCount = curriculum.sessions().size();
            this.stamp = stamp;
            this.language = language;
            this.labels = Labels.of(Labels.CALENDAR, language);
        }

        VEvent event(GroupSchedule group, ScheduledSession session, ZoneId zone) {
            ZonedDateTime start = session.start().withZoneSameInstant(zone);
            ZonedDateTime end = session.end().withZoneSameInstant(zone);
            String summary = labels.format(session.format() == SessionFormat.PEER_ONLY ? "summary.peer_only"
                    : "summary.mentor_led", "program", schedule.programName(), "number", session.number(), "title", session.title());
            VEvent event = new VEvent();
            event.add(wallClock(new DtStart<>(start.toLocalDateTime()), zone));
            event.add(wallClock(new DtEnd<>(end.toLocalDateTime()), zone));
            event.add(withLanguage(new Summary(summary)));
            event.add(new Uid(uid(schedule.programId(), group.groupId(), session.sessionId())));
            event.add(new Sequence(session.sequence()));
            event.replace(new DtStamp(stamp)); // the constructor stamps "now"; a given stamp keeps files reproducible
            event.add(withLanguage(new Description(description(group, session))));
            String contact = cohort.program().contactEmail();
            if (!contact.isBlank()) {
                event.add(new Organizer(URI.create("mailto:" + contact)).add(new Cn(parameterText(schedule.programName()))));
            }
            // Mentors first, then by participant id: an order that does not depend on how the group lists its members
            // now, so that a session that has happened stays the same bytes when a member has left the group since.
            List<MemberTime> attendees = session.members().stream().sorted(java.util.Comparator
                    .comparing((MemberTime m) -> m.role() != org.mentorkit.model.Role.MENTOR)
                    .thenComparing(MemberTime::participantId)).toList();
            for (MemberTime member : attendees) {
                Participant p = participants.get(member.participantId());
                if (p == null || p.email().isBlank()) {
                    continue;
                }
                boolean chair = p.isMentor() && session.format() == SessionFormat.MENTOR_LED;
                event.add(new Attendee(URI.create("mailto:" + p.email()))
                        .add(chair ? Role.CHAIR : Role.REQ_PARTICIPANT)
                        .add(new Cn(parameterText(p.displayName()))));
            }
            return event;
        }

        /**
         * LANGUAGE (RFC 5545 section 3.2.10) on SUMMARY and DESCRIPTION, which the RFC lists among the properties
         * that may carry it: the language of the labels, so that a client can choose a spell checker or a voice.
         */
        private <P extends net.fortuna.ical4j.model.Property> P withLanguage(P property) {
            property.add(new net.fortuna.ical4j.model.parameter.Language(language.tag()));
            return property;
        }

        private String description(GroupSchedule group, ScheduledSession scheduled) {
            Session session = Optional.ofNullable(sessions.get(scheduled.sessionId())).orElseThrow();
            StringBuilder text = new StringBuilder();
            text.append(labels.format("description.heading", "number", scheduled.number(), "count", sessionCount,
                    "title", session.title())).append('\n');
            text.append(labels.format(session.format() == SessionFormat.MENTOR_LED ? "description.mentor_led"
                    : "description.peer_only", "minutes", session.durationMinutes(), "group", group.groupName())).append('\n');
            if (!scheduled.adjustments().isEmpty()) {
                text.append(labels.format("description.note", "text", Adjustment.describe(scheduled.adjustments(), language)))
                        .append('\n');
            }
            appendList(text, "description.objectives", session.objectives());
            text.append('\n').append(labels.get("description.agenda")).append('\n');
            for (AgendaItem item : session.agenda()) {
                text.append(labels.format("description.agenda_item", "minutes", item.minutes(), "title", item.title()))
                        .append('\n');
            }
            appendList(text, "description.pre_work", session.preWork());
            return text.toString().strip();
        }

        private void appendList(StringBuilder text, String heading, List<String> items) {
            if (items.isEmpty()) {
                return;
            }
            text.append('\n').append(labels.get(heading)).append('\n');
            items.forEach(item -> text.append("- ").append(item).append('\n'));
        }
    }
}
