package org.mentorkit.curriculum;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.mentorkit.curriculum.internal.text.SessionReferences;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Problem;

/**
 * The rules every curriculum keeps, checked all at once so that a file can be fixed in one pass: stable unique ids,
 * a timed agenda that adds up to the session's duration, and resources that say where they are and how they were
 * checked. Not API: embedders call {@link Curriculum#problems(String)}; every reader applies these rules itself.
 */
final class CurriculumRules {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern URL = Pattern.compile("https?://[^\\s]+");

    private CurriculumRules() {
    }

    /** Every problem of the curriculum, located as {@code source: json.path}. */
    static List<Problem> problems(Curriculum curriculum, String source) {
        List<Problem> problems = new ArrayList<>();
        Reporter at = (path, message) -> problems.add(new Problem(source + ": " + path, message));
        if (!ID.matcher(curriculum.id()).matches()) {
            at.report("id", "must be a short identifier of letters, digits, '.', '_' and '-', found '" + curriculum.id() + "'");
        }
        requireText(at, "title", curriculum.title());
        requireText(at, "version", curriculum.version());
        checkLanguage(at, curriculum.language());
        if (curriculum.sessions().isEmpty()) {
            at.report("sessions", "must hold at least one session");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < curriculum.sessions().size(); i++) {
            Session session = curriculum.sessions().get(i);
            String path = "sessions[" + i + "]";
            if (session == null) {
                at.report(path, "must be a session object, found null");
                continue;
            }
            if (!ids.add(session.id())) {
                at.report(path + ".id", "'" + session.id() + "' is used by an earlier session; session ids must be unique");
            }
            checkSession(at, path, session);
        }
        for (SessionReferences.Reference reference : SessionReferences.in(curriculum)) {
            if (!ids.contains(reference.targetId())) {
                at.report(reference.path(), "refers to session '" + reference.targetId() + "', which is not in the"
                        + " curriculum; sessions: " + String.join(", ", ids));
            }
        }
        return problems;
    }

    /** Throws {@link InvalidInputException} with every problem, if there are any. */
    static Curriculum requireValid(Curriculum curriculum, String source) {
        List<Problem> problems = problems(curriculum, source);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return curriculum;
    }

    private static void checkSession(Reporter at, String path, Session session) {
        if (!ID.matcher(session.id()).matches()) {
            at.report(path + ".id", "must be a short identifier of letters, digits, '.', '_' and '-', found '" + session.id() + "'");
        }
        requireText(at, path + ".title", session.title());
        if (session.format() == null) {
            at.report(path + ".format", "must be MENTOR_LED or PEER_ONLY");
        }
        if (session.monthOffset() < 0) {
            at.report(path + ".monthOffset", "must be 0 (first month) or more, found " + session.monthOffset());
        }
        if (session.durationMinutes() < 15 || session.durationMinutes() > 480) {
            at.report(path + ".durationMinutes", "must be between 15 and 480 minutes, found " + session.durationMinutes());
        }
        if (session.objectives().isEmpty()) {
            at.report(path + ".objectives", "must list at least one learning objective");
        }
        checkTexts(at, path + ".objectives", session.objectives());
        checkTexts(at, path + ".prompts", session.prompts());
        checkTexts(at, path + ".preWork", session.preWork());
        checkTexts(at, path + ".activities", session.activities());
        checkTexts(at, path + ".facilitatorNotes", session.facilitatorNotes());
        if (session.agenda().isEmpty()) {
            at.report(path + ".agenda", "must list at least one timed agenda item");
        }
        for (int j = 0; j < session.agenda().size(); j++) {
            AgendaItem item = session.agenda().get(j);
            String itemPath = path + ".agenda[" + j + "]";
            if (item == null) {
                at.report(itemPath, "must be an agenda item, found null");
                continue;
            }
            requireText(at, itemPath + ".title", item.title());
            if (item.minutes() <= 0) {
                at.report(itemPath + ".minutes", "must be at least 1, found " + item.minutes());
            }
        }
        if (!session.agenda().isEmpty() && session.agendaMinutes() != session.durationMinutes()) {
            at.report(path + ".agenda", "the items add up to " + session.agendaMinutes() + " minutes but durationMinutes is "
                    + session.durationMinutes() + "; make them equal");
        }
        for (int j = 0; j < session.resources().size(); j++) {
            checkResource(at, path + ".resources[" + j + "]", session.resources().get(j));
        }
        for (int j = 0; j < session.competencies().size(); j++) {
            if (session.competencies().get(j) == null) {
                at.report(path + ".competencies[" + j + "]", "must be a competency tag, found null");
            }
        }
    }

    private static void checkResource(Reporter at, String path, Resource resource) {
        if (resource == null) {
            at.report(path, "must be a resource, found null");
            return;
        }
        requireText(at, path + ".title", resource.title());
        if (!URL.matcher(resource.url()).matches()) {
            at.report(path + ".url", "must be an http or https address, found '" + resource.url() + "'");
        }
        if (resource.kind() == null) {
            at.report(path + ".kind", "must be one of ARTICLE, VIDEO, TOOLKIT, TEMPLATE, BOOK, WEBSITE, REPORT");
        }
        requireText(at, path + ".description", resource.description());
        if (resource.lastChecked() == null) {
            at.report(path + ".lastChecked", "must give the date the title and address were last confirmed");
        }
        requireText(at, path + ".checkedHow", resource.checkedHow());
    }

    private static void checkLanguage(Reporter at, String language) {
        if (language.isBlank()) {
            at.report("language", "must be a language tag such as en, es or pt-BR");
            return;
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(language).build();
            if (locale.getLanguage().isEmpty()) {
                at.report("language", "'" + language + "' is not a language tag such as en, es or pt-BR");
            }
        } catch (IllformedLocaleException e) {
            at.report("language", "'" + language + "' is not a language tag such as en, es or pt-BR");
        }
    }

    private static void checkTexts(Reporter at, String path, List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i) == null || texts.get(i).isBlank()) {
                at.report(path + "[" + i + "]", "must not be empty");
            }
        }
    }

    private static void requireText(Reporter at, String path, String text) {
        if (text.isBlank()) {
            at.report(path, "must not be empty");
        }
    }

    @FunctionalInterface
    private interface Reporter {
        void report(String path, String message);
    }
}
