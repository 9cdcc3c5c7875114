package org.mentorkit.surveys.exchange;

import org.mentorkit.surveys.Choice;
import org.mentorkit.surveys.Condition;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.Item;
import org.mentorkit.surveys.Section;
import org.mentorkit.model.internal.text.MarkdownText;

/** An instrument as a readable Markdown questionnaire, for review by a committee or for a printed packet. */
public final class MarkdownInstrument {

    private MarkdownInstrument() {
    }

    /** The questionnaire as Markdown. */
    public static String write(Instrument instrument) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(MarkdownText.escape(instrument.title())).append("\n\n");
        md.append("Instrument `").append(instrument.id()).append("`, wave ").append(instrument.wave()).append(".\n\n");
        if (!instrument.description().isEmpty()) {
            md.append(MarkdownText.escape(instrument.description())).append("\n\n");
        }
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
                    md.append(MarkdownText.escape(item.text())).append(" *(required)*  \n   `")
                            .append(item.id()).append("` identifies the participant (not an answer)\n");
                    if (!item.note().isEmpty()) {
                        md.append("   *").append(MarkdownText.escape(item.note())).append("*\n");
                    }
                    md.append("\n");
                    continue;
                }
                number++;
                md.append(number).append(". ").append(MarkdownText.escape(item.text()));
                md.append(item.required() ? " *(required)*" : "").append("  \n");
                md.append("   `").append(item.id()).append("` ").append(kindText(item));
                if (!item.showIf().isAlways()) {
                    md.append("; shown if ");
                    int i = 0;
                    for (Condition condition : item.showIf().conditions()) {
                        if (i++ > 0) {
                            md.append(item.showIf().any() ? " or " : " and ");
                        }
                        md.append("`").append(condition.item()).append("` = ").append(condition.code());
                    }
                }
                md.append("\n");
                if (!item.showIf().isAlways()) {
                    md.append("   *").append(MarkdownText.escape(AnswerIf.text(instrument, item))).append(".*\n");
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

    private static String kindText(Item item) {
        return switch (item.kind()) {
            case YES_NO -> "yes/no";
            case SINGLE_CHOICE -> "choose one";
            case MULTIPLE_CHOICE -> "choose any";
            case LIKERT -> item.choices().size() + "-point scale";
            case RATING, NUMBER -> "number from " + RedcapDictionary.number(item.bounds().min()) + " to "
                    + RedcapDictionary.number(item.bounds().max());
            case SHORT_TEXT -> "short text";
            case LONG_TEXT -> "comment";
            default -> "";
        };
    }
}
