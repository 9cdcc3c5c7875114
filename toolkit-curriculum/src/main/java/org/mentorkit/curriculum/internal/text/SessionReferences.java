package org.mentorkit.curriculum.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mentorkit.curriculum.AgendaItem;
import org.mentorkit.curriculum.Curriculum;
import org.mentorkit.curriculum.CurriculumOverlays;
import org.mentorkit.curriculum.Session;
import org.mentorkit.curriculum.internal.Labels;
import org.mentorkit.model.i18n.Texts;

/**
 * References from one session's text to another session, by id: {@code {session:networking-visibility}}. A session
 * guide never stores "session 5": the number is worked out from the curriculum's order when the text is shown
 * ({@link #resolve}), so adding, removing or reordering sessions cannot leave a stale number behind. An overlay that
 * removes a referenced session, or moves one to the other side of the session that refers to it, is reported by
 * {@link CurriculumOverlays}; a reference to a session the curriculum lacks is a problem of {@link Curriculum#problems(String)}.
 */
public final class SessionReferences {

    /** {@code {session:<id>}}. */
    public static final Pattern REFERENCE = Pattern.compile("\\{session:([A-Za-z0-9._-]+)\\}");

    /**
     * One reference found in a session's text.
     *
     * @param fromSessionId the session whose text holds it
     * @param path          where, as a JSON path in the curriculum, e.g. {@code sessions[5].agenda[1].details}
     * @param targetId      the session referred to
     * @param text          the whole text holding it
     */
    public record Reference(String fromSessionId, String path, String targetId, String text) {
    }

    private SessionReferences() {
    }

    /** Every reference in the curriculum's session texts, in order. */
    public static List<Reference> in(Curriculum curriculum) {
        List<Reference> references = new ArrayList<>();
        for (int i = 0; i < curriculum.sessions().size(); i++) {
            Session session = curriculum.sessions().get(i);
            if (session == null) {
                continue;
            }
            String prefix = "sessions[" + i + "].";
            forEachText(session, (path, text) -> {
                Matcher m = REFERENCE.matcher(text);
                while (m.find()) {
                    references.add(new Reference(session.id(), prefix + path, m.group(1), text));
                }
            });
        }
        return references;
    }

    /**
     * The text with each reference replaced by "session N" in the curriculum's language ("sesión N" in Spanish), N
     * being the referred session's place in the curriculum. A reference to a session the curriculum lacks is left as
     * written ({@link Curriculum#problems(String)} reports such a curriculum, so this happens only to text from elsewhere).
     */
    public static String resolve(String text, Curriculum curriculum) {
        Matcher m = REFERENCE.matcher(text);
        if (!m.find()) {
            return text;
        }
        m.reset();
        Texts labels = Labels.of(Labels.CURRICULUM, Labels.languageOf(curriculum.language()));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int number = numberOf(m.group(1), curriculum);
            m.appendReplacement(out, Matcher.quoteReplacement(number > 0
                    ? labels.format("reference.session", "number", number) : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The session with every reference in its texts resolved against the curriculum ({@link #resolve}). */
    public static Session resolved(Session session, Curriculum curriculum) {
        java.util.function.UnaryOperator<String> r = text -> text == null ? null : resolve(text, curriculum);
        List<AgendaItem> agenda = session.agenda().stream()
                .map(a -> a == null ? null : new AgendaItem(r.apply(a.title()), a.minutes(), r.apply(a.details()))).toList();
        return new Session(session.id(), session.title(), session.monthOffset(), session.format(), session.durationMinutes(),
                map(session.objectives(), r), agenda, map(session.prompts(), r), map(session.preWork(), r),
                map(session.activities(), r), map(session.facilitatorNotes(), r), session.resources(), session.competencies());
    }

    private static List<String> map(List<String> texts, java.util.function.UnaryOperator<String> r) {
        List<String> out = new ArrayList<>(texts.size());
        texts.forEach(t -> out.add(r.apply(t)));
        return out;
    }

    /** The 1-based place of a session in the curriculum, or 0 when it has no such session. */
    public static int numberOf(String sessionId, Curriculum curriculum) {
        for (int i = 0; i < curriculum.sessions().size(); i++) {
            Session s = curriculum.sessions().get(i);
            if (s != null && s.id().equals(sessionId)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Visits every text field of a session that may hold a reference, with its path inside the session. */
    public static void forEachText(Session session, BiConsumer<String, String> visitor) {
        each(visitor, "objectives", session.objectives());
        for (int j = 0; j < session.agenda().size(); j++) {
            AgendaItem item = session.agenda().get(j);
            if (item != null) {
                visitor.accept("agenda[" + j + "].title", item.title());
                visitor.accept("agenda[" + j + "].details", item.details());
            }
        }
        each(visitor, "prompts", session.prompts());
        each(visitor, "preWork", session.preWork());
        each(visitor, "activities", session.activities());
        each(visitor, "facilitatorNotes", session.facilitatorNotes());
    }

    private static void each(BiConsumer<String, String> visitor, String field, List<String> texts) {
        for (int j = 0; j < texts.size(); j++) {
            if (texts.get(j) != null) {
                visitor.accept(field + "[" + j + "]", texts.get(j));
            }
        }
    }
}
