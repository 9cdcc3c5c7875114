package org.mentorkit.surveys.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Problem;
import org.mentorkit.model.Program;
import org.mentorkit.model.Vocabulary;
import org.mentorkit.model.internal.text.Suggestions;

/**
 * A grouping counts people holding some values of a vocabulary; a vocabulary or value the program does not have would
 * count nobody and print a false figure ("0/2 (0%)"), so each is an error with the closest known name.
 */
final class GroupingRules {

    private GroupingRules() {
    }

    static void check(List<Grouping> groupings, Program program) {
        List<Problem> problems = new ArrayList<>();
        List<String> vocabularyIds = program.vocabularies().stream().map(Vocabulary::id).toList();
        for (Grouping grouping : groupings) {
            String at = "grouping " + grouping.label();
            Optional<Vocabulary> vocabulary = program.vocabulary(grouping.vocabularyId());
            if (vocabulary.isEmpty()) {
                problems.add(new Problem(at, "`" + grouping.vocabularyId() + "` is not a vocabulary of program '"
                        + program.id() + "'" + Suggestions.expected(grouping.vocabularyId(), vocabularyIds)));
                continue;
            }
            if (grouping.values().isEmpty()) {
                problems.add(new Problem(at, "names no values; expected LABEL=VOCABULARY:VALUE;VALUE..."));
            }
            for (String value : grouping.values()) {
                if (!vocabulary.get().allows(value)) {
                    problems.add(new Problem(at, "`" + value + "` is not a value of vocabulary `" + vocabulary.get().id()
                            + "`, so it would count nobody" + Suggestions.expected(value, vocabulary.get().values())));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
