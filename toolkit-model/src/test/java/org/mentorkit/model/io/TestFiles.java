package org.mentorkit.model.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Problem;

/** The real input files the tests read, and a helper to collect a failure's problems as printed lines. */
final class TestFiles {

    static final Path DIR = Path.of("src/test/resources/org/mentorkit/model/io");

    private TestFiles() {
    }

    static Path file(String name) {
        return DIR.resolve(name);
    }

    static String text(String name) {
        try {
            return Files.readString(file(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problems {@code action} throws, as {@code location: message} lines. */
    static List<String> problemsOf(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("expected an InvalidInputException");
    }
}
