package org.mentorkit.model.io;

import java.nio.file.Path;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Program;
import org.mentorkit.model.internal.input.InputFiles;
import org.mentorkit.model.internal.input.JsonInput;
import org.mentorkit.model.internal.input.Limits;
import org.mentorkit.model.internal.input.TextDecoding;
import org.mentorkit.model.internal.io.AtomicFiles;

/**
 * Program and cohort files: UTF-8 or UTF-16 JSON (by its byte-order mark), read with every problem reported at once (see
 * {@link ModelJson}), written atomically in a stable, compact form. Problem locations start with the path as given.
 */
public final class ModelFiles {

    private ModelFiles() {
    }

    /**
     * Reads and validates a program file.
     *
     * @param file a program JSON file (UTF-8 or UTF-16), at most the size in {@code docs/architecture.md}
     * @return the program, valid
     * @throws org.mentorkit.model.InvalidInputException listing every problem found, each with its location
     */
    public static Program readProgram(Path file) {
        return ModelJson.readProgram(JsonInput.readText(file, "a program file (JSON)"), file.toString());
    }

    /**
     * Reads and validates a cohort file.
     *
     * @param file a cohort JSON file (UTF-8 or UTF-16), as {@code mentorkit cohort} or {@code match} writes it
     * @return the cohort, valid, its program included
     * @throws org.mentorkit.model.InvalidInputException listing every problem found, each with its location
     */
    public static Cohort readCohort(Path file) {
        return ModelJson.readCohort(JsonInput.readText(file, "a cohort file (JSON)"), file.toString());
    }

    /**
     * Writes a program file atomically, creating parent directories: a reader never sees half a file.
     *
     * @param program the program to write
     * @param file    where; an existing file is replaced
     */
    public static void writeProgram(Program program, Path file) {
        AtomicFiles.writeString(file, ModelJson.write(program));
    }

    /**
     * Writes a cohort file atomically, creating parent directories: a reader never sees half a file.
     *
     * @param cohort the cohort to write
     * @param file   where; an existing file is replaced
     */
    public static void writeCohort(Cohort cohort, Path file) {
        AtomicFiles.writeString(file, ModelJson.write(cohort));
    }

    /**
     * The file's text without a BOM, read through the one bounded input path (regular files only, size limit,
     * UTF-8 or UTF-16 by BOM). Every problem with the file is an input problem naming it (exit 2).
     */
    static String readText(Path file, long limit, String what) {
        return TextDecoding.decode(InputFiles.readBytes(file, limit, what), file.toString());
    }
}
