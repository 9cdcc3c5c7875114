package org.mentorkit.model.internal;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the JSON parser's messages into words a coordinator can act on; the location is reported separately. */
public final class ParseErrors {

    private static final Pattern AT = Pattern.compile("\\s*at \\(line no=\\d+, column no=\\d+, offset=-?\\d+\\)");
    private static final Pattern TOKENS = Pattern.compile("\\[([A-Z, ]*)]");
    private static final Map<String, String> TOKEN_WORDS = Map.ofEntries(
            Map.entry("CURLYOPEN", "{"), Map.entry("CURLYCLOSE", "}"), Map.entry("SQUAREOPEN", "["),
            Map.entry("SQUARECLOSE", "]"), Map.entry("COLON", ":"), Map.entry("COMMA", ","),
            Map.entry("STRING", "a \"quoted text\""), Map.entry("NUMBER", "a number"), Map.entry("TRUE", "true"),
            Map.entry("FALSE", "false"), Map.entry("NULL", "null"), Map.entry("EOF", "the end of the file"));

    private ParseErrors() {
    }

    /** The parser's message without its own location, token names as the characters they stand for. */
    public static String explain(String message) {
        if (message == null) {
            return "unreadable JSON";
        }
        String text = AT.matcher(message).replaceAll("");
        Matcher tokens = TOKENS.matcher(text);
        StringBuilder out = new StringBuilder();
        while (tokens.find()) {
            StringBuilder words = new StringBuilder();
            for (String token : tokens.group(1).split(",\\s*")) {
                if (!token.isBlank()) {
                    words.append(words.length() == 0 ? "" : " or ").append(TOKEN_WORDS.getOrDefault(token.trim(), token.trim()));
                }
            }
            tokens.appendReplacement(out, Matcher.quoteReplacement(words.toString()));
        }
        tokens.appendTail(out);
        return out.toString().replaceAll("token=([A-Z]+)", "token $1").trim();
    }
}
