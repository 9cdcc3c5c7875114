package org.mentorkit.model;

/**
 * Whether group formation must give every group a common meeting slot: one weekly time inside every member's
 * availability for every session date of the program (program setting {@code matching.commonSlot}).
 */
public enum CommonSlotRule {
    /**
     * The default: groups are formed so that as few member-sessions as possible fall outside members' availability,
     * before any soft criterion counts; a cohort that admits a grouping in which every group has a common slot gets
     * one whenever the search finds it. Groups left without one are reported, and formation still succeeds.
     */
    PREFERRED,
    /** A hard rule: if some group is left without a common slot, formation fails and says which members prevent it. */
    REQUIRED
}
