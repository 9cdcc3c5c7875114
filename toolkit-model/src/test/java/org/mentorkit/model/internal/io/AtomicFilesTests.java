package org.mentorkit.model.internal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorkit.model.ErrorCode;
import org.mentorkit.model.ToolkitException;

class AtomicFilesTests {

    @TempDir
    Path temp;

    @Test
    void createsParentDirectoriesAndWritesUtf8() throws IOException {
        Path target = temp.resolve("a/b/out.txt");

        AtomicFiles.writeString(target, "Łódź ✓\n");

        assertThat(Files.readString(target)).isEqualTo("Łódź ✓\n");
        assertThat(listing(target.getParent())).containsExactly("out.txt");
    }

    @Test
    void replacesAnExistingFileWhole() throws IOException {
        Path target = temp.resolve("out.txt");
        Files.writeString(target, "a much longer earlier content that must not survive in part");

        AtomicFiles.write(target, new byte[] {'n', 'e', 'w'});

        assertThat(Files.readString(target)).isEqualTo("new");
    }

    @Test
    void leavesTheEarlierFileAndNoTemporaryFileWhenWritingFails() throws IOException {
        Path target = temp.resolve("report.pdf");
        Files.writeString(target, "earlier");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half a".getBytes());
            throw new IOException("disk full");
        })).isInstanceOf(ToolkitException.class)
                .hasMessage("could not write " + target + ": IOException (disk full)")
                .satisfies(e -> assertThat(((ToolkitException) e).code()).isEqualTo(ErrorCode.IO));

        assertThat(Files.readString(target)).isEqualTo("earlier");
        assertThat(listing(temp)).containsExactly("report.pdf");
    }

    @Test
    void writesEveryFileOfASetOrNoneWhenATargetIsADirectory() throws IOException {
        Path first = temp.resolve("a.txt");
        Path second = temp.resolve("b.txt");
        Files.writeString(first, "old a");
        Files.createDirectory(second);
        Map<Path, byte[]> outputs = new LinkedHashMap<>();
        outputs.put(first, "new a".getBytes());
        outputs.put(second, "new b".getBytes());

        assertThatThrownBy(() -> AtomicFiles.writeAll(outputs)).isInstanceOf(ToolkitException.class)
                .hasMessageContaining(second.toString()).hasMessageContaining("directory");

        assertThat(Files.readString(first)).isEqualTo("old a");
        assertThat(listing(temp)).containsExactlyInAnyOrder("a.txt", "b.txt");

        Files.delete(second);
        AtomicFiles.writeAll(outputs);
        assertThat(Files.readString(first)).isEqualTo("new a");
        assertThat(Files.readString(second)).isEqualTo("new b");
        assertThat(listing(temp)).containsExactlyInAnyOrder("a.txt", "b.txt");
    }

    @Test
    void reportsATargetThatCannotBeCreated() throws IOException {
        Path file = temp.resolve("plain-file");
        Files.writeString(file, "x");

        assertThatThrownBy(() -> AtomicFiles.writeString(file.resolve("child.txt"), "y"))
                .isInstanceOf(ToolkitException.class)
                .hasMessageStartingWith("could not write " + file.resolve("child.txt"));
    }

    @Test
    void aBatchThatIsClosedWithoutCommitLeavesEveryTargetAsItWas() throws IOException {
        Path first = temp.resolve("out/a.pdf");
        Files.createDirectories(first.getParent());
        Files.writeString(first, "old a");
        try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
            batch.stage(first, out -> out.write("new a".getBytes()));
            assertThatThrownBy(() -> batch.stage(temp.resolve("out/b.pdf"), out -> {
                throw new IOException("renderer failed");
            })).isInstanceOf(ToolkitException.class);
        }
        assertThat(Files.readString(first)).isEqualTo("old a");
        assertThat(listing(first.getParent())).containsExactly("a.pdf");

        try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
            batch.stage(first, out -> out.write("new a".getBytes()));
            batch.stage(temp.resolve("out/b.pdf"), out -> out.write("new b".getBytes()));
            assertThat(Files.readString(first)).isEqualTo("old a");
            assertThat(batch.commit()).containsExactly(first.toAbsolutePath(), temp.resolve("out/b.pdf").toAbsolutePath());
        }
        assertThat(Files.readString(first)).isEqualTo("new a");
        assertThat(listing(first.getParent())).containsExactlyInAnyOrder("a.pdf", "b.pdf");
    }

    private static java.util.List<String> listing(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
