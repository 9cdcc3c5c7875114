package org.mentorkit.model.internal;

import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The line of every JSON path in a document, so that a problem found after binding ({@code participants[41].timeZone})
 * can also say where to look in a long file. A member's line is its key's; an array element's is where it starts.
 */
public final class JsonLines {

    private final Map<String, Long> lineOfPath;

    private JsonLines(Map<String, Long> lineOfPath) {
        this.lineOfPath = lineOfPath;
    }

    /**
     * Indexes {@code json}. The index only adds line numbers to problems found elsewhere, so a document the parser
     * stops on part way (a malformed number such as {@code 8+} at the top level) keeps the lines indexed so far.
     */
    public static JsonLines of(String json) {
        Map<String, Long> lines = new HashMap<>();
        Deque<Frame> stack = new ArrayDeque<>();
        try (JsonParser parser = SharedJson.PROVIDER.createParser(new StringReader(json))) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                long line = parser.getLocation().getLineNumber();
                Frame parent = stack.peek();
                switch (event) {
                    case KEY_NAME -> {
                        parent.key = parser.getString();
                        lines.putIfAbsent(JsonPaths.member(parent.path, parent.key), line);
                    }
                    case START_OBJECT, START_ARRAY -> {
                        String path = valuePath(parent, lines, line);
                        stack.push(new Frame(path));
                        lines.putIfAbsent(path, line);
                    }
                    case END_OBJECT, END_ARRAY -> stack.pop();
                    default -> valuePath(parent, lines, line);
                }
            }
        } catch (JsonException | java.util.NoSuchElementException e) {
            // Malformed past this point: the problem itself is reported by the reader; keep what was indexed.
        }
        return new JsonLines(lines);
    }

    private static String valuePath(Frame parent, Map<String, Long> lines, long line) {
        if (parent == null) {
            return "";
        }
        if (parent.key == null) {
            String path = JsonPaths.element(parent.path, parent.index++);
            lines.putIfAbsent(path, line);
            return path;
        }
        return JsonPaths.member(parent.path, parent.key);
    }

    /** The line of {@code path}, or of the nearest enclosing value that is in the file (a missing key's object). */
    public long lineOf(String path) {
        String current = path;
        while (true) {
            Long line = lineOfPath.get(current);
            if (line != null) {
                return line;
            }
            if (current.isEmpty()) {
                return 1;
            }
            int cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
            current = cut <= 0 ? "" : current.substring(0, cut);
        }
    }

    /** {@code source:line: path}, or {@code source} alone for the whole document. */
    public String locate(String source, String path) {
        return path.isEmpty() ? source : source + ":" + lineOf(path) + ": " + path;
    }

    private static final class Frame {
        final String path;
        String key;
        int index;

        Frame(String path) {
            this.path = path;
        }
    }
}
