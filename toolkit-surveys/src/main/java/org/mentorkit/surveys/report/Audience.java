package org.mentorkit.surveys.report;

/** Who a report is for, which decides how much it shows. */
public enum Audience {
    /** The organising committee: every figure, uncoded comments for coding. */
    COMMITTEE,
    /** Anyone else: small cells suppressed (with secondary suppression), excerpts only for themes at the threshold. */
    PUBLIC
}
