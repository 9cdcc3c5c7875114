package org.mentorkit.export.internal;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mentorkit.model.i18n.Language;
import org.mentorkit.export.Packet;
import org.mentorkit.export.PacketDocument;
import org.mentorkit.export.Section;

/**
 * Renders the packet's Markdown to one XHTML document (well-formed, since openhtmltopdf parses it as XML). Raw HTML in
 * Markdown is escaped, not passed through: data is already escaped for Markdown, and a template that tries to
 * write HTML gets text, so HTML output never carries markup from anything but this class.
 */
public final class HtmlRendering {

    private static final MutableDataSet OPTIONS = new MutableDataSet();
    private static final Parser PARSER;
    /** One renderer per language, since the charts' labels and alt texts are in the packet's language. */
    private static final Map<Language, HtmlRenderer> RENDERERS = new ConcurrentHashMap<>();

    static {
        OPTIONS.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        OPTIONS.set(HtmlRenderer.ESCAPE_HTML, true);
        OPTIONS.set(HtmlRenderer.SOFT_BREAK, "\n");
        OPTIONS.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        OPTIONS.set(TablesExtension.CLASS_NAME, "data");
        PARSER = Parser.builder(OPTIONS).build();
    }

    private HtmlRendering() {
    }

    private static HtmlRenderer renderer(PacketTexts texts) {
        return RENDERERS.computeIfAbsent(texts.language(), language -> HtmlRenderer.builder(OPTIONS)
                .nodeRendererFactory(o -> new ChartBlocks(texts))
                .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                    @Override
                    public AttributeProvider apply(LinkResolverContext context) {
                        return new CellLabels();
                    }
                }).build());
    }

    /** Markdown to an HTML fragment, with English chart labels. */
    public static String fragment(String markdown) {
        return fragment(markdown, PacketTexts.of(Language.ENGLISH));
    }

    /** Markdown to an HTML fragment, with chart labels in the texts' language. */
    public static String fragment(String markdown, PacketTexts texts) {
        return NoBreaks.apply(renderer(texts).render(PARSER.parse(markdown)));
    }

    /**
     * The whole packet as one standalone XHTML page.
     *
     * @param packet  the documents
     * @param css     the stylesheet (screen and print)
     * @param images  image file names used in the Markdown mapped to the URIs to use instead (e.g. data URIs)
     * @param forPdf  whether to add openhtmltopdf's bookmarks (the PDF outline)
     */
    public static String page(Packet packet, PacketTexts texts, String css, Map<String, String> images, boolean forPdf) {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(Html.escape(packet.language())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(Html.escape(packet.title())).append("</title>\n")
                .append("<meta name=\"author\" content=\"").append(Html.escape(packet.author())).append("\"/>\n")
                .append("<meta name=\"subject\" content=\"").append(Html.escape(packet.subject())).append("\"/>\n")
                .append("<style>\n").append(css).append("\n</style>\n");
        if (forPdf) {
            html.append(bookmarks(packet));
        }
        html.append("</head>\n<body>\n");
        if (!forPdf) {
            // One main landmark holding every document, so that assistive technology can jump to the content.
            html.append("<main>\n");
        }
        boolean first = true;
        for (PacketDocument document : packet.documents()) {
            html.append(article(document, texts, images, first));
            first = false;
        }
        html.append(forPdf ? "" : "</main>\n").append("</body>\n</html>\n");
        return html.toString();
    }

    private static String article(PacketDocument document, PacketTexts texts, Map<String, String> images, boolean first) {
        StringBuilder html = new StringBuilder();
        html.append("<article class=\"document doc-").append(Html.escape(document.id()))
                .append(first ? " first" : "").append(document.confidential() ? " confidential" : "")
                .append("\" id=\"").append(Html.escape(document.id())).append("\">\n");
        if (document.confidential()) {
            html.append("<p class=\"confidential-note\">").append(Html.escape(texts.label("confidential.note"))).append("</p>\n");
        }
        html.append("<h1>").append(Html.escape(document.title())).append("</h1>\n");
        if (!document.intro().isBlank()) {
            html.append("<div class=\"intro\">\n").append(withImages(fragment(document.intro(), texts), images)).append("</div>\n");
        }
        boolean firstSection = true;
        for (Section section : document.sections()) {
            boolean breakBefore = document.sectionsOnNewPages() && !firstSection;
            // A short section (a heading and a line or two) is kept whole and on the page before it, so that no page
            // holds only a heading and a line.
            boolean keep = !breakBefore && !firstSection && isShort(section.markdown());
            html.append("<section class=\"section").append(breakBefore ? " page-break" : "").append(keep ? " keep" : "")
                    .append("\" id=\"")
                    .append(Html.escape(section.id())).append("\">\n")
                    .append(withImages(fragment(section.markdown(), texts), images))
                    .append("</section>\n");
            firstSection = false;
        }
        return html.append("</article>\n").toString();
    }

    /** At most a heading and three short lines of Markdown. */
    static boolean isShort(String markdown) {
        String text = markdown.strip();
        return text.length() <= 320 && text.lines().filter(line -> !line.isBlank()).count() <= 4;
    }

    private static String withImages(String html, Map<String, String> images) {
        String result = html;
        for (Map.Entry<String, String> image : images.entrySet()) {
            result = result.replace("src=\"" + Html.escape(image.getKey()) + "\"", "src=\"" + Html.escape(image.getValue()) + "\"");
        }
        return result;
    }

    private static String bookmarks(Packet packet) {
        StringBuilder xml = new StringBuilder("<bookmarks>\n");
        for (PacketDocument document : packet.documents()) {
            xml.append("<bookmark name=\"").append(Html.escape(document.title())).append("\" href=\"#")
                    .append(Html.escape(document.id())).append("\">\n");
            for (Section section : document.sections()) {
                xml.append("  <bookmark name=\"").append(Html.escape(section.title())).append("\" href=\"#")
                        .append(Html.escape(section.id())).append("\"/>\n");
            }
            xml.append("</bookmark>\n");
        }
        return xml.append("</bookmarks>\n").toString();
    }
}
