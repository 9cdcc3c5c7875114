package org.mentorkit.matching;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.MeetingSlot;
import org.mentorkit.model.Participant;
import org.mentorkit.model.EarlierSlot;
import org.mentorkit.model.SlotPeriods;
import org.mentorkit.matching.internal.EnglishCounts;
import org.mentorkit.model.internal.text.MarkdownText;

/** The meeting-slot parts of the formation report: the summary, each group's slot on every date, slot changes. */
final class SlotMarkdown {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    private SlotMarkdown() {
    }

    /** "Every group has a common slot" or how many lack one. */
    static String summary(FormationResult result) {
        List<GroupExplanation> without = result.groupsWithoutCommonSlot();
        int groups = result.explanations().size();
        if (without.isEmpty()) {
            return "Meeting slots: " + (groups == 1 ? "the group has" : "all " + groups + " groups have")
                    + " a common slot (inside every member's availability for every session).";
        }
        int outside = without.stream().mapToInt(e -> e.slot().outside()).sum();
        int total = result.explanations().stream().filter(e -> e.slot() != null)
                .mapToInt(e -> e.slot().memberSessions()).sum();
        return "Meeting slots: " + without.size() + " of " + EnglishCounts.of(groups, "group", "groups") + " "
                + EnglishCounts.verb(without.size(), "has", "have") + " no common slot ("
                + String.join(", ", without.stream().map(e -> escape(e.groupId())).toList()) + "); " + outside + " of "
                + EnglishCounts.of(total, "member-session", "member-sessions") + " "
                + EnglishCounts.verb(outside, "falls", "fall") + " outside members' availability.";
    }

    /** "Tuesday 18:00 Australia/Sydney, 60 min". */
    static String slot(MeetingSlot s) {
        String day = s.day().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
        return day + " " + s.time() + " " + s.timeZone() + ", " + s.durationMinutes() + " min";
    }

    /** A group's slot and every session in every member's local time. */
    static void group(StringBuilder md, GroupSlot slot, Cohort cohort) {
        md.append("**Meeting slot: ").append(escape(slot(slot.slot()))).append("** (")
                .append(slot.kept() ? "the saved slot, kept" : "chosen by group formation").append("). ");
        if (slot.common()) {
            md.append("Every member can make every session");
        } else {
            md.append("**No common slot**: ").append(escape(SlotProblems.describe(slot, cohort)));
        }
        md.append(".\n\n");
        List<GroupSlot.Session> sessions = slot.sessions();
        if (sessions.isEmpty()) {
            return;
        }
        md.append("| session |");
        for (GroupSlot.MemberSession m : sessions.get(0).members()) {
            Participant p = cohort.participant(m.participantId()).orElseThrow();
            md.append(" ").append(escape(p.displayName())).append(" (").append(escape(p.timeZone())).append(") |");
        }
        md.append("\n|---|").append("---|".repeat(sessions.get(0).members().size())).append("\n");
        for (int k = 0; k < sessions.size(); k++) {
            GroupSlot.Session s = sessions.get(k);
            md.append("| ").append(s.number()).append(": ").append(DATE.format(s.date())).append(" |");
            for (int m = 0; m < s.members().size(); m++) {
                GroupSlot.MemberSession v = s.members().get(m);
                if (!v.invited()) {
                    md.append(" not invited (peer-only) |");
                    continue;
                }
                md.append(" ").append(LOCAL.format(v.localStart()));
                String shift = shift(sessions.get(0).members().get(m).localStart(), v.localStart());
                if (!shift.isEmpty()) {
                    md.append(" (").append(shift).append(")");
                }
                if (!v.inside()) {
                    md.append(" **outside availability**");
                }
                md.append(" |");
            }
            md.append("\n");
        }
        md.append("\n");
    }

    /** "1 h later" when the local clock time differs from the first session's (a daylight-saving change). */
    private static String shift(ZonedDateTime first, ZonedDateTime now) {
        long minutes = Duration.between(first.toLocalTime(), now.toLocalTime()).toMinutes();
        if (minutes > 12 * 60) {
            minutes -= 24 * 60;
        } else if (minutes < -12 * 60) {
            minutes += 24 * 60;
        }
        if (minutes == 0) {
            return "";
        }
        long h = Math.abs(minutes) / 60;
        long m = Math.abs(minutes) % 60;
        return (h > 0 ? h + " h" : "") + (h > 0 && m > 0 ? " " : "") + (m > 0 ? m + " min" : "")
                + (minutes > 0 ? " later" : " earlier") + " by the clock";
    }

    /** Every forced slot change, loudly: old and new time in each member's local time, and which sessions move. */
    static void changes(StringBuilder md, FormationResult result) {
        if (result.slotChanges().isEmpty()) {
            md.append("Every saved meeting slot is kept.\n\n");
            return;
        }
        Cohort cohort = result.cohort();
        for (SlotChange c : result.slotChanges()) {
            md.append("**Slot change for group ").append(escape(c.groupId())).append(" from ").append(c.effective())
                    .append("**: ").append(escape(slot(c.before()))).append(" becomes ").append(escape(slot(c.after())))
                    .append(". Why: ").append(escape(c.reason())).append(".\n\n");
            md.append("| member | their first session from ").append(c.effective())
                    .append(" | before the change (local) | after the change (local) |\n|---|---|---|---|\n");
            var group = cohort.groups().stream().filter(g -> g.id().equals(c.groupId())).findFirst();
            List<EarlierSlot> history = group.map(g -> g.earlierSlots()).orElse(List.of());
            List<EarlierSlot> earlier = history;
            if (!history.isEmpty() && history.get(history.size() - 1).until().equals(c.effective())) {
                earlier = history.subList(0, history.size() - 1); // the change itself: the saved slot until then
            }
            // Session n is the n-th date each slot history gives (the rule schedule places sessions by).
            List<SlotPeriods.Dated> before = SlotPeriods.placeUpTo(Integer.MAX_VALUE, cohort.program(), earlier,
                    c.before());
            List<SlotPeriods.Dated> after = SlotPeriods.placeUpTo(Integer.MAX_VALUE, cohort.program(), history,
                    c.after());
            GroupSlot counted = result.explanations().stream().filter(e -> e.groupId().equals(c.groupId()))
                    .map(GroupExplanation::slot).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            List<String> ids = group.map(g -> g.memberIds()).orElse(List.of());
            for (String id : ids) {
                Participant p = cohort.participant(id).orElseThrow();
                ZoneId zone = ZoneId.of(p.timeZone());
                List<Integer> attended = attended(counted, group.get(), id);
                int number = attended.isEmpty() ? 0 : attended.get(0);
                md.append("| ").append(escape(p.displayName())).append(" | ")
                        .append(number == 0 ? "none" : "session " + number).append(" | ")
                        .append(local(before, number, zone)).append(" | ").append(local(after, number, zone))
                        .append(" |\n");
            }
            // Each member's own list: a mentor is not at peer-only sessions and a late joiner not at those before
            // they joined, so one list for the group would tell them of sessions that are not theirs.
            md.append("\nSessions that move, member by member (the sessions each attends, in their local time):\n\n");
            for (String id : ids) {
                Participant p = cohort.participant(id).orElseThrow();
                ZoneId zone = ZoneId.of(p.timeZone());
                List<String> moves = new ArrayList<>();
                for (int number : attended(counted, group.get(), id)) {
                    Optional<ZonedDateTime> was = start(before, number);
                    Optional<ZonedDateTime> is = start(after, number);
                    if (!was.map(ZonedDateTime::toInstant).equals(is.map(ZonedDateTime::toInstant))) {
                        moves.add("session " + number + ": " + local(before, number, zone) + " -> "
                                + local(after, number, zone));
                    }
                }
                md.append("- ").append(escape(p.displayName())).append(" (").append(escape(p.timeZone())).append("): ")
                        .append(moves.isEmpty() ? "none of their sessions moves" : escape(String.join("; ", moves)))
                        .append("\n");
            }
            md.append("\n");
        }
    }

    /**
     * The numbers of the sessions a member attends from the change: the counted sessions they are invited to (a mentor
     * skips peer-only sessions) and in the group by (a late joiner from their join date), as {@code schedule} invites
     * them; empty when there is none.
     */
    private static List<Integer> attended(GroupSlot counted, org.mentorkit.model.Group group, String id) {
        List<Integer> numbers = new ArrayList<>();
        if (counted == null) {
            return numbers;
        }
        for (GroupSlot.Session s : counted.sessions()) {
            boolean invited = s.members().stream().anyMatch(m -> m.participantId().equals(id) && m.invited());
            if (invited && group.inGroupOn(id, s.date())) {
                numbers.add(s.number());
            }
        }
        return numbers;
    }

    /** Session {@code number}'s start at its slot; empty when the slot history gives no such date. */
    private static Optional<ZonedDateTime> start(List<SlotPeriods.Dated> dates, int number) {
        if (number < 1 || number > dates.size()) {
            return Optional.empty();
        }
        SlotPeriods.Dated d = dates.get(number - 1);
        return Optional.of(ZonedDateTime.of(d.date(), d.slot().time(), ZoneId.of(d.slot().timeZone())));
    }

    /** Session {@code number}'s start at its slot, in {@code zone}; "-" when the slot history gives no such date. */
    private static String local(List<SlotPeriods.Dated> dates, int number, ZoneId zone) {
        return start(dates, number).map(t -> LOCAL.format(t.withZoneSameInstant(zone))).orElse("-");
    }

    private static String escape(String text) {
        return MarkdownText.escape(text);
    }
}
