package org.mentorkit.curriculum.internal;

import java.util.Collection;
import java.util.Optional;

/**
 * The curriculum module's wording of "did you mean"; which candidate is close enough is decided by the model's
 * {@link org.mentorkit.model.internal.text.Suggestions}, so every file mentorkit reads suggests the same way.
 */
public final class Suggestions {

    private Suggestions() {
    }

    /** The candidate closest to {@code given}, if it is near enough to be a typo. */
    public static Optional<String> closest(String given, Collection<String> candidates) {
        return org.mentorkit.model.internal.text.Suggestions.closest(given, candidates);
    }

    /** " (did you mean 'x'?)" or "" when nothing is close. */
    public static String hint(String given, Collection<String> candidates) {
        return closest(given, candidates).map(c -> " (did you mean '" + c + "'?)").orElse("");
    }
}
