package org.mentorkit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Program;
import org.mentorkit.model.io.ModelFiles;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.InstrumentFiles;
import org.mentorkit.surveys.Instruments;
import org.mentorkit.surveys.LocalizedInstrument;
import org.mentorkit.model.i18n.Language;
import org.mentorkit.surveys.exchange.DictionaryImport;
import org.mentorkit.surveys.exchange.RedcapDictionaryReader;

/** Resolves an instrument argument: a built-in id, an instrument JSON file or a one-form REDCap data dictionary. */
final class SurveyInstruments {

    private SurveyInstruments() {
    }

    /**
     * The instrument in a language: a built-in one from its translation (the application form completed from the
     * program's vocabularies), a file's instrument with the texts it shares with a built-in one translated.
     */
    static LocalizedInstrument resolve(String idOrFile, Optional<Path> programFile, Language language) {
        Optional<Program> program = programFile.map(ModelFiles::readProgram);
        if (program.isPresent() && Instruments.BUILT_IN_IDS.contains(idOrFile)) {
            return Instruments.builtIn(idOrFile, program.get(), language).orElseThrow();
        }
        return LocalizedInstrument.of(resolve(idOrFile, programFile), language);
    }

    static Instrument resolve(String idOrFile, Optional<Path> programFile) {
        Optional<Program> program = programFile.map(ModelFiles::readProgram);
        Optional<Instrument> builtIn = program.isPresent() ? Instruments.builtIn(idOrFile, program.get())
                : Instruments.builtIn(idOrFile);
        if (builtIn.isPresent()) {
            return builtIn.get();
        }
        Path file = Path.of(idOrFile);
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(idOrFile, "neither a built-in instrument (" + String.join(", ", Instruments.BUILT_IN_IDS)
                    + ") nor an instrument file");
        }
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            DictionaryImport dictionary = RedcapDictionaryReader.read(file);
            if (dictionary.instruments().size() != 1) {
                throw new InvalidInputException(idOrFile, "the data dictionary holds " + dictionary.instruments().size()
                        + " forms; split it with 'mentorkit survey import-dictionary' and name one instrument file");
            }
            return dictionary.instruments().get(0);
        }
        return InstrumentFiles.read(file);
    }
}
