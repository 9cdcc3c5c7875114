package org.mentorkit.surveys.exchange;

import org.mentorkit.model.i18n.Language;
import org.mentorkit.model.i18n.Texts;
import org.mentorkit.model.i18n.Translations;
import org.mentorkit.surveys.Choice;
import org.mentorkit.surveys.LocalizedInstrument;
import org.mentorkit.surveys.Condition;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.Item;
import org.mentorkit.surveys.Section;
import org.mentorkit.model.internal.text.MarkdownText;
import org.mentorkit.surveys.internal.forms.AnswerIf;

/** An instrument as a readable Markdown questionnaire, for review by a committee or for a printed packet. */
public final class MarkdownInstrument {

    private MarkdownInstrument() {
    }

    /**
     * The questionnaire as Markdown, in English. The instrument's texts (title, description, section titles, questions,
     * notes, choice labels) are escaped, so that none can break the document's structure.
     *
     * @param instrument the instrument, with its texts in English
     * @return the Markdown text: a title, then the questions numbered as paper forms number them
     */
    public static String write(Instrument instrument) {
        return write(instrument, Language.ENGLISH);
    }

    /**
     * The questionnaire as Markdown with its fixed words (kinds, "required", "shown if") in {@code language}; the
     * questions are the instrument's own texts, so pass it in that language ({@link LocalizedInstrument}).
     *
     * @param instrument the instrument, with its texts in {@code language}
     * @param language   the language of the fixed words
     * @return the Markdown text
     */
    public static String write(Instrument instrument, Language language) {
        Texts t = Translations.load().texts(LocalizedInstrument.EXPORT_DOMAIN, language);
        StringBuilder md = new StringBuilder();
        md.append("# ").append(MarkdownText.escape(instrument.title())).append("\n\n");
        md.append(t.format("markdown.header", "id", instrument.id(), "wave", instrument.wave().name())).append("\n\n");
        if (!instrument.description().isEmpty()) {
            md.append(MarkdownText.escape(instrument.description())).append("\n\n");
        }
        String required = " *" + t.format("markdown.required") + "*";
        int number = 0;
        for (Section section : instrument.sections()) {
            if (!section.title().isEmpty()) {
                md.append("## ").append(MarkdownText.escape(section.title())).append("\n\n");
            }
            for (Item item : section.items()) {
                if (item.kind() == org.mentorkit.surveys.ItemKind.DESCRIPTIVE) {
                    md.append(MarkdownText.escape(item.text())).append("\n\n");
                    continue;
                }
                if (item.isParticipantCode()) {
                    // Unnumbered, as on the forms, which ask for the code in a field above the questions.
                    md.append(MarkdownText.escape(item.text())).append(required).append("  \n   `")
                            .append(item.id()).append("` ").append(t.format("markdown.identity")).append("\n");
                    if (!item.note().isEmpty()) {
                        md.append("   *").append(MarkdownText.escape(item.note())).append("*\n");
                    }
                    md.append("\n");
                    continue;
                }
                number++;
                md.append(number).append(". ").append(MarkdownText.escape(item.text()));
                md.append(item.required() ? required : "").append("  \n");
                md.append("   `").append(item.id()).append("` ").append(kindText(item, t));
                if (!item.showIf().isAlways()) {
                    md.append("; ").append(t.format("markdown.shown_if")).append(" ");
                    int i = 0;
                    for (Condition condition : item.showIf().conditions()) {
                        if (i++ > 0) {
                            md.append(" ").append(t.get(item.showIf().any() ? "answer_if.or" : "answer_if.and")).append(" ");
                        }
                        md.append("`").append(condition.item()).append("` = ").append(condition.code());
                    }
                }
                md.append("\n");
                if (!item.showIf().isAlways()) {
                    md.append("   *").append(MarkdownText.escape(AnswerIf.text(instrument, item, language))).append(".*\n");
                }
                if (!item.note().isEmpty()) {
                    md.append("   *").append(MarkdownText.escape(item.note())).append("*\n");
                }
                for (Choice choice : item.choices()) {
                    md.append("   - ").append(choice.code()).append(": ").append(MarkdownText.escape(choice.label())).append("\n");
                }
                md.append("\n");
            }
        }
        return md.toString();
    }

    private static String kindText(Item item, Texts t) {
        return switch (item.kind()) {
            case YES_NO -> t.format("kind.yes_no");
            case SINGLE_CHOICE -> t.format("kind.single");
            case MULTIPLE_CHOICE -> t.format("kind.multiple");
            case LIKERT -> t.format("kind.likert", "points", item.choices().size());
            case RATING, NUMBER -> t.format("kind.number", "min", item.bounds().min(), "max", item.bounds().max());
            case SHORT_TEXT -> t.format("kind.short_text");
            case LONG_TEXT -> t.format("kind.long_text");
            default -> "";
        };
    }
}
