package org.mentorkit.archfixture.broken.cli;

/** Fixture: the cli may print; this must not be reported. */
public class Console {

    public void say() {
        System.out.println("allowed");
    }
}
