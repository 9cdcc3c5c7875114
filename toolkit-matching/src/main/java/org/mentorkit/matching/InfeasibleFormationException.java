package org.mentorkit.matching;

import java.util.List;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Problem;

/**
 * The hard rules of group formation cannot all be kept for this cohort. Each problem says which rule and why, for
 * example "20 mentees need at least 5 groups of at most 4 mentees, but the 4 mentors can lead at most 4 groups".
 * It is invalid input: the coordinator changes the cohort, the policy or the constraints.
 */
public class InfeasibleFormationException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    /**
     * The rules that cannot all hold.
     *
     * @param problems every reason found, at least one, each naming the rule (or group) and what breaks it
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public InfeasibleFormationException(List<Problem> problems) {
        super(problems);
    }
}
