package org.mentorkit.model.io;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.ErrorCode;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Program;
import org.mentorkit.model.ToolkitException;
import org.mentorkit.model.internal.io.AtomicFiles;

/**
 * Program and cohort files: UTF-8 JSON (a BOM is tolerated), read with every problem reported at once (see
 * {@link ModelJson}), written atomically in a stable, compact form. Problem locations start with the path as given.
 */
public final class ModelFiles {

    private ModelFiles() {
    }

    /** Reads and validates a program file. */
    public static Program readProgram(Path file) {
        return ModelJson.readProgram(readText(file), file.toString());
    }

    /** Reads and validates a cohort file. */
    public static Cohort readCohort(Path file) {
        return ModelJson.readCohort(readText(file), file.toString());
    }

    /** Writes a program file atomically, creating parent directories. */
    public static void writeProgram(Program program, Path file) {
        AtomicFiles.writeString(file, ModelJson.write(program));
    }

    /** Writes a cohort file atomically, creating parent directories. */
    public static void writeCohort(Cohort cohort, Path file) {
        AtomicFiles.writeString(file, ModelJson.write(cohort));
    }

    /**
     * The file as UTF-8 text without a BOM. Missing files and text in another encoding are input problems (exit 2 at
     * the command line), other I/O failures are not.
     */
    static String readText(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file.toString(), "no such file");
        } catch (IOException e) {
            throw new ToolkitException(ErrorCode.IO, "could not read " + file + ": " + e.getMessage(), e);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(file.toString(), "is not UTF-8 text; save it as UTF-8 (in Excel: "
                    + "\"CSV UTF-8\"; in a text editor: encoding UTF-8)");
        }
    }
}
