package org.mentorkit.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mentorkit.curriculum.Curriculum;
import org.mentorkit.curriculum.CurriculumFiles;
import org.mentorkit.curriculum.CurriculumMarkdown;
import org.mentorkit.curriculum.CurriculumOverlays;
import org.mentorkit.curriculum.CurriculumRegistry;
import org.mentorkit.curriculum.SessionFormat;
import org.mentorkit.model.internal.io.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mentorkit curriculum list|show|apply}: the available curricula, a session guide, and overlays. */
@Command(
        name = "curriculum",
        mixinStandardHelpOptions = true,
        description = {"List the available curricula, print one as a Markdown session guide, or adapt one with an overlay file.",
            "A curriculum is named by its id (see 'list') or by a curriculum .json file."},
        subcommands = {CurriculumCommand.ListCurricula.class, CurriculumCommand.Show.class, CurriculumCommand.Apply.class},
        footer = {"", "Examples:", "  mentorkit curriculum list",
            "  mentorkit curriculum show mentorkit-peer-6 --out session-guide.md",
            "  mentorkit curriculum apply mentorkit-peer-6 our-society-overlay.json --out our-curriculum.json",
            "  mentorkit curriculum show our-curriculum.json"})
final class CurriculumCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the built-in curriculum and those provided by plug-in modules on the module or class path.",
            footer = {"", "Example:", "  mentorkit curriculum list"})
    static final class ListCurricula implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            CurriculumRegistry registry = CurriculumRegistry.discover();
            for (String id : registry.ids()) {
                Curriculum c = registry.curriculum(id);
                long mentorLed = c.sessions().stream().filter(s -> s.format() == SessionFormat.MENTOR_LED).count();
                out.printf("%-28s %s (%d sessions: %d mentor-led, %d peer-only; language %s; version %s)%n", id, c.title(),
                        c.sessions().size(), mentorLed, c.sessions().size() - mentorLed, c.language(), c.version());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Print a curriculum as a Markdown session guide (or as JSON with --json).",
            footer = {"", "Examples:", "  mentorkit curriculum show mentorkit-peer-6",
                "  mentorkit curriculum show mentorkit-peer-6 --language fr --out guide-fr.md",
                "  mentorkit curriculum show our-curriculum.json --out guide.md"})
    static final class Show implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID|FILE", description = "A curriculum id or a curriculum .json file.")
        private String curriculum;

        @Option(names = "--out", paramLabel = "FILE", description = "Write to this file (atomically) instead of the console.")
        private Path out;

        @Option(names = "--json", description = "Print the curriculum's JSON instead of Markdown.")
        private boolean json;

        @Mixin
        private LanguageOption language;

        @Override
        public Integer call() {
            Outputs.requireFile(out);
            // The built-in curriculum in the language asked for (English by default); a file or plug-in keeps its own,
            // and the guide's labels follow the curriculum's language.
            Curriculum c = CurriculumRegistry.discover().curriculumOrFile(curriculum, language.resolve(null));
            String text = json ? CurriculumFiles.toJson(c) : CurriculumMarkdown.render(c);
            if (out == null) {
                spec.commandLine().getOut().print(text);
                spec.commandLine().getOut().flush();
            } else {
                AtomicFiles.write(out, text.getBytes(StandardCharsets.UTF_8));
                spec.commandLine().getOut().println("Wrote " + out + " (" + Counts.of(c.sessions().size(), "session", "sessions") + ").");
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "apply", mixinStandardHelpOptions = true,
            description = {"Apply an overlay file to a curriculum and save the result as a plain curriculum file.",
                "The overlay can rename, change the language, remove, replace, change, add and reorder sessions,"
                    + " and add or drop resources; see docs/curriculum.md."},
            footer = {"", "Example:", "  mentorkit curriculum apply mentorkit-peer-6 overlay.json --out our-curriculum.json"})
    static final class Apply implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "BASE", description = "The curriculum to start from: an id or a .json file.")
        private String base;

        @Parameters(index = "1", paramLabel = "OVERLAY", description = "The overlay .json file.")
        private Path overlay;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the resulting curriculum.")
        private Path out;

        @Override
        public Integer call() {
            Outputs.requireFile(out);
            Curriculum result = CurriculumOverlays.apply(CurriculumRegistry.discover().curriculumOrFile(base), overlay);
            CurriculumFiles.write(result, out);
            spec.commandLine().getOut().println("Wrote " + out + ": curriculum '" + result.id() + "', "
                    + Counts.of(result.sessions().size(), "session", "sessions") + ", language " + result.language() + ".");
            return ExitCodes.OK;
        }
    }
}
