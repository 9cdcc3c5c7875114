package org.mentorkit.model.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the JSON parser's messages into words a coordinator can act on; the location is reported separately. */
public final class ParseErrors {

    private static final Pattern AT = Pattern.compile("\\s*at \\(line no=\\d+, column no=\\d+, offset=-?\\d+\\)");
    private static final Pattern INVALID_TOKEN = Pattern.compile("Invalid token=(\\w+)\\.? ?(?:Expected tokens are: \\[([A-Z, ]*)])?");
    private static final Pattern UNEXPECTED_CHAR = Pattern.compile("Unexpected char (-?\\d+)(?:, expecting '(.)')?");
    private static final Pattern TRAILING = Pattern.compile("Expected EOF token, but got (\\w+)");
    private static final Pattern DUPLICATE_KEY = Pattern.compile("Duplicate key '(.*)' is not allowed");
    private static final Map<String, String> TOKEN_WORDS = Map.ofEntries(
            Map.entry("CURLYOPEN", "{"), Map.entry("CURLYCLOSE", "}"), Map.entry("SQUAREOPEN", "["),
            Map.entry("SQUARECLOSE", "]"), Map.entry("COLON", ":"), Map.entry("COMMA", ","),
            Map.entry("STRING", "a \"quoted text\""), Map.entry("NUMBER", "a number"), Map.entry("TRUE", "true"),
            Map.entry("FALSE", "false"), Map.entry("NULL", "null"), Map.entry("EOF", "the end of the file"));

    private ParseErrors() {
    }

    /** The parser's message without its own location, in plain words, with a hint at the usual cause. */
    public static String explain(String message) {
        if (message == null) {
            return "unreadable JSON";
        }
        String text = AT.matcher(message).replaceAll("").trim();
        Matcher token = INVALID_TOKEN.matcher(text);
        if (token.matches()) {
            String found = word(token.group(1));
            List<String> expected = new ArrayList<>();
            if (token.group(2) != null) {
                for (String name : token.group(2).split(",\\s*")) {
                    if (!name.isBlank()) {
                        expected.add(word(name.trim()));
                    }
                }
            }
            String sentence = "found " + found + (expected.isEmpty() ? "" : " where " + String.join(" or ", expected)
                    + " was expected");
            return sentence + hint(token.group(1), token.group(2) == null ? "" : token.group(2));
        }
        Matcher character = UNEXPECTED_CHAR.matcher(text);
        if (character.matches()) {
            int code = Integer.parseInt(character.group(1));
            if (code < 0) {
                return "the file ends too early (is a closing } or ] or \" missing?)";
            }
            String shown = Character.isISOControl(code) ? String.format("U+%04X", code) : "`" + (char) code + "`";
            String sentence = "unexpected character " + shown
                    + (character.group(2) == null ? "" : " (expected `" + character.group(2) + "`)");
            if (code == '\'') {
                sentence += "; JSON needs double quotes \" around keys and texts";
            }
            return sentence;
        }
        Matcher trailing = TRAILING.matcher(text);
        if (trailing.matches()) {
            return "found " + word(trailing.group(1)) + " after the end of the document; a file holds one JSON object";
        }
        Matcher duplicate = DUPLICATE_KEY.matcher(text);
        if (duplicate.matches()) {
            return "key `" + duplicate.group(1) + "` appears twice in the same object; keep one";
        }
        return text;
    }

    private static String hint(String found, String expected) {
        if (found.equals("EOF")) {
            return " (is a closing } or ] missing?)";
        }
        if ((found.equals("CURLYCLOSE") || found.equals("SQUARECLOSE")) && !expected.contains("COMMA")) {
            return " (JSON allows no comma before a closing } or ])";
        }
        if (expected.equals("COMMA") || expected.startsWith("COMMA")) {
            return " (is a comma missing at the end of the line before?)";
        }
        return "";
    }

    private static String word(String token) {
        return TOKEN_WORDS.getOrDefault(token, token);
    }
}
