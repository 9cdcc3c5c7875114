/**
 * Follow-up for a running program: who has answered a survey ({@link org.mentorkit.followup.SurveyStatus}), reminder
 * and invitation messages from Markdown templates ({@link org.mentorkit.followup.Reminders},
 * {@link org.mentorkit.followup.Invitations}, {@link org.mentorkit.followup.MailTemplates}), written as {@code .eml}
 * drafts ({@link org.mentorkit.followup.EmlFiles}) and sent once and only once ({@link org.mentorkit.followup.Mailer}
 * with a {@link org.mentorkit.followup.SendLedger}), through SMTP ({@link org.mentorkit.followup.Smtp}) or a society's
 * own {@link org.mentorkit.followup.spi.MailTransport}.
 *
 * <p>Messages and {@code status.csv} hold participants' names and email addresses; progress lines and the send ledger
 * hold file names, addresses and the mail service's replies, never a name or a message's content.
 */
package org.mentorkit.followup;
