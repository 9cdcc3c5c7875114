package org.mentorkit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.mentorkit.export.FormImport;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Program;
import org.mentorkit.surveys.Applications;
import org.mentorkit.surveys.ImportOptions;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.Instruments;
import org.mentorkit.surveys.ResponseImporter;
import org.mentorkit.surveys.ResponseSet;

/** {@code cohort --applications}: application responses (REDCap, SurveyJS or PDF forms) to participants. */
final class ApplicationInputs {

    private ApplicationInputs() {
    }

    static List<Participant> participants(Program program, List<Path> files, String idField, PrintWriter console) {
        Instrument application = Instruments.builtIn("application", program).orElseThrow();
        ImportOptions options = ImportOptions.defaults().withIdField(idField);
        boolean pdf = files.stream().allMatch(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf"));
        ResponseSet set = pdf ? FormImport.read(files, id -> application, options)
                : ResponseImporter.read(application, files, options);
        set.summary().skipped().forEach(s -> console.println("skipped " + s.location() + ": " + s.reason() + ": "
                + s.detail()));
        set.summary().notes().forEach(n -> console.println("note " + n));
        set.partial().forEach(p -> console.println("partial " + p.source() + ": an application started but not"
                + " finished; not in the cohort"));
        console.println("applications: " + set.summary().oneLine());
        return Applications.participants(set, program);
    }
}
