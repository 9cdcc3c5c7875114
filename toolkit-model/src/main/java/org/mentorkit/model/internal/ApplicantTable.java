package org.mentorkit.model.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.mentorkit.model.ApplicantColumns;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Problem;
import org.mentorkit.model.Program;
import org.mentorkit.model.Role;
import org.mentorkit.model.Vocabulary;
import org.mentorkit.model.WeeklyWindow;
import org.mentorkit.model.internal.text.SpreadsheetCells;
import org.mentorkit.model.internal.text.Suggestions;

/** Reads the applicant table of {@code ApplicantCsv}: header matching, row conversion and per-cell problems. */
public final class ApplicantTable {

    /** Columns a row cannot do without. */
    static final List<String> REQUIRED = List.of("id", "displayName", "role", "timeZone");
    private static final Pattern SEP_LINE = Pattern.compile("sep=(.)\\r?\\n");
    private static final Pattern STARTLINE = Pattern.compile("\\(startline (\\d+)\\)\\s*");

    private final String source;
    private final Program program;
    private final ApplicantColumns mapping;
    private final String separator;
    private final char delimiter;
    private final List<Problem> problems = new ArrayList<>();
    /** Field or vocabulary id to its column index in the file. */
    private final Map<String, Integer> columnOf = new LinkedHashMap<>();
    private List<String> header = List.of();

    private ApplicantTable(String source, Program program, char delimiter) {
        this.source = source;
        this.program = program;
        this.mapping = program.applicantColumns();
        this.delimiter = delimiter;
        this.separator = !mapping.multiValueSeparator().isEmpty() ? mapping.multiValueSeparator()
                : delimiter == ';' ? "|" : ";";
    }

    /** The participants of {@code csv} (without BOM), or an {@link InvalidInputException} with every problem. */
    public static List<Participant> read(String csv, String source, Program program) {
        if (csv.isBlank()) {
            throw new InvalidInputException(source, "the file is empty; expected a header line naming the columns ("
                    + String.join(", ", REQUIRED) + ", ...) and one line per applicant");
        }
        // Excel writes "sep=;" as a first line when asked to; it names the delimiter and is not the header.
        Matcher sep = SEP_LINE.matcher(csv);
        int start = sep.lookingAt() ? sep.end() : 0;
        char delimiter = start > 0 && program.applicantColumns().delimiter().isEmpty() ? sep.group(1).charAt(0)
                : delimiter(program.applicantColumns(), csv.substring(start));
        ApplicantTable table = new ApplicantTable(source, program, delimiter);
        List<Participant> participants = table.parse(csv, start, delimiter);
        if (!table.problems.isEmpty()) {
            throw new InvalidInputException(table.problems);
        }
        return participants;
    }

    /** The program's delimiter, or the most frequent of {@code ,}, {@code ;} and tab on the header line. */
    static char delimiter(ApplicantColumns mapping, String csv) {
        if (!mapping.delimiter().isEmpty()) {
            return mapping.delimiter().charAt(0);
        }
        int end = csv.indexOf('\n');
        String line = end < 0 ? csv : csv.substring(0, end);
        long commas = line.chars().filter(c -> c == ',').count();
        long semicolons = line.chars().filter(c -> c == ';').count();
        long tabs = line.chars().filter(c -> c == '\t').count();
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    /** Reads the table that starts at {@code start} of {@code csv}; lines are counted from the start of the file. */
    private List<Participant> parse(String csv, int start, char delimiter) {
        LineIndex lines = new LineIndex(csv);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        List<Participant> participants = new ArrayList<>();
        Map<String, Integer> lineOfId = new HashMap<>();
        CSVParser parser = null;
        try {
            parser = CSVParser.parse(csv.substring(start), format);
            boolean first = true;
            for (CSVRecord record : parser) {
                int line = lines.lineOf(start + record.getCharacterPosition());
                if (first) {
                    first = false;
                    if (!header(record, line)) {
                        return List.of();
                    }
                    continue;
                }
                String id = columnOf.containsKey("id") && columnOf.get("id") < record.size()
                        ? SpreadsheetCells.undefuse(record.get(columnOf.get("id")).trim()) : "";
                if (!id.isEmpty() && !hasValuesBeyondHeader(record)) {
                    Integer earlier = lineOfId.putIfAbsent(id, line);
                    if (earlier != null) {
                        problems.add(at(line, "id", "duplicate id `" + id + "`: line " + earlier
                                + " has it too; ids must be unique"));
                    }
                }
                row(record, line).ifPresent(participants::add);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
            String message = String.valueOf(cause.getMessage());
            Matcher startLine = STARTLINE.matcher(message);
            long firstLine = lines.lineOf(start) - 1;
            long line = firstLine + (startLine.find() ? Long.parseLong(startLine.group(1))
                    : parser == null ? 1 : parser.getCurrentLineNumber());
            problems.add(new Problem(source + ":" + line, "malformed CSV: " + startLine.replaceAll("").trim()
                    + " (is a closing quote \" missing?)"));
        }
        return participants;
    }

    /** Matches the header to fields; false when a required column is missing (then rows are not read). */
    private boolean header(CSVRecord record, int line) {
        header = new ArrayList<>();
        // A template cell we defused for spreadsheets (ApplicantCsv.template) reads back as written.
        record.forEach(cell -> header.add(SpreadsheetCells.undefuse(cell.trim())));
        Map<String, String> expected = expectedHeaders();
        boolean complete = true;
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            String squashed = Suggestions.squash(name);
            if (name.isEmpty() || mapping.ignoredColumns().stream().anyMatch(c -> Suggestions.squash(c).equals(squashed))) {
                continue;
            }
            Optional<String> field = expected.entrySet().stream()
                    .filter(e -> Suggestions.squash(e.getValue()).equals(squashed))
                    .map(Map.Entry::getKey)
                    .findFirst();
            if (field.isEmpty()) {
                problems.add(new Problem(source + ":" + line + " (" + name + ")", "unknown column `" + name + "`"
                        + Suggestions.expected(name, List.copyOf(expected.values()))
                        + "; to skip it, list it in the program's applicantColumns.ignoredColumns"));
            } else if (columnOf.putIfAbsent(field.get(), i) != null) {
                problems.add(new Problem(source + ":" + line + " (" + name + ")", "column `" + name
                        + "` appears twice; expected it once"));
            }
        }
        for (String field : REQUIRED) {
            if (!columnOf.containsKey(field)) {
                complete = false;
                problems.add(new Problem(source + ":" + line, "missing required column `" + expected.get(field) + "`"
                        + (field.equals(expected.get(field)) ? "" : " (the program's name for " + field + ")")));
            }
        }
        return complete;
    }

    /** Field or vocabulary id to the header the program expects for it, in template order. */
    private Map<String, String> expectedHeaders() {
        Map<String, String> expected = new LinkedHashMap<>();
        for (String field : ProgramRules.PARTICIPANT_FIELDS) {
            expected.put(field, mapping.headerFor(field));
        }
        for (String id : ProgramRules.vocabularyIds(program)) {
            expected.putIfAbsent(id, mapping.headerFor(id));
        }
        return expected;
    }

    private Optional<Participant> row(CSVRecord record, int line) {
        if (hasValuesBeyondHeader(record)) {
            problems.add(new Problem(source + ":" + line, "has " + record.size() + " values but the header has "
                    + header.size() + " columns; does a value with a `" + delimiter
                    + "` lack its quotes?"));
            return Optional.empty();
        }
        Row row = new Row(record);
        if (row.isBlank()) {
            return Optional.empty();
        }
        int before = problems.size();
        for (int i = 0; i < Math.min(record.size(), header.size()); i++) {
            if (header.get(i).isEmpty() && !record.get(i).isBlank()) {
                problems.add(new Problem(source + ":" + line + " (column " + (i + 1) + ")", "has a value but its column "
                        + "has no header; name the column or empty it"));
            }
        }
        for (String field : REQUIRED) {
            if (row.text(field).isEmpty()) {
                row.failed.add(field);
                problems.add(at(line, field, "is empty; every applicant needs " + describe(field)));
            }
        }
        Role role = row.failed.contains("role") ? null : role(row, line);
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        for (String id : ProgramRules.vocabularyIds(program)) {
            if (!ProgramRules.FIELD_VOCABULARIES.contains(id) && columnOf.containsKey(id)) {
                List<String> values = row.values(id).stream().map(v -> canonical(id, v)).toList();
                if (!values.isEmpty()) {
                    attributes.put(id, values);
                }
            }
        }
        // The text each window was written as: "Mon-Fri 18:00-17:00" is five windows with one mistake, said once.
        List<String> windowTexts = new ArrayList<>();
        Participant participant = new Participant(
                row.text("id"), row.text("displayName"), row.text("email"), role, row.text("timeZone"),
                availability(row, line, windowTexts), row.values("interests"), canonical("careerStage", row.text("careerStage")),
                canonical("specialty", row.text("specialty")), row.text("institution"), row.text("country"), attributes,
                capacity(row, line, role), row.text("careerLevel"), Map.of());
        List<Problem> found = new ArrayList<>(Validators.problems(participant));
        found.addAll(CohortRules.participant(participant, program, ""));
        Set<String> said = new HashSet<>();
        for (Problem problem : found) {
            String field = fieldOf(problem.location());
            if (!row.failed.contains(field)) {
                Problem named = at(line, field, detail(problem.location(), field, participant, windowTexts)
                        + problem.message());
                if (said.add(named.location() + "\n" + named.message())) {
                    problems.add(named);
                }
            }
        }
        return problems.size() == before ? Optional.of(participant) : Optional.empty();
    }

    /** Spreadsheets often end rows with empty cells past the last column; only a value there is a problem. */
    private boolean hasValuesBeyondHeader(CSVRecord record) {
        for (int i = header.size(); i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                return true;
            }
        }
        return false;
    }

    private Role role(Row row, int line) {
        String text = row.text("role").toUpperCase(Locale.ROOT);
        for (Role role : Role.values()) {
            if (role.name().equals(text)) {
                return role;
            }
        }
        row.failed.add("role");
        problems.add(at(line, "role", "expected mentee or mentor, found `" + row.text("role") + "`"));
        return null;
    }

    private int capacity(Row row, int line, Role role) {
        String text = row.text("capacity");
        if (text.isEmpty()) {
            return role == Role.MENTOR ? 1 : 0;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            row.failed.add("capacity");
            problems.add(at(line, "capacity", "expected a whole number (how many groups a mentor can lead), found `"
                    + text + "`"));
            return 0;
        }
    }

    private List<WeeklyWindow> availability(Row row, int line, List<String> windowTexts) {
        List<WeeklyWindow> windows = new ArrayList<>();
        for (String item : row.values("availability")) {
            Optional<List<WeeklyWindow>> parsed = AvailabilityText.parse(item);
            if (parsed.isPresent()) {
                windows.addAll(parsed.get());
                parsed.get().forEach(w -> windowTexts.add(item));
            } else {
                row.failed.add("availability");
                problems.add(at(line, "availability", "`" + item + "` is not a weekly window like `Tue 12:00-14:00` "
                        + "or `Mon-Fri 08:00-09:00`; separate several with `" + separator + "`"));
            }
        }
        return windows;
    }

    /** The vocabulary's own spelling of {@code value} when they differ only in case. */
    private String canonical(String vocabularyId, String value) {
        Optional<Vocabulary> vocabulary = program.vocabulary(vocabularyId);
        if (value.isEmpty() || vocabulary.isEmpty()) {
            return value;
        }
        return vocabulary.get().values().stream().filter(v -> v.equalsIgnoreCase(value)).findFirst().orElse(value);
    }

    /** {@code attributes.gender[0]} is in column gender, {@code availability[1].end} in column availability. */
    private static String fieldOf(String path) {
        String first = path.startsWith("attributes.") ? path.substring("attributes.".length()) : path;
        int end = 0;
        while (end < first.length() && first.charAt(end) != '.' && first.charAt(end) != '[') {
            end++;
        }
        return first.substring(0, end);
    }

    /**
     * "value 2: " for one value of a cell that holds several; for availability the window as written ("`Mon-Fri
     * 18:00-17:00`: ", one text for the days it stands for); "" for a cell with one value or the cell as a whole.
     */
    private static String detail(String path, String field, Participant participant, List<String> windowTexts) {
        int bracket = path.indexOf('[', path.indexOf(field));
        int values = field.equals("availability") ? participant.availability().size() : participant.valuesOf(field).size();
        if (bracket < 0 || values < 2) {
            return "";
        }
        int index = Integer.parseInt(path.substring(bracket + 1, path.indexOf(']', bracket)));
        if (field.equals("availability")) {
            return index < windowTexts.size() ? "`" + windowTexts.get(index) + "`: " : "window " + (index + 1) + ": ";
        }
        return "value " + (index + 1) + ": ";
    }

    private Problem at(int line, String field, String message) {
        Integer column = columnOf.get(field);
        String name = column != null ? header.get(column) : mapping.headerFor(field);
        return new Problem(source + ":" + line + " (" + name + ")", message);
    }

    private static String describe(String field) {
        return switch (field) {
            case "id" -> "an id (a membership number or any code unique in the file)";
            case "displayName" -> "a name";
            case "role" -> "a role: mentee or mentor";
            default -> "a time zone such as America/New_York";
        };
    }

    /** One CSV row with cells looked up by field. */
    private final class Row {
        private final CSVRecord record;
        final Set<String> failed = new java.util.HashSet<>();

        Row(CSVRecord record) {
            this.record = record;
        }

        String text(String field) {
            Integer column = columnOf.get(field);
            return column == null || column >= record.size() ? "" : SpreadsheetCells.undefuse(record.get(column).trim());
        }

        List<String> values(String field) {
            List<String> values = new ArrayList<>();
            for (String part : text(field).split(Pattern.quote(separator))) {
                if (!part.isBlank()) {
                    values.add(part.trim());
                }
            }
            return values;
        }

        boolean isBlank() {
            for (String cell : record) {
                if (!cell.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }
}
