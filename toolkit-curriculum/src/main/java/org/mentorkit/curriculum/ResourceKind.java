package org.mentorkit.curriculum;

/** What a resource is, so that a handbook can say what the reader will find behind the link. */
public enum ResourceKind {
    /** A published article, e.g. in a journal (cite it with its DOI). */
    ARTICLE,
    /** A recorded talk or video. */
    VIDEO,
    /** A set of practical materials from an organisation. */
    TOOLKIT,
    /** A form or document to fill in or adapt. */
    TEMPLATE,
    /** A book. */
    BOOK,
    /** A website or web page. */
    WEBSITE,
    /** A report by an organisation, e.g. a survey's findings. */
    REPORT
}
