package org.mentorkit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The SDK's messages speak of the SDK, not of the command line: no string literal in the library modules names a
 * CLI option ({@code --cohort}, {@code --from}, ...). An embedding application has no such options; the CLI adds them
 * to its own messages.
 */
class SdkMessagesTests {

    private static final List<String> LIBRARY_MODULES =
            List.of("toolkit-model", "toolkit-matching", "toolkit-curriculum", "toolkit-surveys", "toolkit-export",
                    "toolkit-followup");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"");
    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--[a-z][a-z-]+");

    @Test
    void noLibraryStringLiteralNamesACommandLineOption() throws IOException {
        List<String> found = new ArrayList<>();
        for (String module : LIBRARY_MODULES) {
            try (Stream<Path> files = Files.walk(Path.of("..", module, "src", "main", "java"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    found.addAll(optionsIn(file));
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void findsAnOptionInAStringLiteralButNotInAComment(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve("Example.java");
        Files.writeString(file, "/** Used by mentorkit packet --cohort. */\nclass Example {\n"
                + "    String a = \"give --cohort or leave rosters out\";\n    String b = \"a -- b, x--y\";\n}\n");

        assertThat(optionsIn(file)).containsExactly(file + ":3: --cohort");
    }

    private static List<String> optionsIn(Path file) throws IOException {
        List<String> found = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String code = lines.get(i).strip();
            if (code.startsWith("*") || code.startsWith("/*") || code.startsWith("//")) {
                continue;
            }
            Matcher literal = STRING_LITERAL.matcher(code);
            while (literal.find()) {
                Matcher option = OPTION.matcher(literal.group());
                while (option.find()) {
                    found.add(file + ":" + (i + 1) + ": " + option.group());
                }
            }
        }
        return found;
    }
}
