package org.mentorkit.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of document a packet can hold, in packet order. Each is filled from the template of the same
 * {@link #id()} ({@code overview.md}, ...), which a society may override with {@code --templates DIR}.
 */
public enum DocumentKind {
    /** Title page with the society's name, logo and colours, and the table of contents. */
    COVER("cover", "Cover and contents"),
    /** What the program is and its timeline month by month. */
    OVERVIEW("overview", "Program overview and timeline"),
    /** Recruiting, applications, forming groups, scheduling, surveys, reading the report. */
    COORDINATOR_GUIDE("coordinator-guide", "Coordinator guide"),
    /** What a mentor (facilitator) does before, during and after sessions. */
    MENTOR_GUIDE("mentor-guide", "Mentor and facilitator guide"),
    /** Expectations, the group compact and how sessions work. */
    MENTEE_HANDBOOK("mentee-handbook", "Mentee handbook"),
    /** One guide per curriculum session. */
    SESSION_GUIDES("session-guides", "Session guides"),
    /** Each group's members and their local meeting times; only with a cohort; confidential. */
    ROSTERS("rosters", "Group rosters"),
    /** The survey instruments as printable forms. */
    INSTRUMENTS("instruments", "Survey instruments"),
    /** The evaluation report with charts; only with responses. */
    REPORT("report", "Evaluation report");

    private final String id;
    private final String title;

    DocumentKind(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /**
     * The kind's short name: the name of its template ({@code <id>.md}) and of the document in settings.
     *
     * @return e.g. {@code overview} or {@code session-guides}
     */
    public String id() {
        return id;
    }

    /**
     * The kind's English name, e.g. for a list of documents to choose from; the packet's documents take their titles
     * from their templates, in the packet's language.
     *
     * @return e.g. "Program overview and timeline"
     */
    public String title() {
        return title;
    }

    /**
     * Finds a kind by its short name, e.g. from a setting typed by a person.
     *
     * @param id a kind's {@link #id()}; case and surrounding spaces are ignored
     * @return the kind, or empty for any other text
     */
    public static Optional<DocumentKind> byId(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.id.equals(wanted)).findFirst();
    }
}
