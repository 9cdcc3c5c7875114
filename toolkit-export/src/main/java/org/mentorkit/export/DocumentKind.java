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

    /** The id used on the command line ({@code --documents overview,rosters}) and as the template name. */
    public String id() {
        return id;
    }

    /** The default title. */
    public String title() {
        return title;
    }

    /** The kind with the given id, ignoring case. */
    public static Optional<DocumentKind> byId(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.id.equals(wanted)).findFirst();
    }
}
