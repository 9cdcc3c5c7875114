package org.mentorkit.export.internal;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Calendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.mentorkit.export.BrandFont;
import org.mentorkit.export.Branding;
import org.mentorkit.export.Packet;
import org.mentorkit.model.ErrorCode;
import org.mentorkit.model.ToolkitException;

/**
 * XHTML to PDF with openhtmltopdf on PDFBox, then PDFBox for what it alone sets: the document information
 * (title, author, subject), the catalog language and showing the title in the viewer's window.
 *
 * <p>Fonts are embedded as subsets. Each character is looked up in the society's fonts, then DejaVu Sans (Latin,
 * Greek, Cyrillic, Vietnamese, Arabic), then Droid Sans Fallback (CJK); openhtmltopdf draws a character no font has
 * as a placeholder instead of failing. Arabic is shaped and reordered right to left by ICU4J.
 */
public final class PdfRendering {

    static {
        // openhtmltopdf logs INFO lines to java.util.logging for every run; our CLI prints its own summary.
        XRLog.setLoggingEnabled(false);
    }

    private PdfRendering() {
    }

    /** Renders {@code xhtml} to PDF bytes with the packet's metadata. */
    public static byte[] render(String xhtml, Packet packet, Branding branding, PacketTexts texts) {
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            // Tagged PDF (structure tree, alt texts, reading order) for screen readers: about half again the layout
            // time, accepted since the packet is read by people with assistive technology too.
            builder.usePdfUaAccessibility(true);
            builder.usePDDocument(document);
            builder.withProducer("mentorkit");
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
            // Japanese, Chinese and Korean lines break by the Unicode algorithm (UAX #14, ICU4J, the packet's locale):
            // between characters, where there are no spaces, never before closing punctuation such as 。 or 」. Other
            // languages keep openhtmltopdf's own breaker, which breaks at spaces and hyphens only (ICU would also
            // break after the slashes of a DOI or a URL).
            if (PacketStyle.usesCjkBody(texts)) {
                builder.useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(texts.language().locale()));
            }
            registerFonts(builder, document, branding, xhtml, texts);
            builder.withHtmlContent(xhtml, null);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
            }
            setMetadata(document, packet);
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new ToolkitException(ErrorCode.PDF, "could not write the PDF: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (e instanceof ToolkitException) {
                throw e;
            }
            throw new ToolkitException(ErrorCode.PDF, "could not lay out the PDF: " + e, e);
        } finally {
            Fonts.release();
        }
    }

    private static void registerFonts(PdfRendererBuilder builder, PDDocument document, Branding branding, String xhtml,
            PacketTexts texts) throws IOException {
        for (BrandFont font : branding.fonts()) {
            builder.useFont(() -> {
                try {
                    return Files.newInputStream(font.file());
                } catch (IOException e) {
                    throw new ToolkitException(ErrorCode.IO, "could not read the font file " + font.file() + ": " + e.getMessage(), e);
                }
            }, font.family(), font.weight(), font.italic() ? BaseRendererBuilder.FontStyle.ITALIC : BaseRendererBuilder.FontStyle.NORMAL, true);
        }
        useBuiltIn(builder, document, Fonts.DEJAVU_SANS, PacketStyle.LATIN_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL);
        useBuiltIn(builder, document, Fonts.DEJAVU_SANS_BOLD, PacketStyle.LATIN_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL);
        useBuiltIn(builder, document, Fonts.DEJAVU_SANS_OBLIQUE, PacketStyle.LATIN_FAMILY, 400, BaseRendererBuilder.FontStyle.ITALIC);
        useBuiltIn(builder, document, Fonts.DEJAVU_SANS_BOLD_OBLIQUE, PacketStyle.LATIN_FAMILY, 700, BaseRendererBuilder.FontStyle.ITALIC);
        // The 4 MB CJK font is offered to documents in a CJK language (their body text is set in it) and to those that
        // contain a character DejaVu Sans lacks (a name, say); it is embedded as a subset of the characters used.
        if (PacketStyle.usesCjkBody(texts) || Fonts.needsFallback(xhtml)) {
            useBuiltIn(builder, document, Fonts.DROID_SANS_FALLBACK, PacketStyle.CJK_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL);
        }
    }

    private static void useBuiltIn(PdfRendererBuilder builder, PDDocument document, String resource, String family, int weight,
            BaseRendererBuilder.FontStyle style) throws IOException {
        PDType0Font font = PDType0Font.load(document, Fonts.parsed(resource), true);
        builder.useFont(new PDFontSupplier(font), family, weight, style, true);
    }

    private static void setMetadata(PDDocument document, Packet packet) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(packet.title());
        info.setAuthor(packet.author());
        info.setSubject(packet.subject());
        info.setCreator("mentorkit");
        info.setProducer("mentorkit (openhtmltopdf, Apache PDFBox)");
        info.setCreationDate(Calendar.getInstance());
        document.getDocumentCatalog().setLanguage(packet.language());
        PDViewerPreferences preferences = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }
}
