package org.mentorkit.curriculum;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mentorkit.curriculum.internal.JsonIo;
import org.mentorkit.curriculum.internal.OverlayFile;
import org.mentorkit.curriculum.internal.Suggestions;
import org.mentorkit.curriculum.internal.text.SessionReferences;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Problem;
import org.mentorkit.model.internal.input.JsonBinding;
import org.mentorkit.model.internal.input.JsonShape;

/**
 * Adapts a curriculum with an overlay file, so that a society keeps its changes apart from the curriculum it builds
 * on. The steps run in this order: new metadata ({@code id}, {@code title}, {@code version}, {@code audience},
 * {@code language}); {@code remove}; {@code replace}; {@code change} (only the named fields of a session);
 * {@code add} (after a named session, or at the end); {@code addResources}; {@code dropResources} (by title or URL);
 * {@code order} (every remaining session id, once). Every reference is checked and every problem reported with its
 * JSON path in the overlay and the closest existing id; the result must also keep the curriculum rules ({@link Curriculum#problems(String)}).
 */
public final class CurriculumOverlays {

    private CurriculumOverlays() {
    }

    /**
     * Applies an overlay file (UTF-8 JSON) to a curriculum.
     *
     * @param base        the curriculum to adapt; it is not changed
     * @param overlayFile the overlay; problems are located by this path as given
     * @return the adapted curriculum, keeping every curriculum rule
     * @throws org.mentorkit.model.InvalidInputException if the file cannot be used (missing, too large, malformed,
     *         wrong shape), the overlay names sessions or resources {@code base} lacks, or the result breaks a
     *         curriculum rule: every problem found, each with its JSON path
     * @throws org.mentorkit.model.ToolkitException with {@link org.mentorkit.model.ErrorCode#IO} if the file exists
     *         but cannot be read
     */
    public static Curriculum apply(Curriculum base, Path overlayFile) {
        return apply(base, JsonIo.readText(overlayFile), overlayFile.toString());
    }

    /**
     * Applies overlay JSON held in memory to a curriculum, as {@link #apply(Curriculum, Path)} does for a file.
     *
     * @param base        the curriculum to adapt; it is not changed
     * @param overlayJson the overlay's JSON text
     * @param source      names the overlay in problem locations
     * @return the adapted curriculum, keeping every curriculum rule
     * @throws InvalidInputException if the overlay is malformed, has the wrong shape, names sessions or resources
     *                               {@code base} lacks, or the result breaks a curriculum rule
     */
    public static Curriculum apply(Curriculum base, String overlayJson, String source) {
        JsonValue tree = JsonIo.parse(overlayJson, source);
        // The normalised tree: null members dropped as absent, enum constants canonical.
        JsonShape.Checked shape = JsonShape.check(tree, OverlayFile.class);
        JsonBinding.throwIfAny(shape.problems(), source, overlayJson);
        if (!(shape.value() instanceof JsonObject overlay)) {
            throw new InvalidInputException(source, "an overlay must be a JSON object {...}");
        }
        Application application = new Application(base, source);
        Curriculum result = application.run(overlay);
        if (!application.problems.isEmpty()) {
            throw new InvalidInputException(application.problems);
        }
        return CurriculumRules.requireValid(result, source + " (result of the overlay on '" + base.id() + "')");
    }

    private static final class Application {
        private final Curriculum base;
        private final String source;
        private final List<Problem> problems = new ArrayList<>();
        private final List<Session> sessions;
        private final Set<String> removed = new HashSet<>();

        Application(Curriculum base, String source) {
            this.base = base;
            this.source = source;
            this.sessions = new ArrayList<>(base.sessions());
        }

        Curriculum run(JsonObject overlay) {
            removeSessions(overlay.getJsonArray("remove"));
            replaceSessions(overlay.getJsonArray("replace"));
            changeSessions(overlay.getJsonObject("change"));
            addSessions(overlay.getJsonArray("add"));
            addResources(overlay.getJsonObject("addResources"));
            dropResources(overlay.getJsonObject("dropResources"));
            reorder(overlay.getJsonArray("order"));
            checkReferences(overlay.getJsonArray("remove"));
            return new Curriculum(
                    text(overlay, "id", base.id()),
                    text(overlay, "title", base.title()),
                    text(overlay, "version", base.version()),
                    text(overlay, "audience", base.audience()),
                    text(overlay, "language", base.language()),
                    sessions);
        }

        private void removeSessions(JsonArray ids) {
            for (int i = 0; ids != null && i < ids.size(); i++) {
                String id = ids.getString(i);
                int index = indexOrReport(id, "remove[" + i + "]");
                if (index >= 0) {
                    sessions.remove(index);
                    removed.add(id);
                }
            }
        }

        private void replaceSessions(JsonArray replacements) {
            for (int i = 0; replacements != null && i < replacements.size(); i++) {
                Session replacement = JsonIo.bindPart(replacements.get(i), Session.class, source, "replace[" + i + "]");
                int index = indexOrReport(replacement.id(), "replace[" + i + "].id");
                if (index >= 0) {
                    sessions.set(index, replacement);
                }
            }
        }

        private void changeSessions(JsonObject changes) {
            if (changes == null) {
                return;
            }
            for (String id : changes.keySet()) {
                String path = "change." + id;
                JsonObject fields = changes.getJsonObject(id);
                int index = indexOrReport(id, path);
                if (index < 0) {
                    continue;
                }
                if (fields.containsKey("id")) {
                    report(path + ".id", "a session's id cannot be changed; remove the session and add a new one");
                    continue;
                }
                JsonObjectBuilder merged = Json.createObjectBuilder((JsonObject) JsonIo.toTree(sessions.get(index)));
                fields.forEach(merged::add);
                sessions.set(index, JsonIo.bindPart(merged.build(), Session.class, source, path));
            }
        }

        private void addSessions(JsonArray additions) {
            for (int i = 0; additions != null && i < additions.size(); i++) {
                String path = "add[" + i + "]";
                JsonObject addition = additions.getJsonObject(i);
                if (!addition.containsKey("session")) {
                    report(path + ".session", "missing: give the session to add");
                    continue;
                }
                Session session = JsonIo.bindPart(addition.get("session"), Session.class, source, path + ".session");
                if (index(session.id()) >= 0) {
                    report(path + ".session.id", "a session '" + session.id()
                            + "' already exists; use replace or change to alter it, or choose another id");
                    continue;
                }
                String after = addition.containsKey("after") && addition.get("after") instanceof JsonString s ? s.getString() : "";
                if (after.isEmpty()) {
                    sessions.add(session);
                } else {
                    int index = indexOrReport(after, path + ".after");
                    if (index >= 0) {
                        sessions.add(index + 1, session);
                    }
                }
            }
        }

        private void addResources(JsonObject additions) {
            if (additions == null) {
                return;
            }
            for (String id : additions.keySet()) {
                String path = "addResources." + id;
                int index = indexOrReport(id, path);
                if (index < 0) {
                    continue;
                }
                List<Resource> resources = new ArrayList<>(sessions.get(index).resources());
                JsonArray added = additions.getJsonArray(id);
                for (int j = 0; j < added.size(); j++) {
                    resources.add(JsonIo.bindPart(added.get(j), Resource.class, source, path + "[" + j + "]"));
                }
                sessions.set(index, sessions.get(index).withResources(resources));
            }
        }

        private void dropResources(JsonObject drops) {
            if (drops == null) {
                return;
            }
            for (String id : drops.keySet()) {
                String path = "dropResources." + id;
                int index = indexOrReport(id, path);
                if (index < 0) {
                    continue;
                }
                List<Resource> resources = new ArrayList<>(sessions.get(index).resources());
                JsonArray names = drops.getJsonArray(id);
                for (int j = 0; j < names.size(); j++) {
                    String name = names.getString(j);
                    boolean found = resources.removeIf(r -> r.title().equals(name) || r.url().equals(name));
                    if (!found) {
                        List<String> titles = resources.stream().map(Resource::title).toList();
                        report(path + "[" + j + "]", "session '" + id + "' has no resource with the title or URL '"
                                + name + "'" + Suggestions.hint(name, titles));
                    }
                }
                sessions.set(index, sessions.get(index).withResources(resources));
            }
        }

        private void reorder(JsonArray order) {
            if (order == null) {
                return;
            }
            List<Session> ordered = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (int i = 0; i < order.size(); i++) {
                String id = order.getString(i);
                if (!seen.add(id)) {
                    report("order[" + i + "]", "'" + id + "' is listed twice; list each session once");
                    continue;
                }
                int index = indexOrReport(id, "order[" + i + "]");
                if (index >= 0) {
                    ordered.add(sessions.get(index));
                }
            }
            List<String> missing = sessions.stream().map(Session::id).filter(id -> !seen.contains(id)).toList();
            if (!missing.isEmpty()) {
                report("order", "must list every session of the result once; missing: " + String.join(", ", missing));
                return;
            }
            sessions.clear();
            sessions.addAll(ordered);
        }

        /**
         * A reference whose session this overlay removed, or that this overlay moved to the other side of the session
         * referring to it ("report on ... from session 5" now held before session 5), is reported where the overlay
         * did it, with the text that refers to it.
         */
        private void checkReferences(JsonArray removals) {
            Curriculum result = new Curriculum(base.id(), base.title(), base.version(), base.audience(), base.language(), sessions);
            for (SessionReferences.Reference reference : SessionReferences.in(result)) {
                String quoted = "session '" + reference.fromSessionId() + "' refers to it at " + reference.path()
                        + " (\"" + reference.text() + "\")";
                if (removed.contains(reference.targetId())) {
                    int at = removals == null ? -1 : removals.getValuesAs(JsonString.class).stream()
                            .map(JsonString::getString).toList().indexOf(reference.targetId());
                    report(at < 0 ? "remove" : "remove[" + at + "]", "removes session '" + reference.targetId() + "', but "
                            + quoted + "; change that text in this overlay (change." + reference.fromSessionId()
                            + ") or keep the session");
                    continue;
                }
                int baseFrom = SessionReferences.numberOf(reference.fromSessionId(), base);
                int baseTo = SessionReferences.numberOf(reference.targetId(), base);
                int from = SessionReferences.numberOf(reference.fromSessionId(), result);
                int to = SessionReferences.numberOf(reference.targetId(), result);
                if (baseFrom > 0 && baseTo > 0 && to > 0 && (baseTo < baseFrom) != (to < from)) {
                    report("order", "moves session '" + reference.targetId() + "' (now session " + to + ") to the other side"
                            + " of session '" + reference.fromSessionId() + "' (now session " + from + "), but " + quoted
                            + "; change that text in this overlay or keep the order");
                }
            }
        }

        private int index(String id) {
            for (int i = 0; i < sessions.size(); i++) {
                if (sessions.get(i).id().equals(id)) {
                    return i;
                }
            }
            return -1;
        }

        private int indexOrReport(String id, String path) {
            int index = index(id);
            if (index < 0) {
                List<String> ids = sessions.stream().map(Session::id).toList();
                String why = removed.contains(id) ? "session '" + id + "' was removed by this overlay's remove list"
                        : "no session '" + id + "' in curriculum '" + base.id() + "'" + Suggestions.hint(id, ids);
                report(path, why + "; sessions: " + String.join(", ", ids));
            }
            return index;
        }

        private void report(String path, String message) {
            problems.add(new Problem(source + ": " + path, message));
        }

        private static String text(JsonObject overlay, String key, String fallback) {
            return overlay.get(key) instanceof JsonString s ? s.getString() : fallback;
        }
    }
}
