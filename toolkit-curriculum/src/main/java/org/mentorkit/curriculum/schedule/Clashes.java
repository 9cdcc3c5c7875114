package org.mentorkit.curriculum.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Members who would be in two sessions at once, in two groups (a mentor of two groups whose saved slots coincide, or
 * a proposal that found no slot free of clashes): said in the notes, one line per member and pair of groups, with the
 * dates in the member's own zone. The schedule keeps both sessions as placed: a saved slot is a decision, and only
 * the coordinator can say which group moves.
 */
final class Clashes {

    private Clashes() {
    }

    /** One line per member and pair of groups with overlapping sessions, by participant id then file order. */
    static List<String> notes(List<GroupSchedule> groups) {
        // Each member's sessions over all groups, in file order: only a member's own sessions can clash.
        Map<String, List<Attended>> byMember = new TreeMap<>();
        for (int g = 0; g < groups.size(); g++) {
            for (ScheduledSession s : groups.get(g).sessions()) {
                for (MemberTime m : s.members()) {
                    byMember.computeIfAbsent(m.participantId(), k -> new ArrayList<>()).add(new Attended(g, m));
                }
            }
        }
        List<String> notes = new ArrayList<>();
        byMember.forEach((id, attended) -> {
            // "first group index, second group index" -> the member's local dates of the clashing sessions
            Map<List<Integer>, TreeSet<LocalDate>> pairs = new TreeMap<>((p, q) -> p.get(0).equals(q.get(0))
                    ? Integer.compare(p.get(1), q.get(1)) : Integer.compare(p.get(0), q.get(0)));
            for (int i = 0; i < attended.size(); i++) {
                for (int j = i + 1; j < attended.size(); j++) {
                    Attended x = attended.get(i);
                    Attended y = attended.get(j);
                    if (x.group() != y.group() && x.time().start().isBefore(y.time().end())
                            && y.time().start().isBefore(x.time().end())) {
                        pairs.computeIfAbsent(List.of(x.group(), y.group()), k -> new TreeSet<>())
                                .add(x.time().start().toLocalDate());
                    }
                }
            }
            pairs.forEach((pair, dates) -> notes.add(id + " is in two sessions at once in group "
                    + groups.get(pair.get(0)).groupId() + " and group " + groups.get(pair.get(1)).groupId() + " on "
                    + String.join(", ", dates.stream().map(LocalDate::toString).toList())
                    + " (their local dates): give one of the groups another slot"));
        });
        return notes;
    }

    private record Attended(int group, MemberTime time) {
    }
}
