package org.mentorkit.surveys.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.Cohort;
import org.mentorkit.surveys.ImportOptions;
import org.mentorkit.surveys.PilotData;
import org.mentorkit.surveys.ResponseFormat;
import org.mentorkit.surveys.ResponseImporter;
import org.mentorkit.surveys.ResponseSet;

class RedcapRecordsTests {

    @Test
    void writesTheExampleExportByteForByteAndReadsBackTheSameResponses() throws IOException {
        Cohort cohort = PilotData.cohort();
        for (ResponseSet set : new ResponseSet[] {PilotData.pre(cohort), PilotData.post(cohort)}) {
            String csv = RedcapRecords.write(set);
            String example = Files.readString(PilotData.SURVEYS.resolve(set.instrument().id() + ".redcap-records.csv"));
            assertThat(csv).isEqualTo(example);
            ResponseSet back = ResponseImporter.parse(set.instrument(), csv, "x.csv", ResponseFormat.AUTO,
                    ImportOptions.defaults());
            assertThat(back.responses()).hasSameSizeAs(set.responses());
            for (int i = 0; i < set.responses().size(); i++) {
                assertThat(back.responses().get(i).answers()).isEqualTo(set.responses().get(i).answers());
            }
        }
    }
}
