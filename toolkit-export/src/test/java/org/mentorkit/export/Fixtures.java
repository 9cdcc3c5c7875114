package org.mentorkit.export;

import java.util.List;
import org.mentorkit.export.EvaluationResults.Count;
import org.mentorkit.export.EvaluationResults.Distribution;
import org.mentorkit.export.EvaluationResults.Outcome;
import org.mentorkit.export.EvaluationResults.WaveResponse;

/** Names that break naive Markdown, HTML or fonts, and a small evaluation to report on. */
final class Fixtures {

    static final List<String> HARD_NAMES = List.of("Łukasz Wiśniewski", "Nguyễn Thị Minh Khai", "王秀英", "محمد عبد الله",
            "Ana <b>Souza</b>", "Olivia Brown | MD", "Emily *Star* Chen", "Grace \"Gigi\" Kim", "Ελένη Παπαδοπούλου",
            "Мария Иванова");

    private Fixtures() {
    }

    /** Illustrative numbers for tests only (shaped like the pilot's: 20 pre and 14 post respondents). */
    static EvaluationResults results() {
        return new EvaluationResults(
                List.of(new WaveResponse("Pre-program", 20, 20), new WaveResponse("Post-program", 14, 20)),
                List.of(new Outcome("Has a signature talk", 3, 20, 10, 14, "unpaired waves")),
                List.of(new Distribution("The program was worthwhile", List.of(new Count("Strongly agree", 7),
                        new Count("Agree", 5), new Count("Neutral", 1), new Count("Disagree", 1)), 14)),
                new Distribution("Themes in comments", List.of(new Count("Peer support", 6), new Count("Scheduling | time zones", 3)), 14),
                List.of(), 0);
    }
}
