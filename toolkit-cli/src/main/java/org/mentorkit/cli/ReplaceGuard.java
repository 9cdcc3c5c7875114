package org.mentorkit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.ToolkitException;
import org.mentorkit.surveys.ResponseSet;

/**
 * Keeps a command from replacing an earlier output with one that holds less (a broken PDF giving 0 responses over a
 * good responses file) unless asked with {@code --replace}. An output holding as much or more is replaced as before.
 */
final class ReplaceGuard {

    private ReplaceGuard() {
    }

    /** Refuses to write {@code set} over a responses file at {@code out} holding more responses, unless {@code replace}. */
    static void responses(Path out, ResponseSet set, boolean replace) {
        if (replace || !Files.exists(out)) {
            return;
        }
        int now = set.responses().size() + set.partial().size();
        int before;
        try {
            ResponseSet earlier = ResponseSet.read(out);
            before = earlier.responses().size() + earlier.partial().size();
        } catch (ToolkitException e) {
            throw new InvalidInputException("--out " + out, "exists and is not a responses file that can be read ("
                    + e.getMessage() + "); not replaced. Choose another --out, or add --replace to overwrite it");
        }
        if (now < before) {
            throw new InvalidInputException("--out " + out, "already holds " + before + " responses; this import has "
                    + now + ". Not replaced: add --replace to replace it with fewer");
        }
    }
}
