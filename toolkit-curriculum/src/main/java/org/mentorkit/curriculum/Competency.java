package org.mentorkit.curriculum;

/**
 * The competency tags sessions carry. The first six follow the competency areas that CIMER's "Entering Mentoring"
 * mentor-training curricula are organised by (Center for the Improvement of Mentored Experiences in Research); the
 * last five are mentorkit's own, for the career topics a peer-mentoring program for early-career clinicians covers.
 * docs/curriculum.md says which names were confirmed against published CIMER-based material and how.
 */
public enum Competency {
    /** Maintaining effective communication: feedback, active listening, communicating across differences. */
    COMMUNICATION,
    /** Aligning expectations between mentors, mentees and peers (compacts, ground rules). */
    ALIGNING_EXPECTATIONS,
    /** Assessing understanding: checking what someone knows and where they are stuck. */
    ASSESSING_UNDERSTANDING,
    /** Addressing equity and inclusion: bias, identity, belonging. */
    EQUITY_AND_INCLUSION,
    /** Fostering independence: building confidence and self-direction. */
    FOSTERING_INDEPENDENCE,
    /** Promoting professional development: goals, skills and career plans. */
    PROFESSIONAL_DEVELOPMENT,
    /** mentorkit: self-advocacy and negotiation. */
    SELF_ADVOCACY,
    /** mentorkit: well-being, work-life integration and burnout. */
    WELL_BEING,
    /** mentorkit: networking, sponsorship and visibility. */
    NETWORKING_AND_VISIBILITY,
    /** mentorkit: leading teams and initiatives. */
    LEADERSHIP,
    /** mentorkit: presenting one's work, including the signature talk. */
    SCIENTIFIC_COMMUNICATION
}
