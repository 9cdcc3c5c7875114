/**
 * Group formation: assigns mentees to groups with mentors under hard rules (sizes, capacity, non-isolation, pins) while
 * maximising weighted soft criteria (time-zone overlap, shared interests, mentor fit, diversity balance).
 *
 * <p>{@code org.mentorkit.matching} is the mentorship API ({@code GroupFormation}); {@code org.mentorkit.matching.core}
 * is the reusable engine on plain instances (n items, pairwise weights, group bounds), usable without the model.
 *
 * @provides org.mentorkit.model.spi.TranslationProvider the names of new groups ({@code matching.labels}) in every
 *           built-in language
 */
module org.mentorkit.matching {
    requires transitive org.mentorkit.model;

    requires java.management; // CPU-time limits for benchmarks

    exports org.mentorkit.matching;
    exports org.mentorkit.matching.core;

    provides org.mentorkit.model.spi.TranslationProvider
            with org.mentorkit.matching.internal.MatchingTranslationProvider;
}
