package org.mentorkit.surveys.report;

import java.util.List;
import java.util.Locale;
import org.mentorkit.model.internal.text.MarkdownText;

/**
 * The report as Markdown: tables of figures, each {@code k/n (p%)} with its 95% interval, and theme excerpts.
 * Participant and comment text is escaped so that it can never break a table or start markup.
 */
public final class MarkdownReport {

    /** Kirkpatrick levels as the items table names them; index 0 is "no level". */
    private static final List<String> LEVELS = List.of("", "1 reaction", "2 learning", "3 behaviour", "4 results");

    private MarkdownReport() {
    }

    /** The Markdown text of the report. */
    public static String write(EvaluationReport report) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(MarkdownText.escape(report.title())).append("\n\n");
        md.append("Audience: **").append(report.audience().name().toLowerCase(Locale.ROOT)).append("**");
        if (report.audience() == Audience.PUBLIC) {
            md.append(" (counts from 1 to ").append(report.threshold() - 1).append(" suppressed)");
        }
        md.append(".\n\n");
        cohort(md, report.cohort());
        rates(md, report.responseRates());
        paired(md, report.paired());
        items(md, report.items());
        themes(md, report.themes());
        md.append("## Notes on method\n\n");
        for (String note : report.notes()) {
            md.append("- ").append(MarkdownText.escape(note)).append("\n");
        }
        return md.toString();
    }

    private static void cohort(StringBuilder md, CohortDescription cohort) {
        md.append("## Who took part\n\n").append(count(cohort.mentees(), "mentee", "mentees")).append(" and ")
                .append(count(cohort.mentors(), "mentor", "mentors")).append(".\n\n");
        tables(md, "Mentees", cohort.menteeTables());
        tables(md, "Mentors", cohort.mentorTables());
    }

    private static void tables(StringBuilder md, String who, List<AttributeTable> tables) {
        for (AttributeTable table : tables) {
            md.append("### ").append(who).append(": ").append(MarkdownText.escape(table.label())).append("\n\n");
            if (table.multiValued()) {
                md.append("Several values per person are possible; percentages need not add up to 100.\n\n");
            }
            if (allSuppressed(table.rows())) {
                md.append(ALL_SUPPRESSED.formatted("This table", table.n())).append("\n\n");
                continue;
            }
            md.append("| ").append(MarkdownText.escape(table.label())).append(" | n (%) | 95% CI |\n|---|---:|---:|\n");
            for (CategoryRow row : table.rows()) {
                md.append("| ").append(MarkdownText.escape(row.label())).append(" | ").append(row.figure().text())
                        .append(" | ").append(row.figure().intervalText()).append(" |\n");
            }
            md.append("\n");
        }
    }

    private static void rates(StringBuilder md, List<WaveRate> rates) {
        md.append("## Response rates\n\n| Instrument | Wave | Returned / invited | 95% CI |\n|---|---|---:|---:|\n");
        for (WaveRate rate : rates) {
            md.append("| ").append(MarkdownText.escape(rate.title())).append(" | ").append(rate.wave()).append(" | ")
                    .append(rate.returned().text()).append(" | ").append(rate.returned().intervalText()).append(" |\n");
        }
        md.append("\n");
    }

    private static void paired(StringBuilder md, List<PairedComparison> paired) {
        if (paired.isEmpty()) {
            return;
        }
        md.append("## Before and after\n\n");
        for (PairedComparison p : paired) {
            md.append("### ").append(MarkdownText.escape(p.text())).append("\n\n");
            md.append("Unpaired (everyone who answered in each wave): before ").append(p.beforeUnpaired().text())
                    .append(ci(p.beforeUnpaired())).append("; after ").append(p.afterUnpaired().text())
                    .append(ci(p.afterUnpaired())).append(".\n\n");
            md.append("Paired (the ").append(p.pairs()).append(" people who answered both waves): ");
            if (p.yesYes().isEmpty()) {
                md.append("suppressed (a cell is below the threshold).\n\n");
                continue;
            }
            md.append("yes both times ").append(p.yesYes().getAsInt()).append(", yes then no ").append(p.yesNo().getAsInt())
                    .append(", no then yes ").append(p.noYes().getAsInt()).append(", no both times ")
                    .append(p.noNo().getAsInt()).append(".");
            if (p.exactP().isPresent()) {
                md.append(" McNemar exact p = ").append(pValue(p.exactP().getAsDouble())).append(", mid-p = ")
                        .append(pValue(p.midP().getAsDouble())).append(" (two-sided).");
            }
            md.append("\n\n");
        }
    }

    private static void items(StringBuilder md, List<ItemResult> items) {
        md.append("## Answers by item\n\n");
        md.append("| Instrument | Item | Level | Answered | Figure | 95% CI | Median (IQR) |\n|---|---|---|---:|---|---:|---|\n");
        for (ItemResult item : items) {
            String figure = item.headline().map(f -> MarkdownText.escape(item.headlineLabel()) + ": " + f.text()).orElse("");
            String ci = item.headline().map(Figure::intervalText).orElse("");
            String spread = item.spread().map(s -> number(s.median()) + " (" + number(s.q1()) + "-" + number(s.q3()) + ")")
                    .orElse("");
            md.append("| ").append(item.instrumentId()).append(" | ").append(MarkdownText.escape(item.text())).append(" | ")
                    .append(LEVELS.get(item.kirkpatrickLevel())).append(" | ").append(item.answered()).append(" | ").append(figure).append(" | ").append(ci).append(" | ")
                    .append(spread).append(" |\n");
        }
        md.append("\n");
        for (ItemResult item : items) {
            if (item.distribution().isEmpty() || item.kind() == org.mentorkit.surveys.ItemKind.YES_NO) {
                continue;
            }
            md.append("### ").append(item.instrumentId()).append(": ").append(MarkdownText.escape(item.text())).append("\n\n");
            if (allSuppressed(item.distribution())) {
                md.append(ALL_SUPPRESSED.formatted("This question", item.answered())).append("\n\n");
                continue;
            }
            md.append("| Answer | n (%) |\n|---|---:|\n");
            for (CategoryRow row : item.distribution()) {
                md.append("| ").append(MarkdownText.escape(row.label())).append(" | ").append(row.figure().text()).append(" |\n");
            }
            md.append("\n");
        }
    }

    private static void themes(StringBuilder md, ThemeSummary themes) {
        md.append("## Themes in comments\n\n").append(themes.comments()).append(" comments.\n\n");
        if (!themes.themes().isEmpty() && themes.themes().stream().allMatch(t -> t.comments().isSuppressed())) {
            md.append(ALL_SUPPRESSED.formatted("Comments by theme", themes.comments())).append("\n\n");
        } else {
            md.append("| Theme | Comments |\n|---|---:|\n");
            for (ThemeResult theme : themes.themes()) {
                md.append("| ").append(MarkdownText.escape(theme.label())).append(" | ").append(theme.comments().text()).append(" |\n");
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
        md.append("Comments that matched no theme: ").append(themes.uncodedCount().text()).append(".\n\n");
        if (!themes.uncoded().isEmpty()) {
            md.append("### Comments to code by hand\n\nAdd a row to the manual-codes CSV (participant_id,item_id,themes)"
                    + " for each.\n\n| Participant | Item | Comment |\n|---|---|---|\n");
            for (UncodedComment comment : themes.uncoded()) {
                md.append("| ").append(MarkdownText.escape(comment.participantId())).append(" | ").append(comment.itemId())
                        .append(" | ").append(MarkdownText.escape(comment.excerpt())).append(" |\n");
            }
            md.append("\n");
        }
    }

    /** A table whose every count is withheld is one sentence, not a header over suppressed cells. */
    private static final String ALL_SUPPRESSED = "%s: every count is suppressed (n = %d); each is below the threshold"
            + " or would reveal one.";

    private static boolean allSuppressed(List<CategoryRow> rows) {
        return !rows.isEmpty() && rows.stream().allMatch(row -> row.figure().isSuppressed());
    }

    private static String ci(Figure figure) {
        String interval = figure.intervalText();
        return interval.isEmpty() ? "" : ", 95% CI " + interval;
    }

    private static String pValue(double p) {
        return p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** "1 mentor", "2 mentors". */
    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
