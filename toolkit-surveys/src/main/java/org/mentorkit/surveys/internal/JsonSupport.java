package org.mentorkit.surveys.internal;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.mentorkit.model.ErrorCode;
import org.mentorkit.model.ToolkitException;
import org.mentorkit.model.internal.input.InputFiles;
import org.mentorkit.model.internal.input.JsonBinding;
import org.mentorkit.model.internal.input.Limits;
import org.mentorkit.model.internal.input.TextDecoding;

/**
 * The surveys module's JSON writing (pretty-printed) and its entry to the model's one reading path, so every JSON file
 * is read and reported alike in every module.
 */
public final class JsonSupport {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withFormatting(true));

    private JsonSupport() {
    }

    /** Pretty-printed JSON of {@code value}, ending with a newline. */
    public static String toJson(Object value) {
        return JSONB.toJson(value).strip() + "\n";
    }

    /**
     * Parses {@code text} as {@code type} through the model's one reading path: bounded parse, every key and value
     * checked against the record (all problems at once, as {@code source:line: json.path}), then binding.
     */
    public static <T> T fromJson(String text, Type type, String source) {
        return JsonBinding.read(text, type, source);
    }

    /**
     * Reads a survey file (JSON or CSV) through the model's one bounded input path: a regular file within the size
     * limit, UTF-8 or UTF-16 by its byte-order mark, anything else refused with the line and byte at fault.
     */
    public static String read(Path file) {
        return TextDecoding.decode(InputFiles.readBytes(file, Limits.TABLE_BYTES, "a survey file"), file.toString());
    }

    /** Reads a UTF-8 resource of this module. */
    public static String readResource(String name) {
        try (InputStream in = JsonSupport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new ToolkitException(ErrorCode.BROKEN_INSTALLATION,
                        "the built-in file " + name + " is missing from the installation");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ToolkitException(ErrorCode.BROKEN_INSTALLATION,
                    "could not read the built-in file " + name + ": " + e.getMessage(), e);
        }
    }
}
