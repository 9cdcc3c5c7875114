package org.mentorkit.export;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A font a society adds for its packet (TrueType or OpenType with TrueType outlines). It is tried first; characters
 * it lacks fall back to the built-in DejaVu Sans and then Droid Sans Fallback (CJK).
 *
 * @param family the CSS family name it is registered under
 * @param file   the font file
 * @param weight 400 for regular, 700 for bold
 * @param italic whether this is the italic face
 */
public record BrandFont(String family, Path file, int weight, boolean italic) {

    /**
     * The font as given; nothing is read here (building a packet checks the file, writing a PDF reads it).
     *
     * @param family the CSS family name it is registered under
     * @param file   the font file
     * @param weight 400 for regular, 700 for bold
     * @param italic whether this is the italic face
     * @throws NullPointerException if {@code family} or {@code file} is null
     */
    public BrandFont {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(file, "file");
    }
}
