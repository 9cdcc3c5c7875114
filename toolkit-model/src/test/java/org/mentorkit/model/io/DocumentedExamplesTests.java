package org.mentorkit.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Program;

/** The examples docs/file-formats.md marks as checked are read by the real readers, so the page matches the code. */
class DocumentedExamplesTests {

    private static final Pattern CHECKED = Pattern.compile("<!-- checked: ([^>]+) -->\\s*```\\w*\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyCheckedExampleOfTheFileFormatsPageIsValid() throws IOException {
        Map<String, String> examples = examples(Path.of("../docs/file-formats.md"));
        assertThat(examples).containsOnlyKeys("program", "cohort", "applicants for the program above", "mapped program",
                "applicants for the mapped program");

        Program program = ModelJson.readProgram(examples.get("program"), "program example");
        Cohort cohort = ModelJson.readCohort(examples.get("cohort"), "cohort example");
        List<Participant> applicants = ApplicantCsv.read(examples.get("applicants for the program above"),
                "applicants example", program);
        Program mapped = ModelJson.readProgram(examples.get("mapped program"), "mapped program example");
        List<Participant> mappedApplicants = ApplicantCsv.read(examples.get("applicants for the mapped program"),
                "mapped applicants example", mapped);

        assertThat(program.vocabularies()).hasSize(4);
        assertThat(cohort.groups()).singleElement().satisfies(g -> assertThat(g.menteeIds()).containsExactly("E1", "E2"));
        assertThat(applicants).extracting(Participant::displayName)
                .containsExactly("Łukasiewicz, Zofia", "Trần Thị Mai \"Mai\"");
        assertThat(applicants.get(1).attributes()).containsEntry("gender", List.of("woman"));
        assertThat(mappedApplicants).extracting(Participant::id).containsExactly("1001", "1002");
    }

    private static Map<String, String> examples(Path page) throws IOException {
        Matcher matcher = CHECKED.matcher(Files.readString(page));
        Map<String, String> examples = new LinkedHashMap<>();
        while (matcher.find()) {
            examples.put(matcher.group(1).trim(), matcher.group(2));
        }
        return examples;
    }
}
