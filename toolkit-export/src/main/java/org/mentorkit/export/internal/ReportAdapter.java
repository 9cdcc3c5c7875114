package org.mentorkit.export.internal;

import java.util.ArrayList;
import java.util.List;
import org.mentorkit.export.EvaluationResults;
import org.mentorkit.export.EvaluationResults.Count;
import org.mentorkit.export.EvaluationResults.Distribution;
import org.mentorkit.export.EvaluationResults.Outcome;
import org.mentorkit.export.EvaluationResults.WaveResponse;
import org.mentorkit.surveys.ItemKind;
import org.mentorkit.surveys.report.AttributeTable;
import org.mentorkit.surveys.report.Audience;
import org.mentorkit.surveys.report.CategoryRow;
import org.mentorkit.surveys.report.EvaluationReport;
import org.mentorkit.surveys.report.Figure;
import org.mentorkit.surveys.report.ItemResult;
import org.mentorkit.surveys.report.PairedComparison;
import org.mentorkit.surveys.report.ThemeResult;

/**
 * The surveys module's evaluation report as the packet's report input. A suppressed cell (public audience) is kept
 * as {@link EvaluationResults#WITHHELD}: shown as withheld, never drawn as zero and never dropped, as the surveys
 * module's own report lists it.
 */
public final class ReportAdapter {

    private ReportAdapter() {
    }

    public static EvaluationResults from(EvaluationReport report, PacketTexts texts) {
        List<WaveResponse> rates = report.responseRates().stream()
                .map(w -> new WaveResponse(w.title(), count(w.returned()), w.returned().n())).toList();
        List<Outcome> outcomes = new ArrayList<>();
        for (PairedComparison p : report.paired()) {
            outcomes.add(new Outcome(p.text(), count(p.beforeUnpaired()), p.beforeUnpaired().n(),
                    count(p.afterUnpaired()), p.afterUnpaired().n(), pairedNote(p, texts)));
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
            themes.add(new Count(theme.label(), count(theme.comments())));
        }
        List<Distribution> demographics = new ArrayList<>();
        for (AttributeTable table : report.cohort().menteeTables()) {
            demographics.add(new Distribution(texts.label("report.mentees_by", "category", table.label().toLowerCase(texts.language().locale())),
                    counts(table.rows()), table.n()));
        }
        return new EvaluationResults(rates, outcomes, distributions,
                new Distribution(texts.label("report.themes"), themes, report.themes().comments()), demographics,
                report.audience() == Audience.PUBLIC ? report.threshold() : 0);
    }

    /**
     * What the paired comparison shows, in the same terms as the surveys module's report.md: the test when it was
     * computed, "withheld" when people answered both waves but a paired cell is withheld, "unpaired" only when no
     * one is linked across the waves.
     */
    static String pairedNote(PairedComparison p, PacketTexts texts) {
        if (p.pairs() == 0) {
            return texts.label("note.unpaired");
        }
        String both = texts.label("note.pairs", "pairs", p.pairs());
        if (p.yesYes().isEmpty()) {
            return texts.label("note.paired_withheld", "pairs", both);
        }
        return p.exactP().isPresent()
                ? texts.label("note.mcnemar", "pairs", both, "p", texts.formats().number(p.exactP().getAsDouble(), 3))
                : texts.label("note.no_test", "pairs", both);
    }

    /** Every category, a withheld one as withheld (never dropped, so a chart never hides a category silently). */
    private static List<Count> counts(List<CategoryRow> rows) {
        List<Count> counts = new ArrayList<>();
        for (CategoryRow row : rows) {
            counts.add(new Count(row.label(), count(row.figure())));
        }
        return counts;
    }

    private static int count(Figure figure) {
        return figure.isSuppressed() ? EvaluationResults.WITHHELD : figure.count().getAsInt();
    }
}
