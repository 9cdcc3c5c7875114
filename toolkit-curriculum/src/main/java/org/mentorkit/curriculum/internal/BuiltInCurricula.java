package org.mentorkit.curriculum.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

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
            throw new UncheckedIOException(e);
        }
    }
}
