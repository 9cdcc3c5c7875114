package org.mentorkit.model;

/** How the program's sessions are held. The pilot was virtual. */
public enum DeliveryMode {
    VIRTUAL,
    IN_PERSON,
    HYBRID
}
