package org.mentorkit.followup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.mentorkit.curriculum.schedule.CalendarFiles;
import org.mentorkit.followup.internal.FileNames;
import org.mentorkit.followup.internal.IcsRequest;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Group;
import org.mentorkit.model.MeetingSlot;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Problem;
import org.mentorkit.model.i18n.Language;
import org.mentorkit.model.i18n.LocalFormats;
import org.mentorkit.model.i18n.Texts;

/**
 * Invitation messages: one per group member, with the member's own sessions attached as a {@code text/calendar}
 * invitation ({@code METHOD:REQUEST}); a mentor who leads two groups gets one message with both groups' sessions. The events are those of the member's calendar that {@code mentorkit schedule}
 * wrote ({@code participant-<id>.ics}), with the same UIDs, so an update sent later replaces the events in the
 * member's calendar instead of adding copies.
 */
public final class Invitations {

    private Invitations() {
    }

    /**
     * The invitations of every member of every group, in group order (mentors first), read from the schedule folder.
     * Members without an email address get no message and are listed in {@link MessageBatch#withoutEmail()}.
     *
     * @param cohort      the cohort, with its groups formed
     * @param scheduleDir the folder the scheduler wrote the members' {@code participant-<id>.ics} calendars into
     * @param templates   the templates; {@code invitation.md} is used
     * @param from        the sender (the program's contact), also the {@code {{contact}}} of the template
     * @return the messages, each with the member's calendar as a {@code METHOD:REQUEST} part
     * @throws InvalidInputException when the folder is not a folder or the cohort has no groups; else naming every
     *                               member whose calendar is missing, unreadable or not of this cohort's program and
     *                               group, a group whose sessions in the calendars are not at the slot its group
     *                               holds for their date (a schedule made from other slots; once per group), a
     *                               calendar without an organizer (an invitation needs one), two ids sharing
     *                               one calendar file name, and a template variable that is not one of the message's
     */
    public static MessageBatch build(Cohort cohort, Path scheduleDir, MailTemplates templates, MailAddress from) {
        if (!Files.isDirectory(scheduleDir)) {
            throw new InvalidInputException("the schedule folder " + scheduleDir, "is not a folder; expected the folder"
                    + " 'mentorkit schedule' wrote the calendars into");
        }
        if (cohort.groups().isEmpty()) {
            throw new InvalidInputException("the cohort", "has no groups; form them with 'mentorkit match' and schedule"
                    + " them with 'mentorkit schedule' first");
        }
        Map<String, String> calendarNames = calendarFileNames(cohort);
        Language language = Language.of(cohort.program().language());
        Texts texts = MailTemplates.texts(language);
        LocalFormats formats = LocalFormats.of(language);
        List<Problem> problems = new ArrayList<>();
        List<MailMessage> messages = new ArrayList<>();
        List<String> withoutEmail = new ArrayList<>();
        java.util.Set<String> staleGroups = new java.util.HashSet<>();
        FileNames names = new FileNames();
        for (Map.Entry<String, List<Group>> entry : groupsOfMembers(cohort).entrySet()) {
            String memberId = entry.getKey();
            List<Group> groups = entry.getValue();
            Participant member = cohort.participant(memberId).orElseThrow();
            Path file = scheduleDir.resolve(calendarNames.get(memberId));
            if (!Files.isRegularFile(file)) {
                problems.add(new Problem(file.toString(), "missing: the calendar of participant '" + memberId
                        + "'; run 'mentorkit schedule' for this cohort into " + scheduleDir));
                continue;
            }
            // A mentor who leads two groups has both groups' sessions in one calendar: each must be of one of them.
            List<String> uidPrefixes = groups.stream().map(g -> uidPrefix(cohort, g)).toList();
            IcsRequest request;
            try {
                request = IcsRequest.of(Files.readString(file, StandardCharsets.UTF_8), file.toString(), uidPrefixes,
                        member.zone());
            } catch (IOException e) {
                problems.add(new Problem(file.toString(), "cannot read: " + e.getMessage()));
                continue;
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
                continue;
            }
            // A schedule folder made from other slots (the groups file's slot changed since, by re-forming or by
            // hand) would send sessions at times the groups file no longer says: refused, once per group.
            for (Group group : groups) {
                if (staleGroups.contains(group.id())) {
                    continue;
                }
                String prefix = uidPrefix(cohort, group);
                for (IcsRequest.Event event : request.events()) {
                    Optional<String> problem = event.uid().startsWith(prefix)
                            ? slotDisagreement(group, event.start()) : Optional.empty();
                    if (problem.isPresent()) {
                        staleGroups.add(group.id());
                        problems.add(new Problem(file + " (event " + event.number() + ", UID " + event.uid() + ")",
                                problem.get() + "; the schedule folder " + scheduleDir + " was made from another slot:"
                                + " run 'mentorkit schedule' again for this groups file"));
                        break;
                    }
                }
            }
            if (member.email().isBlank()) {
                withoutEmail.add(memberId);
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            values.put("name", member.displayName());
            values.put("program", cohort.program().name());
            values.put("group", names(groups, texts));
            values.put("sessionCount", formats.integer(request.sessions().size()));
            values.put("sessions", String.join("\n", request.sessions().stream().map(s -> line(s, texts, formats)).toList()));
            values.put("timeZone", member.timeZone());
            values.put("contact", from.email());
            MailTemplates.Filled filled = templates.fill("invitation.md", values, language);
            messages.add(new MailMessage(names.unique("invitation-" + memberId), memberId,
                    new MailAddress(member.email(), member.displayName()), from, filled.subject(), filled.body(),
                    request.calendar()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new MessageBatch(messages, withoutEmail, List.of());
    }

    /** What the UID of each of the group's sessions starts with ({@code program.group.}). */
    private static String uidPrefix(Cohort cohort, Group group) {
        return CalendarFiles.uid(cohort.program().id(), group.id(), "").replace("@mentorkit", "");
    }

    /**
     * Why a session starting at {@code start} is not at the group's slot for its date (the slot in force then, in the
     * slot's zone: weekday and time, or the time a clock change moves a missing time to); empty when it is, when the
     * group has no saved slot, or when the start has no zone to judge it by.
     */
    static Optional<String> slotDisagreement(Group group, ZonedDateTime start) {
        if (start == null || group.meetingSlot().isEmpty()) {
            return Optional.empty();
        }
        ZoneId currentZone = zone(group.meetingSlot().get());
        if (currentZone == null) {
            return Optional.empty();
        }
        Optional<MeetingSlot> slot = group.slotOn(start.withZoneSameInstant(currentZone).toLocalDate());
        ZoneId zone = slot.map(Invitations::zone).orElse(null);
        if (zone == null) {
            return Optional.empty();
        }
        ZonedDateTime local = start.withZoneSameInstant(zone);
        MeetingSlot s = slot.get();
        boolean agrees = local.getDayOfWeek() == s.day()
                && ZonedDateTime.of(local.toLocalDate(), s.time(), zone).toInstant().equals(start.toInstant());
        if (agrees) {
            return Optional.empty();
        }
        return Optional.of("group " + group.id() + "'s slot in the groups file is " + s.day() + " " + s.time() + " "
                + s.timeZone() + ", but this calendar's session starts " + local.getDayOfWeek() + " "
                + local.toLocalDate() + " " + local.toLocalTime() + " " + s.timeZone()
                + (start.getZone().equals(zone) ? "" : " (" + start.toLocalDateTime().toLocalTime() + " "
                        + start.getZone().getId() + " in the calendar)"));
    }

    private static ZoneId zone(MeetingSlot slot) {
        try {
            return ZoneId.of(slot.timeZone());
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /**
     * Each member once, with every group they are in (a mentor may lead more than one), in group order: the order of
     * the messages, as each member's first group gives it.
     */
    private static Map<String, List<Group>> groupsOfMembers(Cohort cohort) {
        Map<String, List<Group>> groups = new LinkedHashMap<>();
        for (Group group : cohort.groups()) {
            for (String id : group.memberIds()) {
                groups.computeIfAbsent(id, k -> new ArrayList<>()).add(group);
            }
        }
        return groups;
    }

    /** "Group 1", "Group 1 and Group 2", "Groupe 1, Groupe 2 et Groupe 3". */
    private static String names(List<Group> groups, Texts texts) {
        List<String> names = groups.stream().map(Group::name).toList();
        String list = names.get(0);
        for (int i = 1; i < names.size(); i++) {
            boolean last = i == names.size() - 1;
            list = texts.format(last ? "list.last" : "list.next", "first", list, last ? "last" : "next", names.get(i));
        }
        return list;
    }

    /** "- Thursday, April 29, 2027, 6:30 AM: ...", "- quinta-feira, 29 de abril de 2027, 06:30: ...". */
    private static String line(IcsRequest.Session session, Texts texts, LocalFormats formats) {
        return texts.format("invitation.session",
                "date", session.start().map(s -> formats.fullDate(s.toLocalDate())).orElse(session.written()),
                "time", session.start().map(s -> formats.time(s.toLocalTime())).orElse(""),
                "summary", session.summary());
    }

    /**
     * The file name {@code mentorkit schedule} gives each member's calendar: {@code participant-<id>.ics} with the id
     * made file-name safe. Two ids that become the same name get numbered by the scheduler in an order this module
     * cannot see, so they are refused rather than guessed.
     */
    private static Map<String, String> calendarFileNames(Cohort cohort) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> owner = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Group group : cohort.groups()) {
            for (String id : group.memberIds()) {
                String name = "participant-" + id.replaceAll("[^A-Za-z0-9._-]", "_") + ".ics";
                String other = owner.putIfAbsent(name.toLowerCase(Locale.ROOT), id);
                if (other != null && !other.equals(id)) {
                    problems.add(new Problem("participant ids '" + other + "' and '" + id + "'", "share the calendar"
                            + " file name " + name + "; give them ids that differ in letters or digits"));
                }
                names.put(id, name);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return names;
    }
}
