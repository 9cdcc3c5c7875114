package org.mentorkit.model.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTextTests {

    static final Parser COMMONMARK = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    @ParameterizedTest
    @ValueSource(strings = {"Ana <b>Souza</b>", "Olivia Brown | MD", "Emily *Star* Chen", "Grace \"Gigi\" Kim",
            "1. Not a list", "- not a bullet", "# not a heading", "[link](http://x)", "a_b_c", "`code`", "&amp; entity",
            "> quote", "![img](x.png)", "back\\slash", "王秀英", "محمد عبد الله", "<script>alert(1)</script>", "~~gone~~",
            "+ plus", "=== setext", "2) also", "trailing  ", "--- rule",
            "*** rule", "Heading #", "{{chairName}}", "\\<b>", "   indented", "    four spaces", "12. twelve", "1.", "3)", "1.0 release", "2)x"})
    void escapedTextReadsBackLiterallyInParagraphsAndTableCells(String text) {
        String escaped = MarkdownText.escape(text);
        Node paragraph = COMMONMARK.parse(escaped);
        assertThat(paragraph.getFirstChild()).isInstanceOf(Paragraph.class);
        assertThat(literal(paragraph)).isEqualTo(text.strip());

        Node table = COMMONMARK.parse("| A | B |\n|---|---|\n| " + escaped + " | x |\n");
        List<String> cells = new ArrayList<>();
        table.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof TableCell) {
                    cells.add(literal(node));
                } else {
                    visitChildren(node);
                }
            }
        });
        assertThat(cells).containsExactly("A", "B", text.strip(), "x");
    }

    @Test
    void lineBreaksAndTabsBecomeSpacesSoTheValueStaysInItsCell() {
        String escaped = MarkdownText.escape("Ana\r\nSouza\tMD\n| x");
        assertThat(escaped).isEqualTo("Ana Souza MD \\| x").doesNotContain("\n").doesNotContain("\r");
        Node table = COMMONMARK.parse("| A |\n|---|\n| " + escaped + " |\n");
        assertThat(literal(table)).isEqualTo("A" + "Ana Souza MD | x");
    }

    @Test
    void htmlInNamesIsShownAsTextNeverAsMarkup() {
        String escaped = MarkdownText.escape("Ana <b>Souza</b> <script>x</script> &lt;");
        assertThat(escaped).isEqualTo("Ana \\<b\\>Souza\\</b\\> \\<script\\>x\\</script\\> \\&lt;");
        String html = HtmlRenderer.builder().build().render(COMMONMARK.parse(escaped));
        assertThat(html).isEqualTo("<p>Ana &lt;b&gt;Souza&lt;/b&gt; &lt;script&gt;x&lt;/script&gt; &amp;lt;</p>\n");
    }

    @Test
    void ordinaryPunctuationStaysReadable() {
        assertThat(MarkdownText.escape("Dr. Smith-Jones (MD), 3.5 years")).isEqualTo("Dr. Smith-Jones (MD), 3.5 years");
        assertThat(MarkdownText.escape("1.0")).isEqualTo("1.0");
        assertThat(MarkdownText.escape("1. Foo")).isEqualTo("1\\. Foo");
    }

    private static String literal(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }
        });
        return out.toString();
    }
}
