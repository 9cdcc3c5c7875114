/** The mail transport plug-in interface: implement {@link org.mentorkit.followup.spi.MailTransport} to send through any service. */
package org.mentorkit.followup.spi;
