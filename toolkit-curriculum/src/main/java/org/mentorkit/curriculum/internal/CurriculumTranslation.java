package org.mentorkit.curriculum.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import org.mentorkit.curriculum.AgendaItem;
import org.mentorkit.curriculum.Curriculum;
import org.mentorkit.curriculum.Resource;
import org.mentorkit.curriculum.Session;

/**
 * The translatable texts of a curriculum, by key, and a copy of a curriculum with other texts for those keys.
 *
 * <p>Keys follow the curriculum's JSON: {@code title}, {@code audience}, {@code sessions.<id>.title},
 * {@code sessions.<id>.objectives.<n>}, {@code sessions.<id>.agenda.<n>.title} and {@code .details},
 * {@code sessions.<id>.prompts.<n>}, {@code .pre_work.<n>}, {@code .activities.<n>}, {@code .facilitator_notes.<n>}
 * and {@code sessions.<id>.resources.<n>.description}, with {@code n} counted from 1 and {@code -} in a session id
 * written {@code _} (keys are lower-case dotted words). Keyed by session id rather than position, so an overlay that
 * reorders sessions cannot attach a text to the wrong session.
 *
 * <p>What stays as it is: ids, timings, formats, competencies, and of each resource its title, URL, citation and
 * check record. A resource's title is the title as published (it is how a reader finds the work, and overlays drop
 * resources by it); its description says in the curriculum's language when the work is in another language.
 */
public final class CurriculumTranslation {

    private CurriculumTranslation() {
    }

    /** Every translatable text of the curriculum by key, in the curriculum's order; empty texts are left out. */
    public static Map<String, String> texts(Curriculum curriculum) {
        Map<String, String> texts = new LinkedHashMap<>();
        rewrite(curriculum, (key, text) -> {
            if (!text.isEmpty()) {
                texts.put(key, text);
            }
            return text;
        });
        return texts;
    }

    /**
     * A copy of the curriculum whose texts are replaced by {@code translated} where it has the key, in the language
     * {@code languageTag}. Keys it lacks keep the curriculum's own text.
     */
    public static Curriculum translate(Curriculum curriculum, Map<String, String> translated, String languageTag) {
        Curriculum texts = rewrite(curriculum, (key, text) -> text.isEmpty() ? text : translated.getOrDefault(key, text));
        return new Curriculum(texts.id(), texts.title(), texts.version(), texts.audience(), languageTag, texts.sessions());
    }

    /** The key prefix of a session's texts. */
    public static String sessionKey(String sessionId) {
        return "sessions." + sessionId.replace('-', '_');
    }

    /** Rebuilds the curriculum with every translatable text passed through {@code text(key, original)}. */
    private static Curriculum rewrite(Curriculum curriculum, BinaryOperator<String> text) {
        List<Session> sessions = new ArrayList<>();
        for (Session s : curriculum.sessions()) {
            String p = sessionKey(s.id()) + ".";
            List<AgendaItem> agenda = new ArrayList<>();
            for (int i = 0; i < s.agenda().size(); i++) {
                AgendaItem a = s.agenda().get(i);
                String k = p + "agenda." + (i + 1) + ".";
                agenda.add(new AgendaItem(text.apply(k + "title", a.title()), a.minutes(), text.apply(k + "details", a.details())));
            }
            List<Resource> resources = new ArrayList<>();
            for (int i = 0; i < s.resources().size(); i++) {
                Resource r = s.resources().get(i);
                resources.add(new Resource(r.title(), r.url(), r.kind(), r.free(), r.citation(),
                        text.apply(p + "resources." + (i + 1) + ".description", r.description()), r.lastChecked(), r.checkedHow()));
            }
            sessions.add(new Session(s.id(), text.apply(p + "title", s.title()), s.monthOffset(), s.format(),
                    s.durationMinutes(), list(p + "objectives", s.objectives(), text), agenda,
                    list(p + "prompts", s.prompts(), text), list(p + "pre_work", s.preWork(), text),
                    list(p + "activities", s.activities(), text), list(p + "facilitator_notes", s.facilitatorNotes(), text),
                    resources, s.competencies()));
        }
        return new Curriculum(curriculum.id(), text.apply("title", curriculum.title()), curriculum.version(),
                text.apply("audience", curriculum.audience()), curriculum.language(), sessions);
    }

    private static List<String> list(String prefix, List<String> items, BinaryOperator<String> text) {
        List<String> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            out.add(text.apply(prefix + "." + (i + 1), items.get(i)));
        }
        return out;
    }
}
