package org.mentorkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorkit.model.io.ModelJson;
import org.mentorkit.testing.ExternalTools;
import org.mentorkit.testing.RequiresTools;

/**
 * {@code availability_milp.py} with group sizes anywhere within the policy ({@code groupPolicy.sizes}
 * {@code WITHIN_POLICY}, or {@code --sizes policy}) against {@link BruteForceSlotOptimum}, which tries every grouping
 * and every slot of small cohorts with code of its own (java.time, minute by minute). The script's optimum must equal
 * the brute force's under both size rules, the policy's must never be above the even one, and on a cohort built so
 * that only an uneven split lets everyone meet, strictly below it.
 */
@RequiresTools("scipy")
class AvailabilitySizesOptimumTests {

    @TempDir
    Path temp;

    @Test
    void theOptimumEqualsTheBruteForceUnderBothSizeRules() throws IOException {
        // 8 mentees, 2 mentors, policy 3-5: even sizes are 4 and 4, the policy also allows 3 and 5. Both regions,
        // January to July 2027 (the northern and southern clock changes).
        String[][] cohorts = {{"1", "apac"}, {"2", "apac"}, {"3", "apac"}, {"1", "world"}, {"4", "world"}};
        for (String[] c : cohorts) {
            Path file = write("c.json", generated(Long.parseLong(c[0]), 8, 2, c[1], policy -> policy));
            checkBothRules(c[1] + " seed " + c[0] + ", 8 + 2, policy 3-5", file);
        }
        // 7 mentees, 2 mentors, policy 2-5: even sizes 3 and 4; the policy allows 2 and 5 too.
        for (long seed : new long[] {5, 6}) {
            Path file = write("c.json", generated(seed, 7, 2, "apac", policy -> Json.createObjectBuilder(policy)
                    .add("minMentees", 2).build()));
            checkBothRules("apac seed " + seed + ", 7 + 2, policy 2-5", file);
        }
    }

    @Test
    void anUnevenSplitLetsEveryoneMeetWhereEvenSizesCannot() throws IOException {
        // Five mentees can meet only with the Tokyo mentor (Tuesdays 10:00-12:00 Tokyo time), three only with the
        // London mentor (Wednesdays 18:00-20:00 London time). Even sizes (4 and 4) must send one of the five to
        // London, who then misses all six Wednesday sessions; within the policy (3-5) the groups are 5 and 3 and
        // nobody misses anything.
        Path file = write("split.json", splitCohort(JsonValue.NULL));
        BruteForceSlotOptimum brute = BruteForceSlotOptimum.read(file);
        BruteForceSlotOptimum.Optimum even = brute.optimum(4, 4);
        BruteForceSlotOptimum.Optimum policy = brute.optimum(3, 5);
        assertThat(even.outside()).as("brute force, even sizes").isEqualTo(6);
        assertThat(policy).as("brute force, sizes 3-5").isEqualTo(new BruteForceSlotOptimum.Optimum(0, List.of(5, 3)));

        JsonObject byDefault = MilpScript.solve(file, temp.resolve("default.json"));
        JsonObject overridden = MilpScript.solve(file, temp.resolve("policy.json"), "--sizes", "policy");
        assertThat(byDefault.getString("size_rule")).isEqualTo("EVEN");
        assertThat(byDefault.getInt("outside")).as("the script, sizes absent (EVEN)").isEqualTo(even.outside());
        assertThat(overridden.getString("size_rule")).isEqualTo("WITHIN_POLICY");
        assertThat(overridden.getInt("outside")).as("the script, --sizes policy").isZero();
        assertThat(menteeCounts(overridden)).containsExactly(5, 3);

        // The program's own setting, and --sizes even overriding it (what even sizes cost).
        Path within = write("within.json", splitCohort(Json.createValue("WITHIN_POLICY")));
        JsonObject fromFile = MilpScript.solve(within, temp.resolve("file.json"));
        JsonObject evenAgain = MilpScript.solve(within, temp.resolve("even.json"), "--sizes", "even");
        assertThat(fromFile.getInt("outside")).as("groupPolicy.sizes WITHIN_POLICY").isZero();
        assertThat(evenAgain.getInt("outside")).as("WITHIN_POLICY overridden by --sizes even").isEqualTo(6);
        Path explicitEven = write("even-set.json", splitCohort(Json.createValue("EVEN")));
        assertThat(MilpScript.solve(explicitEven, temp.resolve("e.json")).getInt("outside")).isEqualTo(6);

        // Spelt as mentorkit also reads it (any case, `-` or a space for `_`, blanks around), and the runner's
        // spelling of the option.
        String[] spellings = {"within-policy", "Within policy", " WITHIN_POLICY "};
        for (int k = 0; k < spellings.length; k++) {
            Path spelt = write("spelt" + k + ".json", splitCohort(Json.createValue(spellings[k])));
            JsonObject read = MilpScript.solve(spelt, temp.resolve("spelt" + k + "-out.json"));
            assertThat(read.getString("size_rule")).as(spellings[k]).isEqualTo("WITHIN_POLICY");
            assertThat(read.getInt("outside")).as(spellings[k]).isZero();
        }
        JsonObject runnerSpelling = MilpScript.solve(file, temp.resolve("r.json"), "--sizes", "within-policy");
        assertThat(runnerSpelling.getInt("outside")).as("--sizes within-policy").isZero();
    }

    @Test
    void aTogetherSetLargerThanTheEvenSizeFitsWithinThePolicy() throws IOException {
        // Five mentees kept together: more than the even size 4, so refused under EVEN (the engine would give the set
        // a group of its own, which the programme cannot express), but a group of 5 is within the policy 3-5.
        JsonObject cohort = generated(1, 8, 2, "apac", policy -> policy);
        JsonArray five = Json.createArrayBuilder(List.of("M0002", "M0003", "M0004", "M0005", "M0006")).build();
        cohort = Json.createObjectBuilder(cohort).add("constraints", Json.createObjectBuilder()
                .add("together", Json.createArrayBuilder().add(five))).build();
        Path file = write("together.json", cohort);

        String refused = ExternalTools.run(List.of(2), MilpScript.python(), MilpScript.script(), file.toString(),
                "--sizes", "even");
        JsonObject solved = MilpScript.solve(file, temp.resolve("t.json"), "--sizes", "policy");

        assertThat(refused.strip()).endsWith("$.constraints.together[0]: 5 mentees kept together exceed the even"
                + " group size 4 the exact programme uses (8 mentees, 2 groups; --sizes policy allows up to"
                + " maxMentees)").doesNotContain("Traceback");
        assertThat(refused.strip().lines()).hasSize(1);
        JsonObject first = solved.getJsonArray("groups_solution").getJsonObject(0);
        JsonObject second = solved.getJsonArray("groups_solution").getJsonObject(1);
        JsonObject holder = first.getJsonArray("mentees").size() == 5 ? first : second;
        assertThat(holder.getJsonArray("mentees").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactlyInAnyOrderElementsOf(five.getValuesAs(jakarta.json.JsonString::getString));
    }

    @Test
    void aBadSizesOptionIsRefusedWithExitTwo() {
        Path missing = temp.resolve("never-read.json");
        String printed = ExternalTools.run(List.of(2), MilpScript.python(), MilpScript.script(), missing.toString(),
                "--sizes", "uneven");

        assertThat(printed).contains("--sizes: invalid choice: 'uneven'").doesNotContain("Traceback");
    }

    private void checkBothRules(String name, Path file) throws IOException {
        BruteForceSlotOptimum brute = BruteForceSlotOptimum.read(file);
        int n = brute.mentees();
        BruteForceSlotOptimum.Optimum even = brute.optimum(n / 2, (n + 1) / 2);
        BruteForceSlotOptimum.Optimum policy = brute.optimum(brute.minMentees(), brute.maxMentees());
        JsonObject evenByScript = MilpScript.solve(file, temp.resolve("even.json"), "--sizes", "even");
        JsonObject policyByScript = MilpScript.solve(file, temp.resolve("policy.json"), "--sizes", "policy");

        assertThat(evenByScript.getInt("outside")).as(name + ": even sizes, script = brute force")
                .isEqualTo(even.outside());
        assertThat(policyByScript.getInt("outside")).as(name + ": sizes within the policy, script = brute force")
                .isEqualTo(policy.outside());
        assertThat(policy.outside()).as(name + ": the policy's optimum is at most the even one")
                .isLessThanOrEqualTo(even.outside());
        assertThat(menteeCounts(policyByScript)).as(name).allSatisfy(size -> assertThat(size)
                .isBetween(brute.minMentees(), brute.maxMentees()));
        assertThat(menteeCounts(evenByScript)).as(name).allSatisfy(size -> assertThat(size)
                .isBetween(n / 2, (n + 1) / 2));
    }

    private static List<Integer> menteeCounts(JsonObject figures) {
        return figures.getJsonArray("groups_solution").stream()
                .map(g -> g.asJsonObject().getJsonArray("mentees").size()).toList();
    }

    /** A generated cohort as a JSON object, its group policy changed by {@code policy}. */
    static JsonObject generated(long seed, int mentees, int mentors, String region,
            UnaryOperator<JsonObject> policy) {
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(ModelJson.write(
                AvailabilityCohorts.generate(seed, mentees, mentors, region))))) {
            json = reader.readObject();
        }
        JsonObject program = json.getJsonObject("program");
        JsonObject groupPolicy = policy.apply(program.getJsonObject("groupPolicy"));
        program = Json.createObjectBuilder(program).add("groupPolicy", groupPolicy).build();
        return Json.createObjectBuilder(json).add("program", program).build();
    }

    /** Two mentors and eight mentees (five for Tokyo, three for London), groupPolicy.sizes as given (null: absent). */
    static JsonObject splitCohort(JsonValue sizes) {
        JsonObject base = generated(1, 8, 2, "apac", policy -> sizes == JsonValue.NULL ? policy
                : Json.createObjectBuilder(policy).add("sizes", sizes).build());
        String[] zones = {"Asia/Tokyo", "Europe/London", "Asia/Tokyo", "Asia/Seoul", "Asia/Tokyo", "Asia/Seoul",
            "Asia/Tokyo", "Europe/London", "Europe/Lisbon", "Europe/London"};
        JsonArrayBuilder people = Json.createArrayBuilder();
        JsonArray participants = base.getJsonArray("participants");
        assertThat(participants).hasSize(zones.length);
        for (int i = 0; i < zones.length; i++) {
            boolean tokyo = zones[i].startsWith("Asia");
            JsonObject window = Json.createObjectBuilder().add("day", tokyo ? "TUESDAY" : "WEDNESDAY")
                    .add("start", tokyo ? "10:00" : "18:00").add("end", tokyo ? "12:00" : "20:00").build();
            people.add(Json.createObjectBuilder(participants.getJsonObject(i)).add("timeZone", zones[i])
                    .add("availability", Json.createArrayBuilder().add(window)));
        }
        return Json.createObjectBuilder(base).add("participants", people).build();
    }

    private Path write(String name, JsonObject json) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, json.toString());
        return file;
    }
}
