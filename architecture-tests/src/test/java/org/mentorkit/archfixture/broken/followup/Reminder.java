package org.mentorkit.archfixture.broken.followup;

import org.mentorkit.archfixture.broken.matching.Engine;

/** Breaks the follow-up rule: follow-up may use model, surveys and curriculum, not matching. */
public class Reminder {

    public Object regroup() {
        return new Engine();
    }
}
