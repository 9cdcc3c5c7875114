package org.mentorkit.export.internal;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Draws a {@code ```chart} fenced block as a horizontal bar chart in HTML (and so in the PDF). In the Markdown the
 * block stays readable data, and any other CommonMark renderer shows it as a code block:
 *
 * <pre>
 * ```chart
 * Mentees with a signature talk
 * Before the program: 3/20
 * After the program: 10/14
 * ```
 * </pre>
 *
 * <p>The first line is the caption; every other line is {@code label: count/n}. The figure carries the whole chart
 * as text in its {@code aria-label} (the alt text), and the numbers are printed beside the bars, so nothing is shown
 * only as a picture.
 */
final class ChartBlocks implements NodeRenderer {

    /** {@code label: k/n} or {@code label: withheld/n}; the label runs to the last colon, so it may hold colons. */
    private static final Pattern BAR = Pattern.compile("^(.*):\\s*(\\d+|withheld)\\s*/\\s*(\\d+)\\s*$");

    /** One bar: its label, its count (-1 when withheld) and the n it is a share of. */
    record Bar(String label, int count, int n, PacketTexts texts) {
        double share() {
            return n == 0 || count < 0 ? 0 : (double) count / n;
        }

        String text() {
            if (count < 0) {
                return texts.label("withheld.n", "n", n);
            }
            return n == 0 ? "0/0" : count + "/" + n + " (" + texts.formats().percent(share(), 0) + ")";
        }
    }

    private final PacketTexts texts;

    ChartBlocks(PacketTexts texts) {
        this.texts = texts;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, this::render));
    }

    private void render(FencedCodeBlock block, NodeRendererContext context, HtmlWriter html) {
        if (!"chart".equals(block.getInfo().toString().trim().toLowerCase(Locale.ROOT))) {
            context.delegateRender();
            return;
        }
        List<String> lines = block.getContentLines().stream().map(l -> l.toString().strip()).filter(l -> !l.isEmpty()).toList();
        String caption = lines.isEmpty() ? "" : lines.get(0);
        List<Bar> bars = new ArrayList<>();
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            Matcher m = BAR.matcher(line);
            if (m.matches()) {
                int count = m.group(2).equals("withheld") ? -1 : Integer.parseInt(m.group(2));
                bars.add(new Bar(m.group(1).strip(), count, Integer.parseInt(m.group(3)), texts));
            }
        }
        html.raw(toHtml(caption, bars, texts));
    }

    static String toHtml(String caption, List<Bar> bars, PacketTexts texts) {
        StringBuilder alt = new StringBuilder(texts.label("chart.alt", "caption", caption));
        for (Bar bar : bars) {
            alt.append("; ").append(bar.label()).append(": ").append(bar.text());
        }
        StringBuilder out = new StringBuilder();
        out.append("<figure class=\"chart\" role=\"img\" aria-label=\"").append(Html.escape(alt.toString())).append("\">\n");
        out.append("<figcaption>").append(Html.escape(caption)).append("</figcaption>\n");
        out.append("<table class=\"bars\"><tbody>\n");
        for (Bar bar : bars) {
            String width = String.format(Locale.ROOT, "%.1f", 100 * bar.share());
            out.append("<tr><td class=\"label\">").append(Html.escape(bar.label())).append("</td>")
                    .append("<td class=\"track\"><div class=\"fill\" style=\"width: ").append(width).append("%\"></div></td>")
                    .append("<td class=\"value\">").append(Html.escape(bar.text())).append("</td></tr>\n");
        }
        out.append("</tbody></table>\n</figure>\n");
        return out.toString();
    }
}
