package org.mentorkit.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that cannot be used as it is: every problem found, each with its location, so that a coordinator can fix a
 * file in one pass. The command line prints one line per problem and exits with code 2.
 */
public class InvalidInputException extends ToolkitException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /**
     * Invalid input with every problem found.
     *
     * @param problems the problems, at least one, in the order found
     * @throws IllegalArgumentException if there is none
     */
    public InvalidInputException(List<Problem> problems) {
        super(ErrorCode.INVALID_INPUT, summary(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /**
     * Invalid input with one problem.
     *
     * @param location where, e.g. {@code cohort.json: participants[3].timeZone}
     * @param message  what was wrong and what was expected
     */
    public InvalidInputException(String location, String message) {
        this(List.of(new Problem(location, message)));
    }

    /**
     * For a more specific kind of invalid input that keeps its own stable code (e.g. {@link ErrorCode#TEMPLATE} for a
     * society's template naming a variable that does not exist); the command line still exits with 2.
     *
     * @param code     the kind of invalid input
     * @param problems the problems, at least one
     * @throws IllegalArgumentException if there is none
     */
    protected InvalidInputException(ErrorCode code, List<Problem> problems) {
        super(code, summary(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found.
     *
     * @return the problems, in the order found
     */
    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }
}
