package org.mentorkit.model;

import java.util.List;
import java.util.Map;

/**
 * A coordinator's fixed decisions for group formation.
 *
 * @param pinned      participant id to the group id they must be in
 * @param together    sets of participant ids that must share a group
 * @param apart       sets of participant ids no two of whom may share a group
 */
public record MatchingConstraints(Map<String, String> pinned, List<List<String>> together, List<List<String>> apart) {

    /**
     * The constraints as given, copied; absent ones are empty.
     *
     * @param pinned   participant id to the group id they must be in
     * @param together sets of participant ids that must share a group
     * @param apart    sets of participant ids no two of whom may share a group
     */
    public MatchingConstraints {
        pinned = pinned == null ? Map.of() : Map.copyOf(pinned);
        together = together == null ? List.of() : together.stream().map(Lists::copy).toList();
        apart = apart == null ? List.of() : apart.stream().map(Lists::copy).toList();
    }

    /**
     * No constraints.
     *
     * @return no pins, no together or apart rules
     */
    public static MatchingConstraints none() {
        return new MatchingConstraints(Map.of(), List.of(), List.of());
    }
}
