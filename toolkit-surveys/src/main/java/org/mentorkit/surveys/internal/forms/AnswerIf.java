package org.mentorkit.surveys.internal.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentorkit.model.i18n.Language;
import org.mentorkit.model.i18n.Texts;
import org.mentorkit.model.i18n.Translations;
import org.mentorkit.surveys.Condition;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.Item;
import org.mentorkit.surveys.ItemKind;

/**
 * When a conditional question applies, in words for paper and PDF forms, which cannot hide it: "Answer if you chose
 * Other in 5". Questions are numbered as the forms number them: 1, 2, ... over the items that are not descriptive.
 */
public final class AnswerIf {

    private AnswerIf() {
    }

    /**
     * Item id to its question number on paper and PDF forms (descriptive items have none, nor has the participant-code
     * item: forms ask for the participant's code in their own field above the questions).
     */
    public static Map<String, Integer> numbers(Instrument instrument) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (Item item : instrument.items()) {
            if (item.kind() != ItemKind.DESCRIPTIVE && !item.isParticipantCode()) {
                numbers.put(item.id(), numbers.size() + 1);
            }
        }
        return numbers;
    }

    /**
     * "Answer if you answered Yes to 3", "Answer if you chose Other in 5", "Answer if you ticked Something else in 4",
     * conditions joined by "or" or "and"; "" for an item always shown.
     */
    public static String text(Instrument instrument, Item item) {
        return text(instrument, item, Language.ENGLISH);
    }

    /**
     * The same in a language ({@code survey.export}'s {@code answer_if.*} texts); the choice labels are the
     * instrument's own, so pass the instrument in that language ({@link org.mentorkit.surveys.LocalizedInstrument}).
     */
    public static String text(Instrument instrument, Item item, Language language) {
        if (item.showIf().isAlways()) {
            return "";
        }
        Texts texts = Translations.load().texts(org.mentorkit.surveys.LocalizedInstrument.EXPORT_DOMAIN, language);
        Map<String, Integer> numbers = numbers(instrument);
        List<String> parts = new ArrayList<>();
        for (Condition condition : item.showIf().conditions()) {
            Item target = instrument.item(condition.item()).orElse(null);
            if (target == null) {
                continue;
            }
            String label = target.choice(condition.code()).map(c -> c.label()).orElse(condition.code());
            String number = String.valueOf(numbers.getOrDefault(target.id(), 0));
            String key = switch (target.kind()) {
                case YES_NO -> "answer_if.yes_no";
                case MULTIPLE_CHOICE -> "answer_if.multiple";
                default -> "answer_if.choice";
            };
            parts.add(texts.format(key, "label", label, "number", number));
        }
        String join = " " + texts.get(item.showIf().any() ? "answer_if.or" : "answer_if.and") + " ";
        return parts.isEmpty() ? "" : texts.format("answer_if.if", "conditions", String.join(join, parts));
    }
}
