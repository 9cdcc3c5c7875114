package org.mentorkit.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Null-tolerant defensive copies for record components. JSON files may leave a list out; the model then holds an
 * empty list rather than null. Elements are kept as given (even null) so that validation can report them by path.
 */
final class Lists {

    private Lists() {
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    static <K, V> Map<K, List<V>> copyOfLists(Map<K, List<V>> map) {
        if (map == null) {
            return Map.of();
        }
        Map<K, List<V>> copy = new LinkedHashMap<>();
        map.forEach((key, values) -> copy.put(key, copy(values)));
        return Collections.unmodifiableMap(copy);
    }
}
