package org.mentorkit.surveys.report;

import java.util.List;
import java.util.Locale;
import org.mentorkit.model.internal.text.MarkdownText;

/**
 * The report as Markdown: tables of figures, each {@code k/n (p%)} with its 95% interval, and theme excerpts, in the
 * language the report was built in ({@link ReportSettings#language()}: wording from {@link ReportWording}, numbers by
 * the language's locale). Participant and comment text is escaped so that it can never break a table or start markup.
 */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    /**
     * The Markdown text of the report.
     *
     * @param report a built report; suppressed figures are written as withheld, never as numbers
     * @return the Markdown text
     */
    public static String write(EvaluationReport report) {
        ReportWording w = ReportWording.of(report);
        StringBuilder md = new StringBuilder();
        md.append("# ").append(MarkdownText.escape(report.title())).append("\n\n");
        String audience = w.text("audience." + report.audience().name().toLowerCase(Locale.ROOT));
        md.append(report.audience() == Audience.PUBLIC
                ? w.text("audience.line_public", "audience", audience, "max", report.threshold() - 1)
                : w.text("audience.line", "audience", audience)).append("\n\n");
        cohort(md, w, report.cohort());
        rates(md, w, report.responseRates());
        paired(md, w, report.paired());
        items(md, w, report.items());
        themes(md, w, report.themes());
        md.append("## ").append(w.text("notes.title")).append("\n\n");
        for (String note : report.notes()) {
            md.append("- ").append(MarkdownText.escape(note)).append("\n");
        }
        return md.toString();
    }

    private static void cohort(StringBuilder md, ReportWording w, CohortDescription cohort) {
        md.append("## ").append(w.text("who.title")).append("\n\n")
                .append(w.text("who.counts", "mentees", cohort.mentees(), "mentors", cohort.mentors())).append("\n\n");
        tables(md, w, w.text("who.mentees"), cohort.menteeTables());
        tables(md, w, w.text("who.mentors"), cohort.mentorTables());
    }

    private static void tables(StringBuilder md, ReportWording w, String who, List<AttributeTable> tables) {
        for (AttributeTable table : tables) {
            md.append("### ").append(who).append(": ").append(MarkdownText.escape(table.label())).append("\n\n");
            if (table.multiValued()) {
                md.append(w.text("table.multi")).append("\n\n");
            }
            if (allSuppressed(table.rows())) {
                md.append(w.text("suppressed.table", "n", table.n())).append("\n\n");
                continue;
            }
            md.append("| ").append(MarkdownText.escape(table.label())).append(" | ").append(w.text("column.n_percent"))
                    .append(" | ").append(w.text("column.ci")).append(" |\n|---|---:|---:|\n");
            for (CategoryRow row : table.rows()) {
                md.append("| ").append(MarkdownText.escape(row.label())).append(" | ").append(w.figure(row.figure()))
                        .append(" | ").append(w.interval(row.figure())).append(" |\n");
            }
            md.append("\n");
        }
    }

    private static void rates(StringBuilder md, ReportWording w, List<WaveRate> rates) {
        md.append("## ").append(w.text("rates.title")).append("\n\n| ").append(w.text("column.instrument")).append(" | ")
                .append(w.text("column.wave")).append(" | ").append(w.text("column.returned")).append(" | ")
                .append(w.text("column.ci")).append(" |\n|---|---|---:|---:|\n");
        for (WaveRate rate : rates) {
            md.append("| ").append(MarkdownText.escape(rate.title())).append(" | ").append(w.text("wave." + rate.wave().name()))
                    .append(" | ").append(w.figure(rate.returned())).append(" | ").append(w.interval(rate.returned()))
                    .append(" |\n");
        }
        md.append("\n");
    }

    private static void paired(StringBuilder md, ReportWording w, List<PairedComparison> paired) {
        if (paired.isEmpty()) {
            return;
        }
        md.append("## ").append(w.text("paired.title")).append("\n\n");
        for (PairedComparison p : paired) {
            md.append("### ").append(MarkdownText.escape(p.text())).append("\n\n");
            md.append(w.text("paired.unpaired", "before", w.figure(p.beforeUnpaired()), "beforeCi", ci(w, p.beforeUnpaired()),
                    "after", w.figure(p.afterUnpaired()), "afterCi", ci(w, p.afterUnpaired()))).append("\n\n");
            md.append(w.text("paired.pairs", "pairs", p.pairs()));
            if (p.yesYes().isEmpty()) {
                md.append(w.text("paired.suppressed")).append("\n\n");
                continue;
            }
            md.append(w.text("paired.cells", "yy", p.yesYes().getAsInt(), "yn", p.yesNo().getAsInt(), "ny",
                    p.noYes().getAsInt(), "nn", p.noNo().getAsInt()));
            if (p.exactP().isPresent()) {
                md.append(w.text("paired.mcnemar", "p", w.pValue(p.exactP().getAsDouble()), "midp",
                        w.pValue(p.midP().getAsDouble())));
            }
            md.append("\n\n");
        }
    }

    private static void items(StringBuilder md, ReportWording w, List<ItemResult> items) {
        md.append("## ").append(w.text("items.title")).append("\n\n");
        md.append("| ").append(w.text("column.instrument")).append(" | ").append(w.text("column.item")).append(" | ")
                .append(w.text("column.level")).append(" | ").append(w.text("column.answered")).append(" | ")
                .append(w.text("column.figure")).append(" | ").append(w.text("column.ci")).append(" | ")
                .append(w.text("column.median")).append(" |\n|---|---|---|---:|---|---:|---|\n");
        for (ItemResult item : items) {
            String figure = item.headline().map(f -> MarkdownText.escape(item.headlineLabel()) + ": " + w.figure(f))
                    .orElse("");
            String ci = item.headline().map(w::interval).orElse("");
            String spread = item.spread().map(s -> w.number(s.median()) + " (" + w.number(s.q1()) + "-"
                    + w.number(s.q3()) + ")").orElse("");
            String level = item.kirkpatrickLevel() == 0 ? "" : w.text("level." + item.kirkpatrickLevel());
            md.append("| ").append(item.instrumentId()).append(" | ").append(MarkdownText.escape(item.text())).append(" | ")
                    .append(level).append(" | ").append(item.answered()).append(" | ").append(figure).append(" | ")
                    .append(ci).append(" | ").append(spread).append(" |\n");
        }
        md.append("\n");
        for (ItemResult item : items) {
            if (item.distribution().isEmpty() || item.kind() == org.mentorkit.surveys.ItemKind.YES_NO) {
                continue;
            }
            md.append("### ").append(item.instrumentId()).append(": ").append(MarkdownText.escape(item.text())).append("\n\n");
            if (allSuppressed(item.distribution())) {
                md.append(w.text("suppressed.question", "n", item.answered())).append("\n\n");
                continue;
            }
            md.append("| ").append(w.text("column.answer")).append(" | ").append(w.text("column.n_percent"))
                    .append(" |\n|---|---:|\n");
            for (CategoryRow row : item.distribution()) {
                md.append("| ").append(MarkdownText.escape(row.label())).append(" | ").append(w.figure(row.figure()))
                        .append(" |\n");
            }
            md.append("\n");
        }
    }

    private static void themes(StringBuilder md, ReportWording w, ThemeSummary themes) {
        md.append("## ").append(w.text("themes.title")).append("\n\n").append(w.text("themes.count", "comments",
                themes.comments())).append("\n\n");
        if (!themes.themes().isEmpty() && themes.themes().stream().allMatch(t -> t.comments().isSuppressed())) {
            md.append(w.text("suppressed.themes", "n", themes.comments())).append("\n\n");
        } else {
            md.append("| ").append(w.text("column.theme")).append(" | ").append(w.text("column.comments"))
                    .append(" |\n|---|---:|\n");
            for (ThemeResult theme : themes.themes()) {
                md.append("| ").append(MarkdownText.escape(theme.label())).append(" | ").append(w.figure(theme.comments()))
                        .append(" |\n");
            }
            md.append("\n");
        }
        for (ThemeResult theme : themes.themes()) {
            if (theme.excerpts().isEmpty()) {
                continue;
            }
            md.append("### ").append(MarkdownText.escape(theme.label())).append("\n\n");
            for (String excerpt : theme.excerpts()) {
                md.append("> ").append(MarkdownText.escape(excerpt)).append("\n>\n");
            }
            md.setLength(md.length() - 2);
            md.append("\n");
        }
        md.append(w.text("themes.uncoded", "figure", w.figure(themes.uncodedCount()))).append("\n\n");
        if (!themes.uncoded().isEmpty()) {
            md.append("### ").append(w.text("themes.by_hand.title")).append("\n\n").append(w.text("themes.by_hand.text"))
                    .append("\n\n| ").append(w.text("column.participant")).append(" | ").append(w.text("column.item"))
                    .append(" | ").append(w.text("column.comment")).append(" |\n|---|---|---|\n");
            for (UncodedComment comment : themes.uncoded()) {
                md.append("| ").append(MarkdownText.escape(comment.participantId())).append(" | ").append(comment.itemId())
                        .append(" | ").append(MarkdownText.escape(comment.excerpt())).append(" |\n");
            }
            md.append("\n");
        }
    }

    private static boolean allSuppressed(List<CategoryRow> rows) {
        return !rows.isEmpty() && rows.stream().allMatch(row -> row.figure().isSuppressed());
    }

    private static String ci(ReportWording w, Figure figure) {
        String interval = w.interval(figure);
        return interval.isEmpty() ? "" : w.text("ci", "interval", interval);
    }
}
