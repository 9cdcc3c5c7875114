package org.mentorkit.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Our own generator of time-zone and interest cohorts ({@code gen-cohort SEED MENTEES MENTORS --out COHORT.csv}), in
 * the CSV that {@code evaluate.py} and the {@code cohort} runner read: ID, Role, Gender, URM, UTC, Interest.
 *
 * <p>Every seed is a different society: its own mix of regions for mentees, a mix for mentors leaning towards one
 * "home" region (where a society's senior members tend to be), its own interest popularity, share of women and of
 * under-represented members. The distributions are our choices for benchmarking, documented in
 * docs/matching-measurements.md ("Our cohort generator"); they are not measured from any real society.
 */
final class TzInterestCohorts {

    /** A region: its UTC offsets (each kept all year by some IANA region, so the runner can place it) and its share. */
    record Region(String name, double[] offsets, double share) {
    }

    /** The base mix; a seed perturbs each share (see {@link #mix}). */
    static final List<Region> REGIONS = List.of(
            new Region("North America", new double[] {-8, -7, -6, -5, -5, -4}, 0.34),
            new Region("Latin America", new double[] {-6, -5, -3, -3}, 0.08),
            new Region("Europe and Africa", new double[] {0, 1, 1, 2, 3}, 0.26),
            new Region("Middle East and South Asia", new double[] {3, 4, 5.5, 5.5}, 0.12),
            new Region("East Asia", new double[] {7, 8, 8, 9}, 0.13),
            new Region("Oceania", new double[] {9.5, 10, 10, 12}, 0.07));

    /** Interest topics; a seed draws how popular each is. */
    static final List<String> INTERESTS = List.of("research", "clinical practice", "education", "leadership",
            "industry", "policy", "entrepreneurship", "work-life balance");

    private TzInterestCohorts() {
    }

    /** The CSV of a cohort: header and one row per participant, mentors and mentees shuffled together. */
    static String generate(long seed, int mentees, int mentors) {
        if (mentees < 1 || mentors < 1) {
            throw new IllegalArgumentException("a cohort needs at least one mentee and one mentor, got " + mentees
                    + " mentees and " + mentors + " mentors");
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] menteeMix = mix(rnd);
        // Mentors lean towards one home region: half its share again (the others shrink in proportion).
        int home = pick(menteeMix, rnd);
        double[] mentorMix = menteeMix.clone();
        mentorMix[home] += 0.5 * mentorMix[home];
        double[] interest = new double[INTERESTS.size()];
        double exponent = 0.4 + 0.6 * rnd.nextDouble(); // Zipf-like popularity, flatter or steeper per society
        int[] rank = shuffledIndices(INTERESTS.size(), rnd);
        for (int t = 0; t < interest.length; t++) {
            interest[t] = 1 / Math.pow(rank[t] + 1, exponent);
        }
        double women = 0.35 + 0.25 * rnd.nextDouble();
        double nonBinary = 0.02 + 0.02 * rnd.nextDouble();
        double urm = 0.10 + 0.20 * rnd.nextDouble();
        int total = mentees + mentors;
        int width = Math.max(3, String.valueOf(total - 1).length());
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            boolean mentor = i < mentors;
            Region region = REGIONS.get(pick(mentor ? mentorMix : menteeMix, rnd));
            double offset = region.offsets()[rnd.nextInt(region.offsets().length)];
            double g = rnd.nextDouble();
            String gender = g < women ? "F" : g < women + nonBinary ? "NB" : "M";
            rows.add(String.format(Locale.ROOT, "P%0" + width + "d,%s,%s,%s,%s,%s", i, mentor ? "mentor" : "mentee",
                    gender, rnd.nextDouble() < urm ? "Y" : "N", offset(offset), INTERESTS.get(pick(interest, rnd))));
        }
        int[] order = shuffledIndices(total, rnd);
        StringBuilder csv = new StringBuilder("ID,Role,Gender,URM,UTC,Interest\n");
        for (int k : order) {
            csv.append(rows.get(k)).append('\n');
        }
        return csv.toString();
    }

    /** The region shares of one society: each base share times a factor from 0.25 to 1.75, then normalised. */
    static double[] mix(SplittableRandom rnd) {
        double[] w = new double[REGIONS.size()];
        for (int r = 0; r < w.length; r++) {
            w[r] = REGIONS.get(r).share() * (0.25 + 1.5 * rnd.nextDouble());
        }
        return w;
    }

    /** "-5", "5.5", "9.5": the offset as the generator's readers expect it. */
    static String offset(double hours) {
        return hours == Math.rint(hours) ? String.valueOf((long) hours) : String.valueOf(hours);
    }

    private static int pick(double[] weights, SplittableRandom rnd) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double x = rnd.nextDouble() * sum;
        for (int k = 0; k < weights.length; k++) {
            x -= weights[k];
            if (x < 0) {
                return k;
            }
        }
        return weights.length - 1;
    }

    private static int[] shuffledIndices(int n, SplittableRandom rnd) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int k = n - 1; k > 0; k--) {
            int r = rnd.nextInt(k + 1);
            int t = a[k];
            a[k] = a[r];
            a[r] = t;
        }
        return a;
    }
}
