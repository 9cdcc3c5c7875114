package org.mentorkit.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.NonIsolationRule;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Problem;
import org.mentorkit.model.Program;

/**
 * Category values in a cohort's settings that no participant holds (review finding D5), found by {@code validate}
 * and {@code match} before anything is formed:
 * <ul>
 * <li>a non-isolation rule none of whose values anyone holds protects no one, and because the program lists its own
 * rules the default per-vocabulary rules are not used either: an <b>error</b>, since matching would go on without
 * the protection the program asked for;</li>
 * <li>a rule value no one holds, beside values that are held: a <b>warning</b> (the rule still protects the others);</li>
 * <li>a mentee's {@code mentorPreferences} value no mentor holds: a <b>warning</b> naming the mentee's id, since a
 * preference is a wish the search weighs, and the other members' groups should not wait for it.</li>
 * </ul>
 * Locations are the file and the JSON path; messages quote values and ids, never names.
 */
final class UnheldValues {

    /** What was found: errors stop the command, warnings are printed and the command goes on. */
    record Findings(List<Problem> errors, List<Problem> warnings) {
    }

    private UnheldValues() {
    }

    static Findings of(Cohort cohort, String source) {
        List<Problem> errors = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        Program program = cohort.program();
        List<NonIsolationRule> rules = program.matching().nonIsolation();
        for (int i = 0; i < rules.size(); i++) {
            NonIsolationRule rule = rules.get(i);
            String path = source + ": program.matching.nonIsolation[" + i + "]";
            String who = rule.countMentors() ? "no participant" : "no mentee (mentors are not counted by this rule)";
            List<Integer> unheld = new ArrayList<>();
            for (int j = 0; j < rule.values().size(); j++) {
                if (!heldByAnyone(cohort, rule, rule.values().get(j))) {
                    unheld.add(j);
                }
            }
            if (unheld.size() == rule.values().size()) {
                errors.add(new Problem(path, who + " holds any of its values " + rule.values() + " of `"
                        + rule.vocabulary() + "`, so this rule protects no one" + defaultsLost(program)
                        + "; correct the values, or remove the rule"));
            } else {
                for (int j : unheld) {
                    warnings.add(new Problem(path + ".values[" + j + "]", "`" + rule.values().get(j) + "`: " + who
                            + " holds it; the rule protects only the holders of its other values"));
                }
            }
        }
        List<Participant> mentors = cohort.mentors();
        List<Participant> people = cohort.participants();
        for (int k = 0; k < people.size(); k++) {
            Participant mentee = people.get(k);
            if (mentee.isMentor()) {
                continue;
            }
            for (Map.Entry<String, List<String>> wish : mentee.mentorPreferences().entrySet()) {
                for (int j = 0; j < wish.getValue().size(); j++) {
                    String value = wish.getValue().get(j);
                    if (mentors.stream().noneMatch(m -> meets(m, wish.getKey(), value))) {
                        warnings.add(new Problem(source + ": participants[" + k + "].mentorPreferences." + wish.getKey()
                                + "[" + j + "]", "`" + value + "` (mentee " + mentee.id() + "): no mentor holds it, so"
                                + " this preference cannot be met"));
                    }
                }
            }
        }
        return new Findings(List.copyOf(errors), List.copyOf(warnings));
    }

    private static boolean heldByAnyone(Cohort cohort, NonIsolationRule rule, String value) {
        return cohort.participants().stream().filter(p -> rule.countMentors() || !p.isMentor())
                .anyMatch(p -> p.valuesOf(rule.vocabulary()).contains(value));
    }

    /** As group formation judges a preference: career level ignoring case, a vocabulary's values exactly. */
    private static boolean meets(Participant mentor, String key, String value) {
        return "careerLevel".equals(key) ? value.equalsIgnoreCase(mentor.careerLevel())
                : mentor.valuesOf(key).contains(value);
    }

    /** What the explicit list replaced: the rules the vocabularies' under-represented values would have given. */
    private static String defaultsLost(Program program) {
        List<String> defaults = program.vocabularies().stream().filter(v -> v != null && !v.underRepresented().isEmpty())
                .map(v -> v.id() + " " + v.underRepresented()).toList();
        return defaults.isEmpty() ? "" : ", and because the program lists its own rules the default rules ("
                + String.join("; ", defaults) + ") are not used either";
    }
}
