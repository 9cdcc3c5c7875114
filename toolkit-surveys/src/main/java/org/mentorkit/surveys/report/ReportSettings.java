package org.mentorkit.surveys.report;

import java.util.List;
import org.mentorkit.model.i18n.Language;

/**
 * How to build a report.
 *
 * @param audience    committee (everything) or public (suppressed)
 * @param threshold   the small-cell threshold for public reports (default 5; some bodies use 11)
 * @param codebook    the themes for free-text coding
 * @param manualCodes a person's codes, overriding the automatic ones
 * @param groupings   extra lines for the cohort description
 * @param language    the language of the report's wording, labels and instrument texts (default English)
 */
public record ReportSettings(Audience audience, int threshold, Codebook codebook, ManualCodes manualCodes,
                             List<Grouping> groupings, Language language) {

    /** The default threshold: counts below 5 are withheld in public reports. */
    public static final int DEFAULT_THRESHOLD = 5;

    /**
     * The settings, with defaults for absent values: committee audience, the {@link Codebook#defaults() default
     * codebook}, {@link ManualCodes#none() no manual codes}, no groupings, English.
     *
     * @param audience    committee (everything) or public (suppressed)
     * @param threshold   the small-cell threshold for public reports, at least 1
     * @param codebook    the themes for free-text coding
     * @param manualCodes a person's codes, overriding the automatic ones
     * @param groupings   extra lines for the cohort description
     * @param language    the language of the report's wording, labels and instrument texts
     * @throws IllegalArgumentException when {@code threshold} is below 1
     */
    public ReportSettings {
        audience = audience == null ? Audience.COMMITTEE : audience;
        if (threshold < 1) {
            throw new IllegalArgumentException("the threshold must be at least 1; was " + threshold);
        }
        codebook = codebook == null ? Codebook.defaults() : codebook;
        manualCodes = manualCodes == null ? ManualCodes.none() : manualCodes;
        groupings = groupings == null ? List.of() : List.copyOf(groupings);
        language = language == null ? Language.ENGLISH : language;
    }

    /**
     * Settings for an English report.
     *
     * @param audience    committee (everything) or public (suppressed); null for committee
     * @param threshold   the small-cell threshold for public reports, at least 1
     * @param codebook    the themes for free-text coding; null for the default codebook
     * @param manualCodes a person's codes; null for none
     * @param groupings   extra lines for the cohort description; null for none
     * @throws IllegalArgumentException when {@code threshold} is below 1
     */
    public ReportSettings(Audience audience, int threshold, Codebook codebook, ManualCodes manualCodes,
                          List<Grouping> groupings) {
        this(audience, threshold, codebook, manualCodes, groupings, Language.ENGLISH);
    }

    /**
     * A copy for another language.
     *
     * @param newLanguage the language of the report's wording, labels and instrument texts
     * @return the new settings
     */
    public ReportSettings withLanguage(Language newLanguage) {
        return new ReportSettings(audience, threshold, codebook, manualCodes, groupings, newLanguage);
    }

    /**
     * Committee audience, threshold 5, the default codebook, no manual codes, no groupings, English.
     *
     * @return the settings
     */
    public static ReportSettings committee() {
        return new ReportSettings(Audience.COMMITTEE, DEFAULT_THRESHOLD, null, null, null);
    }

    /**
     * A copy for another audience.
     *
     * @param newAudience committee (everything) or public (suppressed)
     * @return the new settings
     */
    public ReportSettings withAudience(Audience newAudience) {
        return new ReportSettings(newAudience, threshold, codebook, manualCodes, groupings, language);
    }

    /**
     * A copy with groupings.
     *
     * @param newGroupings extra lines for the cohort description (replacing any given before)
     * @return the new settings
     */
    public ReportSettings withGroupings(List<Grouping> newGroupings) {
        return new ReportSettings(audience, threshold, codebook, manualCodes, newGroupings, language);
    }

    /**
     * A copy with manual codes.
     *
     * @param codes a person's codes, overriding the automatic ones
     * @return the new settings
     */
    public ReportSettings withManualCodes(ManualCodes codes) {
        return new ReportSettings(audience, threshold, codebook, codes, groupings, language);
    }
}
