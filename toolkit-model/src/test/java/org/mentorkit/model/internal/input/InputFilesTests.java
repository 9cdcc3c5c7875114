package org.mentorkit.model.internal.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Problem;

class InputFilesTests {

    @TempDir
    Path temp;

    private static String problemOf(Runnable read) {
        try {
            read.run();
        } catch (InvalidInputException e) {
            assertThat(e.problems()).hasSize(1);
            Problem problem = e.problems().get(0);
            return problem.toString();
        }
        throw new AssertionError("expected an InvalidInputException");
    }

    @Test
    void readsARegularFile() throws IOException {
        Path file = Files.writeString(temp.resolve("a.json"), "{}");
        assertThat(InputFiles.readBytes(file, 10, "a test file")).isEqualTo("{}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void namesAFolderAsAFolder() {
        assertThat(problemOf(() -> InputFiles.readBytes(temp, 10, "a program file")))
                .startsWith(temp.toString()).contains("is a folder, not a file; expected a program file");
    }

    @Test
    void missingFileSaysSoAndWhatWasExpected() {
        Path missing = temp.resolve("missing.json");
        assertThat(problemOf(() -> InputFiles.readBytes(missing, 10, "a cohort file")))
                .contains("missing.json").contains("no such file; expected a cohort file");
    }

    @Test
    @Timeout(10)
    void refusesAFifoAtOnceInsteadOfWaitingForAWriter() throws Exception {
        assumeThat(System.getProperty("os.name").toLowerCase(Locale.ROOT)).doesNotContain("windows");
        Path fifo = temp.resolve("cohort.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeThat(mkfifo.waitFor()).as("mkfifo available").isZero();
        assertThat(problemOf(() -> InputFiles.readBytes(fifo, 10, "a cohort file")))
                .contains("is not a regular file (it is a pipe, a device or a socket)");
    }

    @Test
    void refusesADevice() {
        Path device = Path.of("/dev/null");
        assumeThat(Files.exists(device)).isTrue();
        assertThat(problemOf(() -> InputFiles.readBytes(device, 10, "a logo"))).contains("is not a regular file");
    }

    @Test
    void symbolicLinkLoopIsNamedAsALoopNotAsMissing() throws IOException {
        Path a = temp.resolve("a.json");
        Path b = temp.resolve("b.json");
        try {
            Files.createSymbolicLink(a, b);
            Files.createSymbolicLink(b, a);
        } catch (UnsupportedOperationException | IOException e) {
            assumeThat(false).as("symbolic links supported").isTrue();
        }
        assertThat(problemOf(() -> InputFiles.readBytes(a, 10, "a program file")))
                .contains("symbolic link").contains("loop").doesNotContain("no such file");
    }

    @Test
    void danglingLinkIsNamedAsSuch() throws IOException {
        Path link = temp.resolve("logo.png");
        try {
            Files.createSymbolicLink(link, temp.resolve("gone.png"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeThat(false).as("symbolic links supported").isTrue();
        }
        assertThat(problemOf(() -> InputFiles.readBytes(link, 10, "a logo")))
                .contains("is a symbolic link to a file that does not exist");
    }

    @Test
    @Timeout(10)
    void aHugeSparseFileIsRefusedBySizeWithoutReadingIt() throws IOException {
        Path logo = temp.resolve("logo.png");
        try (RandomAccessFile file = new RandomAccessFile(logo.toFile(), "rw")) {
            file.setLength(1024L * 1024L * 1024L);
        }
        assertThat(problemOf(() -> InputFiles.readBytes(logo, Limits.IMAGE_BYTES, "a logo")))
                .contains("is 1024 MB; a logo may be at most 10 MB");
    }

    @Test
    void describesSizesInPlainUnits() {
        assertThat(Limits.describe(1)).isEqualTo("1 byte");
        assertThat(Limits.describe(900)).isEqualTo("900 bytes");
        assertThat(Limits.describe(64 * 1024)).isEqualTo("64 KB");
        assertThat(Limits.describe(Duration.ofSeconds(1).toMillis() * 1024 * 1024)).isEqualTo("1000 MB");
    }
}
