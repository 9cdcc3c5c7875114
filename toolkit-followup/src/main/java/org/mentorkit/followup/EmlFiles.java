package org.mentorkit.followup;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentorkit.followup.internal.EmlFormat;
import org.mentorkit.model.internal.io.AtomicFiles;

/** Messages as {@code .eml} files (RFC 5322 with MIME), which mail programs open as drafts. */
public final class EmlFiles {

    private EmlFiles() {
    }

    /** The bytes of one message's {@code .eml} file. */
    public static byte[] bytes(MailMessage message, Instant date) {
        return EmlFormat.bytes(message, date);
    }

    /**
     * Writes every message into {@code dir} under its {@link MailMessage#fileName()}; all are generated before any is
     * written, so a bad message leaves the folder as it was.
     *
     * @return the files written, in message order
     */
    public static List<Path> write(List<MailMessage> messages, Path dir, Instant date) {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        for (MailMessage message : messages) {
            files.put(dir.resolve(message.fileName()), EmlFormat.bytes(message, date));
        }
        AtomicFiles.writeAll(files);
        return List.copyOf(files.keySet());
    }
}
