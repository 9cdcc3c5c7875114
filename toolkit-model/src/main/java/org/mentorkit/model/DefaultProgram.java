package org.mentorkit.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Built-in programs a society can start from ({@code mentorkit init} writes one as {@code program.json}).
 *
 * <p>{@code pilot} is modelled on the published pilot (docs/model.md): six months, groups of about four mentees (three
 * to five) and one mentor, meeting monthly on the second Tuesday, virtual. Its vocabularies are a starting point for a
 * US medical society; societies elsewhere replace the demographic categories with their own.
 *
 * <p>Under-represented values (used by the default non-isolation rules, mentors counted): {@code woman} and
 * {@code non-binary} for gender, because the pilot was for women and diverse faculty, who are a minority among senior
 * faculty in its field; for race/ethnicity the groups US academic medicine usually calls under-represented in medicine
 * (American Indian or Alaska Native; Black or African American; Hispanic or Latino/a; Native Hawaiian or Pacific
 * Islander). "prefer not to say" and "prefer to self-describe" never count, so nobody is classified by a guess.
 */
public final class DefaultProgram {

    /** The id of {@link #pilot()}. */
    public static final String PILOT = "pilot";

    private DefaultProgram() {
    }

    /**
     * The ids of the built-in programs.
     *
     * @return the ids {@link #byId} knows, for "did you mean" and listings
     */
    public static List<String> ids() {
        return List.of(PILOT);
    }

    /**
     * The built-in program with that id.
     *
     * @param id one of {@link #ids()}
     * @return the program, or empty for an id that is not built in
     */
    public static Optional<Program> byId(String id) {
        return PILOT.equals(id) ? Optional.of(pilot()) : Optional.empty();
    }

    /**
     * The pilot-like program; its start date is the second Tuesday of January 2027.
     *
     * @return a valid program a society can copy and adapt ({@code mentorkit init} writes it)
     */
    public static Program pilot() {
        return new Program(
                PILOT,
                "Virtual Peer Mentorship Program",
                "Example Society",
                "Six months of virtual, facilitated peer mentorship for women and diverse early-career members: groups "
                        + "of about four mentees and one mid-to-late-career mentor meet monthly, three times with the "
                        + "mentor and three times as peers.",
                LocalDate.of(2027, 1, 12),
                6,
                Cadence.monthlySecondTuesday(),
                DeliveryMode.VIRTUAL,
                GroupPolicy.pilot(),
                MatchingSettings.defaults(),
                vocabularies(),
                ApplicantColumns.defaults(),
                "");
    }

    private static List<Vocabulary> vocabularies() {
        return List.of(
                new Vocabulary("careerStage", "Career stage",
                        List.of("student", "resident", "fellow", "postdoctoral researcher", "junior faculty",
                                "mid-career faculty", "senior faculty", "other"),
                        List.of(), false),
                new Vocabulary("specialty", "Specialty",
                        List.of("neuro-oncology", "neurosurgery", "radiation oncology", "medical oncology", "neurology",
                                "neuropathology", "neuroradiology", "pediatric neuro-oncology",
                                "basic or translational science", "nursing or advanced practice", "other"),
                        List.of(), false),
                new Vocabulary("gender", "Gender",
                        List.of("woman", "man", "non-binary", "prefer to self-describe", "prefer not to say"),
                        List.of("woman", "non-binary"), false),
                new Vocabulary("raceEthnicity", "Race and ethnicity (select all that apply)",
                        List.of("American Indian or Alaska Native", "Asian", "Black or African American",
                                "Hispanic or Latino/a", "Middle Eastern or North African",
                                "Native Hawaiian or Pacific Islander", "White", "prefer to self-describe",
                                "prefer not to say"),
                        List.of("American Indian or Alaska Native", "Black or African American", "Hispanic or Latino/a",
                                "Native Hawaiian or Pacific Islander"),
                        true),
                new Vocabulary("ageBand", "Age",
                        List.of("30 or under", "31-40", "41-50", "51-60", "over 60", "prefer not to say"),
                        List.of(), false));
    }
}
