package org.mentorkit.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorkit.model.DefaultProgram;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Problem;
import org.mentorkit.testing.ExternalTools;

class BrandingTests {

    @Test
    void brandingFolderSetsNameLogoColoursFontContactAndPaper(@TempDir Path dir) throws Exception {
        BufferedImage logo = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = logo.createGraphics();
        g.setColor(new Color(0x99, 0x22, 0x33));
        g.fillRect(0, 0, 120, 40);
        g.dispose();
        ImageIO.write(logo, "png", dir.resolve("logo.png").toFile());
        try (InputStream serif = getClass().getClassLoader().getResourceAsStream("net/sf/jasperreports/fonts/dejavu/DejaVuSerif.ttf")) {
            Files.createDirectories(dir.resolve("fonts"));
            Files.copy(serif, dir.resolve("fonts/Serif.ttf"));
        }
        Files.writeString(dir.resolve("branding.json"), """
                {"societyName": "Society of Examples & Tests", "primaryColor": "#992233", "accentColor": "#335577",
                 "pageSize": "letter", "contact": ["Mentoring office, 1 Example Street"],
                 "fonts": [{"family": "House Serif", "file": "fonts/Serif.ttf"}]}
                """);
        Branding branding = Branding.load(dir);
        assertThat(branding.logo()).contains(dir.resolve("logo.png"));
        Packet packet = PacketBuilder.forProgram(DefaultProgram.pilot()).branding(branding)
                .documents(Set.of(DocumentKind.COVER, DocumentKind.OVERVIEW)).build();
        Path out = ExampleCohorts.tempDir("branding");
        PacketWriter.write(packet, branding, EnumSet.allOf(OutputFormat.class), out);
        Path pdf = out.resolve("packet.pdf");

        assertThat(Files.readString(out.resolve("packet.html"))).contains("#992233").contains("data:image/png;base64,");
        assertThat(out.resolve("markdown/logo.png")).exists();
        assertThat(Files.readString(out.resolve("markdown/00-cover.md"))).contains("[Program overview and timeline](01-overview.md)");
        assertThat(Files.readString(out.resolve("markdown/00-cover.md"))).contains("![Logo of Society of Examples \\& Tests](logo.png)");

        ExternalTools.require("pdfinfo", "pdffonts", "pdfimages", "pdftotext");
        assertThat(PdfTools.pdfinfo(pdf)).contains("612 x 792 pts (letter)").contains("Author:          Society of Examples & Tests");
        assertThat(PdfTools.pdffonts(pdf)).contains("DejaVuSerif");
        assertThat(PdfTools.run("pdfimages", "-list", pdf.toString())).contains("120    40");
        assertThat(java.text.Normalizer.normalize(PdfTools.pdftotext(pdf), java.text.Normalizer.Form.NFKC)).contains("Society of Examples & Tests").contains("Mentoring office, 1 Example Street");
    }

    @Test
    void reportsEveryBrandingProblemWithItsPath(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("branding.json"), """
                {"primaryColor": "red", "pageSize": "A5", "logo": "missing.png",
                 "fonts": [{"family": "", "file": "nope.ttf"}]}
                """);
        assertThatThrownBy(() -> Branding.load(dir)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(Problem::location).allMatch(l -> l.contains("branding.json"))
                        .anyMatch(l -> l.endsWith("primaryColor")).anyMatch(l -> l.endsWith("pageSize"))
                        .anyMatch(l -> l.endsWith("logo")).anyMatch(l -> l.endsWith("fonts[0].family"))
                        .anyMatch(l -> l.endsWith("fonts[0].file")));
    }
}
