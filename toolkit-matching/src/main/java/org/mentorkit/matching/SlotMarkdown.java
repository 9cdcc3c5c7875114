package org.mentorkit.matching;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
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
            md.append("| member | first session before (local) | first session after (local) |\n|---|---|---|\n");
            var group = cohort.groups().stream().filter(g -> g.id().equals(c.groupId())).findFirst();
            List<EarlierSlot> history = group.map(g -> g.earlierSlots()).orElse(List.of());
            List<EarlierSlot> earlier = history;
            if (!history.isEmpty() && history.get(history.size() - 1).until().equals(c.effective())) {
                earlier = history.subList(0, history.size() - 1); // the change itself: the saved slot until then
            }
            ZonedDateTime before = first(c.before(), earlier, c, cohort);
            ZonedDateTime after = first(c.after(), history, c, cohort);
            for (String id : group.map(g -> g.memberIds()).orElse(List.of())) {
                Participant p = cohort.participant(id).orElseThrow();
                ZoneId zone = ZoneId.of(p.timeZone());
                md.append("| ").append(escape(p.displayName())).append(" | ")
                        .append(before == null ? "-" : LOCAL.format(before.withZoneSameInstant(zone))).append(" | ")
                        .append(after == null ? "-" : LOCAL.format(after.withZoneSameInstant(zone))).append(" |\n");
            }
            md.append("\nSessions that move (reference zone):\n\n");
            for (String m : c.moved()) {
                md.append("- ").append(escape(m)).append("\n");
            }
            md.append("\n");
        }
    }

    /**
     * The first session on or after the change at {@code slot}, after the group's {@code earlier} slots: the date
     * {@code schedule} gives it (a monthly date the change has passed is held later that month).
     */
    private static ZonedDateTime first(MeetingSlot slot, List<EarlierSlot> earlier, SlotChange c, Cohort cohort) {
        LocalDate periodFrom = earlier.isEmpty() ? cohort.program().startDate() : earlier.get(earlier.size() - 1).until();
        return SlotPeriods.placeUpTo(Integer.MAX_VALUE, cohort.program(), earlier, slot).stream()
                .filter(d -> d.periodFrom().equals(periodFrom) && !d.date().isBefore(c.effective())).findFirst()
                .map(d -> ZonedDateTime.of(d.date(), slot.time(), ZoneId.of(slot.timeZone()))).orElse(null);
    }

    private static String escape(String text) {
        return MarkdownText.escape(text);
    }
}
