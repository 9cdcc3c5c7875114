/**
 * The {@code mentorkit} command line: one command per step of running a program (init, validate, match, schedule,
 * survey, report, packet, demo). It is the only module that prints to the console.
 */
module org.mentorkit.cli {
    requires org.mentorkit.model;
    requires org.mentorkit.matching;
    requires org.mentorkit.curriculum;
    requires org.mentorkit.surveys;
    requires org.mentorkit.export;
    requires org.mentorkit.followup;
    requires info.picocli;

    // picocli sets annotated fields and reads the version provider reflectively.
    opens org.mentorkit.cli to info.picocli;
}
