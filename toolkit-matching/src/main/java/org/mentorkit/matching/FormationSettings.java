package org.mentorkit.matching;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.mentorkit.matching.core.ProgressListener;

/**
 * How {@link GroupFormation} searches: seed, time limit, when to stop early, cancellation and a progress listener.
 * The same cohort, seed and settings give the same groups whenever the search stops by convergence rather than by
 * the time limit (a slow or busy machine can hit the limit earlier in the search).
 */
public final class FormationSettings {

    private final long seed;
    private final Duration timeLimit;
    private final int maxIdleRounds;
    private final BooleanSupplier cancelled;
    private final ProgressListener listener;
    private final int randomBaselineDraws;
    private final int sessions;
    private final int sessionMinutes;

    private FormationSettings(Builder b) {
        seed = b.seed;
        timeLimit = b.timeLimit;
        maxIdleRounds = b.maxIdleRounds;
        cancelled = b.cancelled;
        listener = b.listener;
        randomBaselineDraws = b.randomBaselineDraws;
        sessions = b.sessions;
        sessionMinutes = b.sessionMinutes;
    }

    /** Seed 1, at most 10 s, stop after 100 rounds without improvement, no cancellation, no listener. */
    public static FormationSettings defaults() {
        return builder().build();
    }

    /** A builder starting from {@link #defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The seed of every random choice. */
    public long seed() {
        return seed;
    }

    /** The longest the whole formation may take (setup, search and explanation). */
    public Duration timeLimit() {
        return timeLimit;
    }

    /** Search rounds without a better grouping after which the search stops before its time limit. */
    public int maxIdleRounds() {
        return maxIdleRounds;
    }

    /** Polled during the search; true stops it with the best grouping so far. */
    public BooleanSupplier cancelled() {
        return cancelled;
    }

    /** Receives progress a few times a second. */
    public ProgressListener listener() {
        return listener;
    }

    /** How many random groupings the result's comparison averages over. */
    public int randomBaselineDraws() {
        return randomBaselineDraws;
    }

    /**
     * How many sessions each group holds: the first this many of the cadence's dates on the slot's weekday are the
     * ones a slot is judged on, as {@code schedule} places a curriculum's sessions on them; 0 (the default) counts
     * every date the cadence gives over the program.
     */
    public int sessions() {
        return sessions;
    }

    /** The length of the longest session in minutes, or 0 (the default) for the cadence's {@code sessionMinutes}. */
    public int sessionMinutes() {
        return sessionMinutes;
    }

    /** Builds {@link FormationSettings}. */
    public static final class Builder {
        private long seed = 1;
        private Duration timeLimit = Duration.ofSeconds(10);
        private int maxIdleRounds = 100;
        private BooleanSupplier cancelled = () -> false;
        private ProgressListener listener = ProgressListener.NONE;
        private int randomBaselineDraws = 20;
        private int sessions;
        private int sessionMinutes;

        private Builder() {
        }

        /** The seed; the same seed gives the same groups when the search converges. */
        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /** The time limit (positive). */
        public Builder timeLimit(Duration value) {
            Objects.requireNonNull(value, "timeLimit");
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("the time limit must be positive, got " + value);
            }
            timeLimit = value;
            return this;
        }

        /** Stop after this many rounds without a better grouping (at least 1). */
        public Builder maxIdleRounds(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxIdleRounds must be at least 1, got " + value);
            }
            maxIdleRounds = value;
            return this;
        }

        /** A cancellation flag. */
        public Builder cancelled(BooleanSupplier value) {
            cancelled = Objects.requireNonNull(value, "cancelled");
            return this;
        }

        /** A progress listener (the command line draws a bar with it). */
        public Builder listener(ProgressListener value) {
            listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        /** How many random groupings the comparison averages (at least 1). */
        public Builder randomBaselineDraws(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("randomBaselineDraws must be at least 1, got " + value);
            }
            randomBaselineDraws = value;
            return this;
        }

        /**
         * The sessions the groups will hold, e.g. a curriculum's: {@code count} sessions (at least 1), the longest
         * {@code longestMinutes} long (at least 1). Slots are then chosen for exactly the dates and length that
         * {@code schedule} uses with that curriculum.
         */
        public Builder sessions(int count, int longestMinutes) {
            if (count < 1 || longestMinutes < 1) {
                throw new IllegalArgumentException("sessions needs at least 1 session of at least 1 minute, got "
                        + count + " sessions of " + longestMinutes + " minutes");
            }
            sessions = count;
            sessionMinutes = longestMinutes;
            return this;
        }

        /** The settings. */
        public FormationSettings build() {
            return new FormationSettings(this);
        }
    }
}
