package org.mentorkit.followup.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Problem;

/**
 * Fills a message template: {@code {{name}}} inserts a value, {@code {{#name}}...{{/name}}} keeps its text only when
 * the value is not empty and {@code {{^name}}...{{/name}}} only when it is (the Mustache forms, without nesting). A
 * variable that is not one of the message's is an error naming the template, the line and the variables there are,
 * so a typo in a society's template is found before any message goes out.
 */
public final class TemplateText {

    private static final Pattern SECTION = Pattern.compile("\\{\\{([#^])\\s*([A-Za-z][A-Za-z0-9]*)\\s*}}(.*?)\\{\\{/\\s*\\2\\s*}}",
            Pattern.DOTALL);
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}");

    private TemplateText() {
    }

    /** The template with every variable replaced. */
    public static String fill(String template, String source, Map<String, String> values) {
        List<Problem> problems = new ArrayList<>();
        String text = sections(template, source, values, problems);
        StringBuilder out = new StringBuilder();
        Matcher m = VARIABLE.matcher(text);
        int end = 0;
        while (m.find()) {
            out.append(text, end, m.start());
            String name = m.group(1);
            String value = values.get(name);
            if (value == null) {
                problems.add(unknown(source, text, m.start(), name, values));
                value = "";
            }
            out.append(value);
            end = m.end();
        }
        out.append(text.substring(end));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return out.toString();
    }

    private static String sections(String template, String source, Map<String, String> values, List<Problem> problems) {
        StringBuilder out = new StringBuilder();
        Matcher m = SECTION.matcher(template);
        int end = 0;
        while (m.find()) {
            out.append(template, end, m.start());
            String name = m.group(2);
            String value = values.get(name);
            if (value == null) {
                problems.add(unknown(source, template, m.start(), name, values));
            } else if (value.isEmpty() == m.group(1).equals("^")) {
                out.append(m.group(3));
            }
            end = m.end();
        }
        out.append(template.substring(end));
        return out.toString();
    }

    private static Problem unknown(String source, String text, int offset, String name, Map<String, String> values) {
        int line = 1 + (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
        return new Problem(source + ":" + line, "{{" + name + "}} is not a variable of this message; expected one of "
                + values.keySet().stream().sorted().map(v -> "{{" + v + "}}").toList());
    }
}
