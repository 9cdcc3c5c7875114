package org.mentorkit.surveys.report;

import org.mentorkit.model.i18n.Language;
import org.mentorkit.model.i18n.LocalFormats;
import org.mentorkit.model.i18n.Texts;
import org.mentorkit.model.i18n.Translations;

/**
 * The report's wording and number formats in one language: the texts of the domain {@value #DOMAIN} and the
 * language's {@link LocalFormats}, so that every renderer (Markdown here, PDF and HTML in the export module) writes
 * "10/14 (71 %)", "0,016" or "omitido/14" the same way.
 */
public final class ReportWording {

    /** The translation domain of the report's fixed texts. */
    public static final String DOMAIN = "report.evaluation";

    private final Texts texts;
    private final LocalFormats formats;

    private ReportWording(Language language) {
        this.texts = Translations.load().texts(DOMAIN, language);
        this.formats = LocalFormats.of(language);
    }

    /**
     * The wording of a report, in the language it was built in.
     *
     * @param report a built report
     * @return the wording of {@link EvaluationReport#language()}
     */
    public static ReportWording of(EvaluationReport report) {
        return of(Language.of(report.language()));
    }

    /**
     * The wording in a language.
     *
     * @param language the language; texts it lacks fall back as the translation registry says
     * @return the wording
     */
    public static ReportWording of(Language language) {
        return new ReportWording(language);
    }

    /**
     * A text of the domain {@value #DOMAIN}, formatted with named arguments.
     *
     * @param key            the text's key, such as {@code figure.suppressed}
     * @param namesAndValues argument names each followed by its value ({@code "n", 14})
     * @return the formatted text
     */
    public String text(String key, Object... namesAndValues) {
        return texts.format(key, namesAndValues);
    }

    /**
     * A figure as the report shows it, in the language's number format.
     *
     * @param figure a figure of the report
     * @return {@code 10/14 (71%)} or {@code 10/14 (71 %)}; {@code suppressed/14} in the language when withheld (the
     *         count never appears); no percentage when n = 0
     */
    public String figure(Figure figure) {
        if (figure.isSuppressed()) {
            return text("figure.suppressed") + "/" + formats.integer(figure.n());
        }
        String counts = formats.integer(figure.count().getAsInt()) + "/" + formats.integer(figure.n());
        // Rounded half up first, as Figure.text() does, so every language shows the same whole percentage.
        return counts + (figure.percent().isPresent()
                ? " (" + formats.percent(Math.round(figure.percent().getAsDouble()) / 100.0, 0) + ")" : "");
    }

    /**
     * A figure's 95% interval in whole percent.
     *
     * @param figure a figure of the report
     * @return {@code 45-88%} or {@code 45-88 %}; "" when there is no interval (suppressed, or n = 0)
     */
    public String interval(Figure figure) {
        return figure.ci95().map(i -> formats.integer(Math.round(i.lower() * 100)) + "-"
                + formats.percent(Math.round(i.upper() * 100) / 100.0, 0)).orElse("");
    }

    /**
     * A p-value with three decimals.
     *
     * @param p the p-value, from 0 to 1
     * @return {@code 0.016} or {@code 0,016}; {@code <0.001} below 0.001
     */
    public String pValue(double p) {
        return p < 0.001 ? "<" + formats.number(0.001, 3) : formats.number(Math.round(p * 1000) / 1000.0, 3);
    }

    /**
     * A median or quartile.
     *
     * @param value the number
     * @return a whole number as such, else rounded to one decimal, in the language's format
     */
    public String number(double value) {
        return value == Math.rint(value) ? formats.integer((long) value) : formats.number(Math.round(value * 10) / 10.0, 1);
    }
}
