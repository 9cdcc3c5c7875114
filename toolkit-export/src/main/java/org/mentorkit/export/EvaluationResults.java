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

    /**
     * The results as given, their lists copied.
     *
     * @param responseRates  per wave: how many returned the survey of how many were invited
     * @param outcomes       yes/no outcomes before and after
     * @param distributions  answer distributions
     * @param themes         free-text themes and how many answers mention each
     * @param demographics   demographic distributions; when empty the report counts the cohort's mentees instead
     * @param withheldBelow  0 when every count is shown; else the threshold below which counts were withheld
     * @throws IllegalArgumentException if {@code withheldBelow} is negative
     * @throws NullPointerException     if a list or {@code themes} is null
     */
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

    /**
     * Returned and invited counts of one survey wave.
     *
     * @param wave     the wave's name, e.g. "mid-program"
     * @param returned how many returned the survey, or {@link #WITHHELD}
     * @param invited  how many were invited
     */
    public record WaveResponse(String wave, int returned, int invited) {
        /**
         * The wave as given.
         *
         * @param wave     the wave's name
         * @param returned how many returned the survey, or {@link #WITHHELD}
         * @param invited  how many were invited
         * @throws IllegalArgumentException if {@code returned} is negative and not {@link #WITHHELD}
         */
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
     * A yes/no outcome before and after, each with its own n.
     *
     * @param label   the outcome, e.g. "has a signature talk"
     * @param preYes  how many said yes before, or {@link #WITHHELD}
     * @param preN    how many answered before
     * @param postYes how many said yes after, or {@link #WITHHELD}
     * @param postN   how many answered after
     * @param note    e.g. whether the waves are paired; "" when there is nothing to say
     */
    public record Outcome(String label, int preYes, int preN, int postYes, int postN, String note) {
        /**
         * The outcome as given.
         *
         * @param label   the outcome
         * @param preYes  how many said yes before, or {@link #WITHHELD}
         * @param preN    how many answered before
         * @param postYes how many said yes after, or {@link #WITHHELD}
         * @param postN   how many answered after
         * @param note    a remark for the reader, or ""
         * @throws IllegalArgumentException if a yes count is negative and not {@link #WITHHELD}
         */
        public Outcome {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(note, "note");
            checkCount(preYes, "preYes");
            checkCount(postYes, "postYes");
        }
    }

    /**
     * Counts of answers to one question.
     *
     * @param title  the question or category, as the report heads it
     * @param counts one count per answer (or theme), in the order shown
     * @param n      the number who answered the question
     */
    public record Distribution(String title, List<Count> counts, int n) {
        /**
         * The distribution as given, its list copied.
         *
         * @param title  the question or category
         * @param counts one count per answer, in the order shown
         * @param n      the number who answered
         */
        public Distribution {
            Objects.requireNonNull(title, "title");
            counts = List.copyOf(counts);
        }
    }

    /**
     * One answer (or theme) and how many gave it.
     *
     * @param label the answer or theme
     * @param count how many gave it, or {@link #WITHHELD}
     */
    public record Count(String label, int count) {
        /**
         * The count as given.
         *
         * @param label the answer or theme
         * @param count how many gave it, or {@link #WITHHELD}
         * @throws IllegalArgumentException if {@code count} is negative and not {@link #WITHHELD}
         */
        public Count {
            Objects.requireNonNull(label, "label");
            checkCount(count, "count");
        }

        /**
         * A category whose count is withheld, so the reader still sees the category.
         *
         * @param label the answer or theme
         * @return the count, {@link #WITHHELD}
         */
        public static Count withheld(String label) {
            return new Count(label, WITHHELD);
        }

        /**
         * Whether the count is withheld rather than known.
         *
         * @return true when {@link #count()} is {@link #WITHHELD}
         */
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
