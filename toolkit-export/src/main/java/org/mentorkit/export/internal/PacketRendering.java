package org.mentorkit.export.internal;

import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mentorkit.model.i18n.Language;
import org.mentorkit.export.Branding;
import org.mentorkit.export.Packet;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.internal.input.InputFiles;
import org.mentorkit.model.internal.input.Limits;

/** The HTML and PDF of a packet with its branding: stylesheet, running header and logo. */
public final class PacketRendering {

    private PacketRendering() {
    }

    /** Standalone HTML (the logo inlined as a data URI, so the file can be mailed on its own). */
    public static String html(Packet packet, Branding branding, boolean forPdf) {
        PacketTexts texts = PacketTexts.of(Language.of(packet.language()));
        String css = PacketStyle.css(branding, packet.author() + " · " + packet.title(), texts);
        String html = HtmlRendering.page(packet, texts, css, images(branding), forPdf);
        if (forPdf) {
            return html; // the PDF renderer is given the font files directly
        }
        // The HTML carries its fonts, so that it is one self-contained file (see WebFonts).
        return html.replaceFirst("<style>\n", java.util.regex.Matcher.quoteReplacement("<style>\n" + WebFonts.css(html, branding)));
    }

    /** The PDF bytes. */
    public static byte[] pdf(Packet packet, Branding branding) {
        return PdfRendering.render(html(packet, branding, true), packet, branding, PacketTexts.of(Language.of(packet.language())));
    }

    /** The logo's name in the Markdown ({@code logo.png}) mapped to a data URI. */
    static Map<String, String> images(Branding branding) {
        if (branding.logo().isEmpty()) {
            return Map.of();
        }
        Path logo = branding.logo().get();
        String extension = TemplateData.extension(logo.getFileName().toString());
        String type = extension.equals(".png") ? "image/png" : "image/jpeg";
        // Branding built in code has not been through BrandingFiles: the same checks, so no image can exhaust memory.
        BrandingChecks.logo(logo, "logo").ifPresent(problem -> {
            throw new InvalidInputException(List.of(problem));
        });
        byte[] bytes = InputFiles.readBytes(logo, Limits.IMAGE_BYTES, "a logo (PNG or JPEG)");
        String data = "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
        return Map.of("logo" + extension.toLowerCase(Locale.ROOT), data);
    }
}
