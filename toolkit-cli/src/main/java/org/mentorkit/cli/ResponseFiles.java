package org.mentorkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Participant;
import org.mentorkit.surveys.ImportOptions;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.ResponseImporter;
import org.mentorkit.surveys.ResponseSet;

/**
 * The {@code --responses} files of {@code survey status} and {@code mail reminders}: responses JSON files written by
 * {@code survey import}, or the exports themselves (REDCap, SurveyJS, generic CSV), imported against the cohort.
 */
final class ResponseFiles {

    private ResponseFiles() {
    }

    static List<ResponseSet> read(List<Path> files, Instrument instrument, Cohort cohort, PrintWriter console) {
        Set<String> ids = cohort.participants().stream().map(Participant::id).collect(Collectors.toSet());
        List<ResponseSet> sets = new ArrayList<>();
        for (Path file : files) {
            ResponseSet set;
            if (isResponsesJson(file)) {
                set = ResponseSet.read(file);
                if (!set.instrument().id().equals(instrument.id())) {
                    throw new InvalidInputException(file.toString(), "holds responses to '" + set.instrument().id()
                            + "'; expected responses to '" + instrument.id() + "' (--instrument)");
                }
            } else {
                set = ResponseImporter.read(instrument, List.of(file), ImportOptions.defaults().withKnownParticipants(ids));
                if (set.summary().rowsRead() > 0 && set.summary().taken() + set.summary().partial() == 0) {
                    throw new InvalidInputException(file.toString(), "no row could be used (" + set.summary().oneLine()
                            + "); check the id column (record_id or participant_id) and the instrument");
                }
                console.println(file + ": " + set.summary().oneLine());
            }
            sets.add(set);
        }
        return sets;
    }

    /** A responses file written by {@code survey import}: a JSON object holding the instrument and the responses. */
    private static boolean isResponsesJson(Path file) {
        if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            return false;
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).stripLeading();
            return text.startsWith("{") && text.contains("\"responses\"");
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot read: " + e.getMessage());
        }
    }
}
