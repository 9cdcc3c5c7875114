/**
 * The toolkit packet: Markdown, HTML and PDF documents from templates, with branding, charts and fillable forms.
 *
 * <p>Markdown is the source of truth: logic-less Mustache templates are filled from the model (every participant
 * text escaped for Markdown), rendered to HTML with Flexmark and to PDF with openhtmltopdf on PDFBox. Forms are
 * AcroForm PDFs drawn with PDFBox directly.
 *
 * <p>Flexmark and openhtmltopdf ship no module name, so they are required here by their file-derived automatic
 * module names ({@code flexmark}, {@code openhtmltopdf.pdfbox}, ...). They are kept out of every other mentorkit
 * module on purpose.
 *
 * @provides org.mentorkit.model.spi.TranslationProvider the packet's texts ({@code packet.*}) in every built-in language
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module org.mentorkit.export {
    requires transitive org.mentorkit.model;
    requires transitive org.mentorkit.curriculum;
    requires transitive org.mentorkit.surveys;

    requires java.logging;
    requires java.desktop;
    requires jakarta.json;
    requires com.github.mustachejava;
    requires flexmark;
    requires flexmark.ext.tables;
    requires flexmark.util.ast;
    requires flexmark.util.data;
    requires flexmark.util.html;
    requires flexmark.util.sequence;
    requires flexmark.util.misc;
    // Flexmark's jars are file-name automatic modules: a module-path launch resolves only those named here.
    requires flexmark.util.builder;
    requires flexmark.util.collection;
    requires flexmark.util.dependency;
    requires flexmark.util.format;
    requires flexmark.util.visitor;
    requires openhtmltopdf.core;
    requires openhtmltopdf.pdfbox;
    requires openhtmltopdf.rtl.support;
    requires com.ibm.icu;
    requires org.apache.pdfbox;
    requires org.apache.pdfbox.io;
    requires org.apache.fontbox;
    // PDFBox logs through commons-logging; without this a real module-path launch fails (see STACK.md).
    requires org.apache.commons.logging;
    requires net.sf.jasperreports.fonts;

    exports org.mentorkit.export;

    provides org.mentorkit.model.spi.TranslationProvider with org.mentorkit.export.internal.PacketTranslations;
}
