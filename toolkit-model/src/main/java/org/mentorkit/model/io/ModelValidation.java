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

    /**
     * Every problem of {@code program}; empty when it is valid.
     *
     * @param program a program, e.g. one built in code
     * @return the problems, located by JSON path within the program, in path order
     */
    public static List<Problem> problems(Program program) {
        return Validators.problems(program);
    }

    /**
     * Every problem of {@code cohort}, its program included (at {@code program.*}); empty when it is valid.
     *
     * @param cohort a cohort, e.g. one built in code
     * @return the problems, located by JSON path within the cohort, in path order
     */
    public static List<Problem> problems(Cohort cohort) {
        return Validators.problems(cohort);
    }

    /**
     * Every problem of one participant as a member of {@code program}'s cohorts: field constraints plus vocabulary
     * values, mentor capacity and availability windows; not the rules that need the other participants.
     *
     * @param participant a participant, e.g. from an application form, before it joins a cohort
     * @param program     the program whose vocabularies and rules apply
     * @return the problems, located by JSON path within the participant
     */
    public static List<Problem> problems(Participant participant, Program program) {
        List<Problem> problems = new ArrayList<>(Validators.problems(participant));
        problems.addAll(CohortRules.participant(participant, program, ""));
        problems.sort(Validators.BY_LOCATION);
        return problems;
    }

    /**
     * Throws {@link InvalidInputException} listing every problem, located as {@code source: path}.
     *
     * @param program the program to check
     * @param source  names the program in locations, e.g. its file name
     * @throws InvalidInputException when the program has any problem
     */
    public static void requireValid(Program program, String source) {
        throwIfAny(problems(program), source);
    }

    /**
     * Throws {@link InvalidInputException} listing every problem, located as {@code source: path}.
     *
     * @param cohort the cohort to check, its program included
     * @param source names the cohort in locations, e.g. its file name
     * @throws InvalidInputException when the cohort has any problem
     */
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
