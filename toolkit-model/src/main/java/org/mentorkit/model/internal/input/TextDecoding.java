package org.mentorkit.model.internal.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.mentorkit.model.InvalidInputException;

/**
 * Bytes of a user's text file to text: UTF-8 with or without a byte-order mark, UTF-16 (little- or big-endian) by its
 * mark or, for files that start with plain ASCII as JSON and CSV do, by the zero bytes of its first character.
 * Anything else (Windows-1252 or Latin-1 from Excel or Notepad, a binary file) is refused with the line and the byte
 * at fault and how to save the file as UTF-8; text is never guessed into the wrong characters.
 */
public final class TextDecoding {

    private TextDecoding() {
    }

    private static final Charset WINDOWS_1252 = Charset.isSupported("windows-1252") ? Charset.forName("windows-1252") : null;

    /** The text of {@code bytes}, without a byte-order mark; {@code source} names the file in problems. */
    public static String decode(byte[] bytes, String source) {
        int length = bytes.length;
        if (length >= 4 && (bytes[0] == 0 && bytes[1] == 0 && (bytes[2] & 0xFF) == 0xFE && (bytes[3] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE && bytes[2] == 0 && bytes[3] == 0)) {
            throw new InvalidInputException(source, "is UTF-32 text, which mentorkit does not read; save it as UTF-8");
        }
        if (length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return strict(bytes, 3, StandardCharsets.UTF_8, source);
        }
        if (length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE, source);
        }
        if (length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE, source);
        }
        if (length >= 2 && length % 2 == 0 && bytes[0] == 0 && bytes[1] != 0) {
            return strict(bytes, 0, StandardCharsets.UTF_16BE, source);
        }
        if (length >= 2 && length % 2 == 0 && bytes[0] != 0 && bytes[1] == 0) {
            return strict(bytes, 0, StandardCharsets.UTF_16LE, source);
        }
        return strict(bytes, 0, StandardCharsets.UTF_8, source);
    }

    private static String strict(byte[] bytes, int start, Charset charset, String source) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8,
                (long) (bytes.length - start) * (long) Math.ceil(decoder.maxCharsPerByte())));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw notDecodable(bytes, start, in.position(), charset, source);
        }
        return out.flip().toString();
    }

    private static InvalidInputException notDecodable(byte[] bytes, int start, int at, Charset charset, String source) {
        int line = 1;
        for (int i = start; i < at && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        String location = source + ":" + line;
        if (charset != StandardCharsets.UTF_8) {
            return new InvalidInputException(location, "is marked as " + charset.name() + " text but is not valid "
                    + charset.name() + "; save it as UTF-8");
        }
        int value = at < bytes.length ? bytes[at] & 0xFF : 0;
        String seen = String.format("byte 0x%02X", value);
        if (WINDOWS_1252 != null && value >= 0x80 && looksLikeWindows1252(bytes, start)) {
            String character = new String(new byte[] {(byte) value}, WINDOWS_1252);
            seen += " ('" + character + "' in Windows-1252)";
            return new InvalidInputException(location, "is not UTF-8 text: " + seen + "; the file looks saved as "
                    + "Windows-1252 (\"ANSI\"); save it as UTF-8 (in Excel: \"CSV UTF-8\"; in a text editor: "
                    + "encoding UTF-8)");
        }
        return new InvalidInputException(location, "is not UTF-8 text: " + seen + " cannot start a UTF-8 character; "
                + "is this a text file? Save it as UTF-8");
    }

    /** Windows-1252 text has no control bytes other than tab and line ends; a binary file usually has. */
    private static boolean looksLikeWindows1252(byte[] bytes, int start) {
        int limit = Math.min(bytes.length, start + 64 * 1024);
        for (int i = start; i < limit; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
