package org.mentorkit.surveys;

import java.time.LocalDate;
import java.util.List;
import org.mentorkit.model.Cadence;
import org.mentorkit.model.DeliveryMode;
import org.mentorkit.model.GroupPolicy;
import org.mentorkit.model.Program;
import org.mentorkit.model.Vocabulary;

/** Programs built in code for tests that should not depend on files. */
public final class TestPrograms {

    private TestPrograms() {
    }

    public static Program withVocabularies(Vocabulary... vocabularies) {
        return new Program("test-program", "Test program", "Test society", "", LocalDate.of(2027, 1, 12), 6,
                Cadence.monthlySecondTuesday(), DeliveryMode.VIRTUAL, new GroupPolicy(3, 5, 1), null, List.of(vocabularies), null, "");
    }

}
