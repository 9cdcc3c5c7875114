package org.mentorkit.matching.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.mentorkit.model.CriterionWeights;
import org.mentorkit.model.NonIsolationRule;
import org.mentorkit.model.Participant;

/**
 * The soft criteria as pairwise terms, each in [-1, 1] per pair before weighting, so that the program's weights mean
 * what they say: time-zone compatibility (penalty growing with the share of availability two people do not share),
 * interest similarity (rarity-weighted cosine of interests), mentor fit (for mentee-mentor pairs) and diversity balance
 * (a mild repulsion between holders of the same under-represented value, which spreads them evenly).
 */
public final class Criteria {

    /** The four criteria, in the order of {@link CriterionWeights}. */
    public static final int TIME_ZONE = 0;
    public static final int INTERESTS = 1;
    public static final int MENTOR_FIT = 2;
    public static final int DIVERSITY = 3;

    // Shape of the time-zone criterion, tuned on gen_cohort.py SEED 120 30 cohorts (docs/matching-measurements.md): a
    // mild pairwise term (three quarters time difference, one quarter missing shared availability, squared) and a
    // group-level term on the largest time difference: 44 x (difference / 12 h)^2, which keeps every group's spread
    // small, plus 1.25 for a group spread over more than 3 hours (with a working day of 8 to 10 hours, such a group
    // keeps little of it in common; a smooth term alone trades one such group for small gains elsewhere). Together
    // they cost about as much as the interests of the pairs they trade against, so neither criterion starves the
    // other.
    private static final double TZ_POWER = 2;
    private static final double TZ_SCALE = 1;
    private static final double TZ_DIFF = 0.75;
    private static final double TZ_GROUP = 44;
    private static final double TZ_STEP_HOURS = 3;
    private static final double TZ_STEP = 1.25;

    // Interests with diminishing returns over the whole cohort: once the groups' pairs share on average 0.66 of the
    // interest value they could (a same-interest pair counts 1), more counts only a quarter, so that where interests
    // are plentiful the search spends them on time zones. With one weighted sum of linear terms, the gen_cohort.py
    // SEED 120 30 cohorts that over-served interests (0.71-0.76 with 2.0-2.3 h spreads) and the one that did not
    // (0.66-0.69 at 1.5 h) could not both meet the issue 10 targets; with this cap all four that can, on every engine
    // seed tried (docs/matching-measurements.md). Cohorts whose groups share less (more topics, wide zone mixes) are
    // unchanged.
    static final double INTEREST_CAP = 0.66;
    static final double INTEREST_SLOPE = 0.25;

    // The preference for the even size where sizes may vary (core.EvenSizePull): each group costs this times the
    // largest criterion weight times (its size - the even size)^2, so a 3 and a 5 next to two 4s must buy 2 x this.
    // Without it the search filled the best groups to the policy's maximum and left the weakest at its minimum (15 of
    // 30 groups of 3 and 15 of 5 on gen_cohort.py 3 120 30) where no figure a coordinator sees improved
    // (docs/matching-measurements.md, "Why the sizes piled up").
    static final double EVEN_SIZE_PULL = 1.0;

    private final List<Participant> people;
    private final Availability availability;
    private final CriterionWeights weights;
    private final int[][] interestIds;
    private final double[] rarity;
    private final double[] offset;
    private final double[][] tzCache; // profile x profile: the zone fixes the offset, so the term is per profile
    private final double[] interestNorm;
    private final int[][] groupsOf; // participant -> under-represented rule indices they hold (diversity)
    private final int[][] holders; // rule -> participants (mentors only where the rule counts them)
    private final List<NonIsolationRule> rules;
    private PairSlots pairSlots;

    /**
     * What a pair that can share no meeting slot costs (against at most 1 per pair for interests, 0.5 for mentor fit):
     * enough that the search keeps such pairs apart unless a hard rule needs them together.
     */
    public static final double NO_COMMON_SLOT = 3;

    public Criteria(List<Participant> people, Availability availability, CriterionWeights weights,
            List<NonIsolationRule> rules) {
        this.people = people;
        this.availability = availability;
        this.weights = weights;
        this.rules = rules;
        Map<String, Integer> ids = new HashMap<>();
        int n = people.size();
        tzCache = new double[availability.profiles()][availability.profiles()];
        for (double[] row : tzCache) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        offset = new double[n];
        for (int p = 0; p < n; p++) {
            offset[p] = java.time.ZoneId.of(people.get(p).timeZone()).getRules().getOffset(availability.firstWeek())
                    .getTotalSeconds() / 3600.0;
        }
        interestIds = new int[n][];
        for (int p = 0; p < n; p++) {
            Set<String> own = new TreeSet<>(people.get(p).interests());
            interestIds[p] = own.stream().mapToInt(t -> ids.computeIfAbsent(t.strip().toLowerCase(java.util.Locale.ROOT),
                    k -> ids.size())).distinct().sorted().toArray();
        }
        int[] holdersOf = new int[ids.size()];
        for (int[] own : interestIds) {
            for (int t : own) {
                holdersOf[t]++;
            }
        }
        // Rarer shared interests say more: weight 1 + ln(n / holders).
        rarity = new double[ids.size()];
        for (int t = 0; t < rarity.length; t++) {
            rarity[t] = 1 + Math.log((double) n / Math.max(1, holdersOf[t]));
        }
        interestNorm = new double[n];
        for (int p = 0; p < n; p++) {
            double s = 0;
            for (int t : interestIds[p]) {
                s += rarity[t] * rarity[t];
            }
            interestNorm[p] = Math.sqrt(s);
        }
        groupsOf = new int[n][];
        holders = new int[rules.size()][];
        for (int p = 0; p < n; p++) {
            Participant x = people.get(p);
            groupsOf[p] = java.util.stream.IntStream.range(0, rules.size())
                    .filter(r -> holds(x, rules.get(r))).toArray();
        }
        for (int r = 0; r < rules.size(); r++) {
            int rr = r;
            holders[r] = java.util.stream.IntStream.range(0, n)
                    .filter(p -> holds(people.get(p), rules.get(rr))).toArray();
        }
    }

    /** Steers the search away from pairs without a common slot (see {@link PairSlots}). */
    public Criteria withPairSlots(PairSlots slots) {
        pairSlots = slots;
        return this;
    }

    /** Whether a participant holds any of the rule's values. */
    public static boolean holds(Participant p, NonIsolationRule rule) {
        for (String v : p.valuesOf(rule.vocabulary())) {
            if (rule.values().contains(v)) {
                return true;
            }
        }
        return false;
    }

    /** Time-zone term: 0 when the two share all of the smaller availability, -1 when they share none. */
    public double timeZone(int p, int q) {
        int a = availability.profile(p);
        int b = availability.profile(q);
        double cached = tzCache[a][b];
        if (Double.isNaN(cached)) {
            cached = timeZoneUncached(p, q);
            tzCache[a][b] = cached;
            tzCache[b][a] = cached;
        }
        return cached;
    }

    private double timeZoneUncached(int p, int q) {
        double smaller = Math.min(availability.hours(p), availability.hours(q));
        if (smaller <= 0) {
            return -1;
        }
        double missing = 1 - Math.min(1, availability.pairHours(p, q) / smaller);
        // The time difference also counts: beyond no overlap it still tells a 10-hour gap from a 12-hour one.
        missing = (1 - TZ_DIFF) * missing + TZ_DIFF * difference(p, q) / 12;
        // Convex: a large gap costs much more than two small ones, which keeps every group's spread small.
        return -TZ_SCALE * Math.pow(missing, TZ_POWER);
    }

    /** Participant {@code p}'s UTC offset at the program's start, in hours. */
    public double offset(int p) {
        return offset[p];
    }

    /**
     * Weight of the group-level time-zone term: the largest time difference inside a group, (difference / 12 h)
     * squared, so that one far-away member costs the group as much as it hurts the group's meeting times.
     */
    public double groupSpreadWeight() {
        return weights.timeZone() * TZ_GROUP;
    }

    /** Hours of spread beyond which a group costs {@link #groupStep()} more. */
    public double groupStepHours() {
        return TZ_STEP_HOURS;
    }

    /** What a group whose spread exceeds {@link #groupStepHours()} costs, weighted. */
    public double groupStep() {
        return weights.timeZone() * TZ_STEP;
    }

    /** The time difference of two participants at the program's start, in hours (0 to 12, around the clock). */
    public double difference(int p, int q) {
        double d = Math.abs(offset[p] - offset[q]) % 24;
        return Math.min(d, 24 - d);
    }

    /** Interest term: rarity-weighted cosine similarity of the two interest sets, 0 to 1. */
    public double interests(int p, int q) {
        int[] a = interestIds[p];
        int[] b = interestIds[q];
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        double shared = 0;
        int x = 0;
        int y = 0;
        while (x < a.length && y < b.length) {
            if (a[x] == b[y]) {
                shared += rarity[a[x]] * rarity[a[x]];
                x++;
                y++;
            } else if (a[x] < b[y]) {
                x++;
            } else {
                y++;
            }
        }
        return shared / (interestNorm[p] * interestNorm[q]);
    }

    /**
     * Mentor fit of a mentee and a mentor, 0 to 1: half for matching specialty or interests, half for the share of the
     * mentee's stated preferences the mentor meets (the whole when the mentee stated none and the first half is met).
     */
    public double mentorFit(int mentee, int mentor) {
        return mentorFit(mentee, mentor, interests(mentee, mentor));
    }

    /** As {@link #mentorFit(int, int)}, given the pair's {@link #interests} (a cohort's set-up needs both). */
    private double mentorFit(int mentee, int mentor, double interests) {
        Participant e = people.get(mentee);
        Participant o = people.get(mentor);
        double topic = !e.specialty().isEmpty() && e.specialty().equals(o.specialty()) ? 1
                : Math.min(1, interests * 1.5);
        Map<String, List<String>> wanted = e.mentorPreferences();
        if (wanted.isEmpty()) {
            return topic;
        }
        int met = 0;
        for (Map.Entry<String, List<String>> want : wanted.entrySet()) {
            if (meets(o, want.getKey(), want.getValue())) {
                met++;
            }
        }
        return 0.5 * topic + 0.5 * met / wanted.size();
    }

    /** Whether a mentor meets one stated preference ({@code careerLevel} or a vocabulary id). */
    public static boolean meets(Participant mentor, String key, List<String> values) {
        if ("careerLevel".equals(key)) {
            return values.stream().anyMatch(v -> v.equalsIgnoreCase(mentor.careerLevel()));
        }
        return mentor.valuesOf(key).stream().anyMatch(values::contains);
    }

    /** Diversity term: -1 for each non-isolation rule both hold (spreads holders evenly over groups). */
    public double diversity(int p, int q) {
        int[] a = groupsOf[p];
        int[] b = groupsOf[q];
        int shared = 0;
        for (int r : a) {
            for (int s : b) {
                if (r == s) {
                    shared++;
                }
            }
        }
        return a.length == 0 || b.length == 0 ? 0 : -shared / (double) Math.max(1, rules.size());
    }

    /** The four unweighted terms of a pair. */
    public double[] terms(int p, int q) {
        boolean fitPair = people.get(p).isMentor() != people.get(q).isMentor();
        double fit = 0;
        if (fitPair) {
            fit = people.get(p).isMentor() ? mentorFit(q, p) : mentorFit(p, q);
        }
        return new double[] {timeZone(p, q), interests(p, q), fit, diversity(p, q)};
    }

    /** The weighted sum of a pair's terms: the pair's weight in the grouping instance. */
    public double pair(int p, int q) {
        return pair(p, q, interests(p, q));
    }

    /** As {@link #pair(int, int)}, given the pair's {@link #interests} (computed once by a caller needing both). */
    public double pair(int p, int q, double interests) {
        double w = weights.timeZone() * timeZone(p, q) + weights.interests() * interests;
        if (pairSlots != null && !pairSlots.compatible(p, q)) {
            w -= NO_COMMON_SLOT;
        }
        if (weights.diversity() != 0) {
            w += weights.diversity() * diversity(p, q);
        }
        if (weights.mentorFit() != 0 && people.get(p).isMentor() != people.get(q).isMentor()) {
            double fit = people.get(p).isMentor() ? mentorFit(q, p, interests) : mentorFit(p, q, interests);
            w += weights.mentorFit() * fit;
        }
        return w;
    }

    /** The program's weight of the interest criterion. */
    public double interestWeight() {
        return weights.interests();
    }

    /** The mean weighted interest value per pair in groups above which interests count only {@link #interestSlope}. */
    public double interestCap() {
        return weights.interests() * INTEREST_CAP;
    }

    /**
     * The weight of the preference for the even group size where sizes may vary ({@link #EVEN_SIZE_PULL} times the
     * largest criterion weight; {@link #EVEN_SIZE_PULL} when every weight is 0).
     */
    public double evenSizePull() {
        double largest = Math.max(Math.max(weights.timeZone(), weights.interests()),
                Math.max(weights.mentorFit(), weights.diversity()));
        return EVEN_SIZE_PULL * (largest > 0 ? largest : 1);
    }

    /** What interest value counts above {@link #interestCap()}. */
    public double interestSlope() {
        return INTEREST_SLOPE;
    }

    /** Holders of rule {@code r}. */
    public int[] holders(int r) {
        return holders[r];
    }
}
