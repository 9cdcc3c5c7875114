package org.mentorkit.surveys.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mentorkit.model.i18n.Language;
import org.mentorkit.model.i18n.Translations;
import org.mentorkit.surveys.Choice;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.Item;
import org.mentorkit.surveys.ItemKind;
import org.mentorkit.surveys.LocalizedInstrument;

/**
 * An instrument in every language the translations know, so that imports read answers and label headers written in
 * any of them: a REDCap label export of the Spanish form says "De acuerdo", not "Agree". Codes never change with the
 * language; a label that means different codes in two languages is not used (never guessed).
 */
public final class Translated {

    private final List<Instrument> versions;
    private final Map<String, Map<String, String>> codeByLabel = new HashMap<>();

    private Translated(Instrument instrument) {
        List<Instrument> all = new ArrayList<>(List.of(instrument));
        Translations translations = Translations.load();
        for (Language language : translations.languages()) {
            Instrument version = LocalizedInstrument.of(instrument, language, translations).instrument();
            if (!all.contains(version)) {
                all.add(version);
            }
        }
        versions = List.copyOf(all);
        Map<String, Set<String>> ambiguous = new HashMap<>();
        for (Instrument version : versions) {
            for (Item item : version.items()) {
                Map<String, String> labels = codeByLabel.computeIfAbsent(item.id(), k -> new HashMap<>());
                for (Choice choice : item.choices()) {
                    String label = key(choice.label());
                    String earlier = labels.putIfAbsent(label, choice.code());
                    if (earlier != null && !earlier.equals(choice.code())) {
                        ambiguous.computeIfAbsent(item.id(), k -> new HashSet<>()).add(label);
                    }
                }
            }
        }
        ambiguous.forEach((item, labels) -> labels.forEach(codeByLabel.get(item)::remove));
    }

    /** The instrument and its versions in the other languages known. */
    public static Translated of(Instrument instrument) {
        return new Translated(instrument);
    }

    /** The instrument first, then its other versions (each only once; an untranslated instrument has one). */
    public List<Instrument> versions() {
        return versions;
    }

    /**
     * The code an answer stands for: the code itself, a choice label in the instrument's own language, or one in any
     * other language known (case-insensitive); for yes/no also {@code true}/{@code false}/{@code y}/{@code n}.
     */
    public Optional<String> code(Item item, String value) {
        for (Choice choice : item.choices()) {
            if (choice.code().equals(value)) {
                return Optional.of(choice.code());
            }
        }
        for (Choice choice : item.choices()) {
            if (choice.label().equalsIgnoreCase(value)) {
                return Optional.of(choice.code());
            }
        }
        String translated = codeByLabel.getOrDefault(item.id(), Map.of()).get(key(value));
        if (translated != null) {
            return Optional.of(translated);
        }
        if (item.kind() == ItemKind.YES_NO) {
            String lower = value.toLowerCase(Locale.ROOT);
            if (lower.equals("true") || lower.equals("y")) {
                return Optional.of("1");
            }
            if (lower.equals("false") || lower.equals("n")) {
                return Optional.of("0");
            }
        }
        return Optional.empty();
    }

    private static String key(String label) {
        return label.strip().toLowerCase(Locale.ROOT);
    }
}
