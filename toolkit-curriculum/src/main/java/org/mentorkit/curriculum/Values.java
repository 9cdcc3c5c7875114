package org.mentorkit.curriculum;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Null-tolerant normalisation for record components read from JSON: absent text is "", an absent list is empty. */
final class Values {

    private Values() {
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
