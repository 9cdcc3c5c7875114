package org.mentorkit.followup;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.ErrorCode;
import org.mentorkit.model.ToolkitException;

/**
 * The record of what was sent from one output folder ({@code send-ledger.csv} beside the messages):
 * {@code time,file,to,outcome,reply}, one line per attempt's outcome, appended and forced to disk before the next
 * message goes, so that a run stopped at any point (a crash, a killed process, a lost connection) and run again sends
 * only what is not recorded as sent. A message is identified by its file name and recipient.
 *
 * <p>The one window left: a stop between the server's acceptance of a message and the ledger line reaching the disk
 * (a few milliseconds) sends that one message again on the next run.
 */
public final class SendLedger {

    /** The ledger's file name in the output folder. */
    public static final String FILE_NAME = "send-ledger.csv";

    private static final List<String> HEADER = List.of("time", "file", "to", "outcome", "reply");

    private final Path file;
    private final Set<String> sent = new HashSet<>();

    private SendLedger(Path file) {
        this.file = file;
    }

    /**
     * The ledger in {@code folder}, read if it exists. A last line cut off by a crash (no line end) is ignored.
     *
     * @param folder the messages' output folder
     * @return the ledger of {@value #FILE_NAME} in that folder; empty when there is no such file yet
     * @throws InvalidInputException when the file exists but cannot be read or is not a send ledger (it is never
     *                               replaced: it records what was sent)
     */
    public static SendLedger in(Path folder) {
        SendLedger ledger = new SendLedger(folder.resolve(FILE_NAME));
        ledger.load();
        return ledger;
    }

    /**
     * Whether the message in {@code fileName} was sent to {@code to}.
     *
     * @param fileName the message's file name
     * @param to       the recipient address (compared without regard to case)
     * @return true when a {@code sent} line for both is recorded
     */
    public boolean wasSent(String fileName, String to) {
        return sent.contains(key(fileName, to));
    }

    /**
     * The ledger file.
     *
     * @return the path of {@value #FILE_NAME} in the folder; it need not exist yet
     */
    public Path file() {
        return file;
    }

    /**
     * Records a delivery the service accepted, forced to disk before returning.
     *
     * @param fileName the message's file name
     * @param to       the recipient address
     * @param time     when the service accepted it
     * @throws ToolkitException when the line cannot be written
     */
    public void recordSent(String fileName, String to, Instant time) {
        append(time, fileName, to, "sent", "");
        sent.add(key(fileName, to));
    }

    /**
     * Records a refusal, forced to disk before returning; the message is tried again on a later run.
     *
     * @param fileName the message's file name
     * @param to       the recipient address
     * @param reply    the service's reply (line breaks become spaces)
     * @param time     when the service refused it
     * @throws ToolkitException when the line cannot be written
     */
    public void recordRefused(String fileName, String to, String reply, Instant time) {
        append(time, fileName, to, "refused", reply);
    }

    private void load() {
        if (!Files.exists(file)) {
            return;
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot read the send ledger: " + e.getMessage());
        }
        // A line cut off by a crash while it was being written has no line end: it is not a record.
        int lastEnd = text.lastIndexOf('\n');
        text = lastEnd < 0 ? "" : text.substring(0, lastEnd + 1);
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text))) {
            if (!text.isEmpty() && !parser.getHeaderNames().equals(HEADER)) {
                throw new InvalidInputException(file + ":1", "not a send ledger; expected the header " + String.join(",", HEADER));
            }
            for (CSVRecord row : parser) {
                if (row.size() == HEADER.size() && row.get("outcome").equals("sent")) {
                    sent.add(key(row.get("file"), row.get("to")));
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new InvalidInputException(file.toString(), "the send ledger cannot be read: " + e.getMessage()
                    + "; it records what was sent, so it is not replaced: fix or move it");
        }
    }

    private void append(Instant time, String fileName, String to, String outcome, String reply) {
        StringBuilder line = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(line, CSVFormat.RFC4180)) {
            if (!Files.exists(file) || Files.size(file) == 0) {
                printer.printRecord(HEADER);
            }
            printer.printRecord(time.toString(), fileName, to, outcome, reply.replaceAll("[\\r\\n]+", " "));
        } catch (IOException e) {
            throw new ToolkitException(ErrorCode.SEND_LEDGER, "cannot write the send ledger " + file + ": " + e.getMessage(), e);
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                ByteBuffer bytes = ByteBuffer.wrap(line.toString().getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
        } catch (IOException e) {
            throw new ToolkitException(ErrorCode.SEND_LEDGER, "cannot write the send ledger " + file + ": " + e.getMessage()
                    + "; stopped so that nothing is sent twice", e);
        }
    }

    private static String key(String fileName, String to) {
        return fileName + "\u0000" + to.toLowerCase(java.util.Locale.ROOT);
    }
}
