package org.mentorkit.archfixture.broken.matching;

import org.mentorkit.archfixture.broken.model.ModelUsingMatching;
import org.mentorkit.archfixture.broken.model.internal.Helper;

/** Fixture: prints to the console outside the cli, and exposes an internal type. */
public class Engine {

    public int solve() {
        System.out.println("solving");
        return 1;
    }

    public Helper helper() {
        return new Helper();
    }

    int back(ModelUsingMatching model) {
        return model.hashCode();
    }
}
