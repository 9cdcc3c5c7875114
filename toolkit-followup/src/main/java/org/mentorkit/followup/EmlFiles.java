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

    /**
     * The bytes of one message's {@code .eml} file: CRLF line ends, marked {@code X-Unsent: 1} so that mail programs
     * open it as a draft, with a Message-ID that is the same each time the same message is generated.
     *
     * @param message the message
     * @param date    the {@code Date} header
     * @return the file's bytes
     * @throws org.mentorkit.model.InvalidInputException when an address is not one Jakarta Mail accepts
     * @throws org.mentorkit.model.ToolkitException when the message cannot be written as MIME
     */
    public static byte[] bytes(MailMessage message, Instant date) {
        return EmlFormat.bytes(message, date);
    }

    /**
     * Writes every message into {@code dir} under its {@link MailMessage#fileName()}; all are generated before any is
     * written, so a bad message leaves the folder as it was.
     *
     * @param messages the messages; their file names should differ (a later one replaces an earlier of the same name)
     * @param dir      the output folder, which must exist; files of the same names are replaced
     * @param date     the {@code Date} header of every message
     * @return the files written, in message order
     * @throws org.mentorkit.model.InvalidInputException when an address is not one Jakarta Mail accepts; nothing is
     *         written then
     * @throws org.mentorkit.model.ToolkitException when a message cannot be generated or a file cannot be written
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
