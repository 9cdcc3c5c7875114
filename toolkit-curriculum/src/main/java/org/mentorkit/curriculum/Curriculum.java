package org.mentorkit.curriculum;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Optional;
import org.mentorkit.model.Problem;

/**
 * A program's sequence of sessions with their guides. Texts not given are "" and lists are empty, never null; the
 * rules (unique ids, agenda timings, formats) are checked by {@link #problems(String)} so that every problem of a file
 * is reported at once.
 *
 * @param id       a short stable identifier, e.g. {@code mentorkit-peer-6}
 * @param title    the name printed on the handbook
 * @param version  the curriculum's own version, e.g. {@code 1.0}
 * @param audience who the curriculum is written for
 * @param language the BCP 47 language tag of its texts, e.g. {@code en} or {@code es}
 * @param sessions the sessions in the order they are held
 */
@JsonbPropertyOrder({"id", "title", "version", "audience", "language", "sessions"})
public record Curriculum(String id, String title, String version, String audience, String language, List<Session> sessions) {

    /**
     * The curriculum as given, not yet checked (see {@link #problems(String)}); absent texts (null) become "" and an
     * absent list an empty one, the list copied.
     *
     * @param id       a short stable identifier, e.g. {@code mentorkit-peer-6}
     * @param title    the name printed on the handbook
     * @param version  the curriculum's own version, e.g. {@code 1.0}
     * @param audience who the curriculum is written for
     * @param language the BCP 47 language tag of its texts, e.g. {@code en} or {@code es}
     * @param sessions the sessions in the order they are held
     */
    public Curriculum {
        id = Values.orEmpty(id);
        title = Values.orEmpty(title);
        version = Values.orEmpty(version);
        audience = Values.orEmpty(audience);
        language = Values.orEmpty(language);
        sessions = Values.copy(sessions);
    }

    /**
     * Finds a session by its id, as overlays and references name sessions.
     *
     * @param sessionId a session id, e.g. {@code kickoff} (compared exactly)
     * @return the first session with that id, or empty when there is none
     */
    public Optional<Session> session(String sessionId) {
        return sessions.stream().filter(s -> s != null && s.id().equals(sessionId)).findFirst();
    }

    /**
     * Every rule this curriculum breaks, all at once: short unique ids, a title, a version and a language tag, sessions
     * whose agenda minutes add up to their duration, resources with an address and a record of how they were checked,
     * and references between sessions that name a session of this curriculum. Every reader (files, overlays, the
     * registry's providers) applies these rules; an application that builds a curriculum in code calls this.
     *
     * @param source names the curriculum in problem locations, which read {@code source: json.path}
     * @return the problems in the order found; empty when the curriculum is valid
     */
    public List<Problem> problems(String source) {
        return CurriculumRules.problems(this, source);
    }

    /**
     * A copy with other sessions and everything else the same (not checked: call {@link #problems(String)}).
     *
     * @param newSessions the sessions in the order they are held
     * @return the new curriculum; this one is unchanged
     */
    public Curriculum withSessions(List<Session> newSessions) {
        return new Curriculum(id, title, version, audience, language, newSessions);
    }
}
