package org.mentorkit.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PacketWriterFailureTests {

    @TempDir
    Path temp;

    @Test
    void aFailureWhileRenderingLeavesAnEarlierPacketFolderByteForByteUnchanged() throws Exception {
        Path logo = temp.resolve("branding/logo.png");
        Files.createDirectories(logo.getParent());
        // A real (tiny) PNG: logos are checked by their header since issue 12.
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB), "png",
                logo.toFile());
        Branding branding = new Branding("Society", Optional.of(logo), "#1f3b5c", "#2a7f7f", List.of(), List.of(),
                PageSize.A4, "en");
        Path out = temp.resolve("packet");
        PacketWriter.write(packet("First edition"), branding, EnumSet.of(OutputFormat.MARKDOWN, OutputFormat.HTML), out);
        Map<String, byte[]> before = snapshot(out);
        assertThat(before).containsKeys("markdown/00-cover.md", "markdown/01-overview.md", "markdown/logo.png", "packet.html");

        // The logo disappears between runs: the Markdown documents render, then reading the logo fails.
        Files.delete(logo);
        assertThatThrownBy(() -> PacketWriter.write(packet("Second edition"), branding,
                EnumSet.of(OutputFormat.MARKDOWN, OutputFormat.HTML), out)).isInstanceOf(RuntimeException.class);

        Map<String, byte[]> after = snapshot(out);
        assertThat(after).containsOnlyKeys(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
    }

    private static Packet packet(String edition) {
        return new Packet("Packet", "Society", edition, "en", List.of(
                new PacketDocument("cover", "Cover", edition + " of the packet.", List.of(), false, false),
                new PacketDocument("overview", "Overview", "What the program is (" + edition + ").", List.of(), false, false)));
    }

    private static Map<String, byte[]> snapshot(Path folder) throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
