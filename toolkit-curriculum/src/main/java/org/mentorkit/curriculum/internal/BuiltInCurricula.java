package org.mentorkit.curriculum.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.mentorkit.model.ErrorCode;
import org.mentorkit.model.ToolkitException;

/** Loads the curricula shipped inside this module. */
public final class BuiltInCurricula {

    private BuiltInCurricula() {
    }

    /** The JSON text of the default curriculum. */
    public static String defaultJson() {
        try (InputStream in = BuiltInCurricula.class.getResourceAsStream("default-curriculum.json")) {
            if (in == null) {
                throw new IllegalStateException("default-curriculum.json is missing from the curriculum module");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ToolkitException(ErrorCode.BROKEN_INSTALLATION, "could not read the built-in curriculum: " + e.getMessage(), e);
        }
    }
}
