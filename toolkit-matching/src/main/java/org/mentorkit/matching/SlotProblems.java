package org.mentorkit.matching;

import java.util.ArrayList;
import java.util.List;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Problem;

/** Words for groups without a common slot: who makes it impossible and which moves would fix it. */
final class SlotProblems {

    private SlotProblems() {
    }

    /** One problem per group without a common slot (for {@code matching.commonSlot: REQUIRED}). */
    static List<Problem> of(List<GroupExplanation> explanations, Cohort cohort) {
        List<Problem> out = new ArrayList<>();
        for (GroupExplanation e : explanations) {
            if (e.slot() != null && !e.slot().common()) {
                out.add(new Problem("group " + e.groupId(), "matching.commonSlot is REQUIRED, but " + describe(e.slot(),
                        cohort, false)));
            }
        }
        return out;
    }

    /** "no weekly slot ...: without A the others would have one; moving A to G4 (in exchange for B) would fix it". */
    static String describe(GroupSlot slot, Cohort cohort) {
        return describe(slot, cohort, true);
    }

    /**
     * As {@link #describe(GroupSlot, Cohort)}; {@code withNames} false quotes ids only, for messages on the screen
     * (names go into groups.md, never onto the terminal: docs/file-formats.md, review finding D13 c).
     */
    static String describe(GroupSlot slot, Cohort cohort, boolean withNames) {
        StringBuilder s = new StringBuilder();
        s.append(slot.kept() ? "the saved slot does not lie" : "no weekly slot lies").append(" inside every member's"
                + " availability for every session (").append(slot.outside()).append(" of ").append(slot.memberSessions())
                .append(" member-sessions outside)");
        if (!slot.blockers().isEmpty()) {
            s.append(slot.kept() ? "; outside it: " : "; without ").append(names(slot.blockers(), cohort, withNames))
                    .append(slot.kept() ? "" : " the others would have one");
        }
        if (!slot.clashes().isEmpty()) {
            s.append("; ").append(clashes(slot.clashes(), cohort, withNames));
        }
        if (slot.fixes().isEmpty()) {
            s.append("; no single move or swap with another group gives both groups a common slot");
        } else {
            List<String> fixes = new ArrayList<>();
            for (GroupSlot.Fix f : slot.fixes()) {
                fixes.add("moving " + name(f.participantId(), cohort, withNames) + " to " + f.toGroupId()
                        + (f.swapWithId().isEmpty() ? "" : " in exchange for " + name(f.swapWithId(), cohort, withNames)));
            }
            s.append("; any of these would give both groups involved a common slot: ").append(String.join("; ", fixes));
        }
        return s.toString();
    }

    /** "Only Mentor (MEN) also leads G1, whose sessions 1, 3 overlap sessions 1, 3 here". */
    static String clashes(List<GroupSlot.Clash> clashes, Cohort cohort, boolean withNames) {
        java.util.Map<String, List<GroupSlot.Clash>> byMemberAndGroup = new java.util.LinkedHashMap<>();
        for (GroupSlot.Clash c : clashes) {
            byMemberAndGroup.computeIfAbsent(c.participantId() + "\u0000" + c.otherGroupId(), k -> new ArrayList<>())
                    .add(c);
        }
        List<String> parts = new ArrayList<>();
        for (List<GroupSlot.Clash> same : byMemberAndGroup.values()) {
            GroupSlot.Clash first = same.get(0);
            parts.add(name(first.participantId(), cohort, withNames) + " also leads " + first.otherGroupId() + ", whose "
                    + (same.size() == 1 ? "session " : "sessions ")
                    + String.join(", ", same.stream().map(c -> String.valueOf(c.otherNumber())).toList())
                    + (same.size() == 1 ? " overlaps session " : " overlap sessions ")
                    + String.join(", ", same.stream().map(c -> c.number() + " (" + c.date() + ")").toList())
                    + " here (one person cannot attend both: counted outside availability)");
        }
        return String.join("; ", parts);
    }

    private static String names(List<String> ids, Cohort cohort, boolean withNames) {
        return String.join(", ", ids.stream().map(id -> name(id, cohort, withNames)).toList());
    }

    private static String name(String id, Cohort cohort, boolean withNames) {
        return withNames ? cohort.participant(id).map(Participant::displayName).orElse(id) + " (" + id + ")" : id;
    }
}
