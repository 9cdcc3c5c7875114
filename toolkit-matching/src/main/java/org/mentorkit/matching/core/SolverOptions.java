package org.mentorkit.matching.core;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * How long and how a {@link GroupingSolver} searches.
 *
 * <p>A search stops at the first of: the time limit, {@code maxIdleRounds} rounds without a better result, or
 * cancellation. Given the same instance, seed and a stop by {@code maxIdleRounds} (not by time), the result is the
 * same on every run and machine; a stop by time depends on the machine's speed.
 */
public final class SolverOptions {

    private final long seed;
    private final Duration timeLimit;
    private final int maxIdleRounds;
    private final BooleanSupplier cancelled;
    private final ProgressListener listener;
    private final boolean cpuTime;

    private SolverOptions(Builder b) {
        cpuTime = b.cpuTime;
        seed = b.seed;
        timeLimit = b.timeLimit;
        maxIdleRounds = b.maxIdleRounds;
        cancelled = b.cancelled;
        listener = b.listener;
    }

    /** A builder with seed 1, a 10 s limit, no idle-round limit, no cancellation and no listener. */
    public static Builder builder() {
        return new Builder();
    }

    /** The seed of the random choices. */
    public long seed() {
        return seed;
    }

    /** The longest the search may run. */
    public Duration timeLimit() {
        return timeLimit;
    }

    /** Rounds (local optimisations) without improvement after which the search stops. */
    public int maxIdleRounds() {
        return maxIdleRounds;
    }

    /** Polled during the search; when it returns true the search stops and returns its best so far. */
    public BooleanSupplier cancelled() {
        return cancelled;
    }

    /** Receives progress. */
    public ProgressListener listener() {
        return listener;
    }

    /** Whether the time limit counts CPU time of the searching thread rather than wall-clock time. */
    public boolean cpuTime() {
        return cpuTime;
    }

    /** Builds {@link SolverOptions}. */
    public static final class Builder {
        private long seed = 1;
        private Duration timeLimit = Duration.ofSeconds(10);
        private int maxIdleRounds = Integer.MAX_VALUE;
        private BooleanSupplier cancelled = () -> false;
        private ProgressListener listener = ProgressListener.NONE;
        private boolean cpuTime;

        private Builder() {
        }

        /** The seed; the same seed gives the same search. */
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

        /** Stop after this many rounds without improvement (at least 1). */
        public Builder maxIdleRounds(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxIdleRounds must be at least 1, got " + value);
            }
            maxIdleRounds = value;
            return this;
        }

        /** A cancellation flag, polled often. */
        public Builder cancelled(BooleanSupplier value) {
            cancelled = Objects.requireNonNull(value, "cancelled");
            return this;
        }

        /** A progress listener. */
        public Builder listener(ProgressListener value) {
            listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        /**
         * Count the time limit in CPU time of the searching thread (as the MDGP literature does), so that a benchmark
         * on a busy machine measures the algorithm rather than the machine's load.
         */
        public Builder cpuTime(boolean value) {
            cpuTime = value;
            return this;
        }

        /** The options. */
        public SolverOptions build() {
            return new SolverOptions(this);
        }
    }
}
