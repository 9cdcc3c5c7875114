package org.mentorkit.surveys.report;

import java.util.List;

/**
 * How to build a report.
 *
 * @param audience    committee (everything) or public (suppressed)
 * @param threshold   the small-cell threshold for public reports (default 5; some bodies use 11)
 * @param codebook    the themes for free-text coding
 * @param manualCodes a person's codes, overriding the automatic ones
 * @param groupings   extra lines for the cohort description
 */
public record ReportSettings(Audience audience, int threshold, Codebook codebook, ManualCodes manualCodes,
                             List<Grouping> groupings) {

    /** The default threshold: counts below 5 are withheld in public reports. */
    public static final int DEFAULT_THRESHOLD = 5;

    public ReportSettings {
        audience = audience == null ? Audience.COMMITTEE : audience;
        if (threshold < 1) {
            throw new IllegalArgumentException("the threshold must be at least 1; was " + threshold);
        }
        codebook = codebook == null ? Codebook.defaults() : codebook;
        manualCodes = manualCodes == null ? ManualCodes.none() : manualCodes;
        groupings = groupings == null ? List.of() : List.copyOf(groupings);
    }

    /** Committee audience, threshold 5, the default codebook, no manual codes, no groupings. */
    public static ReportSettings committee() {
        return new ReportSettings(Audience.COMMITTEE, DEFAULT_THRESHOLD, null, null, null);
    }

    /** A copy for another audience. */
    public ReportSettings withAudience(Audience newAudience) {
        return new ReportSettings(newAudience, threshold, codebook, manualCodes, groupings);
    }

    /** A copy with groupings. */
    public ReportSettings withGroupings(List<Grouping> newGroupings) {
        return new ReportSettings(audience, threshold, codebook, manualCodes, newGroupings);
    }

    /** A copy with manual codes. */
    public ReportSettings withManualCodes(ManualCodes codes) {
        return new ReportSettings(audience, threshold, codebook, codes, groupings);
    }
}
