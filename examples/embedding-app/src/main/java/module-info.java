/**
 * An example of a society's own application embedding mentorkit from the module path. It requires only the modules
 * it uses: matching to form groups, export for the packet ({@code org.mentorkit.export} brings model, curriculum and
 * surveys transitively, since its API uses their types), followup for reminders sent through its own mail service.
 */
module org.mentorkit.examples.embedding {
    requires org.mentorkit.matching;
    requires org.mentorkit.export;
    requires org.mentorkit.followup;

    exports org.mentorkit.examples.embedding;
}
