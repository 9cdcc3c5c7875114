/** Curricula (the default six-session curriculum, overlays, providers) and session scheduling with calendar files. */
module org.mentorkit.curriculum {
    requires transitive org.mentorkit.model;
}
