package org.mentorkit.curriculum;

import static org.mentorkit.model.internal.text.MarkdownText.escape;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Renders a curriculum as a Markdown session guide: one section per session, agenda as a timed table. */
public final class CurriculumMarkdown {

    private CurriculumMarkdown() {
    }

    /** The whole curriculum as Markdown. */
    public static String render(Curriculum curriculum) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(curriculum.title())).append("\n\n");
        md.append("Curriculum `").append(curriculum.id().replace("`", "")).append("`, version ")
                .append(escape(curriculum.version())).append(", language ").append(escape(curriculum.language())).append(".\n\n");
        if (!curriculum.audience().isBlank()) {
            md.append("**Audience:** ").append(escape(curriculum.audience())).append("\n\n");
        }
        md.append("| # | Session | Format | Month | Minutes |\n|---|---|---|---|---|\n");
        int n = 1;
        for (Session s : curriculum.sessions()) {
            md.append("| ").append(n++).append(" | ").append(escape(s.title())).append(" | ").append(formatName(s.format()))
                    .append(" | ").append(s.monthOffset() + 1).append(" | ").append(s.durationMinutes()).append(" |\n");
        }
        md.append('\n');
        n = 1;
        for (Session session : curriculum.sessions()) {
            // "session N" in the texts comes from the curriculum's order, never from stored text.
            renderSession(md, n++, SessionReferences.resolved(session, curriculum));
        }
        return md.toString();
    }

    /** One session's guide as Markdown, starting with a level-2 heading. */
    public static String renderSession(int number, Session session) {
        StringBuilder md = new StringBuilder();
        renderSession(md, number, session);
        return md.toString();
    }

    private static void renderSession(StringBuilder md, int number, Session s) {
        md.append("## Session ").append(number).append(": ").append(escape(s.title())).append("\n\n");
        md.append("*").append(formatName(s.format())).append(", ").append(s.durationMinutes()).append(" minutes, program month ")
                .append(s.monthOffset() + 1).append("*\n\n");
        if (!s.competencies().isEmpty()) {
            md.append("Competencies: ").append(s.competencies().stream().map(CurriculumMarkdown::competencyName)
                    .collect(Collectors.joining(", "))).append("\n\n");
        }
        list(md, "Learning objectives", s.objectives());
        list(md, "Pre-work", s.preWork());
        if (!s.agenda().isEmpty()) {
            md.append("### Agenda\n\n| Minutes | Item | How |\n|---:|---|---|\n");
            for (AgendaItem item : s.agenda()) {
                md.append("| ").append(item.minutes()).append(" | ").append(escape(item.title())).append(" | ")
                        .append(escape(item.details())).append(" |\n");
            }
            md.append("| **").append(s.agendaMinutes()).append("** | **Total** |   |\n\n");
        }
        list(md, "Discussion prompts", s.prompts());
        list(md, "Activities", s.activities());
        list(md, "Facilitator notes", s.facilitatorNotes());
        if (!s.resources().isEmpty()) {
            md.append("### Resources\n\n");
            for (Resource r : s.resources()) {
                md.append("- ").append(escape(r.title()));
                if (!r.citation().isBlank()) {
                    md.append(". ").append(escape(r.citation()));
                }
                md.append(". <").append(r.url().replace(">", "%3E").replace(" ", "%20")).append("> (")
                        .append(r.kind() == null ? "" : r.kind().name().toLowerCase(Locale.ROOT)).append(", ")
                        .append(r.free() ? "free" : "paid or subscription").append(")  \n  ")
                        .append(escape(r.description()));
                if (r.lastChecked() != null) {
                    md.append(" *Checked ").append(r.lastChecked()).append(".*");
                }
                md.append('\n');
            }
            md.append('\n');
        }
    }

    private static void list(StringBuilder md, String heading, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        md.append("### ").append(heading).append("\n\n");
        for (String item : items) {
            md.append("- ").append(escape(item)).append('\n');
        }
        md.append('\n');
    }

    static String formatName(SessionFormat format) {
        if (format == null) {
            return "format not set";
        }
        return format == SessionFormat.MENTOR_LED ? "Mentor-led" : "Peer-only";
    }

    static String competencyName(Competency competency) {
        String words = competency.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
