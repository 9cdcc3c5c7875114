package org.mentorkit.export.internal;

import com.ibm.icu.text.BreakIterator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The text a fillable form draws on its pages (title, questions, choices, running header): measured, wrapped and shown
 * with DejaVu Sans, and with Droid Sans Fallback for each character DejaVu Sans lacks (CJK questions and labels,
 * embedded as a subset, loaded only when a form needs it). A character neither font has is drawn as "?", so a label
 * never fails. Lines wrap at the break opportunities of the Unicode line breaking algorithm (ICU4J, the form's
 * locale): at spaces in most languages, between characters in Japanese and Chinese.
 */
final class FormText {

    private final PDDocument document;
    private final PDType0Font main;
    private final Locale locale;
    private PDType0Font cjk;
    private boolean cjkTried;

    FormText(PDDocument document, PDType0Font main, Locale locale) {
        this.document = document;
        this.main = main;
        this.locale = locale;
    }

    /** The text on one line, tabs and line breaks as spaces, characters no font has as "?". */
    String safe(String text) throws IOException {
        StringBuilder out = new StringBuilder(text.length());
        for (int cp : text.replaceAll("[\\r\\n\\t]+", " ").codePoints().toArray()) {
            out.appendCodePoint(fontFor(cp) == null ? '?' : cp);
        }
        return out.toString();
    }

    /** The width of a (safe) text at a size, in points. */
    float width(String text, float size) throws IOException {
        float width = 0;
        for (Run run : runs(safe(text))) {
            width += run.font().getStringWidth(run.text()) / 1000 * size;
        }
        return width;
    }

    /** The (safe) text cut into lines no wider than {@code width} where the language allows a break. */
    List<String> wrap(String text, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getLineInstance(locale);
        breaks.setText(text);
        int lineStart = 0;
        int lastFit = -1;
        for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
            if (width(text.substring(lineStart, end).stripTrailing(), size) > width && lastFit > lineStart) {
                lines.add(text.substring(lineStart, lastFit).stripTrailing());
                lineStart = lastFit;
            }
            lastFit = end;
        }
        lines.add(text.substring(lineStart).stripTrailing());
        return lines;
    }

    /** Shows a (safe) line at the current text position, switching fonts where a character needs the CJK one. */
    void show(PDPageContentStream content, String line, float size) throws IOException {
        for (Run run : runs(line)) {
            content.setFont(run.font(), size);
            content.showText(run.text());
        }
    }

    private List<Run> runs(String text) throws IOException {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        PDType0Font currentFont = main;
        for (int cp : text.codePoints().toArray()) {
            PDType0Font font = fontFor(cp);
            if (font == null) {
                font = main;
                cp = '?';
            }
            if (font != currentFont && current.length() > 0) {
                runs.add(new Run(currentFont, current.toString()));
                current.setLength(0);
            }
            currentFont = font;
            current.appendCodePoint(cp);
        }
        if (current.length() > 0) {
            runs.add(new Run(currentFont, current.toString()));
        }
        return runs;
    }

    private PDType0Font fontFor(int cp) throws IOException {
        if (has(main, cp)) {
            return main;
        }
        PDType0Font fallback = cjk();
        return fallback != null && has(fallback, cp) ? fallback : null;
    }

    private PDType0Font cjk() throws IOException {
        if (!cjkTried) {
            cjkTried = true;
            cjk = PDType0Font.load(document, Fonts.parsed(Fonts.DROID_SANS_FALLBACK), true);
        }
        return cjk;
    }

    private static boolean has(PDType0Font font, int cp) {
        try {
            font.encode(new String(Character.toChars(cp)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private record Run(PDType0Font font, String text) {
    }
}
