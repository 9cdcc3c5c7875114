package org.mentorkit.followup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mentorkit.followup.internal.FollowupTranslationProvider;
import org.mentorkit.followup.internal.TemplateText;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.i18n.Language;
import org.mentorkit.model.i18n.Texts;
import org.mentorkit.model.i18n.Translations;

/**
 * The Markdown templates messages are written from: {@code reminder.md}, {@code reminder-partial.md} and
 * {@code invitation.md}. The built-in ones are in every built-in language (translation domain {@code mail.templates}:
 * a subject and a body per template), chosen by the program's language. A society overrides any of them by putting a
 * file of the same name in its templates folder, as it does for the packet's templates; such a file is used as written,
 * whatever the language. A template's first line is {@code Subject: ...}, then a blank line, then the body; both may
 * use the message's variables ({@code {{name}}}, see docs/followup.md).
 */
public final class MailTemplates {

    /** The template names, in the order they are documented. */
    public static final List<String> NAMES = List.of("reminder.md", "reminder-partial.md", "invitation.md");

    private final Optional<Path> overrideDir;

    private MailTemplates(Optional<Path> overrideDir) {
        this.overrideDir = overrideDir;
    }

    /**
     * The built-in templates, in the language each message is filled in.
     *
     * @return the templates of the toolkit's jar
     */
    public static MailTemplates builtIn() {
        return new MailTemplates(Optional.empty());
    }

    /**
     * The templates in {@code dir} where it has one of the names, the built-in ones otherwise. The files are read
     * (UTF-8) when a message is filled, not here.
     *
     * @param dir a folder holding any of {@link #NAMES}
     * @return the templates
     * @throws InvalidInputException when {@code dir} is not a folder
     */
    public static MailTemplates withOverrides(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException("the templates folder " + dir, "is not a folder; expected a folder holding any of "
                    + NAMES);
        }
        return new MailTemplates(Optional.of(dir));
    }

    /**
     * A filled template.
     *
     * @param subject the subject line's text, without {@code Subject:}
     * @param body    the body, ending with one newline
     */
    public record Filled(String subject, String body) {
    }

    /**
     * Fills template {@code name} with {@code values} in English; see {@link #fill(String, Map, Language)}.
     *
     * @param name   one of {@link #NAMES}
     * @param values variable name to value
     * @return the subject and body
     */
    public Filled fill(String name, Map<String, String> values) {
        return fill(name, values, Language.ENGLISH);
    }

    /**
     * Fills template {@code name} with {@code values}: {@code {{name}}} inserts a value, {@code {{#name}}...{{/name}}}
     * keeps its text only when the value is not empty and {@code {{^name}}...{{/name}}} only when it is. Values are
     * inserted as they are (no escaping: the body is plain text).
     *
     * @param name     one of {@link #NAMES}
     * @param values   variable name to value
     * @param language the language of the built-in template (a society's file is used as written)
     * @return the subject and body
     * @throws IllegalArgumentException when {@code name} is not one of {@link #NAMES}
     * @throws InvalidInputException when the template cannot be read, does not start with a {@code Subject:} line, or
     *                               uses a variable that is not in {@code values}, naming the template and line
     */
    public Filled fill(String name, Map<String, String> values, Language language) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("no message template " + name + "; expected one of " + NAMES);
        }
        Optional<Path> override = overrideDir.map(d -> d.resolve(name)).filter(Files::isRegularFile);
        String source = override.map(Path::toString).orElse(name + " (built in, " + language.tag() + ")");
        String text = (override.isPresent() ? read(override.get()) : builtInText(name, language)).replace("\r\n", "\n");
        int firstLineEnd = text.indexOf('\n');
        String firstLine = firstLineEnd < 0 ? text : text.substring(0, firstLineEnd);
        if (!firstLine.regionMatches(true, 0, "Subject:", 0, 8) || firstLine.substring(8).isBlank()) {
            throw new InvalidInputException(source + ":1", "a message template starts with a line 'Subject: ...';"
                    + " found '" + firstLine.strip() + "'");
        }
        String subject = TemplateText.fill(firstLine.substring(8).strip(), source, values);
        String body = TemplateText.fill(text.substring(firstLineEnd + 1).stripLeading(), source, values);
        return new Filled(subject, body.strip() + "\n");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot read the template: " + e.getMessage());
        }
    }

    /** The built-in template in {@code language}: its subject and body from {@code mail.templates}. */
    private static String builtInText(String name, Language language) {
        Texts texts = texts(language);
        String key = name.substring(0, name.length() - ".md".length());
        return "Subject: " + texts.get(key + ".subject") + "\n\n" + texts.get(key + ".body") + "\n";
    }

    /** The texts of the built-in messages in {@code language} (English where it lacks one). */
    static Texts texts(Language language) {
        return Translations.load().texts(FollowupTranslationProvider.MAIL, language);
    }
}
