package org.mentorkit.surveys.report;

import org.mentorkit.surveys.internal.JsonSupport;

/** The report model as JSON, for other tools (suppressed counts are absent, never zero). */
public final class ReportJson {

    private ReportJson() {
    }

    /**
     * Pretty-printed JSON of the report.
     *
     * @param report a built report
     * @return the JSON text, ending with a newline; a suppressed figure has only its {@code n}
     */
    public static String write(EvaluationReport report) {
        return JsonSupport.toJson(report);
    }
}
