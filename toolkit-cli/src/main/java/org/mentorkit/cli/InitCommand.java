package org.mentorkit.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mentorkit.model.DefaultProgram;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Program;
import org.mentorkit.model.io.ApplicantCsv;
import org.mentorkit.model.internal.io.AtomicFiles;
import org.mentorkit.model.io.ModelJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mentorkit init DIR}: a starter program folder a coordinator edits. */
@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        description = "Create a starter program folder: program.json (from the built-in default program),"
                + " an applicants.csv template and a README with the next steps.",
        footer = {"", "Examples:", "  mentorkit init my-program", "  mentorkit init programa-2027 --language es",
            "  mentorkit validate my-program/program.json"})
final class InitCommand implements Callable<Integer> {

    private static final List<String> FILES = List.of("program.json", "applicants.csv", "README.md");

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder to create (or an empty existing one).")
    private Path directory;

    @Option(names = "--force", description = "Overwrite program.json, applicants.csv and README.md if they exist.")
    private boolean force;

    @Mixin
    private LanguageOption language;


    @Override
    public Integer call() throws Exception {
        for (Path part = directory.toAbsolutePath(); part != null; part = part.getParent()) {
            if (Files.exists(part) && !Files.isDirectory(part)) {
                throw new InvalidInputException(part.toString(), part.equals(directory.toAbsolutePath())
                        ? "is a file, not a folder; init creates a folder holding program.json, applicants.csv and "
                                + "README.md: name a new folder, e.g. " + directory.resolveSibling("mentoring-2027")
                        : "is a file, so no folder can be created inside it");
            }
        }
        if (!force) {
            for (String name : FILES) {
                if (Files.exists(directory.resolve(name))) {
                    throw new InvalidInputException(directory.resolve(name).toString(),
                            "already exists; choose another folder or add --force to overwrite it");
                }
            }
        }
        // The language is checked before anything is written; program.json records it for every later command.
        Program program = DefaultProgram.pilot().toBuilder().language(language.resolve(null).tag()).build();
        Files.createDirectories(directory);
        // All three are generated before the first is written.
        Map<Path, byte[]> outputs = new LinkedHashMap<>();
        outputs.put(directory.resolve("program.json"), ModelJson.write(program).getBytes(StandardCharsets.UTF_8));
        outputs.put(directory.resolve("applicants.csv"), ApplicantCsv.template(program).getBytes(StandardCharsets.UTF_8));
        outputs.put(directory.resolve("README.md"), CoordinatorReadme.text(program).getBytes(StandardCharsets.UTF_8));
        AtomicFiles.writeAll(outputs);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Created " + directory + ":");
        FILES.forEach(name -> out.println("  " + directory.resolve(name)));
        out.println("Next: edit program.json (name, society, start date, vocabularies), fill in applicants.csv,");
        out.println("then run: mentorkit validate " + directory.resolve("program.json") + " "
                + directory.resolve("applicants.csv"));
        return ExitCodes.OK;
    }
}
