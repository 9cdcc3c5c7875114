package org.mentorkit.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorkit.model.io.TestFiles.problemsOf;
import static org.mentorkit.model.io.TestFiles.text;

import org.junit.jupiter.api.Test;
import org.mentorkit.model.GroupPolicy;
import org.mentorkit.model.GroupSizes;
import org.mentorkit.model.Program;

/** The program setting {@code groupPolicy.sizes}: read, defaulted, refused with its path, and written back. */
class GroupSizesSettingTests {

    private static final String POLICY = "\"groupPolicy\": {\"minMentees\": 1, \"maxMentees\": 5, \"mentorsPerGroup\": 1}";

    private static String programWithSizes(String sizes) {
        String json = text("program.json");
        assertThat(json).contains(POLICY);
        return json.replace(POLICY, POLICY.replace("1}", "1, \"sizes\": " + sizes + "}"));
    }

    @Test
    void absentSizesMeanEvenAndStayAbsentWhenWritten() {
        Program program = ModelJson.readProgram(text("program.json"), "program.json");

        assertThat(program.groupPolicy().sizes()).isNull();
        assertThat(program.groupPolicy().sizesRule()).isEqualTo(GroupSizes.EVEN);
        assertThat(ModelJson.write(program)).doesNotContain("sizes");
        assertThat(new GroupPolicy(3, 5, 1).sizesRule()).isEqualTo(GroupSizes.EVEN);
        assertThat(GroupPolicy.pilot().sizesRule()).isEqualTo(GroupSizes.EVEN);
    }

    @Test
    void readsWithinPolicyInAnySpellingOfTheConstantAndWritesItBack() {
        for (String given : new String[] {"\"WITHIN_POLICY\"", "\"within-policy\"", "\"Within policy\""}) {
            Program program = ModelJson.readProgram(programWithSizes(given), "program.json");

            assertThat(program.groupPolicy().sizesRule()).as(given).isEqualTo(GroupSizes.WITHIN_POLICY);
            String written = ModelJson.write(program);
            assertThat(written).as(given).contains("\"sizes\": \"WITHIN_POLICY\"");
            assertThat(ModelJson.readProgram(written, "written.json")).as(given).isEqualTo(program);
        }
        Program even = ModelJson.readProgram(programWithSizes("\"even\""), "program.json");
        assertThat(even.groupPolicy().sizes()).isEqualTo(GroupSizes.EVEN);
        assertThat(ModelJson.write(even)).contains("\"sizes\": \"EVEN\"");
    }

    @Test
    void refusesAnUnknownSizesValueNamingThePathAndTheAllowedValues() {
        assertThat(problemsOf(() -> ModelJson.readProgram(programWithSizes("\"uneven\""), "program.json")))
                .containsExactly("program.json:9: groupPolicy.sizes: expected one of EVEN, WITHIN_POLICY, found "
                        + "`uneven`");
        assertThat(problemsOf(() -> ModelJson.readProgram(programWithSizes("4"), "program.json")))
                .singleElement().asString()
                .startsWith("program.json:9: groupPolicy.sizes: expected one of EVEN, WITHIN_POLICY, found");
    }
}
