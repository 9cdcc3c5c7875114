package org.mentorkit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.mentorkit.cli.Mentorkit;

/**
 * Issue 12's contract at the command line: every command, given any file of the fuzz corpora in the role that file
 * fuzzes, ends within 60 s with exit 0 or 2, prints no stack trace and no Java exception name, writes nothing outside
 * its --out, and on exit 2 leaves earlier outputs exactly as they were.
 */
class CommandCorpusTests {

    private static final Path CORPORA = Path.of("src/test/resources/org/mentorkit/fuzz");
    private static final Path PILOT = Path.of("../examples/pilot").toAbsolutePath().normalize();
    private static final ExecutorService RUNNER = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "command-corpus");
        thread.setDaemon(true);
        return thread;
    });

    /** A command for one corpus file: given the input file and the work folder, the arguments (--out under out/). */
    private static final Map<String, List<BiFunction<Path, Path, List<String>>>> COMMANDS = Map.ofEntries(
            Map.entry("programJson", List.of(
                    (in, work) -> List.of("validate", in.toString()),
                    (in, work) -> List.of("cohort", in.toString(), PILOT.resolve("applicants.csv").toString(),
                            "--out", work.resolve("out/cohort.json").toString()))),
            Map.entry("cohortJson", List.of(
                    (in, work) -> List.of("validate", in.toString()),
                    (in, work) -> List.of("match", in.toString(), "--quiet", "--time-limit", "2s",
                            "--out", work.resolve("out/groups.json").toString()),
                    (in, work) -> List.of("schedule", in.toString(), "--out", work.resolve("out/schedule").toString()))),
            Map.entry("applicantsCsv", List.of(
                    (in, work) -> List.of("validate", "--program", PILOT.resolve("program.json").toString(), in.toString()),
                    (in, work) -> List.of("cohort", PILOT.resolve("program.json").toString(), in.toString(),
                            "--out", work.resolve("out/cohort.json").toString()))),
            Map.entry("redcapDictionary", List.of(
                    (in, work) -> List.of("survey", "import-dictionary", in.toString(),
                            "--out", work.resolve("out/instruments").toString()))),
            Map.entry("redcapRecords", List.of(CommandCorpusTests::surveyImport)),
            Map.entry("surveyJsResults", List.of(CommandCorpusTests::surveyImport)),
            Map.entry("curriculum", List.of(
                    (in, work) -> List.of("curriculum", "show", in.toString(), "--out", work.resolve("out/c.md").toString()),
                    (in, work) -> List.of("schedule", PILOT.resolve("cohort.json").toString(), "--curriculum", in.toString(),
                            "--out", work.resolve("out/schedule").toString()))),
            Map.entry("curriculumOverlay", List.of(
                    (in, work) -> List.of("curriculum", "apply", "default", in.toString(),
                            "--out", work.resolve("out/curriculum.json").toString()))),
            Map.entry("codebookAndManualCodes", List.of()),
            Map.entry("branding", List.of((in, work) -> packet(work, "--branding", folderWith(in, work, "branding.json")))),
            Map.entry("template", List.of((in, work) -> packet(work, "--templates", folderWith(in, work, "overview.md")))),
            Map.entry("pdfForm", List.of(
                    (in, work) -> List.of("survey", "import-pdf", in.toString(),
                            "--out", work.resolve("out/responses.json").toString()))));

    @AfterAll
    static void stop() {
        RUNNER.shutdownNow();
    }

    private static List<String> surveyImport(Path in, Path work) {
        return List.of("survey", "import", "--instrument", "pre-program", in.toString(),
                "--out", work.resolve("out/responses.json").toString());
    }

    private static List<String> packet(Path work, String option, String folder) {
        return List.of("packet", "--program", PILOT.resolve("program.json").toString(), option, folder,
                "--documents", "cover,overview", "--format", "md", "--no-forms", "--out", work.resolve("out/packet").toString());
    }

    private static String folderWith(Path in, Path work, String name) {
        try {
            Path folder = Files.createDirectories(work.resolve("in/folder"));
            Files.copy(in, folder.resolve(name));
            return folder.toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCommandKeepsTheContractOnEveryCorpusFile() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, List<BiFunction<Path, Path, List<String>>>> role : new TreeMap<>(COMMANDS).entrySet()) {
            List<Path> inputs;
            String folder = Character.toUpperCase(role.getKey().charAt(0)) + role.getKey().substring(1) + "FuzzTestsInputs";
            try (Stream<Path> files = Files.list(CORPORA.resolve(folder).resolve("fuzz"))) {
                inputs = files.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path input : inputs) {
                for (int c = 0; c < role.getValue().size(); c++) {
                    BiFunction<Path, Path, List<String>> command = role.getValue().get(c);
                    tests.add(DynamicTest.dynamicTest(role.getKey() + "/" + input.getFileName() + " #" + c,
                            () -> keepsTheContract(input, command)));
                }
            }
        }
        return tests.stream();
    }

    private static void keepsTheContract(Path corpusFile, BiFunction<Path, Path, List<String>> command) throws Exception {
        Path work = Files.createTempDirectory("mentorkit-corpus");
        Path input = Files.createDirectories(work.resolve("in")).resolve(corpusFile.getFileName());
        Files.copy(corpusFile, input);
        List<String> args = command.apply(input, work);
        // Earlier outputs: whatever the command would write, a previous run's file is already there.
        int outAt = args.indexOf("--out");
        Path out = outAt < 0 ? work.resolve("out") : Path.of(args.get(outAt + 1));
        if (outAt < 0) {
            Files.createDirectories(out);
        } else if (out.getFileName().toString().contains(".")) {
            Files.createDirectories(out.getParent());
            Files.writeString(out, "an earlier output\n");
        } else {
            Files.createDirectories(out);
            Files.writeString(out.resolve("earlier.md"), "an earlier output\n");
        }
        Map<String, String> inputsBefore = snapshot(work.resolve("in"));
        Map<String, String> outputsBefore = snapshot(work.resolve("out"));
        StringWriter out1 = new StringWriter();
        StringWriter err1 = new StringWriter();
        Future<Integer> run = RUNNER.submit(() -> Mentorkit.run(new PrintWriter(out1, true), new PrintWriter(err1, true),
                args.toArray(String[]::new)));
        int exit;
        try {
            exit = run.get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            run.cancel(true);
            throw new AssertionError("did not end within 60 s: mentorkit " + String.join(" ", args));
        }
        String printed = out1 + "\n" + err1;
        String what = "mentorkit " + String.join(" ", args) + " (exit " + exit + ")\n" + printed;
        assertThat(exit).as(what).isIn(0, 2);
        assertThat(printed).as(what).doesNotContain("\tat ").doesNotContainPattern("\\b[A-Z]\\w*(Exception|Error)\\b");
        assertThat(snapshot(work.resolve("in"))).as("nothing written beside the inputs: " + what).isEqualTo(inputsBefore);
        if (exit == 2) {
            assertThat(snapshot(work.resolve("out"))).as("earlier outputs unchanged on failure: " + what)
                    .isEqualTo(outputsBefore);
        }
        try (Stream<Path> walk = Files.walk(work)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Every file under {@code dir} with the SHA-256 of its content. */
    private static Map<String, String> snapshot(Path dir) throws Exception {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
                files.put(dir.relativize(p).toString(), HexFormat.of().formatHex(digest));
            }
        }
        return files;
    }
}
