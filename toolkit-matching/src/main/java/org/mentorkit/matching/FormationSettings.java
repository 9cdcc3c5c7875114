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
    private final java.util.Set<Integer> peerOnly;
    private final boolean cpuTime;

    private FormationSettings(Builder b) {
        seed = b.seed;
        timeLimit = b.timeLimit;
        maxIdleRounds = b.maxIdleRounds;
        cancelled = b.cancelled;
        listener = b.listener;
        randomBaselineDraws = b.randomBaselineDraws;
        sessions = b.sessions;
        sessionMinutes = b.sessionMinutes;
        peerOnly = b.peerOnly;
        cpuTime = b.cpuTime;
    }

    /**
     * The settings a coordinator gets without asking for any.
     *
     * @return seed 1, at most 10 s, stop after 100 rounds without improvement, 20 random draws for the comparison,
     *         every session date of the cadence counted, no cancellation, no listener
     */
    public static FormationSettings defaults() {
        return builder().build();
    }

    /**
     * Starts settings that differ from the defaults in a few values.
     *
     * @return a new builder holding the values of {@link #defaults()}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The seed of every random choice (search, random comparison, slot repair).
     *
     * @return the seed; any value is allowed
     */
    public long seed() {
        return seed;
    }

    /**
     * The longest the whole formation may take: setup, search, slot choice and explanation share it, wall-clock time
     * unless {@link #cpuTime()} says otherwise.
     *
     * @return a positive duration
     */
    public Duration timeLimit() {
        return timeLimit;
    }

    /**
     * Which clock the time limit is counted on.
     *
     * @return false (the default) for wall-clock time; true for the CPU time of the thread running the formation,
     *         which benchmarks on a shared machine use so that the load does not decide how much work fits
     */
    public boolean cpuTime() {
        return cpuTime;
    }

    /**
     * When the search may stop before its time limit: after this many rounds without a better grouping it has
     * converged ({@link FormationResult#converged()}).
     *
     * @return at least 1
     */
    public int maxIdleRounds() {
        return maxIdleRounds;
    }

    /**
     * The cancellation flag, polled from the thread running the formation. When it turns true the search stops with
     * the best grouping so far; if that grouping breaks a hard rule, formation throws a
     * {@link org.mentorkit.model.ToolkitException} with code {@link org.mentorkit.model.ErrorCode#CANCELLED}.
     *
     * @return the flag; never null (the default is never true)
     */
    public BooleanSupplier cancelled() {
        return cancelled;
    }

    /**
     * Receives the search's progress a few times a second, on the thread running the formation.
     *
     * @return the listener; never null ({@link ProgressListener#NONE} by default)
     */
    public ProgressListener listener() {
        return listener;
    }

    /**
     * How many random groupings {@link FormationResult#randomFigures()} averages over at most (big cohorts use fewer,
     * since the mean of a few is already stable there).
     *
     * @return at least 1
     */
    public int randomBaselineDraws() {
        return randomBaselineDraws;
    }

    /**
     * How many sessions each group holds: the first this many of the cadence's dates on the slot's weekday are the
     * ones a slot is judged on, as {@code schedule} places a curriculum's sessions on them; 0 (the default) counts
     * every date the cadence gives over the program.
     *
     * @return the number of sessions, or 0 for every date of the cadence
     */
    public int sessions() {
        return sessions;
    }

    /**
     * How long a slot must be, so that the longest session fits.
     *
     * @return the length of the longest session in minutes, or 0 (the default) for the cadence's
     *         {@code sessionMinutes}
     */
    public int sessionMinutes() {
        return sessionMinutes;
    }

    /**
     * Which sessions mentors do not attend: their availability is not counted for them, as {@code schedule} does not
     * invite them.
     *
     * @return the numbers (1 = first) of the peer-only sessions, unmodifiable; empty (the default) when mentors attend
     *         every session
     */
    public java.util.Set<Integer> peerOnlySessions() {
        return peerOnly;
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
        private java.util.Set<Integer> peerOnly = java.util.Set.of();
        private boolean cpuTime;

        private Builder() {
        }

        /**
         * Sets the seed; the same cohort, seed and settings give the same groups when the search converges.
         *
         * @param value any seed (default 1)
         * @return this builder
         */
        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /**
         * Sets the time limit of the whole formation.
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
         * Sets the clock the time limit is counted on.
         *
         * @param value true for the CPU time of the thread running the formation (for benchmarks on a shared
         *              machine), false (the default) for wall-clock time
         * @return this builder
         */
        public Builder cpuTime(boolean value) {
            cpuTime = value;
            return this;
        }

        /**
         * Sets how many search rounds without a better grouping end the search before its time limit.
         *
         * @param value at least 1 (default 100); more rounds search longer for a slightly better grouping
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
         * Sets the cancellation flag, for example a user's "stop" button; see {@link FormationSettings#cancelled()}.
         *
         * @param value polled during the search; it must be cheap and safe to call from the formation's thread
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder cancelled(BooleanSupplier value) {
            cancelled = Objects.requireNonNull(value, "cancelled");
            return this;
        }

        /**
         * Sets the progress listener (the command line draws its progress bar with it).
         *
         * @param value called a few times a second on the formation's thread; it should return quickly
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder listener(ProgressListener value) {
            listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        /**
         * Sets how many random groupings the comparison with random groups averages at most.
         *
         * @param value at least 1 (default 20)
         * @return this builder
         * @throws IllegalArgumentException if {@code value} is below 1
         */
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
         *
         * @param count          how many sessions each group holds, at least 1
         * @param longestMinutes the length of the longest session in minutes, at least 1
         * @return this builder
         * @throws IllegalArgumentException if either is below 1
         */
        public Builder sessions(int count, int longestMinutes) {
            if (count < 1 || longestMinutes < 1) {
                throw new IllegalArgumentException("sessions needs at least 1 session of at least 1 minute, got "
                        + count + " sessions of " + longestMinutes + " minutes");
            }
            sessions = count;
            sessionMinutes = longestMinutes;
            peerOnly = java.util.Set.of();
            return this;
        }

        /**
         * Sets the sessions as {@link #sessions(int, int)} does, and which of them are peer-only: mentors do not attend
         * those (as {@code schedule} does not invite them), so a mentor's availability counts for the other sessions
         * only.
         *
         * @param count           how many sessions each group holds, at least 1
         * @param longestMinutes  the length of the longest session in minutes, at least 1
         * @param peerOnlyNumbers the numbers (1 = first, each at most {@code count}) of the peer-only sessions; empty
         *                        when mentors attend every session
         * @return this builder
         * @throws NullPointerException     if {@code peerOnlyNumbers} is null
         * @throws IllegalArgumentException if {@code count} or {@code longestMinutes} is below 1, or a number is
         *                                  null or outside 1 to {@code count}
         */
        public Builder sessions(int count, int longestMinutes, java.util.Set<Integer> peerOnlyNumbers) {
            sessions(count, longestMinutes);
            for (Integer n : Objects.requireNonNull(peerOnlyNumbers, "peerOnlyNumbers")) {
                if (n == null || n < 1 || n > count) {
                    throw new IllegalArgumentException("peer-only session numbers must be between 1 and " + count
                            + ", got " + n);
                }
            }
            peerOnly = java.util.Set.copyOf(peerOnlyNumbers);
            return this;
        }

        /**
         * Builds the settings; the builder may be changed and used again afterwards.
         *
         * @return immutable settings holding the builder's current values
         */
        public FormationSettings build() {
            return new FormationSettings(this);
        }
    }
}
