package org.mentorkit.matching.core;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * How long and how a {@link GroupingSolver} searches.
 *
 * <p>A search stops at the first of: the time limit, {@code maxIdleRounds} rounds without a better result, or
 * cancellation. Given the same instance, seed and a stop by {@code maxIdleRounds} (not by time), the result is the
 * same on every run and machine; a stop by time depends on the machine's speed. An optional checkpoint lets the
 * caller decide part-way whether the rest of the time limit is worth searching for (see
 * {@link Builder#checkpoint(Duration, Predicate)}).
 */
public final class SolverOptions {

    private final long seed;
    private final Duration timeLimit;
    private final int maxIdleRounds;
    private final BooleanSupplier cancelled;
    private final ProgressListener listener;
    private final boolean cpuTime;
    private final Duration checkpointAt;
    private final Predicate<int[]> goOn;
    private final int[] start;

    private SolverOptions(Builder b) {
        start = b.start == null ? null : b.start.clone();
        cpuTime = b.cpuTime;
        checkpointAt = b.checkpointAt;
        goOn = b.goOn;
        seed = b.seed;
        timeLimit = b.timeLimit;
        maxIdleRounds = b.maxIdleRounds;
        cancelled = b.cancelled;
        listener = b.listener;
    }

    /**
     * Starts options for one search.
     *
     * @return a builder with seed 1, a 10 s wall-clock limit, no idle-round limit, no cancellation and no listener
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The seed of every random choice of the search.
     *
     * @return the seed; any value is allowed
     */
    public long seed() {
        return seed;
    }

    /**
     * The longest the search may run, on the clock {@link #cpuTime()} chooses.
     *
     * @return a positive duration
     */
    public Duration timeLimit() {
        return timeLimit;
    }

    /**
     * When the search has converged: after this many rounds (each the local optimisation of a new candidate, a
     * recombined or a perturbed one) without a better best-so-far, it stops with
     * {@link GroupingSolution.StopReason#CONVERGED}.
     *
     * @return at least 1; {@link Integer#MAX_VALUE} (the default) means only the time limit or cancellation stop it
     */
    public int maxIdleRounds() {
        return maxIdleRounds;
    }

    /**
     * The cancellation flag, polled on the searching thread; when it returns true the search stops with
     * {@link GroupingSolution.StopReason#CANCELLED} and returns its best so far.
     *
     * @return the flag; never null (the default is never true)
     */
    public BooleanSupplier cancelled() {
        return cancelled;
    }

    /**
     * Receives the search's progress a few times a second and once at the end, on the searching thread.
     *
     * @return the listener; never null ({@link ProgressListener#NONE} by default)
     */
    public ProgressListener listener() {
        return listener;
    }

    /**
     * Which clock the time limit is counted on.
     *
     * @return true for the searching thread's CPU time, false (the default) for wall-clock time
     */
    public boolean cpuTime() {
        return cpuTime;
    }

    /**
     * When the search asks the caller whether to go on (see {@link Builder#checkpoint(Duration, Predicate)}).
     *
     * @return the time on the search's clock from its start; empty when there is no checkpoint
     */
    public java.util.Optional<Duration> checkpointAt() {
        return java.util.Optional.ofNullable(checkpointAt);
    }

    /**
     * The caller's partial starting assignment for the first search, if any (see {@link Builder#start(int[])}).
     *
     * @return a copy: per item its group, or -1 where the search chooses; empty when none was given
     */
    public java.util.Optional<int[]> start() {
        return java.util.Optional.ofNullable(start).map(int[]::clone);
    }

    /**
     * Whether to search on after the checkpoint, given the best assignment so far.
     *
     * @return the caller's test; never null (always true without a checkpoint)
     */
    public Predicate<int[]> goOn() {
        return goOn;
    }

    /** Builds {@link SolverOptions}. */
    public static final class Builder {
        private long seed = 1;
        private Duration timeLimit = Duration.ofSeconds(10);
        private int maxIdleRounds = Integer.MAX_VALUE;
        private BooleanSupplier cancelled = () -> false;
        private ProgressListener listener = ProgressListener.NONE;
        private boolean cpuTime;
        private Duration checkpointAt;
        private Predicate<int[]> goOn = best -> true;
        private int[] start;

        private Builder() {
        }

        /**
         * Sets the seed; the same instance, seed and options give the same search, up to where the time limit cuts
         * it.
         *
         * @param value any seed (default 1)
         * @return this builder
         */
        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /**
         * Sets the time limit.
         *
         * @param value a positive duration (default 10 s)
         * @return this builder
         * @throws NullPointerException     if {@code value} is null
         * @throws IllegalArgumentException if {@code value} is zero or negative
         */
        public Builder timeLimit(Duration value) {
            Objects.requireNonNull(value, "timeLimit");
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("the time limit must be positive, got " + value);
            }
            timeLimit = value;
            return this;
        }

        /**
         * Sets how many rounds without improvement stop the search.
         *
         * @param value at least 1 (default: no limit)
         * @return this builder
         * @throws IllegalArgumentException if {@code value} is below 1
         */
        public Builder maxIdleRounds(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxIdleRounds must be at least 1, got " + value);
            }
            maxIdleRounds = value;
            return this;
        }

        /**
         * Sets the cancellation flag.
         *
         * @param value polled often on the searching thread: it must be cheap, and safe to read while another
         *              thread sets it (an {@code AtomicBoolean} or a volatile field)
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder cancelled(BooleanSupplier value) {
            cancelled = Objects.requireNonNull(value, "cancelled");
            return this;
        }

        /**
         * Sets the progress listener.
         *
         * @param value called a few times a second on the searching thread; it should return quickly
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder listener(ProgressListener value) {
            listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        /**
         * Count the time limit in CPU time of the searching thread (as the MDGP literature does), so that a benchmark
         * on a busy machine measures the algorithm rather than the machine's load.
         *
         * @param value true for CPU time, false (the default) for wall-clock time
         * @return this builder
         */
        public Builder cpuTime(boolean value) {
            cpuTime = value;
            return this;
        }

        /**
         * Sets a checkpoint: when {@code at} has passed on the search's clock, the search calls {@code goOn} once with
         * a copy of the best assignment found so far (one keeping every rule; without one it stops there) and searches
         * on to the time limit only if it returns true. A caller whose later work depends on the result (for example
         * repairing what the search could not see) uses it to keep time back only when that work is needed.
         *
         * @param at   a positive duration, below the time limit
         * @param goOn called on the searching thread; it should return quickly and must not keep the array
         * @return this builder
         * @throws NullPointerException     if an argument is null
         * @throws IllegalArgumentException if {@code at} is zero or negative
         */
        public Builder checkpoint(Duration at, Predicate<int[]> goOn) {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(goOn, "goOn");
            if (at.isNegative() || at.isZero()) {
                throw new IllegalArgumentException("the checkpoint must be positive, got " + at);
            }
            checkpointAt = at;
            this.goOn = goOn;
            return this;
        }

        /**
         * Sets where the first search starts: each item in the group given for it (-1: free), where the group bounds,
         * fixed items and forbidden groups allow; the other items are placed as a random start places them. Re-forming
         * starts from the previous groups this way, so that even a short search returns a grouping close to them; the
         * rest of the search (its other starts, crossover and perturbation) is unchanged. When the given groups leave
         * some group below its lower bound with too few free items to fill it, the first search starts at random.
         *
         * @param assignment per item, a group index from 0 or -1; copied
         * @return this builder
         * @throws NullPointerException     if {@code assignment} is null
         * @throws IllegalArgumentException if an entry is below -1
         */
        public Builder start(int[] assignment) {
            Objects.requireNonNull(assignment, "assignment");
            for (int g : assignment) {
                if (g < -1) {
                    throw new IllegalArgumentException("a start's group must be -1 (free) or an index from 0, got " + g);
                }
            }
            start = assignment.clone();
            return this;
        }

        /**
         * Builds the options; the builder may be changed and used again afterwards.
         *
         * @return immutable options holding the builder's current values
         */
        public SolverOptions build() {
            if (checkpointAt != null && checkpointAt.compareTo(timeLimit) >= 0) {
                throw new IllegalArgumentException("the checkpoint (" + checkpointAt + ") must come before the time limit ("
                        + timeLimit + ")");
            }
            return new SolverOptions(this);
        }
    }
}
