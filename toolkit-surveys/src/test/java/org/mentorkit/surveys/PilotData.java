package org.mentorkit.surveys;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
}
