package org.mentorkit.curriculum.schedule;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a calendar the way a byte-oriented client sees it: physical lines split on CRLF in the UTF-8 octets, each at
 * most 75 octets (RFC 5545 3.1) and each decodable on its own, which fails exactly when a fold cut a UTF-8 sequence.
 * Shares nothing with the code under test (no Java string folding: it works on bytes).
 */
final class IcsOctetLines {

    private IcsOctetLines() {
    }

    /** Every problem of the file's physical lines, as "line N: ..." texts; empty when all is well. */
    static List<String> problems(byte[] ics) {
        List<String> problems = new ArrayList<>();
        int line = 1;
        int start = 0;
        for (int i = 0; i + 1 < ics.length || start < ics.length; i++) {
            boolean atEnd = i + 1 >= ics.length;
            if (!atEnd && !(ics[i] == '\r' && ics[i + 1] == '\n')) {
                continue;
            }
            int end = atEnd ? ics.length : i;
            int length = end - start;
            if (length > 75) {
                problems.add("line " + line + ": " + length + " octets");
            }
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(ics, start, length));
            } catch (CharacterCodingException e) {
                problems.add("line " + line + ": a UTF-8 sequence is cut by the fold");
            }
            if (atEnd) {
                break;
            }
            line++;
            start = i + 2;
            i++;
        }
        return problems;
    }
}
