package org.mentorkit.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every tagged region of the example appears verbatim (de-indented) in docs/developer-guide.md. */
class DeveloperGuideSnippetsTests {

    private static final Path SOURCE =
            Path.of("src/main/java/org/mentorkit/examples/embedding/EmbeddingExample.java");
    private static final Path GUIDE = Path.of("../../docs/developer-guide.md");
    private static final Pattern REGION =
            Pattern.compile("// tag::([a-z-]+)\\[\\]\\n(.*?)\\n\\s*// end::\\1\\[\\]", Pattern.DOTALL);

    @Test
    void everyTaggedSnippetIsInTheGuideAsItIsInTheCode() throws IOException {
        String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
        Map<String, String> regions = regions(Files.readString(SOURCE, StandardCharsets.UTF_8));
        assertThat(regions).hasSizeGreaterThanOrEqualTo(8);
        regions.forEach((tag, code) ->
                assertThat(guide).as("snippet '" + tag + "' in docs/developer-guide.md").contains("```java\n" + code + "\n```"));
    }

    private static Map<String, String> regions(String source) {
        Map<String, String> regions = new LinkedHashMap<>();
        Matcher matcher = REGION.matcher(source);
        while (matcher.find()) {
            regions.put(matcher.group(1), dedent(matcher.group(2)));
        }
        return regions;
    }

    private static String dedent(String block) {
        int indent = block.lines().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        StringBuilder out = new StringBuilder();
        block.lines().forEach(l -> out.append(l.isBlank() ? "" : l.substring(indent)).append('\n'));
        return out.toString().stripTrailing();
    }
}
