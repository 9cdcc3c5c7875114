package org.mentorkit.model.internal.input;

/**
 * The resource limits every reader applies to what a user gives it, in one place so that {@code docs/architecture.md}
 * can list them and a hostile or mistaken file fails with a clear message instead of exhausting memory or time.
 * Each is far above what a real program needs (noted beside it) and far below what would hurt the machine.
 */
public final class Limits {

    private Limits() {
    }

    private static final long MIB = 1024L * 1024L;

    /** Program, cohort, curriculum, overlay, instrument, response and branding JSON (a 10,000-person cohort: ~10 MB). */
    public static final long JSON_BYTES = 64 * MIB;
    /** Applicant CSVs, REDCap dictionaries and records, SurveyJS exports (a 10,000-row export: ~20 MB). */
    public static final long TABLE_BYTES = 64 * MIB;
    /** Nesting of JSON objects and lists (mentorkit's deepest file nests about 8 levels). */
    public static final int JSON_DEPTH = 64;
    /** A logo or other image file (a print-quality logo: a few hundred KB). */
    public static final long IMAGE_BYTES = 10 * MIB;
    /** Width times height of a decoded image (a 300 dpi A4 page is about 8.7 million pixels). */
    public static final long IMAGE_PIXELS = 40_000_000L;
    /** A font file (DejaVu Sans: 0.7 MB; a full CJK font: about 20 MB). */
    public static final long FONT_BYTES = 48 * MIB;
    /** A Mustache template or Markdown document of a society (the longest built-in: ~10 KB). */
    public static final long TEMPLATE_BYTES = 1 * MIB;
    /** A filled PDF form (a filled mentorkit form: ~500 KB; with scanned attachments a few MB). */
    public static final long PDF_BYTES = 64 * MIB;
    /** Time one user-supplied regular expression may take on one text (a codebook pattern on one comment). */
    public static final long PATTERN_MILLIS = 1_000L;

    /** {@code bytes} as a short human figure: "12 MB", "640 KB", "17 bytes". */
    public static String describe(long bytes) {
        if (bytes >= MIB) {
            return (bytes + MIB / 2) / MIB + " MB";
        }
        if (bytes >= 1024) {
            return (bytes + 512) / 1024 + " KB";
        }
        return bytes == 1 ? "1 byte" : bytes + " bytes";
    }
}
