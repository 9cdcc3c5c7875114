/** The evaluation report model, the statistics behind it and its Markdown and JSON forms. */
package org.mentorkit.surveys.report;
