package org.mentorkit.export;

import java.util.List;
import java.util.Objects;

/**
 * What the evaluation report shows, already counted (by the surveys module or by the caller). Every figure carries
 * its own n, since item non-response differs by item and wave.
 *
 * @param responseRates  per wave: how many returned the survey of how many were invited
 * @param outcomes       yes/no outcomes before and after (e.g. "has a signature talk")
 * @param distributions  answer distributions, e.g. Likert items ("the program was worthwhile")
 * @param themes         free-text themes and how many answers mention each
 * @param demographics   demographic distributions; when empty the report counts the cohort's mentees instead
 * @param withheldBelow  0 when every count is shown (committee); else the threshold below which counts were withheld
 *                       before they reached this record (public audience), which the report then states
 */
public record EvaluationResults(
        List<WaveResponse> responseRates,
        List<Outcome> outcomes,
        List<Distribution> distributions,
        Distribution themes,
        List<Distribution> demographics,
        int withheldBelow) {

    public EvaluationResults {
        if (withheldBelow < 0) {
            throw new IllegalArgumentException("withheldBelow must be 0 (nothing withheld) or a threshold; was " + withheldBelow);
        }
        responseRates = List.copyOf(responseRates);
        outcomes = List.copyOf(outcomes);
        distributions = List.copyOf(distributions);
        Objects.requireNonNull(themes, "themes");
        demographics = List.copyOf(demographics);
    }

    /** Returned and invited counts of one survey wave; {@code returned} may be {@link #WITHHELD}. */
    public record WaveResponse(String wave, int returned, int invited) {
        public WaveResponse {
            Objects.requireNonNull(wave, "wave");
            checkCount(returned, "returned");
        }
    }

    /**
     * A count that was withheld (public audience: below the threshold, or it would reveal one). It is shown as
     * withheld, never drawn as zero and never left out, so a reader sees every category.
     */
    public static final int WITHHELD = -1;

    /**
     * A yes/no outcome before and after, each with its own n; {@code note} says e.g. whether waves are paired. A
     * count may be {@link #WITHHELD}.
     */
    public record Outcome(String label, int preYes, int preN, int postYes, int postN, String note) {
        public Outcome {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(note, "note");
            checkCount(preYes, "preYes");
            checkCount(postYes, "postYes");
        }
    }

    /** Counts of answers to one question; {@code n} is the number who answered it. */
    public record Distribution(String title, List<Count> counts, int n) {
        public Distribution {
            Objects.requireNonNull(title, "title");
            counts = List.copyOf(counts);
        }
    }

    /** One answer (or theme) and how many gave it; the count may be {@link #WITHHELD}. */
    public record Count(String label, int count) {
        public Count {
            Objects.requireNonNull(label, "label");
            checkCount(count, "count");
        }

        /** A category whose count is withheld. */
        public static Count withheld(String label) {
            return new Count(label, WITHHELD);
        }

        public boolean isWithheld() {
            return count == WITHHELD;
        }
    }

    private static void checkCount(int count, String name) {
        if (count < 0 && count != WITHHELD) {
            throw new IllegalArgumentException(name + " must be 0 or more, or WITHHELD; was " + count);
        }
    }
}
