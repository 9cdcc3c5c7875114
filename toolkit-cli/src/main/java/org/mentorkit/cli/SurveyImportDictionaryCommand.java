package org.mentorkit.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mentorkit.model.Problem;
import org.mentorkit.model.internal.io.AtomicFiles;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.InstrumentFiles;
import org.mentorkit.surveys.exchange.DictionaryImport;
import org.mentorkit.surveys.exchange.RedcapDictionaryReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mentorkit survey import-dictionary}: a REDCap data dictionary as instrument files. */
@Command(
        name = "import-dictionary",
        mixinStandardHelpOptions = true,
        description = "Read a REDCap data dictionary (one instrument per form). Reports every bad row with its line;"
                + " with --out, writes one instrument JSON file per form.",
        footer = {"", "Example:", "  mentorkit survey import-dictionary society_forms.csv --out instruments/"})
final class SurveyImportDictionaryCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The data dictionary CSV.")
    private Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write <instrument-id>.json files.")
    private Path out;

    @Override
    public Integer call() {
        Outputs.requireFolder(out);
        DictionaryImport result = RedcapDictionaryReader.read(file);
        PrintWriter console = spec.commandLine().getOut();
        // Every instrument file is generated before the first is written.
        Map<Path, byte[]> outputs = new LinkedHashMap<>();
        for (Instrument instrument : result.instruments()) {
            console.println(instrument.id() + " (" + instrument.wave() + "): " + instrument.items().size() + " items, "
                    + instrument.sections().size() + " sections");
            if (out != null) {
                Path target = out.resolve(instrument.id() + ".json");
                outputs.put(target, InstrumentFiles.toJson(instrument).getBytes(StandardCharsets.UTF_8));
                console.println("  written to " + target);
            }
        }
        AtomicFiles.writeAll(outputs);
        for (Problem note : result.notes()) {
            console.println("note: " + note);
        }
        return ExitCodes.OK;
    }
}
