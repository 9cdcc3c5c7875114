package org.mentorkit.surveys.report;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * The evaluation of one cohort as data: what {@link MarkdownReport} writes as Markdown, what the export module renders
 * as PDF, and what {@link ReportJson} writes for other tools. It holds no names or e-mail addresses; in a
 * {@link Audience#PUBLIC} report the suppressed figures hold no counts at all.
 *
 * @param title         the report's title
 * @param programName   the program
 * @param audience      who it is for
 * @param threshold     the small-cell threshold in force for a public report
 * @param cohort        who took part
 * @param responseRates one per wave
 * @param items         one per item and wave
 * @param paired        pre/post comparisons of items with a pairing key
 * @param themes        the free-text themes
 * @param notes         how the figures were made, and what to keep in mind reading them
 * @param language      the BCP 47 tag of the language its texts are in (titles, labels, notes, item texts)
 */
@JsonbPropertyOrder({"title", "language", "programName", "audience", "threshold", "cohort", "responseRates", "items",
        "paired", "themes", "notes"})
public record EvaluationReport(String title, String programName, Audience audience, int threshold,
                               CohortDescription cohort, List<WaveRate> responseRates, List<ItemResult> items,
                               List<PairedComparison> paired, ThemeSummary themes, List<String> notes, String language) {

    /**
     * A report in English.
     *
     * @param title         the report's title
     * @param programName   the program
     * @param audience      who it is for
     * @param threshold     the small-cell threshold in force for a public report
     * @param cohort        who took part
     * @param responseRates one per wave
     * @param items         one per item and wave
     * @param paired        pre/post comparisons of items with a pairing key
     * @param themes        the free-text themes
     * @param notes         how the figures were made
     */
    public EvaluationReport(String title, String programName, Audience audience, int threshold,
                            CohortDescription cohort, List<WaveRate> responseRates, List<ItemResult> items,
                            List<PairedComparison> paired, ThemeSummary themes, List<String> notes) {
        this(title, programName, audience, threshold, cohort, responseRates, items, paired, themes, notes, "en");
    }

    /**
     * The report with its lists copied; an absent or blank language is {@code en}. The report is built by
     * {@link ReportBuilder}, which applies suppression; this constructor checks nothing.
     *
     * @param title         the report's title
     * @param programName   the program
     * @param audience      who it is for
     * @param threshold     the small-cell threshold in force for a public report
     * @param cohort        who took part
     * @param responseRates one per wave
     * @param items         one per item and wave
     * @param paired        pre/post comparisons of items with a pairing key
     * @param themes        the free-text themes
     * @param notes         how the figures were made
     * @param language      the BCP 47 tag of the language its texts are in
     * @throws NullPointerException when a list or an element of one is null
     */
    public EvaluationReport {
        language = language == null || language.isBlank() ? "en" : language;
        responseRates = List.copyOf(responseRates);
        items = List.copyOf(items);
        paired = List.copyOf(paired);
        notes = List.copyOf(notes);
    }

    /**
     * The result of an item in a wave's instrument.
     *
     * @param instrumentId the instrument's id
     * @param itemId       the item's id
     * @return the result, or empty when the report has none for that item (not in the instrument, or not reported)
     */
    public java.util.Optional<ItemResult> item(String instrumentId, String itemId) {
        return items.stream().filter(i -> i.instrumentId().equals(instrumentId) && i.itemId().equals(itemId)).findFirst();
    }
}
