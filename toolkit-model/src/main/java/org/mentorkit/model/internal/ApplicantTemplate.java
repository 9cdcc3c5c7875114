package org.mentorkit.model.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentorkit.model.ApplicantColumns;
import org.mentorkit.model.Program;

/** The header and example row of an applicant CSV template, and the delimiter to write them with. */
public record ApplicantTemplate(List<String> header, List<String> example, char delimiter) {

    /** The template of {@code program}: every column, and an example mentee that passes validation. */
    public static ApplicantTemplate of(Program program) {
        ApplicantColumns mapping = program.applicantColumns();
        char delimiter = mapping.delimiter().isEmpty() ? ',' : mapping.delimiter().charAt(0);
        String separator = !mapping.multiValueSeparator().isEmpty() ? mapping.multiValueSeparator()
                : delimiter == ';' ? "|" : ";";
        Map<String, String> example = new LinkedHashMap<>();
        example.put("id", "A001");
        example.put("displayName", "Ada Example");
        example.put("email", "ada@example.org");
        example.put("role", "mentee");
        example.put("timeZone", "America/Chicago");
        example.put("availability", "Tue 12:00-14:00" + separator + " Thu 18:00-20:00");
        example.put("interests", "work-life balance" + separator + " self-advocacy");
        example.put("careerStage", sample(program, "careerStage", "junior faculty"));
        example.put("specialty", sample(program, "specialty", "neuro-oncology"));
        example.put("institution", "Example University");
        example.put("country", "United States");
        example.put("capacity", "");
        example.put("careerLevel", "");
        for (String id : ProgramRules.vocabularyIds(program)) {
            example.putIfAbsent(id, sample(program, id, ""));
        }
        List<String> header = example.keySet().stream().map(mapping::headerFor).toList();
        return new ApplicantTemplate(header, List.copyOf(example.values()), delimiter);
    }

    private static String sample(Program program, String vocabularyId, String preferred) {
        return program.vocabulary(vocabularyId)
                .map(v -> v.allows(preferred) ? preferred : v.values().isEmpty() ? "" : v.values().get(0))
                .orElse(preferred);
    }
}
