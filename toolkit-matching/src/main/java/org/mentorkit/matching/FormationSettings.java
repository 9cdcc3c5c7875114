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

    private FormationSettings(Builder b) {
        seed = b.seed;
        timeLimit = b.timeLimit;
        maxIdleRounds = b.maxIdleRounds;
        cancelled = b.cancelled;
        listener = b.listener;
        randomBaselineDraws = b.randomBaselineDraws;
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

    /** Builds {@link FormationSettings}. */
    public static final class Builder {
        private long seed = 1;
        private Duration timeLimit = Duration.ofSeconds(10);
        private int maxIdleRounds = 100;
        private BooleanSupplier cancelled = () -> false;
        private ProgressListener listener = ProgressListener.NONE;
        private int randomBaselineDraws = 20;

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

        /** The settings. */
        public FormationSettings build() {
            return new FormationSettings(this);
        }
    }
}
