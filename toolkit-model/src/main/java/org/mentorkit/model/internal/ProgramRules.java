package org.mentorkit.model.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.mentorkit.model.ApplicantColumns;
import org.mentorkit.model.Cadence;
import org.mentorkit.model.CadenceKind;
import org.mentorkit.model.GroupPolicy;
import org.mentorkit.model.NonIsolationRule;
import org.mentorkit.model.Problem;
import org.mentorkit.model.Program;
import org.mentorkit.model.Vocabulary;
import org.mentorkit.model.WeeklyWindow;
import org.mentorkit.model.i18n.Translations;
import org.mentorkit.model.internal.text.Suggestions;

/** The cross-field rules of a program; problem locations are JSON paths relative to the program. */
public final class ProgramRules {

    /** Participant fields an applicant CSV column can hold; vocabulary ids add one column each. */
    public static final List<String> PARTICIPANT_FIELDS = List.of("id", "displayName", "email", "role", "timeZone",
            "availability", "interests", "careerStage", "specialty", "institution", "country", "capacity", "careerLevel");
    /** Vocabularies that describe a participant field rather than an attribute. */
    static final Set<String> FIELD_VOCABULARIES = Set.of("careerStage", "specialty");
    private static final Pattern VOCABULARY_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final Set<String> DELIMITERS = Set.of("", ",", ";", "\t", "|");

    private ProgramRules() {
    }

    /** Every cross-field problem of {@code program}. */
    public static List<Problem> check(Program program) {
        List<Problem> problems = new ArrayList<>();
        groupPolicy(program.groupPolicy(), problems);
        cadence(program.cadence(), problems);
        vocabularies(program.vocabularies(), problems);
        if (program.matching() != null) {
            nonIsolation(program, problems);
            windows(program.matching().defaultAvailability(), "matching.defaultAvailability", problems);
        }
        if (program.applicantColumns() != null) {
            applicantColumns(program, problems);
        }
        language(program.language(), problems);
        return problems;
    }

    // The language must be one some translation provides (built in or from a plug-in), or documents would silently
    // come out in English.
    private static void language(String tag, List<Problem> problems) {
        try {
            Translations.load().resolve(tag);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("language", e.getMessage()));
        }
    }

    private static void groupPolicy(GroupPolicy policy, List<Problem> problems) {
        if (policy != null && policy.minMentees() >= 1 && policy.maxMentees() < policy.minMentees()) {
            problems.add(new Problem("groupPolicy.maxMentees", "must be at least minMentees (" + policy.minMentees()
                    + "); found " + policy.maxMentees()));
        }
    }

    private static void cadence(Cadence cadence, List<Problem> problems) {
        if (cadence != null && cadence.kind() == CadenceKind.MONTHLY_BY_WEEKDAY && cadence.weekOfMonth() == 0) {
            problems.add(new Problem("cadence.weekOfMonth", "a MONTHLY_BY_WEEKDAY cadence needs the week of the month: "
                    + "1 to 4, or -1 for the last such weekday"));
        }
    }

    private static void vocabularies(List<Vocabulary> vocabularies, List<Problem> problems) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < vocabularies.size(); i++) {
            Vocabulary vocabulary = vocabularies.get(i);
            if (vocabulary == null) {
                continue;
            }
            String path = "vocabularies[" + i + "]";
            String id = vocabulary.id();
            if (id != null && !id.isBlank()) {
                Integer first = seen.putIfAbsent(id, i);
                if (first != null) {
                    problems.add(new Problem(path + ".id", "duplicate vocabulary id `" + id + "`: vocabularies["
                            + first + "] has it too; ids must be unique"));
                } else if (!VOCABULARY_ID.matcher(id).matches()) {
                    problems.add(new Problem(path + ".id", "`" + id + "` must start with a letter and use only letters, "
                            + "digits, '_' and '-' (it is an attribute key and an applicant CSV column)"));
                } else if (PARTICIPANT_FIELDS.contains(id) && !FIELD_VOCABULARIES.contains(id)) {
                    problems.add(new Problem(path + ".id", "`" + id + "` is a participant field; only careerStage and "
                            + "specialty may also be vocabularies"));
                }
            }
            Set<String> values = new HashSet<>();
            for (int j = 0; j < vocabulary.values().size(); j++) {
                String value = vocabulary.values().get(j);
                if (value != null && !value.isBlank() && !values.add(value)) {
                    problems.add(new Problem(path + ".values[" + j + "]", "`" + value + "` is listed twice"));
                }
            }
            for (int j = 0; j < vocabulary.underRepresented().size(); j++) {
                String value = vocabulary.underRepresented().get(j);
                if (value != null && !value.isBlank() && !vocabulary.values().contains(value)) {
                    problems.add(new Problem(path + ".underRepresented[" + j + "]", "`" + value
                            + "` is not one of this vocabulary's values" + Suggestions.expected(value, vocabulary.values())));
                }
            }
        }
    }

    private static void nonIsolation(Program program, List<Problem> problems) {
        List<NonIsolationRule> rules = program.matching().nonIsolation();
        List<String> ids = vocabularyIds(program);
        for (int i = 0; i < rules.size(); i++) {
            NonIsolationRule rule = rules.get(i);
            if (rule == null || rule.vocabulary() == null || rule.vocabulary().isBlank()) {
                continue;
            }
            String path = "matching.nonIsolation[" + i + "]";
            var vocabulary = program.vocabulary(rule.vocabulary());
            if (vocabulary.isEmpty()) {
                problems.add(new Problem(path + ".vocabulary", "no vocabulary `" + rule.vocabulary() + "` in this program"
                        + Suggestions.expected(rule.vocabulary(), ids)));
                continue;
            }
            for (int j = 0; j < rule.values().size(); j++) {
                String value = rule.values().get(j);
                if (value != null && !value.isBlank() && !vocabulary.get().allows(value)) {
                    problems.add(new Problem(path + ".values[" + j + "]", "`" + value + "` is not a value of vocabulary `"
                            + rule.vocabulary() + "`" + Suggestions.expected(value, vocabulary.get().values())));
                }
            }
        }
    }

    private static void applicantColumns(Program program, List<Problem> problems) {
        ApplicantColumns columns = program.applicantColumns();
        List<String> known = new ArrayList<>(PARTICIPANT_FIELDS);
        vocabularyIds(program).stream().filter(id -> !known.contains(id)).forEach(known::add);
        Map<String, String> fieldByHeader = new HashMap<>();
        columns.columns().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            String path = JsonPaths.member("applicantColumns.columns", entry.getKey());
            if (!known.contains(entry.getKey())) {
                problems.add(new Problem(path, "`" + entry.getKey() + "` is neither a participant field nor a vocabulary id"
                        + Suggestions.expected(entry.getKey(), known)));
            } else if (entry.getValue() == null || entry.getValue().isBlank()) {
                problems.add(new Problem(path, "must name a CSV column header"));
            } else {
                String other = fieldByHeader.putIfAbsent(entry.getValue().trim(), entry.getKey());
                if (other != null) {
                    problems.add(new Problem(path, "column `" + entry.getValue() + "` is already mapped to `" + other
                            + "`; one column holds one field"));
                }
            }
        });
        if (!DELIMITERS.contains(columns.delimiter())) {
            problems.add(new Problem("applicantColumns.delimiter", "expected \",\", \";\", \"\\t\" or \"|\", or leave it "
                    + "out to detect , or ; from the header line"));
        }
        String separator = columns.multiValueSeparator();
        if (separator.length() > 1 || !separator.isEmpty() && separator.equals(columns.delimiter())) {
            problems.add(new Problem("applicantColumns.multiValueSeparator", "expected one character other than the "
                    + "delimiter, e.g. \";\" or \"|\", or leave it out for the default"));
        }
    }

    /** Problems of weekly windows that end before they start, at {@code path[i].end}. */
    static void windows(List<WeeklyWindow> windows, String path, List<Problem> problems) {
        for (int i = 0; i < windows.size(); i++) {
            WeeklyWindow window = windows.get(i);
            if (window != null && window.start() != null && window.end() != null && window.minutes() <= 0) {
                problems.add(new Problem(path + "[" + i + "].end", "must be after start (" + Times.format(window.start())
                        + "); found " + Times.format(window.end()) + " (use 00:00 or 24:00 for midnight)"));
            }
        }
    }

    static List<String> vocabularyIds(Program program) {
        return program.vocabularies().stream().filter(v -> v != null && v.id() != null).map(Vocabulary::id).toList();
    }
}
