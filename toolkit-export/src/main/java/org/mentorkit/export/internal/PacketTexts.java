package org.mentorkit.export.internal;

import com.ibm.icu.text.MessagePattern;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.mentorkit.model.i18n.Language;
import org.mentorkit.model.i18n.LocalFormats;
import org.mentorkit.model.i18n.Texts;
import org.mentorkit.model.i18n.Translations;
import org.mentorkit.model.internal.text.MarkdownText;

/**
 * The packet's fixed texts in one language: the labels mentorkit's code writes ({@code packet.labels}) and the texts
 * of each built-in template ({@code packet.template.<name>}), merged by the registry over English and overridden by a
 * society's plug-in, plus the language's date and number formats.
 *
 * <p>A template names a text as {@code {{t:key}}} (its own domain) or {@code {{l:key}}} (the labels). A text is an ICU
 * pattern whose arguments are the template's variables, looked up where the text stands (inside a section, the
 * section's item first); participant data among them is escaped for Markdown, while the text itself may hold Markdown.
 */
public final class PacketTexts {

    /** The domain of the labels in code. */
    public static final String LABELS = "packet.labels";
    /** The domain prefix of the built-in templates' texts: {@code packet.template.overview} for overview.md. */
    public static final String TEMPLATE_PREFIX = "packet.template.";

    private final Language language;
    private final Translations registry;
    private final Texts labels;
    private final LocalFormats formats;
    private final Map<String, Optional<Texts>> templates = new ConcurrentHashMap<>();
    private final Map<String, ArgumentKinds> patterns = new ConcurrentHashMap<>();

    private PacketTexts(Translations registry, Language language) {
        this.registry = registry;
        this.language = language;
        this.labels = registry.texts(LABELS, language);
        this.formats = LocalFormats.of(language);
    }

    /** The texts of a language from every installed provider (built-in modules and plug-ins). */
    public static PacketTexts of(Language language) {
        return new PacketTexts(Translations.load(), language);
    }

    /** The texts of a language from the given registry (tests, embedders). */
    public static PacketTexts of(Translations registry, Language language) {
        return new PacketTexts(registry, language);
    }

    public Language language() {
        return language;
    }

    public LocalFormats formats() {
        return formats;
    }

    /** Whether any of the packet's texts in this language waits for a native speaker's review. */
    public boolean needsReview() {
        return labels.provenance().needsReview();
    }

    /** A label, formatted with named arguments ({@code "page", 3, "pages", 10}). */
    public String label(String key, Object... namesAndValues) {
        return namesAndValues.length == 0 ? labels.format(key, Map.of()) : labels.format(key, namesAndValues);
    }

    /** A full date in this language: "martes, 12 de enero de 2027". */
    public String fullDate(LocalDate date) {
        return formats.fullDate(date);
    }

    /** A month and year in this language: "enero de 2027". */
    public String month(LocalDate date) {
        return formats.month(YearMonth.from(date));
    }

    /**
     * The text {@code key} of the domain {@code domain}, formatted with the variables that its pattern names, found in
     * {@code scopes} (innermost last). Strings among them are escaped for Markdown; the result is Markdown.
     *
     * @throws IllegalArgumentException if the domain or the key does not exist, or a named variable is in no scope
     */
    String markdown(String domain, String key, List<Object> scopes) {
        Texts texts = domain.equals(LABELS) ? labels : templates.computeIfAbsent(domain, this::templateTexts)
                .orElseThrow(() -> new IllegalArgumentException("there are no texts '" + domain + "'"));
        String pattern = texts.get(key);
        ArgumentKinds kinds = patterns.computeIfAbsent(pattern, ArgumentKinds::of);
        Map<String, Object> args = new HashMap<>();
        for (Map.Entry<String, Boolean> argument : kinds.numeric().entrySet()) {
            Object value = lookUp(argument.getKey(), scopes);
            args.put(argument.getKey(), argument.getValue() ? number(argument.getKey(), value) : markdownValue(value));
        }
        return texts.format(key, args);
    }

    private Optional<Texts> templateTexts(String domain) {
        try {
            return Optional.of(registry.texts(domain, language));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a society's added template with no texts of its own
        }
    }

    private static Object lookUp(String name, List<Object> scopes) {
        for (int i = scopes.size() - 1; i >= 0; i--) {
            if (scopes.get(i) instanceof Map<?, ?> map && map.containsKey(name)) {
                return map.get(name);
            }
        }
        throw new IllegalArgumentException("the text names {" + name + "}, which is not a variable here");
    }

    private static Object number(String name, Object value) {
        try {
            return Long.parseLong(String.valueOf(value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the text counts {" + name + "}, whose value '" + value + "' is not a number");
        }
    }

    private static String markdownValue(Object value) {
        return value instanceof String text ? MarkdownText.escape(text) : String.valueOf(value);
    }

    /** The argument names of a pattern, each with whether the pattern counts it (plural, ordinal or number). */
    private record ArgumentKinds(Map<String, Boolean> numeric) {

        static ArgumentKinds of(String pattern) {
            MessagePattern parsed = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL);
            parsed.parse(pattern);
            Map<String, Boolean> kinds = new LinkedHashMap<>();
            for (int i = 0; i < parsed.countParts(); i++) {
                MessagePattern.Part part = parsed.getPart(i);
                if (part.getType() != MessagePattern.Part.Type.ARG_START) {
                    continue;
                }
                MessagePattern.ArgType type = part.getArgType();
                String name = parsed.getSubstring(parsed.getPart(i + 1));
                boolean counted = type == MessagePattern.ArgType.PLURAL || type == MessagePattern.ArgType.SELECTORDINAL
                        || type == MessagePattern.ArgType.SIMPLE && "number".equals(parsed.getSubstring(parsed.getPart(i + 2)));
                kinds.merge(name, counted, Boolean::logicalOr);
            }
            return new ArgumentKinds(Map.copyOf(kinds));
        }
    }
}
