package org.mentorkit.examples.surgical;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.mentorkit.curriculum.Curriculum;
import org.mentorkit.curriculum.CurriculumFiles;
import org.mentorkit.curriculum.spi.CurriculumProvider;

/**
 * Provides the surgical-leadership curriculum from a JSON resource in this module. Reading it through
 * {@link CurriculumFiles} gives the society the same located error messages as mentorkit's own files.
 */
public final class SurgicalLeadershipProvider implements CurriculumProvider {

    /** The id the curriculum is listed by. */
    public static final String ID = "surgical-leadership-4";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Curriculum curriculum() {
        try (InputStream in = SurgicalLeadershipProvider.class.getResourceAsStream("surgical-leadership.json")) {
            if (in == null) {
                throw new IllegalStateException("surgical-leadership.json is missing from " + getClass().getModule());
            }
            return CurriculumFiles.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "surgical-leadership.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
