package org.mentorkit.followup;

import java.util.List;

/**
 * Messages built, with who was left out and why (nothing is dropped without a line here).
 *
 * @param messages     the messages, in cohort order
 * @param withoutEmail ids of participants who should get a message but have no email address
 * @param withoutLink  ids of participants whose message has no personal link although links were given
 */
public record MessageBatch(List<MailMessage> messages, List<String> withoutEmail, List<String> withoutLink) {

    /**
     * The batch with its lists copied.
     *
     * @param messages     the messages, in cohort order
     * @param withoutEmail ids of participants who should get a message but have no email address
     * @param withoutLink  ids of participants whose message has no personal link although links were given
     * @throws NullPointerException when a list or an element is null
     */
    public MessageBatch {
        messages = List.copyOf(messages);
        withoutEmail = List.copyOf(withoutEmail);
        withoutLink = List.copyOf(withoutLink);
    }
}
