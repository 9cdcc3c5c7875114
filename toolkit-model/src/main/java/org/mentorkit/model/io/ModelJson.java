package org.mentorkit.model.io;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Problem;
import org.mentorkit.model.Program;
import org.mentorkit.model.internal.JsonWriting;
import org.mentorkit.model.internal.input.JsonBinding;
import org.mentorkit.model.internal.input.JsonInput;

/**
 * Program and cohort JSON as text, for applications that keep files elsewhere (a database, an upload). Reading parses,
 * checks every key and type against the model, binds with JSON-B and validates; any problem throws
 * {@link InvalidInputException} listing all of them, located as {@code source:line:column} for malformed JSON and
 * {@code source:line: json.path} otherwise (the line of the key, or of the object a missing key belongs in). Writing gives the stable, compact form described in {@code docs/file-formats.md}.
 */
public final class ModelJson {

    private ModelJson() {
    }

    /**
     * Reads and validates a program.
     *
     * @param json   the program's JSON text
     * @param source names the input in problem locations, e.g. its file name or upload
     * @return the program, valid
     * @throws org.mentorkit.model.InvalidInputException listing every problem found, each with its location
     */
    public static Program readProgram(String json, String source) {
        String text = withoutBom(json);
        JsonValue tree = parse(text, source);
        if (tree instanceof JsonObject object && object.containsKey("participants") && !object.containsKey("society")) {
            throw new InvalidInputException(source, "this is a cohort file, not a program file: a program file starts "
                    + "with `id`, `name`, `society`; a cohort file holds `program`, `participants` and `groups`");
        }
        Program program = bind(tree, Program.class, source, text);
        throwIfAny(ModelValidation.problems(program), source, text);
        return program;
    }

    /**
     * Reads and validates a cohort.
     *
     * @param json   the cohort's JSON text
     * @param source names the input in problem locations, e.g. its file name or upload
     * @return the cohort, valid, its program included
     * @throws org.mentorkit.model.InvalidInputException listing every problem found, each with its location
     */
    public static Cohort readCohort(String json, String source) {
        String text = withoutBom(json);
        JsonValue tree = parse(text, source);
        if (tree instanceof JsonObject object && !object.containsKey("program") && object.containsKey("society")) {
            throw new InvalidInputException(source, "this is a program file, not a cohort file: a cohort file holds "
                    + "`program` (the whole program object), `participants` and `groups`");
        }
        Cohort cohort = bind(tree, Cohort.class, source, text);
        throwIfAny(ModelValidation.problems(cohort), source, text);
        return cohort;
    }

    /**
     * The program as pretty-printed JSON, ending with a newline.
     *
     * @param program the program
     * @return the stable form of {@code docs/file-formats.md}, which {@link #readProgram} reads back equal
     */
    public static String write(Program program) {
        return JsonWriting.pretty(JsonWriting.toJson(program));
    }

    /**
     * The cohort as pretty-printed JSON, ending with a newline.
     *
     * @param cohort the cohort
     * @return the stable form of {@code docs/file-formats.md}, which {@link #readCohort} reads back equal
     */
    public static String write(Cohort cohort) {
        return JsonWriting.pretty(JsonWriting.toJson(cohort));
    }

    private static String withoutBom(String json) {
        return json.startsWith("\uFEFF") ? json.substring(1) : json;
    }

    private static JsonValue parse(String text, String source) {
        return JsonInput.parse(text, source);
    }

    private static <T> T bind(JsonValue tree, Class<T> type, String source, String text) {
        return JsonBinding.bind(tree, type, source, text);
    }

    /** Locates each problem as {@code source:line: json.path}, the line found in {@code text}. */
    private static void throwIfAny(List<Problem> problems, String source, String text) {
        JsonBinding.throwIfAny(problems, source, text);
    }
}
