package org.mentorkit.curriculum;

/** What a resource is. */
public enum ResourceKind {
    ARTICLE,
    VIDEO,
    TOOLKIT,
    TEMPLATE,
    BOOK,
    WEBSITE,
    REPORT
}
