/** Exchange of instruments with REDCap (data dictionary CSV), SurveyJS (JSON) and Markdown. */
package org.mentorkit.surveys.exchange;
