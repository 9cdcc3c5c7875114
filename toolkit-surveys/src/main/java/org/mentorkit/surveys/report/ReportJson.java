package org.mentorkit.surveys.report;

import org.mentorkit.surveys.internal.JsonSupport;

/** The report model as JSON, for other tools (suppressed counts are absent, never zero). */
public final class ReportJson {

    private ReportJson() {
    }

    /** Pretty-printed JSON of the report. */
    public static String write(EvaluationReport report) {
        return JsonSupport.toJson(report);
    }
}
