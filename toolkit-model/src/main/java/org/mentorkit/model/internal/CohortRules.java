package org.mentorkit.model.internal;

import java.util.List;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Problem;
import org.mentorkit.model.Program;

/** Cross-reference rules of a cohort. */
public final class CohortRules {

    private CohortRules() {
    }

    /** Rules of one participant against the program. */
    public static List<Problem> participant(Participant participant, Program program, String path) {
        return List.of();
    }
}
