package org.mentorkit.curriculum;

import static org.mentorkit.model.internal.text.MarkdownText.escape;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.mentorkit.curriculum.internal.Labels;
import org.mentorkit.curriculum.internal.text.SessionReferences;
import org.mentorkit.model.i18n.Language;
import org.mentorkit.model.i18n.LocalFormats;
import org.mentorkit.model.i18n.Texts;

/**
 * Renders a curriculum as a Markdown session guide: one section per session, agenda as a timed table. The labels
 * ("Learning objectives", "Agenda", ...) and dates are in the curriculum's own language ({@link Curriculum#language()}),
 * so that a guide never mixes the language of its texts with another language's headings.
 */
public final class CurriculumMarkdown {

    private CurriculumMarkdown() {
    }

    /**
     * Renders the whole guide: an overview table, then one section per session. References between sessions
     * ({@code {session:id}}) become "session N" by the curriculum's order; participant-facing text is escaped, so it
     * never breaks the Markdown.
     *
     * @param curriculum the curriculum; its {@link Curriculum#language()} picks the labels (English for a language
     *                   without them)
     * @return the guide as Markdown, starting with a level-1 heading
     */
    public static String render(Curriculum curriculum) {
        Guide guide = new Guide(Labels.languageOf(curriculum.language()));
        Texts l = guide.labels;
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(curriculum.title())).append("\n\n");
        md.append(l.format("guide.curriculum", "id", curriculum.id().replace("`", ""), "version", escape(curriculum.version()),
                "language", escape(curriculum.language()))).append("\n\n");
        DefaultCurriculum.translationToReview(curriculum).ifPresent(provenance -> md.append("> ")
                .append(l.format("guide.machine_translation", "method", escape(provenance.method()))).append("\n\n"));
        if (!curriculum.audience().isBlank()) {
            md.append("**").append(l.get("guide.audience")).append("** ").append(escape(curriculum.audience())).append("\n\n");
        }
        md.append("| ").append(l.get("guide.table.number")).append(" | ").append(l.get("guide.table.session")).append(" | ")
                .append(l.get("guide.table.format")).append(" | ").append(l.get("guide.table.month")).append(" | ")
                .append(l.get("guide.table.minutes")).append(" |\n|---|---|---|---|---|\n");
        int n = 1;
        for (Session s : curriculum.sessions()) {
            md.append("| ").append(n++).append(" | ").append(escape(s.title())).append(" | ").append(guide.formatName(s.format()))
                    .append(" | ").append(s.monthOffset() + 1).append(" | ").append(s.durationMinutes()).append(" |\n");
        }
        md.append('\n');
        n = 1;
        for (Session session : curriculum.sessions()) {
            // "session N" in the texts comes from the curriculum's order, never from stored text.
            guide.session(md, n++, SessionReferences.resolved(session, curriculum));
        }
        return md.toString();
    }

    /**
     * Renders one session of a curriculum as its own page, in the curriculum's language, numbered by its place and with
     * its references to other sessions ({@code {session:id}}) resolved to "session N", exactly as in
     * {@link #render(Curriculum)}.
     *
     * @param curriculum the curriculum holding the session
     * @param number     the session's place in the curriculum, 1 for the first
     * @return Markdown starting with a level-2 heading
     * @throws IllegalArgumentException when {@code number} is not between 1 and the number of sessions
     */
    public static String renderSession(Curriculum curriculum, int number) {
        List<Session> sessions = curriculum.sessions();
        if (number < 1 || number > sessions.size()) {
            throw new IllegalArgumentException("session number " + number + " is not between 1 and " + sessions.size());
        }
        StringBuilder md = new StringBuilder();
        new Guide(Labels.languageOf(curriculum.language())).session(md, number,
                SessionReferences.resolved(sessions.get(number - 1), curriculum));
        return md.toString();
    }

    /**
     * Renders one session's guide with English labels, as {@link #renderSession(int, Session, Language)} does.
     *
     * @param number  the session's place in its curriculum, shown in the heading
     * @param session the session
     * @return Markdown starting with a level-2 heading
     */
    public static String renderSession(int number, Session session) {
        return renderSession(number, session, Language.ENGLISH);
    }

    /**
     * Renders one session's guide, e.g. for a page of its own. Unlike {@link #render(Curriculum)}, it has no
     * curriculum to number other sessions by, so references ({@code {session:id}}) are shown as written; use
     * {@link #renderSession(Curriculum, int)} to have them resolved.
     *
     * @param number   the session's place in its curriculum, shown in the heading
     * @param session  the session
     * @param language the language of the labels and dates
     * @return Markdown starting with a level-2 heading
     */
    public static String renderSession(int number, Session session, Language language) {
        StringBuilder md = new StringBuilder();
        new Guide(language).session(md, number, session);
        return md.toString();
    }

    /** The labels and formats of one language, and the session sections written with them. */
    private static final class Guide {
        private final Texts labels;
        private final LocalFormats formats;

        Guide(Language language) {
            this.labels = Labels.of(Labels.CURRICULUM, language);
            this.formats = LocalFormats.of(language);
        }

        void session(StringBuilder md, int number, Session s) {
            md.append("## ").append(labels.format("session.heading", "number", number, "title", escape(s.title()))).append("\n\n");
            md.append("*").append(labels.format("session.meta", "format", formatName(s.format()), "minutes", s.durationMinutes(),
                    "month", s.monthOffset() + 1)).append("*\n\n");
            if (!s.competencies().isEmpty()) {
                md.append(labels.get("session.competencies")).append(' ').append(s.competencies().stream()
                        .map(c -> labels.get("competency." + c.name().toLowerCase(Locale.ROOT))).collect(Collectors.joining(", ")))
                        .append("\n\n");
            }
            list(md, "section.objectives", s.objectives());
            list(md, "section.pre_work", s.preWork());
            if (!s.agenda().isEmpty()) {
                md.append("### ").append(labels.get("section.agenda")).append("\n\n| ").append(labels.get("agenda.minutes"))
                        .append(" | ").append(labels.get("agenda.item")).append(" | ").append(labels.get("agenda.how"))
                        .append(" |\n|---:|---|---|\n");
                for (AgendaItem item : s.agenda()) {
                    md.append("| ").append(item.minutes()).append(" | ").append(escape(item.title())).append(" | ")
                            .append(escape(item.details())).append(" |\n");
                }
                md.append("| **").append(s.agendaMinutes()).append("** | **").append(labels.get("agenda.total"))
                        .append("** |   |\n\n");
            }
            list(md, "section.prompts", s.prompts());
            list(md, "section.activities", s.activities());
            list(md, "section.facilitator_notes", s.facilitatorNotes());
            if (!s.resources().isEmpty()) {
                md.append("### ").append(labels.get("section.resources")).append("\n\n");
                for (Resource r : s.resources()) {
                    resource(md, r);
                }
                md.append('\n');
            }
        }

        private void resource(StringBuilder md, Resource r) {
            md.append("- ").append(escape(r.title()));
            if (!r.citation().isBlank()) {
                md.append(". ").append(escape(r.citation()));
            }
            md.append(". <").append(r.url().replace(">", "%3E").replace(" ", "%20")).append("> (")
                    .append(r.kind() == null ? "" : labels.get("resource.kind." + r.kind().name().toLowerCase(Locale.ROOT)))
                    .append(", ").append(labels.get(r.free() ? "resource.free" : "resource.paid")).append(")  \n  ")
                    .append(escape(r.description()));
            if (r.lastChecked() != null) {
                md.append(" *").append(labels.format("resource.checked", "date", formats.longDate(r.lastChecked()))).append("*");
            }
            md.append('\n');
        }

        private void list(StringBuilder md, String heading, List<String> items) {
            if (items.isEmpty()) {
                return;
            }
            md.append("### ").append(labels.get(heading)).append("\n\n");
            for (String item : items) {
                md.append("- ").append(escape(item)).append('\n');
            }
            md.append('\n');
        }

        String formatName(SessionFormat format) {
            if (format == null) {
                return labels.get("format.unset");
            }
            return labels.get(format == SessionFormat.MENTOR_LED ? "format.mentor_led" : "format.peer_only");
        }
    }
}
