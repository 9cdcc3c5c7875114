package org.mentorkit.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mentorkit.surveys.Wave;
import org.mentorkit.surveys.report.EvaluationReport;
import org.mentorkit.surveys.report.ItemResult;
import org.mentorkit.surveys.report.PairedComparison;

/**
 * The few figures a committee reads first, as console lines: pre/post comparisons and the post-program headlines.
 * They come from the report model, so suppression for a public audience applies here too.
 */
final class ReportHeadlines {

    private static final int QUESTION_WIDTH = 70;

    private ReportHeadlines() {
    }

    static List<String> lines(EvaluationReport report) {
        List<String> lines = new ArrayList<>();
        for (PairedComparison paired : report.paired()) {
            String test = paired.exactP().isPresent()
                    ? String.format(Locale.ROOT, "; paired n=%d, McNemar exact p=%.3f", paired.pairs(), paired.exactP().getAsDouble())
                    : "";
            lines.add(shorten(paired.text()) + ": " + paired.beforeUnpaired().text() + " before, "
                    + paired.afterUnpaired().text() + " after" + test);
        }
        List<String> pairedQuestions = report.paired().stream().map(PairedComparison::text).toList();
        for (ItemResult item : report.items()) {
            // A paired question was already shown with both waves.
            if (item.wave() == Wave.POST && item.headline().isPresent() && !pairedQuestions.contains(item.text())) {
                lines.add(shorten(item.text()) + ": " + item.headline().get().text() + " (" + item.headlineLabel() + ")");
            }
        }
        return lines;
    }

    private static String shorten(String question) {
        String oneLine = question.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= QUESTION_WIDTH ? oneLine : oneLine.substring(0, QUESTION_WIDTH - 3) + "...";
    }
}
