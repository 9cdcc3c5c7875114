package org.mentorkit.benchmarks;

import java.util.Locale;
import java.util.Map;
import org.mentorkit.model.GroupPolicy;
import org.mentorkit.model.GroupSizes;

/**
 * The group policy options of the cohort and availability commands: {@code --mentees MIN-MAX} (mentees per group,
 * one mentor each) and {@code --sizes even|within-policy} (the program's {@code groupPolicy.sizes}). A bad value is an
 * {@link IllegalArgumentException} whose message is the one line the runner prints before exiting with 2.
 */
final class PolicyOptions {

    private PolicyOptions() {
    }

    /**
     * The policy the options ask for.
     *
     * @param opts     the command's options
     * @param standard the command's own policy when neither option is given (its {@code sizes} is kept unless
     *                 {@code --sizes} is given)
     */
    static GroupPolicy policy(Map<String, String> opts, GroupPolicy standard) {
        int min = standard.minMentees();
        int max = standard.maxMentees();
        String mentees = opts.get("mentees");
        if (mentees != null) {
            String[] t = mentees.strip().split("-", -1);
            if (t.length > 2) {
                throw bad(mentees);
            }
            min = whole(t[0], mentees);
            max = t.length == 1 ? min : whole(t[1], mentees);
            if (min < 1 || max > 50 || min > max) {
                throw bad(mentees);
            }
        }
        GroupSizes sizes = standard.sizes();
        String given = opts.get("sizes");
        if (given != null) {
            sizes = switch (given.strip().toLowerCase(Locale.ROOT).replace('_', '-')) {
                case "even" -> GroupSizes.EVEN;
                case "within-policy" -> GroupSizes.WITHIN_POLICY;
                default -> throw new IllegalArgumentException("--sizes must be even or within-policy, got `" + given
                        + "`");
            };
        }
        return new GroupPolicy(min, max, standard.mentorsPerGroup(), sizes);
    }

    private static int whole(String text, String option) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw bad(option);
        }
    }

    private static IllegalArgumentException bad(String given) {
        return new IllegalArgumentException("--mentees must be MIN-MAX mentees per group (or one number), whole numbers"
                + " with 1 <= MIN <= MAX <= 50, got `" + given + "`");
    }
}
