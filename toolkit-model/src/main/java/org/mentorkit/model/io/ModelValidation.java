package org.mentorkit.model.io;

import java.util.ArrayList;
import java.util.List;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Problem;
import org.mentorkit.model.Program;
import org.mentorkit.model.internal.CohortRules;
import org.mentorkit.model.internal.JsonPaths;
import org.mentorkit.model.internal.Validators;

/**
 * Validates programs, cohorts and participants with Jakarta Validation (Hibernate Validator): the field constraints
 * of the records plus the cross-reference rules of {@code @ValidProgram} and {@code @ValidCohort}. Every violation is
 * returned, each located by its JSON path ({@code participants[3].timeZone}) and described in English.
 */
public final class ModelValidation {

    private ModelValidation() {
    }

    /** Every problem of {@code program}; empty when it is valid. */
    public static List<Problem> problems(Program program) {
        return Validators.problems(program);
    }

    /** Every problem of {@code cohort}, its program included (at {@code program.*}); empty when it is valid. */
    public static List<Problem> problems(Cohort cohort) {
        return Validators.problems(cohort);
    }

    /**
     * Every problem of one participant as a member of {@code program}'s cohorts: field constraints plus vocabulary
     * values, mentor capacity and availability windows; not the rules that need the other participants.
     */
    public static List<Problem> problems(Participant participant, Program program) {
        List<Problem> problems = new ArrayList<>(Validators.problems(participant));
        problems.addAll(CohortRules.participant(participant, program, ""));
        problems.sort(Validators.BY_LOCATION);
        return problems;
    }

    /** Throws {@link InvalidInputException} listing every problem, located as {@code source: path}. */
    public static void requireValid(Program program, String source) {
        throwIfAny(problems(program), source);
    }

    /** Throws {@link InvalidInputException} listing every problem, located as {@code source: path}. */
    public static void requireValid(Cohort cohort, String source) {
        throwIfAny(problems(cohort), source);
    }

    private static void throwIfAny(List<Problem> problems, String source) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream()
                    .map(p -> new Problem(JsonPaths.locate(source, p.location()), p.message()))
                    .toList());
        }
    }
}
