package org.mentorkit.followup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Group;
import org.mentorkit.model.Participant;
import org.mentorkit.model.io.ModelFiles;
import org.mentorkit.surveys.ImportOptions;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.Instruments;
import org.mentorkit.surveys.ResponseFormat;
import org.mentorkit.surveys.ResponseImporter;
import org.mentorkit.surveys.ResponseSet;

/** The pilot example cohort in five groups, with two names in Arabic and Chinese script, and post-program responses. */
final class Fixtures {

    static final String ARABIC = "فاطمة الزهراء";
    static final String CHINESE = "王秀英";

    private Fixtures() {
    }

    static Cohort cohort() {
        Cohort pilot = ModelFiles.readCohort(Path.of("../examples/pilot/cohort.json"));
        List<Participant> participants = new ArrayList<>();
        for (Participant p : pilot.participants()) {
            participants.add(switch (p.id()) {
                case "M01" -> renamed(p, ARABIC);
                case "M07" -> renamed(p, CHINESE);
                default -> p;
            });
        }
        List<Group> groups = new ArrayList<>();
        for (int g = 1; g <= 5; g++) {
            List<String> mentees = new ArrayList<>();
            for (int m = 4 * g - 3; m <= 4 * g; m++) {
                mentees.add(String.format("M%02d", m));
            }
            groups.add(new Group("g" + g, "Group " + g, List.of("T" + g), mentees, null));
        }
        return new Cohort(pilot.program(), participants, groups, pilot.constraints());
    }

    static Participant renamed(Participant p, String name) {
        return new Participant(p.id(), name, p.email(), p.role(), p.timeZone(), p.availability(), p.interests(),
                p.careerStage(), p.specialty(), p.institution(), p.country(), p.attributes(), p.capacity(),
                p.careerLevel(), p.mentorPreferences());
    }

    static Instrument post() {
        return Instruments.builtIn("post-program").orElseThrow();
    }

    /**
     * A REDCap record export: M02, M03 and M05 to M20 except M07 and M11 complete (status 2); M04 started but did not
     * finish (status 1, Unverified).
     */
    static ResponseSet responses() {
        StringBuilder csv = new StringBuilder("record_id,signature_talk,positive_impact,worthwhile,participate_again,"
                + "recommend,post_program_complete\n");
        for (int m = 2; m <= 20; m++) {
            String id = String.format("M%02d", m);
            if (m == 4) {
                csv.append(id).append(",1,4,,,,1\n");
            } else if (m != 7 && m != 11) {
                csv.append(id).append(",1,4,1,1,1,2\n");
            }
        }
        return ResponseImporter.parse(post(), csv.toString(), "post.csv", ResponseFormat.REDCAP, ImportOptions.defaults());
    }

    /** Who must get a reminder given {@link #responses()}: M01, M07, M11 (none) and M04 (partial). */
    static final List<String> NOT_COMPLETE = List.of("M01", "M04", "M07", "M11");
}
