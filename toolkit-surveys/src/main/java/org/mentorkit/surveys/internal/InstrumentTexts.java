package org.mentorkit.surveys.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentorkit.surveys.Choice;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.Item;
import org.mentorkit.surveys.ItemKind;
import org.mentorkit.surveys.Section;

/**
 * The texts of an instrument as translation keys, and an instrument with its texts replaced. Keys name what a text
 * belongs to, never its position among items: {@code title}, {@code description}, {@code sections.N.title} (N from 1),
 * {@code items.ID.text}, {@code items.ID.note}, {@code items.ID.options.CODE}. Item ids and option codes never change
 * with the language, so responses to any language's form import alike. Yes/no options have no keys: their labels
 * are the export domain's {@code yes}/{@code no}.
 */
public final class InstrumentTexts {

    private InstrumentTexts() {
    }

    /** Every text of the instrument by key, in form order; empty descriptions and notes have no key. */
    public static Map<String, String> of(Instrument instrument) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("title", instrument.title());
        if (!instrument.description().isEmpty()) {
            texts.put("description", instrument.description());
        }
        for (int s = 0; s < instrument.sections().size(); s++) {
            Section section = instrument.sections().get(s);
            if (!section.title().isEmpty()) {
                texts.put(sectionKey(s), section.title());
            }
            for (Item item : section.items()) {
                texts.put(itemKey(item, "text"), item.text());
                if (!item.note().isEmpty()) {
                    texts.put(itemKey(item, "note"), item.note());
                }
                if (item.kind() != ItemKind.YES_NO) {
                    for (Choice choice : item.choices()) {
                        texts.put(optionKey(item, choice), choice.label());
                    }
                }
            }
        }
        return texts;
    }

    /**
     * The instrument with each text passed through {@code translate}, which receives the key and the current text and
     * returns the text to use; yes/no items get {@code yes}/{@code no} as their option labels.
     */
    public static Instrument apply(Instrument instrument, Translator translate, String yes, String no) {
        List<Section> sections = new ArrayList<>();
        for (int s = 0; s < instrument.sections().size(); s++) {
            Section section = instrument.sections().get(s);
            List<Item> items = new ArrayList<>();
            for (Item item : section.items()) {
                List<Choice> choices = item.kind() == ItemKind.YES_NO
                        ? List.of(new Choice("1", yes), new Choice("0", no))
                        : item.choices().stream().map(c -> new Choice(c.code(),
                                translate.text(optionKey(item, c), c.label()))).toList();
                items.add(new Item(item.id(), item.kind(), translate.text(itemKey(item, "text"), item.text()),
                        item.note().isEmpty() ? "" : translate.text(itemKey(item, "note"), item.note()),
                        item.required(), choices, item.bounds(), item.showIf(), item.construct(),
                        item.kirkpatrickLevel(), item.pairingKey()));
            }
            String title = section.title().isEmpty() ? "" : translate.text(sectionKey(s), section.title());
            sections.add(new Section(title, items));
        }
        return new Instrument(instrument.id(), translate.text("title", instrument.title()), instrument.wave(),
                instrument.respondents(), instrument.description().isEmpty() ? ""
                : translate.text("description", instrument.description()), sections);
    }

    /** Gives the text for a key, knowing the instrument's current text. */
    @FunctionalInterface
    public interface Translator {
        String text(String key, String current);
    }

    private static String sectionKey(int index) {
        return "sections." + (index + 1) + ".title";
    }

    private static String itemKey(Item item, String part) {
        return "items." + item.id() + "." + part;
    }

    private static String optionKey(Item item, Choice choice) {
        return "items." + item.id() + ".options." + choice.code();
    }
}
