package org.mentorkit.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Problem;

/** Issue 12: branding settings and files are checked when the folder is read; nothing is silently ignored. */
class BrandingHardeningTests {

    @TempDir
    Path dir;

    private List<String> problems() {
        try {
            Branding.load(dir);
        } catch (InvalidInputException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("expected the branding folder to be refused");
    }

    @Test
    void misspeltKeysAreErrorsWithASuggestion() throws Exception {
        Files.writeString(dir.resolve("branding.json"), """
                {"primaryColour": "#112233", "logoo": "logo.png",
                 "fonts": [{"family": "X", "file": "x.ttf", "wieght": 700}]}
                """);
        assertThat(problems())
                .anyMatch(p -> p.endsWith("branding.json: primaryColour: unknown setting `primaryColour`; did you mean `primaryColor`?"))
                .anyMatch(p -> p.endsWith("branding.json: logoo: unknown setting `logoo`; did you mean `logo`?"))
                .anyMatch(p -> p.contains("fonts[0].wieght: unknown setting `wieght`; did you mean `weight`?"));
    }

    @Test
    void aFontFileThatIsNotAFontIsAnErrorNotASilentFallback() throws Exception {
        Files.writeString(dir.resolve("Brand.ttf"), "this is a text file, not a font\n".repeat(100));
        Files.writeString(dir.resolve("branding.json"), "{\"fonts\": [{\"family\": \"Brand\", \"file\": \"Brand.ttf\"}]}");
        assertThat(problems()).singleElement().asString()
                .contains("fonts[0].file").contains("Brand.ttf is not a TrueType or OpenType font")
                .doesNotContain("Exception");
    }

    @Test
    void wrongTypesForWeightAndItalicAreReportedNotIgnored() throws Exception {
        Files.writeString(dir.resolve("branding.json"),
                "{\"fonts\": [{\"family\": \"B\", \"file\": \"b.ttf\", \"weight\": \"bold\", \"italic\": \"yes\"}]}");
        assertThat(problems()).anyMatch(p -> p.contains("fonts[0].weight: expected a whole number"))
                .anyMatch(p -> p.contains("fonts[0].italic: expected true or false"));
    }

    @Test
    @Timeout(20)
    void aOneGigabyteSparseLogoIsRefusedBySize() throws Exception {
        try (RandomAccessFile logo = new RandomAccessFile(dir.resolve("logo.png").toFile(), "rw")) {
            logo.setLength(1024L * 1024L * 1024L);
        }
        assertThat(problems()).singleElement().asString().contains("logo.png: is 1024 MB; a logo")
                .contains("may be at most 10 MB");
    }

    @Test
    void aLogoOfHugeDimensionsIsRefusedFromItsHeader() throws Exception {
        // A valid PNG signature and IHDR claiming 100000 x 100000 pixels: a few bytes on disk, 40 GB decoded.
        ByteBuffer png = ByteBuffer.allocate(33);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}).putInt(13).put("IHDR".getBytes())
                .putInt(100_000).putInt(100_000).put(new byte[] {8, 6, 0, 0, 0}).putInt(0);
        Files.write(dir.resolve("logo.png"), png.array());
        assertThat(problems()).singleElement().asString().contains("100000 x 100000 pixels");
    }

    @Test
    void aLogoThatIsAFolderIsNamedAsAFolder() throws Exception {
        Files.createDirectory(dir.resolve("brand.png"));
        Files.writeString(dir.resolve("branding.json"), "{\"logo\": \"brand.png\"}");
        assertThat(problems()).singleElement().asString().contains("is a folder, not a file").doesNotContain("not found");
    }

    @Test
    void aLogoThatIsNotAnImageIsRefused() throws Exception {
        Files.writeString(dir.resolve("logo.png"), "<svg></svg>");
        assertThat(problems()).singleElement().asString().contains("is not a PNG or JPEG image");
    }

    @Test
    void aRealPngAndJpegAreAccepted() throws Exception {
        BufferedImage image = new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", jpeg);
        Files.write(dir.resolve("logo.jpg"), jpeg.toByteArray());
        assertThat(Branding.load(dir).logo()).contains(dir.resolve("logo.jpg"));
    }

    @Test
    void deeplyNestedBrandingJsonIsAnInputProblem() throws Exception {
        Files.writeString(dir.resolve("branding.json"), "{\"contact\": " + "[".repeat(50_000) + "]".repeat(50_000) + "}");
        assertThatThrownBy(() -> Branding.load(dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("branding.json:1:").hasMessageContaining("nested more than 64 levels");
    }
}
