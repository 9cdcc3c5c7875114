package org.mentorkit.model.internal.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean" for keys, vocabulary values, time zones and CSV headers: a typo should cost a coordinator one glance,
 * not a trip to the documentation.
 */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * The candidate closest to {@code given}: an exact match ignoring case, spaces, {@code _} and {@code -} first, then
     * the nearest by edit distance if it is near enough to be a typo (about one edit in four characters, at most 3).
     */
    public static Optional<String> closest(String given, Collection<String> candidates) {
        if (given == null || given.isBlank() || candidates.isEmpty()) {
            return Optional.empty();
        }
        String key = squash(given);
        for (String candidate : candidates) {
            if (squash(candidate).equals(key)) {
                return Optional.of(candidate);
            }
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(given.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int allowed = Math.min(3, Math.max(1, given.length() / 4));
        return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
    }

    /** {@code "; did you mean `x`?"} or "" when nothing is close. */
    public static String didYouMean(String given, Collection<String> candidates) {
        return closest(given, candidates).map(s -> "; did you mean `" + s + "`?").orElse("");
    }

    /**
     * {@code "; did you mean `x`? (expected one of: a, b, c)"}, or {@code "; expected one of: a, b, c"} when nothing
     * is close: the tail of a message about a value that is not among {@code candidates}.
     */
    public static String expected(String given, java.util.List<String> candidates) {
        String all = String.join(", ", candidates.stream().distinct().toList());
        return closest(given, candidates)
                .map(s -> "; did you mean `" + s + "`? (expected one of: " + all + ")")
                .orElse("; expected one of: " + all);
    }

    /** Lower case without spaces, {@code _} and {@code -}: {@code "Time Zone"} and {@code timezone} compare equal. */
    public static String squash(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '_' && c != '-') {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /** Edit distance counting a swap of two neighbouring letters as one edit ({@code emial} is 1 from {@code email}). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
