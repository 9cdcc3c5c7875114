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

    public InvalidInputException(List<Problem> problems) {
        super("MK-INPUT", summary(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String location, String message) {
        this(List.of(new Problem(location, message)));
    }

    /**
     * For a more specific kind of invalid input that keeps its own stable code (e.g. {@code MK-TEMPLATE} for a
     * society's template naming a variable that does not exist); the command line still exits with 2.
     */
    protected InvalidInputException(String code, List<Problem> problems) {
        super(code, summary(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in the order found. */
    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }
}
