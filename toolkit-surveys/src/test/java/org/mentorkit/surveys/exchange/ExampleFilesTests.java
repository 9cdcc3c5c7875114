package org.mentorkit.surveys.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.Program;
import org.mentorkit.model.io.ModelFiles;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.Instruments;
import org.mentorkit.surveys.PilotData;

/** The instrument files shipped in examples/pilot/surveys import back as the built-in instruments and are current. */
class ExampleFilesTests {

    @Test
    void exampleDataDictionariesImportBackAsTheBuiltInInstruments() throws IOException {
        Program program = ModelFiles.readProgram(PilotData.DIR.resolve("program.json"));
        for (String id : Instruments.BUILT_IN_IDS) {
            Instrument expected = Instruments.builtIn(id, program).orElseThrow();
            Path dictionary = PilotData.SURVEYS.resolve(id + ".redcap-dictionary.csv");
            DictionaryImport imported = RedcapDictionaryReader.read(dictionary);
            assertThat(imported.instruments()).as(id).containsExactly(expected);
            assertThat(Files.readString(dictionary)).as(id + " is current").isEqualTo(RedcapDictionary.write(expected));
            assertThat(Files.readString(PilotData.SURVEYS.resolve(id + ".surveyjs.json"))).as(id + " is current")
                    .isEqualTo(SurveyJsSurvey.write(expected));
        }
    }
}
