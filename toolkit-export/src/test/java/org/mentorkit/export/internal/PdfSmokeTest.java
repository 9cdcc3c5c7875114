package org.mentorkit.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorkit.export.Branding;
import org.mentorkit.export.Packet;

class PdfSmokeTest {

    @Test
    void rendersNamesInEveryScript() throws Exception {
        String md = "# Roster\n\nIntro text.\n\n## Group 1\n\n| Name | Zone |\n|---|---|\n"
                + "| " + MarkdownText.escape("Ana <b>Souza</b>") + " | x |\n"
                + "| " + MarkdownText.escape("Olivia Brown | MD") + " | x |\n"
                + "| 王秀英 | محمد عبد الله |\n| Nguyễn Thị Minh Khai | Łukasz Ελένη Мария |\n\n"
                + "```chart\nSignature talk\nBefore: 3/20\nAfter: 10/14\n```\n";
        var doc = MarkdownDocuments.parse("rosters", "rosters.md", md, true, false);
        Packet packet = new Packet("T", "A", "S", "en", List.of(doc));
        String html = HtmlRendering.page(packet, PacketStyle.css(Branding.defaults(), "Head"), Map.of(), true);
        byte[] pdf = PdfRendering.render(html, packet, Branding.defaults());
        Files.write(Path.of("target/smoke.pdf"), pdf);
        Files.writeString(Path.of("target/smoke.html"), html);
        assertThat(pdf.length).isGreaterThan(1000);
    }
}
