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

    /**
     * Reads and validates a curriculum file (UTF-8 JSON).
     *
     * @param file the file; problems are located by this path as given
     * @return the curriculum, keeping every rule of {@link Curriculum#problems(String)}
     * @throws org.mentorkit.model.InvalidInputException if the file is missing, not a regular file, too large, not
     *         valid JSON, of the wrong shape or breaks a curriculum rule (every problem found, each located)
     * @throws org.mentorkit.model.ToolkitException with {@link org.mentorkit.model.ErrorCode#IO} if the file exists
     *         but cannot be read
     */
    public static Curriculum read(Path file) {
        return parse(JsonIo.readText(file), file.toString());
    }

    /**
     * Reads and validates curriculum JSON held in memory, as {@link #read(Path)} does for a file.
     *
     * @param json   the JSON text
     * @param source names it in problem locations (a file name or a resource)
     * @return the curriculum, keeping every rule of {@link Curriculum#problems(String)}
     * @throws org.mentorkit.model.InvalidInputException if the text is not valid JSON, has the wrong shape or breaks
     *         a curriculum rule
     */
    public static Curriculum parse(String json, String source) {
        JsonValue tree = JsonIo.parse(json, source);
        Curriculum curriculum = JsonIo.bind(tree, Curriculum.class, source, json);
        return CurriculumRules.requireValid(curriculum, source);
    }

    /**
     * Writes the curriculum as JSON text, as {@link #read(Path)} reads it back.
     *
     * @param curriculum any curriculum (it is not checked)
     * @return pretty-printed JSON, keys in a fixed order, so that files diff well
     */
    public static String toJson(Curriculum curriculum) {
        return JsonIo.toJson(curriculum);
    }

    /**
     * Writes the curriculum as {@link #toJson(Curriculum)} to a file atomically (a temporary file, then a move), so a
     * reader never sees half a file and a failed write leaves the old file as it was.
     *
     * @param curriculum any curriculum (it is not checked)
     * @param file       the file to create or replace
     * @throws org.mentorkit.model.ToolkitException with {@link org.mentorkit.model.ErrorCode#IO} if it cannot be
     *         written
     */
    public static void write(Curriculum curriculum, Path file) {
        AtomicFiles.writeString(file, toJson(curriculum));
    }
}
