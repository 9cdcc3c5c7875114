package org.mentorkit.model;

/** How the program's sessions are held. The pilot was virtual. */
public enum DeliveryMode {
    /** Every session online; members may be anywhere, so time zones matter. */
    VIRTUAL,
    /** Every session in one place. */
    IN_PERSON,
    /** Some sessions online, some in person. */
    HYBRID
}
