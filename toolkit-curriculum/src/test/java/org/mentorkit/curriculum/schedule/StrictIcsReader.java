package org.mentorkit.curriculum.schedule;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, strict RFC 5545 reader written for the tests, sharing no code with ical4j: it insists on CRLF line ends,
 * lines of at most 75 octets, balanced BEGIN/END, and parses parameters with quoted values. It does not interpret
 * dates; the tests resolve TZIDs with java.time.
 */
final class StrictIcsReader {

    record Property(String name, Map<String, String> params, String value) {
    }

    static final class Component {
        final String name;
        final List<Property> properties = new ArrayList<>();
        final List<Component> children = new ArrayList<>();

        Component(String name) {
            this.name = name;
        }

        List<Property> all(String propertyName) {
            return properties.stream().filter(p -> p.name().equals(propertyName)).toList();
        }

        Property one(String propertyName) {
            List<Property> found = all(propertyName);
            if (found.size() != 1) {
                throw new AssertionError(name + " must have exactly one " + propertyName + ", has " + found.size());
            }
            return found.get(0);
        }

        List<Component> children(String childName) {
            return children.stream().filter(c -> c.name.equals(childName)).toList();
        }
    }

    private StrictIcsReader() {
    }

    static Component read(String text) {
        if (!text.endsWith("\r\n")) {
            throw new AssertionError("the file must end with CRLF");
        }
        String[] physical = text.substring(0, text.length() - 2).split("\r\n", -1);
        List<String> logical = new ArrayList<>();
        for (String line : physical) {
            if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
                throw new AssertionError("bare CR or LF inside a line: " + line);
            }
            if (line.getBytes(StandardCharsets.UTF_8).length > 75) {
                throw new AssertionError("line longer than 75 octets: " + line);
            }
            if (line.startsWith(" ") || line.startsWith("\t")) {
                if (logical.isEmpty()) {
                    throw new AssertionError("continuation line at the start");
                }
                logical.set(logical.size() - 1, logical.get(logical.size() - 1) + line.substring(1));
            } else {
                logical.add(line);
            }
        }
        Deque<Component> stack = new ArrayDeque<>();
        Component root = null;
        for (String line : logical) {
            Property p = parse(line);
            if (p.name().equals("BEGIN")) {
                Component c = new Component(p.value());
                if (stack.isEmpty()) {
                    if (root != null) {
                        throw new AssertionError("more than one top-level component");
                    }
                    root = c;
                } else {
                    stack.peek().children.add(c);
                }
                stack.push(c);
            } else if (p.name().equals("END")) {
                Component c = stack.pop();
                if (!c.name.equals(p.value())) {
                    throw new AssertionError("END:" + p.value() + " closes BEGIN:" + c.name);
                }
            } else {
                if (stack.isEmpty()) {
                    throw new AssertionError("property outside any component: " + line);
                }
                stack.peek().properties.add(p);
            }
        }
        if (!stack.isEmpty() || root == null || !root.name.equals("VCALENDAR")) {
            throw new AssertionError("unbalanced components or no VCALENDAR");
        }
        return root;
    }

    /** name *(";" param) ":" value, where a param value may be quoted and then holds ; : and , literally. */
    static Property parse(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) != ';' && line.charAt(i) != ':') {
            i++;
        }
        String name = line.substring(0, i).toUpperCase();
        if (!name.matches("[A-Z0-9-]+")) {
            throw new AssertionError("bad property name in: " + line);
        }
        Map<String, String> params = new LinkedHashMap<>();
        while (i < line.length() && line.charAt(i) == ';') {
            int eq = line.indexOf('=', i);
            String key = line.substring(i + 1, eq).toUpperCase();
            int j = eq + 1;
            StringBuilder value = new StringBuilder();
            if (j < line.length() && line.charAt(j) == '"') {
                int close = line.indexOf('"', j + 1);
                if (close < 0) {
                    throw new AssertionError("unclosed quote in: " + line);
                }
                value.append(line, j + 1, close);
                j = close + 1;
            } else {
                while (j < line.length() && line.charAt(j) != ';' && line.charAt(j) != ':') {
                    char c = line.charAt(j);
                    value.append(c);
                    j++;
                }
            }
            params.put(key, value.toString());
            i = j;
        }
        if (i >= line.length() || line.charAt(i) != ':') {
            throw new AssertionError("no ':' after the parameters in: " + line);
        }
        return new Property(name, params, line.substring(i + 1));
    }

    /** A TEXT value with RFC 5545 escapes undone. */
    static String text(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
