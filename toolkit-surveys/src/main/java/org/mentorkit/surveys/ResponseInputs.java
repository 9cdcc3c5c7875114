package org.mentorkit.surveys;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Problem;

/**
 * Survey response files of a cohort, for its evaluation report: responses files written by {@code mentorkit survey import}
 * ({@code *.responses.json}), or raw exports whose names start with the id of their instrument
 * ({@code pre-program.redcap-records.csv}, {@code post-program.surveyjs-results.json}; the format, REDCap, SurveyJS
 * or CSV, is recognised by the surveys module). Raw files of the same instrument are read together.
 */
public final class ResponseInputs {

    private ResponseInputs() {
    }

    /**
     * Reads the files, one response set per instrument.
     *
     * @param files       responses files and raw exports, each named for its instrument
     * @param cohort      the cohort that answered (responses of anyone else are reported, not taken)
     * @param instruments the instruments the files may answer
     * @return one response set per instrument found, in the order of the files
     * @throws InvalidInputException if a file cannot be matched to an instrument or cannot be read
     */
    public static List<ResponseSet> read(List<Path> files, Cohort cohort, List<Instrument> instruments) {
        Map<Instrument, List<Path>> byInstrument = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        List<ResponseSet> sets = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(".responses.json")) {
                sets.add(ResponseSet.read(file));
                continue;
            }
            Instrument match = instruments.stream()
                    .filter(i -> name.startsWith(i.id() + ".") || name.startsWith(i.id() + "-") || name.startsWith(i.id() + "_"))
                    .max((a, b) -> Integer.compare(a.id().length(), b.id().length())).orElse(null);
            if (match == null) {
                problems.add(new Problem(file.toString(), "cannot tell which survey this file answers: its name must start with"
                        + " an instrument id (" + instruments.stream().map(Instrument::id).collect(Collectors.joining(", "))
                        + "), e.g. pre-program.redcap-records.csv"));
            } else {
                byInstrument.computeIfAbsent(match, k -> new ArrayList<>()).add(file);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Set<String> known = cohort.participants().stream().map(Participant::id).collect(Collectors.toSet());
        byInstrument.forEach((instrument, paths) -> sets.add(
                ResponseImporter.read(instrument, paths, ImportOptions.defaults().withKnownParticipants(known))));
        return sets;
    }
}
