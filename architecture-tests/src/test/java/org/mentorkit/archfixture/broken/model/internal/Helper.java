package org.mentorkit.archfixture.broken.model.internal;

/** Fixture: an internal type that leaks into a public signature. */
public class Helper {
}
