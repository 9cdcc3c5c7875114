package org.mentorkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorkit.matching.FormationResult;
import org.mentorkit.matching.FormationSettings;
import org.mentorkit.matching.GroupExplanation;
import org.mentorkit.matching.GroupFormation;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.io.ModelJson;
import org.mentorkit.testing.ExternalTools;
import org.mentorkit.testing.RequiresTools;

/**
 * Issue 10's availability target on small cohorts: the engine within 2 points of the exact optimum, which
 * {@code availability_milp.py} computes with SciPy's MILP solver (HiGHS) from dates, zones and windows of its own
 * (no code shared with the engine's scorer). The same script recounts the engine's groups on their saved slots, which
 * must give exactly the engine's own count, and the optimum can never be worse than the engine's grouping.
 *
 * <p>The gate is on misses, not on two percentages: counting every cadence date, a weekday holds 5, 6 or 7 sessions,
 * so the engine's grouping and the optimum can have different numbers of member-sessions, and a difference of two
 * percentages with different denominators measures nothing. Both minimise the same count of member-sessions outside
 * availability, so the gate is (engine's misses - optimum's misses) / engine's member-sessions &lt;= 0.02: the extra
 * misses, as points of the engine's own figure. (In curriculum mode every group counts the same sessions and the two
 * readings coincide.)
 *
 * <p>It runs Debian's {@code /usr/bin/python3} with python3-scipy ({@code @RequiresTools("scipy")}: skipped naming the
 * package where it is missing, failed in CI).
 */
@RequiresTools("scipy")
class AvailabilityOptimumTests {

    @TempDir
    Path temp;

    @Test
    void theEngineIsWithinTwoPointsOfTheExactOptimumAndItsCountIsConfirmedIndependently() throws IOException {
        // Cohorts of 12 mentees and 3 mentors (three groups of four), both regions, on which the exact programme
        // solves in seconds; each crosses the northern and southern clock changes (January to July 2027). Counted as
        // the benchmark counts (every cadence date on the slot's weekday).
        String[][] cohorts = {{"1", "apac"}, {"2", "apac"}, {"2", "world"}, {"3", "world"}};
        for (String[] c : cohorts) {
            Cohort cohort = AvailabilityCohorts.generate(Long.parseLong(c[0]), 12, 3, c[1]);
            checkAgainstTheOptimum(c[1] + " seed " + c[0], cohort, FormationSettings.builder());
        }
    }

    @Test
    void withSizesAnywhereWithinThePolicy() throws IOException {
        // groupPolicy.sizes WITHIN_POLICY: the engine may form groups of 3 to 5, and the script reads the setting
        // from the formed file, so the optimum is over the same groupings.
        String[][] cohorts = {{"1", "apac"}, {"2", "world"}};
        for (String[] c : cohorts) {
            Cohort cohort = edited(AvailabilityCohorts.generate(Long.parseLong(c[0]), 12, 3, c[1]),
                    program -> withinPolicy(program), person -> person);
            JsonObject exact = checkAgainstTheOptimum(c[1] + " seed " + c[0] + ", sizes within the policy", cohort,
                    FormationSettings.builder());
            assertThat(exact.getString("size_rule")).isEqualTo("WITHIN_POLICY");
        }
    }

    @Test
    void whenOnlyAnUnevenSplitLetsEveryoneMeetTheEngineFindsIt() throws IOException {
        // Five mentees can meet only the Tokyo mentor, three only the London mentor (AvailabilitySizesOptimumTests
        // proves by brute force that 4 + 4 costs 6 member-sessions and 5 + 3 costs none): within the policy every
        // group has a common slot, so the optimum is 0 and the engine must reach it.
        Cohort cohort = ModelJson.readCohort(AvailabilitySizesOptimumTests.splitCohort(
                Json.createValue("WITHIN_POLICY")).toString(), "split.json");

        JsonObject exact = checkAgainstTheOptimum("Tokyo/London split, sizes within the policy", cohort,
                FormationSettings.builder());

        assertThat(exact.getInt("outside")).isZero();
        assertThat(exact.getJsonObject("given_groups").getInt("outside_saved")).as("the engine's groups").isZero();
    }

    private static JsonObject withinPolicy(JsonObject program) {
        return Json.createObjectBuilder(program).add("groupPolicy", Json.createObjectBuilder(
                program.getJsonObject("groupPolicy")).add("sizes", "WITHIN_POLICY")).build();
    }

    @Test
    void withTheBuiltInCurriculumAsMatchCountsIt() throws IOException {
        // What `mentorkit match` counts with its default curriculum: 6 sessions, 2, 4 and 5 peer-only (mentors do not
        // attend them), 60 minutes; a weekday with fewer than 6 dates (Monday in this program) is not offered.
        Cohort cohort = AvailabilityCohorts.generate(1, 12, 3, "apac");
        checkAgainstTheOptimum("apac seed 1, curriculum", cohort,
                FormationSettings.builder().sessions(6, 60, java.util.Set.of(2, 4, 5)),
                "--sessions", "6", "--peer-only", "2,4,5", "--session-minutes", "60");
    }

    @Test
    void theProgrammeKeepsNonIsolationTogetherAndApartAsTheEngineMust() throws IOException {
        // The oracle must obey the same hard rules as the engine, or its "optimum" could be one the engine may not
        // reach: men under-represented (no group with exactly one, mentors counted), two mentees together, and a
        // mentee kept apart from another and from a mentor.
        String json = ModelJson.write(AvailabilityCohorts.generate(1, 12, 3, "apac"));
        String values = "\"values\": [\"woman\", \"man\", \"non-binary\"]";
        assertThat(json).contains(values);
        json = json.replace(values, values + ", \"underRepresented\": [\"man\"]");
        json = json.substring(0, json.lastIndexOf('}')) + ", \"constraints\": {\"together\": [[\"M0003\", \"M0004\"]],"
                + " \"apart\": [[\"M0005\", \"M0006\", \"T0000\"]]}}";
        Cohort cohort = ModelJson.readCohort(json, "rules.json");
        assertThat(cohort.program().nonIsolationRules()).hasSize(1);

        JsonObject exact = checkAgainstTheOptimum("apac seed 1 with rules", cohort, FormationSettings.builder());

        Map<String, Integer> groupOf = new HashMap<>();
        int g = 0;
        for (JsonValue v : exact.getJsonArray("groups_solution")) {
            JsonObject group = v.asJsonObject();
            List<String> members = new ArrayList<>(List.of(group.getString("mentor")));
            group.getJsonArray("mentees").forEach(id -> members.add(((JsonString) id).getString()));
            long men = members.stream().filter(id -> cohort.participants().stream()
                    .anyMatch(p -> p.id().equals(id) && p.attributes().getOrDefault("gender", List.of()).contains("man")))
                    .count();
            assertThat(men).as("men in the optimum's group of " + members).isNotEqualTo(1L);
            for (String id : members) {
                groupOf.put(id, g);
            }
            g++;
        }
        assertThat(groupOf).hasSize(15);
        assertThat(groupOf.get("M0003")).isEqualTo(groupOf.get("M0004"));
        assertThat(java.util.Set.of(groupOf.get("M0005"), groupOf.get("M0006"), groupOf.get("T0000"))).hasSize(3);
    }

    private JsonObject checkAgainstTheOptimum(String name, Cohort cohort, FormationSettings.Builder settings,
            String... sessionOptions) throws IOException {
        FormationResult result = GroupFormation.form(cohort, settings.seed(1).timeLimit(Duration.ofSeconds(2))
                .cpuTime(true).build());
        int outside = 0;
        int counted = 0;
        for (GroupExplanation e : result.explanations()) {
            outside += e.slot().outside();
            counted += e.slot().memberSessions();
        }
        Path formed = temp.resolve("formed.json");
        Path figures = temp.resolve("figures.json");
        Files.writeString(formed, ModelJson.write(result.cohort()));
        List<String> command = new java.util.ArrayList<>(List.of(MilpScript.python(), MilpScript.script(),
                formed.toString(), "--time-limit", "45", "--json", figures.toString())); // HiGHS stops before run's 60 s timeout
        command.addAll(List.of(sessionOptions));
        String printed = ExternalTools.run(command.toArray(String[]::new));
        JsonObject exact = MilpScript.read(figures);
        JsonObject given = exact.getJsonObject("given_groups");

        assertThat(exact.getString("status")).as(name + ":\n" + printed).isEqualTo("optimal");
        assertThat(given.getInt("outside_saved")).as(name + ": the engine's count, recounted").isEqualTo(outside);
        assertThat(given.getInt("member_sessions_saved")).as(name).isEqualTo(counted);
        assertThat(given.getInt("outside_best")).as(name + ": the engine's slots are the best for its groups")
                .isEqualTo(outside);
        int best = exact.getInt("outside");
        assertThat(best).as(name + ": the optimum is at most the engine's grouping").isLessThanOrEqualTo(outside);
        double extra = 100.0 * (outside - best) / counted;
        assertThat(extra).as(name + ": engine %d of %d outside, exact %d of %d: %.2f extra points\n%s", outside,
                counted, best, exact.getInt("member_sessions"), extra, printed).isLessThanOrEqualTo(2.0);
        if (best == 0) {
            assertThat(outside).as(name + ": every group can have a common slot").isZero();
        }
        return exact;
    }

    @Test
    void whenEveryGroupCanHaveACommonSlotTheOptimumAndTheEngineMissNothing() throws IOException {
        // Everyone on the program's default availability (Monday-Friday 08:00-18:00 in their own zone): the
        // Asia-Pacific zones (UTC+5:30 to UTC+13) always share an hour on a weekday, so the optimum is 0 and the
        // engine must reach it.
        Cohort cohort = edited(AvailabilityCohorts.generate(1, 12, 3, "apac"), program -> program,
                person -> Json.createObjectBuilder(person).remove("availability").build());

        JsonObject exact = checkAgainstTheOptimum("apac seed 1, default availability", cohort,
                FormationSettings.builder());

        assertThat(exact.getInt("outside")).as("the exact optimum").isZero();
        assertThat(exact.getJsonObject("given_groups").getInt("outside_saved")).as("the engine's groups").isZero();
    }

    @Test
    void aWeeklyCadenceAcrossTheMarchAndAprilClockChanges() throws IOException {
        // Every week from 1 March to 30 April 2027: the US (14 March), Europe (28 March) and Australia / New Zealand
        // (4 April) change their clocks between sessions of the same slot.
        Cohort cohort = edited(AvailabilityCohorts.generate(2, 12, 3, "world"), program -> {
            JsonObject cadence = Json.createObjectBuilder(program.getJsonObject("cadence"))
                    .add("kind", "EVERY_N_WEEKS").add("interval", 1).build();
            return Json.createObjectBuilder(program).add("startDate", "2027-03-01").add("lengthMonths", 2)
                    .add("cadence", cadence).build();
        }, person -> person);

        checkAgainstTheOptimum("world seed 2, weekly March-April", cohort, FormationSettings.builder());
    }

    private static Cohort edited(Cohort cohort, UnaryOperator<JsonObject> program, UnaryOperator<JsonObject> person) {
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(ModelJson.write(cohort)))) {
            json = reader.readObject();
        }
        var people = Json.createArrayBuilder();
        json.getJsonArray("participants").forEach(p -> people.add(person.apply(p.asJsonObject())));
        JsonObject changed = Json.createObjectBuilder(json).add("program", program.apply(json.getJsonObject("program")))
                .add("participants", people).build();
        return ModelJson.readCohort(changed.toString(), "edited.json");
    }

    @Test
    void badInputIsOneLineNamingTheJsonPathWithExitTwo() throws IOException {
        String python = MilpScript.python();
        String good = ModelJson.write(AvailabilityCohorts.generate(1, 12, 3, "apac"));
        String[][] cases = {
            {"\"lengthMonths\": 6", "\"lengthMonths\": 0", "$.program.lengthMonths: expected at least 1, got 0"},
            {"\"minMentees\": 3", "\"minMentees\": 0", "$.program.groupPolicy.minMentees: expected at least 1"},
            {"\"maxMentees\": 5", "\"maxMentees\": \"5\"", "$.program.groupPolicy.maxMentees: expected a whole number"},
            {"\"weekOfMonth\": 2", "\"weekOfMonth\": 5", "$.program.cadence.weekOfMonth: expected -1 to 4, got 5"},
            {"\"capacity\": 1", "\"capacity\": 2", "$.participants[0].capacity: the exact programme handles mentors"
                    + " of capacity 1"},
            {"\"id\": \"M0004\"", "\"id\": \"M0003\"", "$.participants[4].id: 'M0003' is already the id of"},
            {"\"vocabularies\": [", "\"matching\": {\"nonIsolation\": [{\"values\": [\"x\"]}]}, \"vocabularies\": [",
                "$.program.matching.nonIsolation[0].vocabulary: missing"},
            {"\"mentorsPerGroup\": 1", "\"mentorsPerGroup\": 1, \"sizes\": \"ODD\"",
                "$.program.groupPolicy.sizes: expected EVEN or WITHIN_POLICY, got 'ODD'"},
            {"\"mentorsPerGroup\": 1", "\"mentorsPerGroup\": 1, \"sizes\": 4",
                "$.program.groupPolicy.sizes: expected EVEN or WITHIN_POLICY, got a number"},
        };
        for (String[] c : cases) {
            assertThat(good).contains(c[0]);
            Path file = temp.resolve("bad.json");
            Files.writeString(file, good.replaceFirst(java.util.regex.Pattern.quote(c[0]),
                    java.util.regex.Matcher.quoteReplacement(c[1])));
            String printed = ExternalTools.run(List.of(2), python, MilpScript.script(), file.toString());
            assertThat(printed).as(c[1]).contains("bad.json: " + c[2]).doesNotContain("Traceback");
            assertThat(printed.strip().lines()).as(c[1]).hasSize(1);
        }
        Path file = temp.resolve("cohort.json");
        Files.writeString(file, good);
        String printed = ExternalTools.run(List.of(2), python, MilpScript.script(), file.toString(), "--json",
                temp.resolve("missing-folder/out.json").toString());
        assertThat(printed).contains("--json: cannot write").doesNotContain("Traceback");
    }

    @Test
    void aCohortTheProgrammeCannotReadIsRefusedNamingTheJsonPath() throws IOException {
        String python = MilpScript.python();
        Cohort cohort = AvailabilityCohorts.generate(1, 12, 3, "apac");
        Path file = temp.resolve("bad.json");
        Files.writeString(file, ModelJson.write(cohort).replaceFirst("\"Australia/[A-Za-z]+\"", "\"Australia/Atlantis\""));

        String printed = ExternalTools.run(List.of(2), python, MilpScript.script(), file.toString());

        assertThat(printed).contains("bad.json: $.participants[").contains("].timeZone: unknown IANA time zone")
                .contains("Australia/Atlantis").doesNotContain("Traceback");
    }
}
