package org.mentorkit.export.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentorkit.export.BrandFont;
import org.mentorkit.export.Branding;

/**
 * The packet's stylesheet: screen and print (A4 or Letter, margins, running header, "Page X of Y" footer, a page
 * break before each document, a confidential mark on roster pages). Colours come from the branding, already
 * checked to be {@code #rrggbb}; texts in CSS strings are hex-escaped.
 */
public final class PacketStyle {

    /** The built-in families, in fallback order: Latin, Greek, Cyrillic, Vietnamese and Arabic; then CJK. */
    public static final String LATIN_FAMILY = "DejaVu Sans";
    public static final String CJK_FAMILY = "Droid Sans Fallback";

    private PacketStyle() {
    }

    /**
     * The font-family list: the society's fonts, then the built-in ones. In a Chinese, Japanese or Korean packet the
     * CJK font comes before DejaVu Sans, so that the body text, its punctuation and the Latin letters within it are
     * set in one font, as typesetting in those languages expects.
     */
    static String fontFamilies(Branding branding, PacketTexts texts) {
        Set<String> families = new LinkedHashSet<>();
        branding.fonts().stream().map(BrandFont::family).forEach(families::add);
        if (usesCjkBody(texts)) {
            families.add(CJK_FAMILY);
        }
        families.add(LATIN_FAMILY);
        families.add(CJK_FAMILY);
        return families.stream().map(Html::cssString).collect(Collectors.joining(", ")) + ", sans-serif";
    }

    /** Whether the packet's language is written in Han, kana or hangul, so its body text needs the CJK font. */
    static boolean usesCjkBody(PacketTexts texts) {
        return Set.of("ja", "zh", "ko").contains(texts.language().locale().getLanguage());
    }

    /**
     * White or near-black, whichever reads better on the given background: WCAG asks for a contrast of 4.5:1 for
     * text, and a society's light accent colour (gold, say) with white headers would not reach it.
     */
    static String onColor(String background) {
        double luminance = luminance(background);
        double withWhite = 1.05 / (luminance + 0.05);
        double withBlack = (luminance + 0.05) / (luminance("#1a1a1a") + 0.05);
        return withWhite >= 4.5 || withWhite >= withBlack ? "#ffffff" : "#1a1a1a";
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        double[] channels = {((rgb >> 16) & 255) / 255.0, ((rgb >> 8) & 255) / 255.0, (rgb & 255) / 255.0};
        for (int i = 0; i < 3; i++) {
            double c = channels[i];
            channels[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }

    /** The stylesheet for a packet with the given running header text. */
    public static String css(Branding branding, String headerText, PacketTexts texts) {
        String primary = branding.primaryColor();
        String accent = branding.accentColor();
        return """
                @page { size: %1$s; margin: 22mm 18mm 20mm 18mm;
                  @top-left { content: %3$s; font-family: %4$s; font-size: 8pt; color: #555555; }
                  @bottom-right { content: %7$s; font-family: %4$s; font-size: 8pt; color: #555555; }
                }
                @page cover { @top-left { content: none; } }
                @page confidential {
                  @top-right { content: %8$s; font-family: %4$s; font-size: 8pt; font-weight: bold; color: #a00000; }
                }
                html { font-family: %4$s; font-size: 10.5pt; line-height: 1.45; color: #1a1a1a; }
                body { margin: 0; }
                article.document { page-break-before: always; }
                article.first { page-break-before: auto; }
                article.confidential { page: confidential; }
                article.doc-cover { page: cover; }
                section.page-break { page-break-before: always; }
                section.keep { page-break-inside: avoid; page-break-before: avoid; }
                span.nowrap { white-space: nowrap; }
                h1 { color: %5$s; font-size: 20pt; line-height: 1.2; margin: 0 0 10pt 0; padding-bottom: 4pt; border-bottom: 2pt solid %6$s; }
                h2 { color: %5$s; font-size: 14pt; margin: 16pt 0 6pt 0; page-break-after: avoid; }
                h3 { color: %5$s; font-size: 11.5pt; margin: 12pt 0 4pt 0; page-break-after: avoid; }
                p, ul, ol { margin: 0 0 7pt 0; }
                li { margin-bottom: 2pt; }
                a { color: %5$s; }
                table.data { border-collapse: collapse; width: 100%%; margin: 6pt 0 10pt 0; font-size: 9.5pt;
                    page-break-inside: avoid; -fs-table-paginate: paginate; }
                table.data thead { display: table-header-group; }
                table.data th { background: %6$s; color: %2$s; text-align: left; padding: 4pt 5pt; }
                table.data td { border-bottom: 0.5pt solid #c8c8c8; padding: 3pt 5pt; vertical-align: top; }
                table.data tr { page-break-inside: avoid; }
                blockquote { margin: 6pt 0; padding: 4pt 10pt; border-left: 3pt solid %6$s; background: #f3f6f8; }
                code, pre { font-family: %4$s; font-size: 9pt; }
                pre { background: #f3f3f3; padding: 6pt; white-space: pre-wrap; }
                .confidential-note { color: #a00000; font-weight: bold; font-size: 9pt; margin-bottom: 6pt; }
                .doc-cover h1 { font-size: 28pt; border-bottom: none; margin-top: 30mm; }
                .doc-cover { border-top: 10mm solid %6$s; padding-top: 6mm; }
                .doc-cover { position: relative; }
                .doc-cover img { position: absolute; top: 6mm; right: 0; max-width: 60mm; max-height: 22mm; }
                .doc-cover ul { list-style: none; padding-left: 0; }
                .doc-handbook img { float: right; max-width: 45mm; max-height: 16mm; margin: 0 0 4mm 6mm; }
                .doc-cover li a { text-decoration: none; color: #1a1a1a; }
                .doc-cover li a::after { content: leader('.') target-counter(attr(href), page); }
                figure.chart { display: block; margin: 8pt 0 12pt 0; page-break-inside: avoid; }
                figure.chart figcaption { display: block; font-weight: bold; margin-bottom: 4pt; }
                table.bars { border-collapse: collapse; width: 100%%; font-size: 9pt; }
                table.bars td { padding: 2pt 4pt; vertical-align: middle; }
                table.bars td.label { width: 38%%; }
                table.bars td.track { width: 42%%; background: #eef1f4; }
                table.bars td.value { width: 20%%; white-space: nowrap; }
                table.bars div.fill { height: 9pt; background: %5$s; }
                .doc-rosters section { page-break-inside: avoid; }
                .doc-rosters table.data { font-size: 8.5pt; }
                .doc-instruments ul { list-style: none; padding-left: 8pt; }
                .field-line { border-bottom: 0.6pt solid #777777; height: 16pt; }
                @media screen {
                  body { max-width: 50em; margin: 2em auto; padding: 0 1em; overflow-wrap: anywhere; }
                  main { display: block; }
                  article.document { border-top: 1px solid #ddd; padding-top: 1em; margin-top: 2em; }
                  img { max-width: 100%%; height: auto; }
                  pre { overflow-x: auto; }
                }
                @media screen and (max-width: 40em) {
                  body { margin: 1em auto; padding: 0 0.75em; }
                  .doc-cover img { position: static; display: block; margin-bottom: 0.5em; }
                  .doc-cover h1 { margin-top: 0.5em; }
                  table.data, table.data tbody, table.data tr, table.data td { display: block; width: auto; }
                  table.data thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
                  table.data tr { border-bottom: 1px solid #c8c8c8; padding: 0.3em 0; }
                  table.data td { border: none; padding: 0.1em 0; }
                  table.data td[data-label]::before { content: attr(data-label) ": "; font-weight: bold; }
                  table.bars td.label { width: 35%%; }
                  table.bars td.value { white-space: normal; }
                }
                """.formatted(branding.pageSize().css(), onColor(accent), Html.cssString(headerText), fontFamilies(branding, texts), primary, accent,
                pageOf(texts), Html.cssString(texts.label("confidential.mark")));
    }

    /**
     * "Page X of Y" in the packet's language as CSS content: the label is formatted with two markers that become the
     * page counters, so each language puts the numbers where its grammar wants them.
     */
    static String pageOf(PacketTexts texts) {
        String label = texts.label("page.of", "page", "\u0001", "pages", "\u0002");
        StringBuilder css = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : label.toCharArray()) {
            if (c == '\u0001' || c == '\u0002') {
                if (literal.length() > 0) {
                    css.append(Html.cssString(literal.toString())).append(' ');
                    literal.setLength(0);
                }
                css.append(c == '\u0001' ? "counter(page) " : "counter(pages) ");
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            css.append(Html.cssString(literal.toString()));
        }
        return css.toString().strip();
    }
}
