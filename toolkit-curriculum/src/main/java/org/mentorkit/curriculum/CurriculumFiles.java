package org.mentorkit.curriculum;

import jakarta.json.JsonValue;
import java.nio.file.Path;
import org.mentorkit.model.internal.io.AtomicFiles;
import org.mentorkit.curriculum.internal.JsonIo;

/**
 * Curriculum JSON files. Reading parses (syntax errors give line and column), checks the shape (unknown keys get a
 * "did you mean"), binds with JSON-B and applies the curriculum rules ({@link Curriculum#problems(String)}); every failure is an
 * {@link org.mentorkit.model.InvalidInputException} whose problems name the file and the JSON path.
 */
public final class CurriculumFiles {

    private CurriculumFiles() {
    }

    /** Reads and validates a curriculum file. */
    public static Curriculum read(Path file) {
        return parse(JsonIo.readText(file), file.toString());
    }

    /** Reads and validates curriculum JSON; {@code source} names it in problems (a file name or a resource). */
    public static Curriculum parse(String json, String source) {
        JsonValue tree = JsonIo.parse(json, source);
        Curriculum curriculum = JsonIo.bind(tree, Curriculum.class, source, json);
        return CurriculumRules.requireValid(curriculum, source);
    }

    /** The curriculum as pretty-printed JSON, keys in a fixed order. */
    public static String toJson(Curriculum curriculum) {
        return JsonIo.toJson(curriculum);
    }

    /** Writes the curriculum atomically (a temporary file, then a move). */
    public static void write(Curriculum curriculum, Path file) {
        AtomicFiles.writeString(file, toJson(curriculum));
    }
}
