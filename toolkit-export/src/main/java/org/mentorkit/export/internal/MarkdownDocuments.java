package org.mentorkit.export.internal;

import java.util.ArrayList;
import java.util.List;
import org.mentorkit.export.PacketDocument;
import org.mentorkit.export.Section;
import org.mentorkit.export.TemplateException;

/**
 * Turns a filled template into the document model: its {@code # } line is the title, each {@code ## } line starts a
 * section. Headings inside fenced code blocks are ignored.
 */
public final class MarkdownDocuments {

    private MarkdownDocuments() {
    }

    /** Splits {@code markdown}, filled from {@code template}, into a document. */
    public static PacketDocument parse(String id, String template, String markdown, boolean confidential, boolean newPages) {
        String title = null;
        StringBuilder intro = new StringBuilder();
        List<Section> sections = new ArrayList<>();
        String sectionTitle = null;
        StringBuilder current = null;
        boolean inFence = false;
        for (String line : markdown.split("\r?\n", -1)) {
            String trimmed = line.stripLeading();
            if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                inFence = !inFence;
            }
            if (!inFence && title == null && line.startsWith("# ")) {
                title = plain(line.substring(2));
                continue;
            }
            if (!inFence && line.startsWith("## ")) {
                if (current != null) {
                    sections.add(new Section(id + "-" + (sections.size() + 1), sectionTitle, current.toString().strip()));
                }
                sectionTitle = plain(line.substring(3));
                current = new StringBuilder();
            }
            (current == null ? intro : current).append(line).append('\n');
        }
        if (current != null) {
            sections.add(new Section(id + "-" + (sections.size() + 1), sectionTitle, current.toString().strip()));
        }
        if (title == null) {
            throw new TemplateException(template, 0, "", "the template must start with a '# ' title line");
        }
        return new PacketDocument(id, title, intro.toString().strip(), sections, confidential, newPages);
    }

    /** Heading Markdown as plain text: backslash escapes removed, emphasis markers and link syntax dropped. */
    static String plain(String headingMarkdown) {
        String text = headingMarkdown.strip().replaceAll("\\s#+$", "");
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && isAsciiPunctuation(text.charAt(i + 1))) {
                out.append(text.charAt(++i));
            } else if (c != '*' && c != '_' && c != '`') {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    private static boolean isAsciiPunctuation(char c) {
        return c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && !Character.isISOControl(c);
    }
}
