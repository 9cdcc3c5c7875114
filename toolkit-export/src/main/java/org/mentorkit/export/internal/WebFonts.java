package org.mentorkit.export.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.mentorkit.export.BrandFont;
import org.mentorkit.export.Branding;
import org.mentorkit.model.ErrorCode;
import org.mentorkit.model.ToolkitException;

/**
 * The {@code @font-face} rules that make the HTML packet one self-contained file: the fonts travel inside it as data
 * URIs, so CJK and Arabic names are drawn with real glyphs on a machine without such system fonts.
 *
 * <p>DejaVu Sans (regular and bold) is embedded as a subset of the characters the page uses, or whole when the page
 * has Arabic (the browser shapes Arabic with the font's own substitution tables, which a subset drops). Droid Sans
 * Fallback is embedded as a subset of the CJK characters used, declared under the main family name with a
 * {@code unicode-range} of exactly those characters: in Chromium a CJK web font listed after DejaVu Sans still drew
 * boxes, while one face of the main family per script worked. The society's own fonts are embedded whole.
 */
final class WebFonts {

    private WebFonts() {
    }

    /** The rules for a page whose text (markup included: a superset) is {@code text}. */
    static String css(String text, Branding branding) {
        try {
            Set<Integer> used = text.codePoints().boxed().collect(Collectors.toCollection(TreeSet::new));
            for (int c = 0x20; c < 0x7f; c++) {
                used.add(c); // generated content ("Page", table labels) and anything CSS adds
            }
            StringBuilder css = new StringBuilder();
            for (BrandFont font : branding.fonts()) {
                css.append(face(font.family(), font.weight(), font.italic(), Files.readAllBytes(font.file()), ""));
            }
            boolean arabic = used.stream().anyMatch(WebFonts::isArabic);
            css.append(face(PacketStyle.LATIN_FAMILY, 400, false, arabic ? whole(Fonts.DEJAVU_SANS) : subset(Fonts.DEJAVU_SANS, used), ""));
            css.append(face(PacketStyle.LATIN_FAMILY, 700, false, arabic ? whole(Fonts.DEJAVU_SANS_BOLD) : subset(Fonts.DEJAVU_SANS_BOLD, used), ""));
            var dejaVu = Fonts.parsed(Fonts.DEJAVU_SANS).getUnicodeCmapLookup();
            var droid = Fonts.parsed(Fonts.DROID_SANS_FALLBACK).getUnicodeCmapLookup();
            Set<Integer> cjk = used.stream().filter(cp -> cp >= 0x250 && dejaVu.getGlyphId(cp) == 0 && droid.getGlyphId(cp) != 0)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!cjk.isEmpty()) {
                byte[] data = subset(Fonts.DROID_SANS_FALLBACK, cjk);
                String range = cjk.stream().map(cp -> "U+" + Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT))
                        .collect(Collectors.joining(", "));
                css.append(face(PacketStyle.LATIN_FAMILY, 400, false, data, range));
                css.append(face(PacketStyle.LATIN_FAMILY, 700, false, data, range));
                css.append(face(PacketStyle.CJK_FAMILY, 400, false, data, ""));
            }
            return css.toString();
        } catch (IOException e) {
            throw new ToolkitException(ErrorCode.IO, "could not read a font for the HTML packet: " + e.getMessage(), e);
        }
    }

    private static boolean isArabic(int cp) {
        return cp >= 0x0600 && cp <= 0x06FF || cp >= 0x0750 && cp <= 0x077F || cp >= 0xFB50 && cp <= 0xFDFF
                || cp >= 0xFE70 && cp <= 0xFEFF;
    }

    private static byte[] whole(String resource) throws IOException {
        try (InputStream in = Fonts.open(resource)) {
            return in.readAllBytes();
        }
    }

    private static byte[] subset(String resource, Set<Integer> codePoints) throws IOException {
        TrueTypeFont font = Fonts.parsed(resource);
        TTFSubsetter subsetter = new TTFSubsetter(font);
        subsetter.addAll(codePoints);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        subsetter.writeToStream(out);
        return out.toByteArray();
    }

    private static String face(String family, int weight, boolean italic, byte[] ttf, String unicodeRange) {
        return "@font-face { font-family: " + Html.cssString(family) + "; font-weight: " + weight + "; font-style: "
                + (italic ? "italic" : "normal") + "; src: url(data:font/ttf;base64," + Base64.getEncoder().encodeToString(ttf)
                + ") format(\"truetype\");" + (unicodeRange.isEmpty() ? "" : " unicode-range: " + unicodeRange + ";") + " }\n";
    }
}
