/** Survey instruments, REDCap and SurveyJS exchange, response import and the evaluation report model. */
module org.mentorkit.surveys {
    requires transitive org.mentorkit.model;
}
