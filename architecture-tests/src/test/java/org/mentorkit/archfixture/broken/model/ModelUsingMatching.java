package org.mentorkit.archfixture.broken.model;

import org.mentorkit.archfixture.broken.matching.Engine;

/** Fixture: the model reaching into matching (forbidden), which reaches back (a cycle). */
public class ModelUsingMatching {

    public int run() {
        return new Engine().solve();
    }
}
