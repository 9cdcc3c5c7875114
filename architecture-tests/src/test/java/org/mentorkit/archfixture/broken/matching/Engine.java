package org.mentorkit.archfixture.broken.matching;

import org.mentorkit.archfixture.broken.model.ModelUsingMatching;
import org.mentorkit.archfixture.broken.model.internal.Helper;

/** Fixture: prints to the console outside the cli, exposes an internal type, throws an exception without a code. */
public class Engine {

    public int solve() {
        System.out.println("solving");
        return 1;
    }

    public Helper helper() {
        return new Helper();
    }

    void read() {
        throw new java.io.UncheckedIOException(new java.io.IOException("disk"));
    }

    int back(ModelUsingMatching model) {
        return model.hashCode();
    }
}
