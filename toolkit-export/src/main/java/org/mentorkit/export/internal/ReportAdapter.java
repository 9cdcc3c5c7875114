package org.mentorkit.export.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mentorkit.export.EvaluationResults;
import org.mentorkit.export.EvaluationResults.Count;
import org.mentorkit.export.EvaluationResults.Distribution;
import org.mentorkit.export.EvaluationResults.Outcome;
import org.mentorkit.export.EvaluationResults.WaveResponse;
import org.mentorkit.surveys.ItemKind;
import org.mentorkit.surveys.report.AttributeTable;
import org.mentorkit.surveys.report.Audience;
import org.mentorkit.surveys.report.Audience;
import org.mentorkit.surveys.report.CategoryRow;
import org.mentorkit.surveys.report.EvaluationReport;
import org.mentorkit.surveys.report.Figure;
import org.mentorkit.surveys.report.ItemResult;
import org.mentorkit.surveys.report.PairedComparison;
import org.mentorkit.surveys.report.ThemeResult;

/**
 * The surveys module's evaluation report as the packet's report input. A suppressed cell (public audience) is left
 * out of its chart rather than drawn as zero; the surveys module's own report lists it as suppressed.
 */
public final class ReportAdapter {

    private ReportAdapter() {
    }

    public static EvaluationResults from(EvaluationReport report) {
        List<WaveResponse> rates = report.responseRates().stream()
                .filter(w -> !w.returned().isSuppressed())
                .map(w -> new WaveResponse(w.title(), w.returned().count().getAsInt(), w.returned().n())).toList();
        List<Outcome> outcomes = new ArrayList<>();
        for (PairedComparison p : report.paired()) {
            if (p.beforeUnpaired().isSuppressed() || p.afterUnpaired().isSuppressed()) {
                continue;
            }
            String note = p.pairs() > 0 && p.exactP().isPresent()
                    ? p.pairs() + " people answered both; exact McNemar p = " + String.format(Locale.ROOT, "%.3f", p.exactP().getAsDouble())
                    : "waves not linked to the same people: unpaired";
            outcomes.add(new Outcome(p.text(), p.beforeUnpaired().count().getAsInt(), p.beforeUnpaired().n(),
                    p.afterUnpaired().count().getAsInt(), p.afterUnpaired().n(), note));
        }
        List<Distribution> distributions = new ArrayList<>();
        java.util.Set<String> pairedTexts = new java.util.HashSet<>();
        report.paired().forEach(p -> pairedTexts.add(p.text()));
        for (ItemResult item : report.items()) {
            if (pairedTexts.contains(item.text())) {
                continue; // already shown before and after
            }
            boolean rated = item.kind() == ItemKind.LIKERT || item.kind() == ItemKind.YES_NO || item.kind() == ItemKind.SINGLE_CHOICE;
            if (rated && !item.distribution().isEmpty() && item.answered() > 0 && "POST".equals(item.wave().name())) {
                distributions.add(new Distribution(item.text(), counts(item.distribution()), item.answered()));
            }
        }
        List<Count> themes = new ArrayList<>();
        for (ThemeResult theme : report.themes().themes()) {
            if (!theme.comments().isSuppressed()) {
                themes.add(new Count(theme.label(), theme.comments().count().getAsInt()));
            }
        }
        List<Distribution> demographics = new ArrayList<>();
        for (AttributeTable table : report.cohort().menteeTables()) {
            demographics.add(new Distribution("Mentees by " + table.label().toLowerCase(Locale.ROOT), counts(table.rows()), table.n()));
        }
        return new EvaluationResults(rates, outcomes, distributions,
                new Distribution("Themes in the comments", themes, report.themes().comments()), demographics,
                report.audience() == Audience.PUBLIC ? report.threshold() : 0);
    }

    private static List<Count> counts(List<CategoryRow> rows) {
        List<Count> counts = new ArrayList<>();
        for (CategoryRow row : rows) {
            Figure figure = row.figure();
            if (!figure.isSuppressed()) {
                counts.add(new Count(row.label(), figure.count().getAsInt()));
            }
        }
        return counts;
    }
}
