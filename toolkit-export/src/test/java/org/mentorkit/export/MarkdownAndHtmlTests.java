package org.mentorkit.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.Cohort;

/**
 * The packet's Markdown read by another CommonMark implementation (commonmark-java) and its HTML by jsoup: the same
 * structure as Flexmark sees, names as literal text, no markup from data.
 */
class MarkdownAndHtmlTests {

    static Packet packet;

    @BeforeAll
    static void build() {
        Cohort cohort = ExampleCohorts.synthetic(ExampleCohorts.pilotGrouped(), 12);
        packet = PacketBuilder.forProgram(cohort.program()).cohort(cohort).results(Fixtures.results()).build();
    }

    @Test
    void anotherCommonMarkParserSeesTheSameHeadingsAndTables() {
        org.commonmark.parser.Parser commonmark = org.commonmark.parser.Parser.builder()
                .extensions(List.of(org.commonmark.ext.gfm.tables.TablesExtension.create())).build();
        MutableDataSet options = new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        Parser flexmark = Parser.builder(options).build();
        for (PacketDocument document : packet.documents()) {
            String md = document.markdown();
            Node node = commonmark.parse(md);
            List<String> headings = new ArrayList<>();
            int[] tables = {0};
            node.accept(new AbstractVisitor() {
                @Override
                public void visit(Heading heading) {
                    headings.add(heading.getLevel() + ":" + textOf(heading));
                }

                @Override
                public void visit(CustomBlock block) {
                    if (block instanceof TableBlock) {
                        tables[0]++;
                    }
                    visitChildren(block);
                }
            });
            List<String> flexHeadings = new ArrayList<>();
            int[] flexTables = {0};
            flexmark.parse(md).getDescendants().forEach(n -> {
                if (n instanceof com.vladsch.flexmark.ast.Heading h) {
                    flexHeadings.add(h.getLevel() + ":" + unescape(h.getText().toString()));
                } else if (n instanceof com.vladsch.flexmark.ext.tables.TableBlock) {
                    flexTables[0]++;
                }
            });
            assertThat(headings).as(document.id()).isEqualTo(flexHeadings);
            assertThat(tables[0]).as(document.id()).isEqualTo(flexTables[0]);
            assertThat(headings.get(0)).isEqualTo("1:" + document.title());
            assertThat(headings.stream().filter(h -> h.startsWith("2:")).toList())
                    .isEqualTo(document.sections().stream().map(s -> "2:" + s.title()).toList());
        }
    }

    @Test
    void namesAreWholeTableCellsInAnotherParser() {
        PacketDocument rosters = packet.documents().stream().filter(d -> d.id().equals("rosters")).findFirst().orElseThrow();
        org.commonmark.parser.Parser commonmark = org.commonmark.parser.Parser.builder()
                .extensions(List.of(org.commonmark.ext.gfm.tables.TablesExtension.create())).build();
        List<String> cells = new ArrayList<>();
        commonmark.parse(rosters.markdown()).accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode custom) {
                if (custom instanceof TableCell) {
                    cells.add(textOf(custom));
                } else {
                    visitChildren(custom);
                }
            }
        });
        for (String name : Fixtures.HARD_NAMES) {
            assertThat(cells).as(name).anyMatch(c -> c.startsWith(name + " "));
        }
    }

    @Test
    void htmlCarriesNoMarkupFromData() {
        Document html = Jsoup.parse(PacketWriter.html(packet, Branding.defaults()));
        assertThat(html.select("body b")).isEmpty();
        assertThat(html.select("script")).isEmpty();
        assertThat(html.select("em").eachText()).noneMatch(t -> t.contains("Star"));
        Element rosters = html.getElementById("rosters");
        assertThat(rosters).isNotNull();
        List<String> cells = rosters.select("td").eachText();
        for (String name : Fixtures.HARD_NAMES) {
            assertThat(cells).as(name).anyMatch(c -> c.startsWith(name + " "));
        }
        assertThat(html.select("figure.chart").attr("aria-label")).startsWith("Bar chart: ");
        assertThat(html.select("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void escapesTemplateHtmlToo() {
        String fragment = org.mentorkit.export.internal.HtmlRendering.fragment("Hello <script>alert(1)</script> <b>x</b>");
        assertThat(Jsoup.parse(fragment).select("script, b")).isEmpty();
        assertThat(Jsoup.parse(fragment).text()).contains("<script>alert(1)</script>");
    }

    static String textOf(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.Code code) {
                text.append(code.getLiteral());
            }
        });
        return text.toString();
    }

    private static String unescape(String markdown) {
        return markdown.replaceAll("\\\\(\\p{Punct})", "$1");
    }

}
