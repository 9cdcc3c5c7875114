package org.mentorkit.model.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Group;
import org.mentorkit.model.GroupPolicy;
import org.mentorkit.model.MatchingConstraints;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Problem;
import org.mentorkit.model.Program;
import org.mentorkit.model.Role;
import org.mentorkit.model.Vocabulary;
import org.mentorkit.model.internal.text.Suggestions;

/**
 * The cross-reference rules of a cohort; problem locations are JSON paths relative to the cohort. Participant ids are
 * quoted in messages (they are codes); names, emails and demographic values that were typed by a person are not,
 * except as the suggestion that says what was probably meant.
 */
public final class CohortRules {

    private CohortRules() {
    }

    /** Every cross-reference problem of {@code cohort} (the program's own rules excepted). */
    public static List<Problem> check(Cohort cohort) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Participant> byId = participants(cohort, problems);
        Set<String> former = FormerParticipantRules.check(cohort, byId.keySet(), problems);
        groups(cohort, byId, former, problems);
        constraints(cohort.constraints(), byId, problems);
        return problems;
    }

    private static Map<String, Participant> participants(Cohort cohort, List<Problem> problems) {
        Map<String, Participant> byId = new HashMap<>();
        Map<String, Integer> indexById = new HashMap<>();
        for (int i = 0; i < cohort.participants().size(); i++) {
            Participant participant = cohort.participants().get(i);
            if (participant == null) {
                continue;
            }
            String path = "participants[" + i + "]";
            if (participant.id() != null && !participant.id().isBlank()) {
                Integer first = indexById.putIfAbsent(participant.id(), i);
                if (first == null) {
                    byId.put(participant.id(), participant);
                } else {
                    problems.add(new Problem(path + ".id", "duplicate participant id `" + participant.id()
                            + "`: participants[" + first + "] has it too; ids must be unique"));
                }
            }
            if (cohort.program() != null) {
                problems.addAll(participant(participant, cohort.program(), path));
            }
        }
        return byId;
    }

    /** The rules of one participant that need only the program, at {@code path.*}. */
    public static List<Problem> participant(Participant participant, Program program, String path) {
        List<Problem> problems = new ArrayList<>();
        String at = path.isEmpty() ? "" : path + ".";
        if (participant.role() == Role.MENTOR && participant.capacity() < 1) {
            problems.add(new Problem(at + "capacity", "a mentor needs a capacity of at least 1 (how many groups they "
                    + "can lead); found " + participant.capacity()));
        }
        ProgramRules.windows(participant.availability(), at + "availability", problems);
        printable("id", participant.id(), at, problems);
        printable("displayName", participant.displayName(), at, problems);
        printable("email", participant.email(), at, problems);
        printable("institution", participant.institution(), at, problems);
        printable("country", participant.country(), at, problems);
        fieldValue("careerStage", participant.careerStage(), program, at, problems);
        fieldValue("specialty", participant.specialty(), program, at, problems);
        attributes(participant.attributes(), program, at + "attributes", false, problems);
        attributes(participant.mentorPreferences(), program, at + "mentorPreferences", true, problems);
        return problems;
    }

    /**
     * Texts shown in rosters, calendars and file names hold no control characters other than line breaks and tabs: a
     * NUL or an escape byte is a copy-and-paste accident, and it breaks PDFs, CSVs and terminals downstream.
     */
    private static void printable(String field, String value, String at, List<Problem> problems) {
        if (value == null) {
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            // Line breaks and tabs are kept (a pasted name may hold them, and every writer escapes them).
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                problems.add(new Problem(at + field, String.format("holds the control character U+%04X at position %d; "
                        + "remove it (often a copy-and-paste accident)", (int) c, i + 1)));
                return;
            }
        }
    }

    private static void fieldValue(String field, String value, Program program, String at, List<Problem> problems) {
        Optional<Vocabulary> vocabulary = program.vocabulary(field);
        if (value != null && !value.isEmpty() && vocabulary.isPresent() && !vocabulary.get().allows(value)) {
            problems.add(new Problem(at + field, "`" + value + "` is not a value of vocabulary `" + field + "`"
                    + Suggestions.expected(value, vocabulary.get().values())));
        }
    }

    private static void attributes(Map<String, List<String>> attributes, Program program, String path,
                                   boolean preferences, List<Problem> problems) {
        List<String> ids = ProgramRules.vocabularyIds(program);
        List<String> keys = new ArrayList<>(ids);
        if (preferences) {
            keys.add("careerLevel");
        }
        attributes.keySet().stream().filter(k -> k != null).sorted().forEach(key -> {
            String keyPath = JsonPaths.member(path, key);
            if (preferences && key.equals("careerLevel")) {
                return;
            }
            if (!preferences && ProgramRules.FIELD_VOCABULARIES.contains(key)) {
                problems.add(new Problem(keyPath, "`" + key + "` is a participant field: give it as `" + key
                        + "` beside `attributes`, not inside it"));
                return;
            }
            Optional<Vocabulary> vocabulary = program.vocabulary(key);
            if (vocabulary.isEmpty()) {
                problems.add(new Problem(keyPath, "no vocabulary `" + key + "` in this program"
                        + Suggestions.expected(key, keys)));
                return;
            }
            List<String> values = attributes.get(key);
            if (!preferences && !vocabulary.get().multiValued() && values.size() > 1) {
                problems.add(new Problem(keyPath, "vocabulary `" + key + "` takes one value; found " + values.size()
                        + " (set \"multiValued\": true in the program to allow several)"));
            }
            Set<String> seen = new HashSet<>();
            for (int j = 0; j < values.size(); j++) {
                String value = values.get(j);
                if (value == null || value.isBlank()) {
                    continue;
                }
                String valuePath = keyPath + "[" + j + "]";
                if (!vocabulary.get().allows(value)) {
                    problems.add(new Problem(valuePath, "is not a value of vocabulary `" + key + "`"
                            + Suggestions.expected(value, vocabulary.get().values())));
                } else if (!seen.add(value)) {
                    problems.add(new Problem(valuePath, "is listed twice"));
                }
            }
        });
    }

    private static void groups(Cohort cohort, Map<String, Participant> byId, Set<String> former,
            List<Problem> problems) {
        GroupPolicy policy = cohort.program() == null ? null : cohort.program().groupPolicy();
        Map<String, Integer> groupIndexById = new HashMap<>();
        Map<String, Integer> groupOfMentee = new HashMap<>();
        Map<String, Integer> groupsLed = new HashMap<>();
        for (int i = 0; i < cohort.groups().size(); i++) {
            Group group = cohort.groups().get(i);
            if (group == null) {
                continue;
            }
            String path = "groups[" + i + "]";
            if (group.id() != null && !group.id().isBlank()) {
                Integer first = groupIndexById.putIfAbsent(group.id(), i);
                if (first != null) {
                    problems.add(new Problem(path + ".id", "duplicate group id `" + group.id() + "`: groups[" + first
                            + "] has it too; ids must be unique"));
                }
            }
            Set<String> members = new HashSet<>();
            for (int j = 0; j < group.mentorIds().size(); j++) {
                String id = group.mentorIds().get(j);
                String memberPath = path + ".mentorIds[" + j + "]";
                if (member(id, Role.MENTOR, memberPath, byId, members, problems)) {
                    int led = groupsLed.merge(id, 1, Integer::sum);
                    int capacity = byId.get(id).capacity();
                    if (capacity >= 1 && led > capacity) {
                        problems.add(new Problem(memberPath, "mentor `" + id + "` is in " + led + " groups but has a "
                                + "capacity of " + capacity));
                    }
                }
            }
            for (int j = 0; j < group.menteeIds().size(); j++) {
                String id = group.menteeIds().get(j);
                String memberPath = path + ".menteeIds[" + j + "]";
                if (member(id, Role.MENTEE, memberPath, byId, members, problems)) {
                    Integer other = groupOfMentee.putIfAbsent(id, i);
                    if (other != null) {
                        problems.add(new Problem(memberPath, "mentee `" + id + "` is already in groups[" + other
                                + "]; a mentee belongs to one group at most"));
                    }
                }
            }
            if (policy != null) {
                sizes(group, policy, path, problems);
            }
            if (cohort.program() != null && cohort.program().startDate() != null) {
                GroupHistoryRules.check(group, cohort.program(), path, problems);
                GroupHistoryRules.checkLeaves(group, cohort.program(), byId.keySet(), former, path, problems);
            }
        }
    }

    /** Whether {@code id} names a participant of {@code role} not yet listed in this group; reports it otherwise. */
    private static boolean member(String id, Role role, String path, Map<String, Participant> byId, Set<String> members,
                                  List<Problem> problems) {
        if (id == null || id.isBlank()) {
            return false;
        }
        Participant participant = byId.get(id);
        if (participant == null) {
            problems.add(new Problem(path, "no participant with id `" + id + "`"
                    + Suggestions.didYouMean(id, byId.keySet())));
            return false;
        }
        if (participant.role() != null && participant.role() != role) {
            String list = role == Role.MENTOR ? "mentorIds" : "menteeIds";
            String other = role == Role.MENTOR ? "menteeIds" : "mentorIds";
            problems.add(new Problem(path, "`" + id + "` is a " + participant.role().name().toLowerCase(java.util.Locale.ROOT)
                    + "; " + list + " lists " + role.name().toLowerCase(java.util.Locale.ROOT) + "s (put it in "
                    + other + ")"));
            return false;
        }
        if (!members.add(id)) {
            problems.add(new Problem(path, "`" + id + "` is listed twice in this group"));
            return false;
        }
        return true;
    }

    private static void sizes(Group group, GroupPolicy policy, String path, List<Problem> problems) {
        int mentors = group.mentorIds().size();
        if (policy.mentorsPerGroup() >= 1 && mentors != policy.mentorsPerGroup()) {
            problems.add(new Problem(path + ".mentorIds", "has " + mentors + " mentor" + (mentors == 1 ? "" : "s")
                    + "; the program's group policy asks for " + policy.mentorsPerGroup() + " per group"));
        }
        int mentees = group.menteeIds().size();
        if (policy.minMentees() >= 1 && policy.minMentees() <= policy.maxMentees()
                && (mentees < policy.minMentees() || mentees > policy.maxMentees())) {
            problems.add(new Problem(path + ".menteeIds", "has " + mentees + " mentee" + (mentees == 1 ? "" : "s")
                    + "; the program's group policy allows " + policy.minMentees() + " to " + policy.maxMentees()));
        }
    }

    private static void constraints(MatchingConstraints constraints, Map<String, Participant> byId,
                                    List<Problem> problems) {
        if (constraints == null) {
            return;
        }
        constraints.pinned().keySet().stream().sorted().forEach(id -> {
            if (!byId.containsKey(id)) {
                problems.add(new Problem(JsonPaths.member("constraints.pinned", id), "no participant with id `" + id + "`"
                        + Suggestions.didYouMean(id, byId.keySet())));
            }
        });
        idSets(constraints.together(), "constraints.together", byId, problems);
        idSets(constraints.apart(), "constraints.apart", byId, problems);
    }

    private static void idSets(List<List<String>> sets, String path, Map<String, Participant> byId,
                               List<Problem> problems) {
        for (int i = 0; i < sets.size(); i++) {
            List<String> set = sets.get(i);
            if (set.size() < 2) {
                problems.add(new Problem(path + "[" + i + "]", "needs at least two participant ids; found " + set.size()));
            }
            for (int j = 0; j < set.size(); j++) {
                String id = set.get(j);
                if (id == null || !byId.containsKey(id)) {
                    problems.add(new Problem(path + "[" + i + "][" + j + "]", "no participant with id `" + id + "`"
                            + (id == null ? "" : Suggestions.didYouMean(id, byId.keySet()))));
                }
            }
        }
    }
}
