package org.mentorkit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.mentorkit.model.InvalidInputException;

/**
 * Checks of {@code --out} before any work: naming a file where a folder is wanted (or the reverse) is a typing
 * mistake to report as invalid input, not a disk failure to discover after generating everything.
 */
final class Outputs {

    private Outputs() {
    }

    /** {@code --out} of a command that fills a folder: absent (created) or a folder. A null path is not given. */
    static void requireFolder(Path out) {
        if (out != null && Files.exists(out) && !Files.isDirectory(out)) {
            throw new InvalidInputException("--out " + out,
                    "is a file; expected a folder to write into (it is created if it does not exist)");
        }
    }

    /** {@code --out} of a command that writes one file: absent or a file, not a folder. A null path is not given. */
    static void requireFile(Path out) {
        if (out != null && Files.isDirectory(out)) {
            throw new InvalidInputException("--out " + out, "is a folder; expected the name of the file to write,"
                    + " for example " + out.resolve("output.json"));
        }
    }
}
