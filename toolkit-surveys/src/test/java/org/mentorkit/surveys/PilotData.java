package org.mentorkit.surveys;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Participant;
import org.mentorkit.model.io.ModelFiles;

/** The pilot example files of examples/pilot, as tests read them. */
public final class PilotData {

    public static final Path DIR = Path.of("..", "examples", "pilot");
    public static final Path SURVEYS = DIR.resolve("surveys");

    private PilotData() {
    }

    public static Cohort cohort() {
        return ModelFiles.readCohort(DIR.resolve("cohort.json"));
    }

    public static Set<String> ids(Cohort cohort) {
        return cohort.participants().stream().map(Participant::id).collect(Collectors.toSet());
    }

    public static ResponseSet pre(Cohort cohort) {
        return ResponseImporter.read(Instruments.builtIn("pre-program").orElseThrow(),
                List.of(SURVEYS.resolve("pre-program.redcap-records.csv")),
                ImportOptions.defaults().withKnownParticipants(ids(cohort)));
    }

    public static ResponseSet post(Cohort cohort) {
        return ResponseImporter.read(Instruments.builtIn("post-program").orElseThrow(),
                List.of(SURVEYS.resolve("post-program.redcap-records.csv")),
                ImportOptions.defaults().withKnownParticipants(ids(cohort)));
    }

    /** The example export's records, parsed by Commons CSV (not our reader). */
    public static List<List<String>> records(String file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(Files.readString(PilotData.SURVEYS.resolve(file))),
                CSVFormat.RFC4180)) {
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
        }
        return rows;
    }

    /** Rows written as REDCap writes a CSV with the given delimiter. */
    public static String write(List<List<String>> rows, char delimiter) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setDelimiter(delimiter).get())) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
        return out.toString();
    }

}
