package org.mentorkit.surveys;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mentorkit.model.ApplicantColumns;
import org.mentorkit.model.ErrorCode;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Problem;
import org.mentorkit.model.Program;
import org.mentorkit.model.ToolkitException;
import org.mentorkit.model.Vocabulary;
import org.mentorkit.model.io.ApplicantCsv;

/**
 * Application responses to a cohort's participants. The application instrument ({@code Instruments.application})
 * asks what a cohort needs; its answers are written as the program's applicants CSV (its column names, delimiter and
 * multi-value separator) and read back by the model's {@link ApplicantCsv}, so they are checked exactly as a membership
 * CSV is: a problem names the response's source (file and line of the export) and the column.
 *
 * <p>Mapping: the response's participant id is the id; {@code display_name}, {@code email}, {@code role},
 * {@code time_zone}, {@code institution}, {@code country}, {@code availability} (weekly windows, the CSV format),
 * {@code interests}, and for mentors {@code capacity} and {@code career_level} ({@code late_career} -> late-career)
 * go to the columns of those names; each vocabulary question (item id = the vocabulary id in snake case) gives
 * the vocabulary's values for its codes (1 = the first value). A mentee's mentor preferences become the
 * participant's {@code mentorPreferences}, which matching weighs under mentor fit: {@code mentor_career_level} (code 2
 * mid-career, 3 late-career, the values of the mentors' {@code career_level}; 1 is no preference) as
 * {@code careerLevel}, and {@code mentor_gender} (0 is no preference; otherwise the choice's value of the program's
 * {@code gender} vocabulary) as {@code gender}. The free-text {@code mentor_wishes} is for the coordinator to read and
 * stays in the responses.
 */
public final class Applications {

    private static final Pattern LINE = Pattern.compile("^applications:(\\d+)(.*)$");

    /**
     * The career levels a mentee may ask for, by the code of {@code mentor_career_level}: the mentors' own
     * {@code career_level} answers become these same values ({@code late_career} -> {@code late-career}), so a
     * preference is met by exactly the mentors who gave that answer. Codes, not labels: a translated form keeps them.
     */
    private static final Map<String, String> PREFERRED_CAREER_LEVELS = Map.of("2", "mid-career", "3", "late-career");

    private Applications() {
    }

    /**
     * The applicants CSV text for the responses (returned ones; partial applications are not people to group).
     *
     * @param applications the imported answers to the application instrument
     * @param program      the program whose applicant columns, delimiter, separator and vocabularies the CSV follows
     * @return the CSV text, header first; only the header (an {@code id} column) when no application was returned
     */
    public static String applicantsCsv(ResponseSet applications, Program program) {
        ApplicantColumns mapping = program.applicantColumns();
        char delimiter = mapping.delimiter().isEmpty() ? ',' : mapping.delimiter().charAt(0);
        String separator = !mapping.multiValueSeparator().isEmpty() ? mapping.multiValueSeparator()
                : delimiter == ';' ? "|" : ";";
        List<Map<String, String>> rows = new ArrayList<>();
        for (Response response : applications.responses()) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("id", response.participantId());
            row.put("displayName", response.single("display_name"));
            row.put("email", response.single("email"));
            row.put("role", response.single("role"));
            row.put("timeZone", response.single("time_zone"));
            row.put("availability", response.single("availability").replace(";", separator));
            row.put("interests", response.single("interests").replace(";", separator));
            row.put("institution", response.single("institution"));
            row.put("country", response.single("country"));
            row.put("capacity", response.single("capacity"));
            // Codes cannot hold '-': late_career is the model's late-career.
            row.put("careerLevel", response.single("career_level").replace('_', '-'));
            for (Vocabulary vocabulary : program.vocabularies()) {
                List<String> labels = new ArrayList<>();
                for (String code : response.answer(Instruments.vocabularyItemId(vocabulary.id()))) {
                    labels.add(valueOf(vocabulary, code));
                }
                row.put(vocabulary.id(), String.join(separator + " ", labels));
            }
            rows.add(row);
        }
        List<String> fields = rows.isEmpty() ? List.of("id") : List.copyOf(rows.get(0).keySet());
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setDelimiter(delimiter).get())) {
            printer.printRecord(fields.stream().map(mapping::headerFor).toList());
            for (Map<String, String> row : rows) {
                printer.printRecord(fields.stream().map(f -> row.getOrDefault(f, "")).toList());
            }
        } catch (IOException e) {
            // The printer writes to memory: an IOException here is a defect, not a user's problem.
            throw new ToolkitException(ErrorCode.INTERNAL, "could not write the applicant table in memory: "
                    + e.getMessage(), e);
        }
        return out.toString();
    }

    /**
     * The participants the applications describe, checked as the applicants CSV is.
     *
     * @param applications the imported answers to the application instrument
     * @param program      the program they apply to (its vocabularies, applicant columns and rules)
     * @return the participants in the order of the responses, mentees with their mentor preferences
     * @throws InvalidInputException when no application was returned (naming the files read), or with every problem
     *                               of the applicants at once, each located at the response's source and column
     */
    public static List<Participant> participants(ResponseSet applications, Program program) {
        if (applications.responses().isEmpty()) {
            throw new InvalidInputException(String.join(", ", applications.summary().files()),
                    "no complete application; nothing to make a cohort of");
        }
        try {
            List<Participant> people = ApplicantCsv.read(applicantsCsv(applications, program), "applications", program);
            return withMentorPreferences(people, applications);
        } catch (InvalidInputException e) {
            List<Problem> located = new ArrayList<>();
            for (Problem problem : e.problems()) {
                Matcher m = LINE.matcher(problem.location());
                int index = m.matches() ? Integer.parseInt(m.group(1)) - 2 : -1;
                located.add(index >= 0 && index < applications.responses().size()
                        ? new Problem(applications.responses().get(index).source() + m.group(2), problem.message())
                        : problem);
            }
            throw new InvalidInputException(located);
        }
    }

    /** The applicants CSV has no column for preferences: they are added from the responses, row by row. */
    private static List<Participant> withMentorPreferences(List<Participant> people, ResponseSet applications) {
        List<Participant> result = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Participant person = people.get(i);
            Response response = applications.responses().get(i);
            if (person.isMentor()) {
                result.add(person);
                continue;
            }
            Participant.Builder builder = person.toBuilder();
            String level = PREFERRED_CAREER_LEVELS.get(response.single("mentor_career_level"));
            if (level != null) {
                builder.mentorPreference("careerLevel", List.of(level));
            }
            String gender = response.single("mentor_gender");
            if (!gender.isEmpty() && !gender.equals("0")) {
                applications.instrument().item("mentor_gender").flatMap(item -> item.choice(gender))
                        .ifPresent(choice -> builder.mentorPreference("gender", List.of(choice.label())));
            }
            result.add(builder.build());
        }
        return result;
    }

    private static String valueOf(Vocabulary vocabulary, String code) {
        try {
            int index = Integer.parseInt(code) - 1;
            return index >= 0 && index < vocabulary.values().size() ? vocabulary.values().get(index) : code;
        } catch (NumberFormatException e) {
            return code; // not a code of ours: the applicants reader reports it as a value the vocabulary lacks
        }
    }
}
