package org.mentorkit.surveys.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Problem;
import org.mentorkit.surveys.Bounds;
import org.mentorkit.surveys.Choice;
import org.mentorkit.surveys.Condition;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.InstrumentValidator;
import org.mentorkit.surveys.Item;
import org.mentorkit.surveys.ItemKind;
import org.mentorkit.surveys.Respondents;
import org.mentorkit.surveys.Section;
import org.mentorkit.surveys.ShowIf;
import org.mentorkit.surveys.Wave;
import org.mentorkit.surveys.internal.AnnotationTags;
import org.mentorkit.surveys.internal.CsvRows;
import org.mentorkit.surveys.internal.JsonSupport;
import org.mentorkit.surveys.internal.RedcapNames;

/**
 * Reads a REDCap data dictionary as instruments, one per form, so a society can bring its own forms. Every bad row is
 * reported with its line, all at once. The first field (REDCap's record identifier) is not an item.
 */
public final class RedcapDictionaryReader {

    private static final Pattern TERM = Pattern.compile(
            "\\[([a-z][a-z0-9_]*)(?:\\(([A-Za-z0-9_]+)\\))?\\]\\s*=\\s*(?:'([^']*)'|\"([^\"]*)\"|(-?[A-Za-z0-9_.]+))");
    private static final Pattern NUMBER_DP = Pattern.compile("number_([1-4])dp(?:_comma_decimal)?");

    private final String source;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> notes = new ArrayList<>();

    private RedcapDictionaryReader(String source) {
        this.source = source;
    }

    /**
     * Reads a data dictionary file.
     *
     * @param file a REDCap data dictionary CSV (UTF-8, or UTF-16 with a byte-order mark)
     * @return the instruments, one per form, and notes on what was adapted
     * @throws InvalidInputException when the file cannot be read, is not a data dictionary, or has rows that make no
     *                               valid instrument: every problem at once, each with the file name and line
     */
    public static DictionaryImport read(Path file) {
        return parse(JsonSupport.read(file), file.getFileName().toString());
    }

    /**
     * Reads data dictionary text.
     *
     * @param csv    the dictionary's CSV text
     * @param source names the text in problems and notes (a file name)
     * @return the instruments, one per form, and notes on what was adapted
     * @throws InvalidInputException as {@link #read(Path)}
     */
    public static DictionaryImport parse(String csv, String source) {
        return new RedcapDictionaryReader(source).parse(csv);
    }

    private DictionaryImport parse(String csv) {
        List<CsvRows.Row> rows = CsvRows.parse(csv, source);
        if (rows.isEmpty()) {
            throw new InvalidInputException(source, "the file is empty; expected a REDCap data dictionary");
        }
        checkHeader(rows.get(0));
        Map<String, FormBuilder> forms = new LinkedHashMap<>();
        Map<String, String> formOfVariable = new HashMap<>();
        String lastForm = "";
        boolean first = true;
        for (CsvRows.Row row : rows.subList(1, rows.size())) {
            if (row.isBlank()) {
                continue;
            }
            String at = source + ":" + row.line();
            if (row.fields().size() != RedcapDictionary.HEADER.size()) {
                problems.add(new Problem(at, "has " + row.fields().size() + " columns; a data dictionary row has "
                        + RedcapDictionary.HEADER.size()));
                continue;
            }
            String variable = row.get(0).strip();
            String form = row.get(1).strip();
            if (!RedcapNames.VARIABLE.matcher(variable).matches()) {
                problems.add(new Problem(at + " (Variable / Field Name)", "'" + variable
                        + "' is not a valid REDCap variable name; expected lower-case letters, digits and '_', starting with a letter"));
            }
            if (!RedcapNames.VARIABLE.matcher(form).matches()) {
                problems.add(new Problem(at + " (Form Name)", "'" + form + "' is not a valid REDCap form name"));
                continue;
            }
            if (formOfVariable.containsKey(variable)) {
                problems.add(new Problem(at + " (Variable / Field Name)", "duplicate variable '" + variable + "'"));
                continue;
            }
            formOfVariable.put(variable, form);
            if (!form.equals(lastForm) && forms.containsKey(form)) {
                problems.add(new Problem(at + " (Form Name)", "the rows of form '" + form
                        + "' are not contiguous; REDCap needs all rows of one form together"));
            }
            lastForm = form;
            FormBuilder builder = forms.computeIfAbsent(form, FormBuilder::new);
            if (first) {
                first = false;
                if (!"text".equals(row.get(3).strip())) {
                    problems.add(new Problem(at + " (Field Type)", "the first field is the record identifier and must be of type text"));
                }
                builder.tags.putAll(AnnotationTags.parse(row.get(17)));
                continue;
            }
            readField(row, at, variable, builder);
        }
        if (forms.isEmpty()) {
            problems.add(new Problem(source, "the dictionary has no fields"));
        }
        List<Instrument> instruments = new ArrayList<>();
        if (problems.isEmpty()) {
            for (FormBuilder form : forms.values()) {
                Instrument instrument = form.build();
                problems.addAll(InstrumentValidator.problems(instrument, source + " (form " + form.name + ")"));
                instruments.add(instrument);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new DictionaryImport(instruments, notes);
    }

    private void checkHeader(CsvRows.Row header) {
        List<String> names = header.fields().stream().map(String::strip).toList();
        List<String> expected = RedcapDictionary.HEADER;
        if (names.size() != expected.size()) {
            throw new InvalidInputException(source + ":" + header.line(), "the header has " + names.size()
                    + " columns; a REDCap data dictionary has 18: " + String.join(", ", expected));
        }
        List<Problem> headerProblems = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            if (!names.get(i).equalsIgnoreCase(expected.get(i))) {
                headerProblems.add(new Problem(source + ":" + header.line() + " (column " + (i + 1) + ")",
                        "header '" + names.get(i) + "' where a REDCap data dictionary has '" + expected.get(i) + "'"));
            }
        }
        if (!headerProblems.isEmpty()) {
            throw new InvalidInputException(headerProblems);
        }
    }

    private void readField(CsvRows.Row row, String at, String variable, FormBuilder form) {
        Map<String, String> tags = AnnotationTags.parse(row.get(17));
        if (form.items.isEmpty() && form.sections.isEmpty()) {
            tags.forEach(form.tags::putIfAbsent);
        }
        String others = AnnotationTags.others(row.get(17));
        if (!others.isEmpty()) {
            notes.add(new Problem(at + " (Field Annotation)", "'" + others + "' is not kept: instruments have no action tags"));
        }
        String id = tags.getOrDefault("ID", variable);
        String type = row.get(3).strip().toLowerCase(Locale.ROOT);
        String validation = row.get(7).strip();
        ItemKind kind = kind(type, validation, tags.getOrDefault("KIND", ""), at);
        if (kind == null) {
            return;
        }
        List<Choice> choices = List.of();
        Bounds bounds = null;
        if (kind == ItemKind.SINGLE_CHOICE || kind == ItemKind.MULTIPLE_CHOICE || kind == ItemKind.LIKERT) {
            choices = choices(row.get(5), at);
        } else if (kind.isNumeric()) {
            bounds = bounds(row, at, kind, type, validation);
            if (bounds == null) {
                kind = ItemKind.SHORT_TEXT;
            }
        }
        String required = row.get(12).strip().toLowerCase(Locale.ROOT);
        if (!required.isEmpty() && !required.equals("y") && !required.equals("n")) {
            problems.add(new Problem(at + " (Required Field?)", "'" + row.get(12) + "' should be 'y' or empty"));
        }
        int level = 0;
        if (tags.containsKey("KIRKPATRICK")) {
            try {
                level = Integer.parseInt(tags.get("KIRKPATRICK"));
            } catch (NumberFormatException e) {
                problems.add(new Problem(at + " (Field Annotation)", "@MK-KIRKPATRICK must be 1 to 4; was '" + tags.get("KIRKPATRICK") + "'"));
            }
        }
        ShowIf showIf = branching(row.get(11).strip(), at, form);
        String label = row.get(4);
        if (label.isBlank()) {
            problems.add(new Problem(at + " (Field Label)", "the field has no label"));
        }
        Item item = new Item(id, kind, label, row.get(6), required.equals("y"), choices, bounds, showIf,
                tags.getOrDefault("CONSTRUCT", ""), level, tags.getOrDefault("PAIR", ""));
        form.add(item, variable, row.get(2), tags.containsKey("SECTION"));
    }

    private ItemKind kind(String type, String validation, String kindTag, String at) {
        switch (type) {
            case "yesno":
                return ItemKind.YES_NO;
            case "truefalse":
                notes.add(new Problem(at + " (Field Type)", "truefalse read as a yes/no item (1 = Yes/True, 0 = No/False)"));
                return ItemKind.YES_NO;
            case "radio":
            case "dropdown":
                return "LIKERT".equals(kindTag) ? ItemKind.LIKERT : ItemKind.SINGLE_CHOICE;
            case "checkbox":
                return ItemKind.MULTIPLE_CHOICE;
            case "notes":
                return ItemKind.LONG_TEXT;
            case "descriptive":
                return ItemKind.DESCRIPTIVE;
            case "slider":
                return ItemKind.RATING;
            case "text":
                if (validation.equals("integer")) {
                    return "RATING".equals(kindTag) ? ItemKind.RATING : ItemKind.NUMBER;
                }
                if (validation.equals("number") || NUMBER_DP.matcher(validation).matches()) {
                    return ItemKind.NUMBER;
                }
                if (!validation.isEmpty()) {
                    notes.add(new Problem(at + " (Text Validation Type)", "'" + validation
                            + "' validation is not kept; the field is read as short text"));
                }
                return ItemKind.SHORT_TEXT;
            case "calc":
            case "file":
            case "sql":
                problems.add(new Problem(at + " (Field Type)", "field type '" + type
                        + "' cannot be part of a mentorkit instrument; delete the row or change its type"));
                return null;
            default:
                problems.add(new Problem(at + " (Field Type)", "unknown field type '" + type
                        + "'; expected text, notes, dropdown, radio, checkbox, yesno, truefalse, slider or descriptive"));
                return null;
        }
    }

    private List<Choice> choices(String text, String at) {
        List<Choice> choices = new ArrayList<>();
        if (text.isBlank()) {
            problems.add(new Problem(at + " (Choices, Calculations, OR Slider Labels)", "a choice field needs choices such as '1, Yes | 2, No'"));
            return choices;
        }
        for (String part : text.split("\\|")) {
            int comma = part.indexOf(',');
            if (comma < 0) {
                problems.add(new Problem(at + " (Choices, Calculations, OR Slider Labels)", "'" + part.strip()
                        + "' is not 'code, label'; choices look like '1, Yes | 2, No'"));
                continue;
            }
            choices.add(new Choice(part.substring(0, comma).strip(), part.substring(comma + 1).strip()));
        }
        return choices;
    }

    private Bounds bounds(CsvRows.Row row, String at, ItemKind kind, String type, String validation) {
        if ("slider".equals(type)) {
            notes.add(new Problem(at + " (Field Type)", "slider read as a rating from 0 to 100; its labels are not kept"));
            return Bounds.integers(0, 100);
        }
        String min = row.get(8).strip();
        String max = row.get(9).strip();
        if (min.isEmpty() || max.isEmpty()) {
            notes.add(new Problem(at + " (Text Validation Min/Max)", "a number without both bounds is read as short text"));
            return null;
        }
        try {
            Matcher dp = NUMBER_DP.matcher(validation);
            int decimals = dp.matches() ? Integer.parseInt(dp.group(1)) : validation.equals("number") ? 4 : 0;
            return new Bounds(Double.parseDouble(min), Double.parseDouble(max), decimals);
        } catch (NumberFormatException e) {
            problems.add(new Problem(at + " (Text Validation Min/Max)", "'" + min + "' to '" + max + "' are not numbers"));
            return null;
        }
    }

    private ShowIf branching(String logic, String at, FormBuilder form) {
        if (logic.isEmpty()) {
            return ShowIf.ALWAYS;
        }
        String lower = logic.toLowerCase(Locale.ROOT);
        boolean hasAnd = lower.contains(" and ");
        boolean hasOr = lower.contains(" or ");
        String where = at + " (Branching Logic)";
        if ((hasAnd && hasOr) || logic.contains("(") && !TERM.matcher(logic).find() || logic.contains("<>") || logic.contains("!=")) {
            problems.add(new Problem(where, "'" + logic + "' is too complex; mentorkit reads tests like [field] = '1' or"
                    + " [checkbox(2)] = '1', joined all by 'and' or all by 'or'"));
            return ShowIf.ALWAYS;
        }
        List<Condition> conditions = new ArrayList<>();
        for (String term : logic.split("(?i)\\s+(?:and|or)\\s+")) {
            Matcher m = TERM.matcher(term.strip());
            if (!m.matches()) {
                problems.add(new Problem(where, "'" + term.strip() + "' is not a test mentorkit reads; expected [field] = 'code'"
                        + " or [checkbox(code)] = '1'"));
                continue;
            }
            String variable = m.group(1);
            String value = m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(5);
            Item target = form.byVariable.get(variable);
            if (target == null) {
                problems.add(new Problem(where, "[" + variable + "] is not an earlier field of form '" + form.name + "'"));
                continue;
            }
            if (m.group(2) != null) {
                if (!value.equals("1")) {
                    problems.add(new Problem(where, "'" + term.strip() + "': only a checked option (= '1') can be tested"));
                    continue;
                }
                conditions.add(new Condition(target.id(), m.group(2)));
            } else {
                conditions.add(new Condition(target.id(), value));
            }
        }
        return new ShowIf(hasOr, conditions);
    }

    /** Collects one form's items into sections. */
    private final class FormBuilder {
        final String name;
        final Map<String, String> tags = new LinkedHashMap<>();
        final Map<String, Item> byVariable = new HashMap<>();
        final List<Section> sections = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        String sectionTitle = "";

        FormBuilder(String name) {
            this.name = name;
        }

        void add(Item item, String variable, String header, boolean newUntitledSection) {
            if (!header.isBlank() || newUntitledSection) {
                closeSection();
                sectionTitle = header.strip();
            }
            items.add(item);
            byVariable.put(variable, item);
        }

        void closeSection() {
            if (!items.isEmpty() || !sectionTitle.isEmpty()) {
                sections.add(new Section(sectionTitle, items));
            }
            items = new ArrayList<>();
            sectionTitle = "";
        }

        Instrument build() {
            closeSection();
            String id = tags.getOrDefault("INSTRUMENT", name.replace('_', '-'));
            String title = tags.getOrDefault("TITLE", humanise(name));
            Wave wave = wave(tags.getOrDefault("WAVE", ""));
            Respondents respondents = Respondents.MENTEES;
            for (Respondents candidate : Respondents.values()) {
                if (candidate.name().equalsIgnoreCase(tags.getOrDefault("RESPONDENTS", ""))) {
                    respondents = candidate;
                }
            }
            return new Instrument(id, title, wave, respondents, tags.getOrDefault("DESCRIPTION", ""), sections);
        }

        private Wave wave(String tag) {
            for (Wave wave : Wave.values()) {
                if (wave.name().equalsIgnoreCase(tag)) {
                    return wave;
                }
            }
            if (name.startsWith("pre") || name.contains("baseline")) {
                return Wave.PRE;
            }
            if (name.startsWith("post") || name.contains("follow")) {
                return Wave.POST;
            }
            if (name.startsWith("mid")) {
                return Wave.MID;
            }
            return name.contains("application") || name.contains("intake") ? Wave.APPLICATION : Wave.CUSTOM;
        }
    }

    private static String humanise(String form) {
        String words = form.replace('_', ' ').strip();
        return words.isEmpty() ? form : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
