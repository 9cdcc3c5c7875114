package org.mentorkit.export.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentorkit.model.i18n.Language;
import org.mentorkit.surveys.Choice;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.Item;
import org.mentorkit.surveys.ItemKind;
import org.mentorkit.surveys.Section;

/** Template variables for survey instruments ({@code instruments} in instruments.md). */
final class InstrumentData {

    private InstrumentData() {
    }

    static List<Map<String, Object>> instruments(List<Instrument> instruments, Language language) {
        return instruments.stream().map(i -> instrument(i, language)).toList();
    }

    private static Map<String, Object> instrument(Instrument instrument, Language language) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("instrumentId", instrument.id());
        m.put("instrumentTitle", instrument.title());
        m.put("description", instrument.description());
        m.put("hasDescription", !instrument.description().isBlank());
        List<Map<String, Object>> sections = new ArrayList<>();
        int number = 0;
        for (Section section : instrument.sections()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("sectionTitle", section.title());
            s.put("hasTitle", !section.title().isBlank());
            List<Map<String, Object>> items = new ArrayList<>();
            for (Item item : section.items()) {
                if (item.isParticipantCode()) {
                    continue; // the printed form asks for the participant code once, above the questions
                }
                boolean descriptive = item.kind() == ItemKind.DESCRIPTIVE;
                if (!descriptive) {
                    number++;
                }
                items.add(item(instrument, item, number, descriptive, language));
            }
            s.put("items", items);
            sections.add(s);
        }
        m.put("sections", sections);
        return m;
    }

    private static Map<String, Object> item(Instrument instrument, Item item, int number, boolean descriptive, Language language) {
        Map<String, Object> m = new LinkedHashMap<>();
        // Paper cannot hide a question: say when it applies ("Answer if you chose Other in 5").
        String answerIf = org.mentorkit.surveys.internal.forms.AnswerIf.text(instrument, item, language);
        m.put("answerIf", answerIf);
        m.put("hasAnswerIf", !answerIf.isEmpty());
        m.put("itemId", item.id());
        m.put("number", String.valueOf(number));
        m.put("text", item.text());
        m.put("note", item.note());
        m.put("hasNote", !item.note().isBlank());
        m.put("required", item.required());
        m.put("descriptive", descriptive);
        List<Choice> choices = choices(item);
        boolean inline = item.kind() == ItemKind.YES_NO || item.kind() == ItemKind.LIKERT || item.kind() == ItemKind.RATING;
        m.put("choices", choices.stream().map(c -> Map.<String, Object>of("code", c.code(), "label", c.label())).toList());
        m.put("inlineChoices", !choices.isEmpty() && inline);
        m.put("listChoices", !choices.isEmpty() && !inline);
        m.put("answerLines", choices.isEmpty() && !descriptive);
        return m;
    }

    /** The choices a form offers: the item's, or for a rating its scale points. */
    static List<Choice> choices(Item item) {
        if (item.kind() == ItemKind.RATING && item.choices().isEmpty() && !item.bounds().isNone()) {
            var b = item.bounds();
            List<Choice> scale = new ArrayList<>();
            if (b.max() - b.min() <= 10) {
                for (int v = (int) Math.round(b.min()); v <= (int) Math.round(b.max()); v++) {
                    scale.add(new Choice(String.valueOf(v), String.valueOf(v)));
                }
            }
            return scale;
        }
        return item.choices();
    }
}
