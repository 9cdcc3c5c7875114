package org.mentorkit.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mentorkit.model.InvalidInputException;

/**
 * The contract every reader keeps for any input: it returns, or it throws {@link InvalidInputException} (whose
 * subclasses carry their own codes). Anything else (a NullPointerException, a StackOverflowError, a parser's own
 * exception) escapes to Jazzer, which records the input as a finding.
 */
final class Documented {

    private Documented() {
    }

    interface Reader {
        void read() throws Exception;
    }

    static void onlyInvalidInput(Reader reader) throws Exception {
        try {
            reader.read();
        } catch (InvalidInputException expected) {
            for (var problem : expected.problems()) {
                String text = problem.toString();
                if (text.matches("(?s).*\\b[a-z]+(\\.[a-z]+)+\\.[A-Z]\\w*(Exception|Error)\\b.*")
                        || text.matches("(?s).*\\b\\w+(Exception|Error):.*")) {
                    throw new AssertionError("a Java class name in a problem: " + text);
                }
            }
        }
    }

    /** A fresh folder for one input, deleted by the caller's try-with-resources. */
    static final class Scratch implements AutoCloseable {
        final Path dir;

        Scratch() {
            try {
                dir = Files.createTempDirectory("mentorkit-fuzz");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Path write(String name, byte[] bytes) throws IOException {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        }

        @Override
        public void close() throws IOException {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
