package org.mentorkit.export.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.mentorkit.export.Branding;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Problem;
import org.mentorkit.model.internal.input.InputFiles;
import org.mentorkit.model.internal.input.Limits;

/**
 * The checks on the files a branding folder names, made when the folder is read so that a wrong file fails the
 * command with a clear message instead of a stack trace while laying out the PDF or, worse, a silent fallback: a logo
 * must be a PNG or JPEG within {@link Limits#IMAGE_BYTES} and {@link Limits#IMAGE_PIXELS} (its size is read from the
 * header, the pixels are never decoded here), a font must parse as TrueType or OpenType within
 * {@link Limits#FONT_BYTES}.
 */
public final class BrandingChecks {

    private BrandingChecks() {
    }

    /**
     * The problems with the files of a branding built in code (a folder read by {@code Branding.load} was checked
     * already): the same checks, so an SDK caller gets the command line's errors, not a fallback font.
     */
    public static List<Problem> problems(Branding branding) {
        List<Problem> problems = new ArrayList<>();
        branding.logo().flatMap(logo -> logo(logo, "branding: logo")).ifPresent(problems::add);
        for (int i = 0; i < branding.fonts().size(); i++) {
            font(branding.fonts().get(i).file(), "branding: fonts[" + i + "].file").ifPresent(problems::add);
        }
        return problems;
    }

    /** The problem with the logo file, if any; {@code at} locates the setting that named it. */
    static Optional<Problem> logo(Path file, String at) {
        byte[] bytes;
        try {
            bytes = InputFiles.readBytes(file, Limits.IMAGE_BYTES, "a logo (PNG or JPEG)");
        } catch (InvalidInputException e) {
            return Optional.of(new Problem(at, e.problems().get(0).toString()));
        }
        Optional<long[]> size = ImageHeaders.size(bytes);
        if (size.isEmpty()) {
            return Optional.of(new Problem(at, file + " is not a PNG or JPEG image (its first bytes are not an image "
                    + "header); export the logo as PNG"));
        }
        long width = size.get()[0];
        long height = size.get()[1];
        if (width <= 0 || height <= 0 || width * height > Limits.IMAGE_PIXELS) {
            return Optional.of(new Problem(at, file + " is " + width + " x " + height + " pixels; a logo may have at most "
                    + Limits.IMAGE_PIXELS / 1_000_000 + " million pixels (a print logo needs well under 1 million)"));
        }
        return Optional.empty();
    }

    /** The problem with a font file, if any: it must open as a TrueType or OpenType font. */
    static Optional<Problem> font(Path file, String at) {
        byte[] bytes;
        try {
            bytes = InputFiles.readBytes(file, Limits.FONT_BYTES, "a font (.ttf or .otf)");
        } catch (InvalidInputException e) {
            return Optional.of(new Problem(at, e.problems().get(0).toString()));
        }
        boolean openType = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".otf");
        try (TrueTypeFont font = openType ? new OTFParser(false).parse(new RandomAccessReadBuffer(bytes))
                : new TTFParser(false).parse(new RandomAccessReadBuffer(bytes))) {
            if (font.getNumberOfGlyphs() <= 0 || font.getCmap() == null) {
                return Optional.of(new Problem(at, file + " holds no usable glyphs; expected a TrueType or OpenType font"));
            }
            return Optional.empty();
        } catch (IOException | RuntimeException notAFont) {
            return Optional.of(new Problem(at, file + " is not a TrueType or OpenType font (it could not be read as "
                    + "one); give the .ttf or .otf file of the font family"));
        }
    }
}
