package org.mentorkit.archfixture.broken.export;

import org.mentorkit.archfixture.broken.followup.Reminder;

/** Breaks the rule that only the command line and examples use the follow-up module. */
public class PacketMailer {

    public Object remind() {
        return new Reminder();
    }
}
