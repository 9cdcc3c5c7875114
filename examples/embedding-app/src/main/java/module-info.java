/**
 * An example of a society's own application embedding mentorkit from the module path. It requires only the modules
 * it uses; {@code org.mentorkit.export} brings model, matching, curriculum and surveys transitively.
 */
module org.mentorkit.examples.embedding {
    requires org.mentorkit.export;

    exports org.mentorkit.examples.embedding;
}
