package org.mentorkit.surveys.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Problem;
import org.mentorkit.surveys.Bounds;
import org.mentorkit.surveys.Choice;
import org.mentorkit.surveys.Condition;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.InstrumentValidator;
import org.mentorkit.surveys.Item;
import org.mentorkit.surveys.Respondents;
import org.mentorkit.surveys.ItemKind;
import org.mentorkit.surveys.Section;
import org.mentorkit.surveys.internal.AnnotationTags;
import org.mentorkit.model.internal.io.AtomicFiles;
import org.mentorkit.surveys.internal.CsvText;
import org.mentorkit.surveys.internal.RedcapNames;
import org.mentorkit.surveys.internal.RedcapProject;

/**
 * Instruments as REDCap data dictionaries (the CSV a REDCap project imports under "Data Dictionary").
 *
 * <p>Export: {@code record_id} first, one form per instrument with its rows contiguous, the 18 columns of
 * {@link #HEADER}. Yes/no becomes {@code yesno}, single choice and Likert {@code radio}, multiple choice
 * {@code checkbox}, short text {@code text}, long text {@code notes}, rating and number {@code text} with
 * {@code integer} or {@code number_Ndp} validation and min/max, descriptive {@code descriptive}. What REDCap has no
 * column for travels in the Field Annotation as {@code @MK-} tags (see docs/surveys.md), so that
 * instrument -> dictionary -> instrument gives back an equal instrument.
 *
 * <p>Import: see {@link RedcapDictionaryReader}.
 */
public final class RedcapDictionary {

    /** The exact header of a REDCap data dictionary, in order. */
    public static final List<String> HEADER = List.of(
            "Variable / Field Name", "Form Name", "Section Header", "Field Type", "Field Label",
            "Choices, Calculations, OR Slider Labels", "Field Note", "Text Validation Type OR Show Slider Number",
            "Text Validation Min", "Text Validation Max", "Identifier?", "Branching Logic (Show field only if...)",
            "Required Field?", "Custom Alignment", "Question Number (surveys only)", "Matrix Group Name",
            "Matrix Ranking?", "Field Annotation");

    private RedcapDictionary() {
    }

    /**
     * The data dictionary of one instrument; its variables are the items' REDCap names (ids in lower case, with
     * {@code @MK-ID} in the Field Annotation where the name differs from the id).
     *
     * @param instrument the instrument
     * @return the CSV text, {@link #HEADER} first
     * @throws InvalidInputException when the instrument is invalid, or cannot be written as REDCap needs (two items
     *                               with one variable name, a choice label containing {@code |}): every problem at once
     */
    public static String write(Instrument instrument) {
        return write(List.of(instrument));
    }

    /**
     * Labels a spreadsheet would run as a formula ({@code =HYPERLINK(...)}, {@code +cmd|...}, {@code @SUM}): REDCap
     * needs labels exactly as written, so the dictionary keeps them, and these warnings tell the coordinator before
     * the file is opened in Excel on the way to REDCap.
     *
     * @param instrument the instrument to look through (title, item labels and notes, choice labels)
     * @return one warning per text starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
     *         return, naming the instrument, item and field; empty when there are none
     */
    public static List<String> formulaWarnings(Instrument instrument) {
        List<String> warnings = new ArrayList<>();
        formula(instrument.id() + ": title", instrument.title(), warnings);
        for (Item item : instrument.items()) {
            formula(instrument.id() + ": " + item.id() + " (label)", item.text(), warnings);
            formula(instrument.id() + ": " + item.id() + " (note)", item.note(), warnings);
            for (Choice choice : item.choices()) {
                formula(instrument.id() + ": " + item.id() + " (choice " + choice.code() + ")", choice.label(), warnings);
            }
        }
        return warnings;
    }

    private static void formula(String where, String text, List<String> warnings) {
        if (text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            warnings.add(where + ": starts with `" + (Character.isISOControl(text.charAt(0)) ? String.format("U+%04X",
                    (int) text.charAt(0)) : text.substring(0, 1)) + "`, which a spreadsheet runs as a formula; the "
                    + "dictionary keeps it as written for REDCap: upload the file to REDCap directly rather than "
                    + "opening and saving it in a spreadsheet");
        }
    }

    /**
     * One data dictionary holding several instruments (one REDCap project), each its own form, {@code record_id}
     * first.
     *
     * <p>REDCap requires every variable name to be unique in a project, and the built-in pre and post surveys ask the
     * same questions under the same item ids. So a name that items of two or more of the instruments would use gets,
     * in each of them, the suffix {@code _<tag>}: the instrument's wave in lower case ({@code pre}, {@code mid},
     * {@code post}, {@code application}), or its form name when its wave is {@code CUSTOM} or another instrument of the
     * project has the same wave ({@code signature_talk} becomes {@code signature_talk_pre} and
     * {@code signature_talk_post}). The rule depends only on which instruments are in the project, never on their
     * order; the item id travels in {@code @MK-ID}, so the dictionary reads back to the same instruments.
     *
     * @param instruments the instruments, one form each, in this order
     * @return the CSV text, {@link #HEADER} first
     * @throws InvalidInputException when an instrument is invalid, or the project cannot be written as REDCap needs
     *                               (two instruments with one form name, two items with one variable name, a choice
     *                               label containing {@code |}): every problem at once
     */
    public static String write(List<Instrument> instruments) {
        Map<String, Map<String, String>> names = RedcapProject.variables(instruments);
        List<Problem> problems = new ArrayList<>();
        Set<String> variables = new HashSet<>(Set.of(RedcapNames.RECORD_ID));
        Set<String> forms = new HashSet<>();
        CsvText csv = new CsvText().row(HEADER);
        boolean recordIdWritten = false;
        for (Instrument instrument : instruments) {
            InstrumentValidator.requireValid(instrument, "");
            String form = RedcapNames.form(instrument.id());
            if (!forms.add(form)) {
                problems.add(new Problem(instrument.id(), "two instruments map to the REDCap form name '" + form + "'"));
            }
            if (!recordIdWritten) {
                recordIdWritten = true;
                csv.row(row(RedcapNames.RECORD_ID, form, "", "text", "Record ID", "", "", "", "", "", "", "", "", ""));
            }
            writeForm(instrument, form, names.get(instrument.id()), variables, csv, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return csv.toString();
    }

    /**
     * Writes the data dictionary of the instruments, as {@link #write(List)} makes it, atomically to {@code file}.
     *
     * @param instruments the instruments, one form each, in this order
     * @param file        the target; replaced if it exists
     * @throws InvalidInputException when the instruments cannot make a dictionary; nothing is written then
     * @throws org.mentorkit.model.ToolkitException when the file cannot be written; the old file is then untouched
     */
    public static void write(List<Instrument> instruments, Path file) {
        AtomicFiles.writeString(file, write(instruments));
    }

    private static void writeForm(Instrument instrument, String form, Map<String, String> names, Set<String> variables,
                                  CsvText csv, List<Problem> problems) {
        Map<String, Item> byId = new HashMap<>();
        boolean first = true;
        for (int s = 0; s < instrument.sections().size(); s++) {
            Section section = instrument.sections().get(s);
            for (int i = 0; i < section.items().size(); i++) {
                Item item = section.items().get(i);
                String variable = names.get(item.id());
                String location = instrument.id() + ": sections[" + s + "].items[" + i + "]";
                if (!variables.add(variable)) {
                    problems.add(new Problem(location, "item '" + item.id() + "' maps to the REDCap variable '" + variable
                            + "', which another item (or record_id) already uses; rename one of them"));
                }
                List<String> tags = new ArrayList<>();
                if (first) {
                    tags.add(AnnotationTags.tag("INSTRUMENT", instrument.id()));
                    tags.add(AnnotationTags.tag("TITLE", instrument.title()));
                    tags.add(AnnotationTags.tag("WAVE", instrument.wave().name()));
                    if (instrument.respondents() != Respondents.MENTEES) {
                        tags.add(AnnotationTags.tag("RESPONDENTS", instrument.respondents().name()));
                    }
                    if (!instrument.description().isEmpty()) {
                        tags.add(AnnotationTags.tag("DESCRIPTION", instrument.description()));
                    }
                }
                String sectionHeader = i == 0 ? section.title() : "";
                if (i == 0 && s > 0 && section.title().isEmpty()) {
                    tags.add(AnnotationTags.flag("SECTION"));
                }
                csv.row(itemRow(item, variable, form, sectionHeader, tags, byId, names, location, problems));
                byId.put(item.id(), item);
                first = false;
            }
        }
    }

    private static List<String> itemRow(Item item, String variable, String form, String sectionHeader, List<String> tags,
                                        Map<String, Item> earlier, Map<String, String> names, String location,
                                        List<Problem> problems) {
        if (!variable.equals(item.id())) {
            tags.add(AnnotationTags.tag("ID", item.id()));
        }
        if (item.kind() == ItemKind.LIKERT || item.kind() == ItemKind.RATING) {
            tags.add(AnnotationTags.tag("KIND", item.kind().name()));
        }
        if (!item.construct().isEmpty()) {
            tags.add(AnnotationTags.tag("CONSTRUCT", item.construct()));
        }
        if (item.kirkpatrickLevel() > 0) {
            tags.add(AnnotationTags.tag("KIRKPATRICK", Integer.toString(item.kirkpatrickLevel())));
        }
        if (!item.pairingKey().isEmpty()) {
            tags.add(AnnotationTags.tag("PAIR", item.pairingKey()));
        }
        String type;
        String choices = "";
        String validation = "";
        String min = "";
        String max = "";
        switch (item.kind()) {
            case YES_NO -> type = "yesno";
            case SINGLE_CHOICE, LIKERT -> {
                type = "radio";
                choices = choices(item, location, problems);
            }
            case MULTIPLE_CHOICE -> {
                type = "checkbox";
                choices = choices(item, location, problems);
            }
            case RATING, NUMBER -> {
                type = "text";
                Bounds bounds = item.bounds();
                validation = bounds.decimals() == 0 ? "integer" : "number_" + bounds.decimals() + "dp";
                min = number(bounds.min());
                max = number(bounds.max());
            }
            case SHORT_TEXT -> type = "text";
            case LONG_TEXT -> type = "notes";
            case DESCRIPTIVE -> type = "descriptive";
            default -> throw new IllegalStateException("unknown kind " + item.kind());
        }
        return row(variable, form, sectionHeader, type, item.text(), choices, item.note(), validation, min, max, "",
                branching(item, earlier, names), item.required() ? "y" : "", String.join(" ", tags));
    }

    private static String choices(Item item, String location, List<Problem> problems) {
        for (Choice choice : item.choices()) {
            if (choice.label().contains("|")) {
                problems.add(new Problem(location + ": choice " + choice.code(),
                        "the label contains '|', which REDCap uses to separate choices; reword the label"));
            }
        }
        return item.choices().stream().map(c -> c.code() + ", " + c.label().replace('\n', ' ')).collect(Collectors.joining(" | "));
    }

    private static String branching(Item item, Map<String, Item> earlier, Map<String, String> names) {
        List<String> terms = new ArrayList<>();
        for (Condition condition : item.showIf().conditions()) {
            Item target = earlier.get(condition.item());
            String variable = names.getOrDefault(condition.item(), RedcapNames.variable(condition.item()));
            if (target != null && target.kind() == ItemKind.MULTIPLE_CHOICE) {
                terms.add("[" + variable + "(" + condition.code() + ")] = '1'");
            } else {
                terms.add("[" + variable + "] = '" + condition.code() + "'");
            }
        }
        return String.join(item.showIf().any() ? " or " : " and ", terms);
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static List<String> row(String variable, String form, String section, String type, String label, String choices,
                                    String note, String validation, String min, String max, String identifier,
                                    String branching, String required, String annotation) {
        return List.of(variable, form, section, type, label, choices, note, validation, min, max, identifier, branching,
                required, "", "", "", "", annotation);
    }
}
