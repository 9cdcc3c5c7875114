package org.mentorkit.curriculum.internal;

import java.util.List;
import java.util.Map;
import org.mentorkit.curriculum.Resource;
import org.mentorkit.curriculum.Session;

/**
 * The shape of an overlay file, used to check keys and value types before the overlay is applied. Not bound: the
 * overlay is applied from the JSON tree so that a {@code change} replaces exactly the fields it names.
 */
public record OverlayFile(
        String id,
        String title,
        String version,
        String audience,
        String language,
        List<String> remove,
        List<Session> replace,
        Map<String, Session> change,
        List<AddedSession> add,
        Map<String, List<Resource>> addResources,
        Map<String, List<String>> dropResources,
        List<String> order) {

    /** A session to add, after the session named by {@code after} ("" or absent: at the end). */
    public record AddedSession(String after, Session session) {
    }
}
