package org.mentorkit.export.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mentorkit.export.EvaluationResults;
import org.mentorkit.export.EvaluationResults.Count;
import org.mentorkit.export.EvaluationResults.Distribution;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Vocabulary;

/**
 * Template variables for the evaluation report. Charts are handed to the template as finished {@code ```chart}
 * blocks ({@code {{{chart}}}}): their lines are literal text inside a code fence, so they are cleaned of fences and
 * line breaks here rather than Markdown-escaped; each chart is followed by a table with the same numbers.
 */
final class ReportData {

    private ReportData() {
    }

    static Map<String, Object> report(EvaluationResults results, Optional<Cohort> cohort) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("responseRates", results.responseRates().stream().map(w -> Map.<String, Object>of(
                "wave", w.wave(), "returned", String.valueOf(w.returned()), "invited", String.valueOf(w.invited()),
                "rate", share(w.returned(), w.invited()))).toList());
        data.put("hasResponseRates", !results.responseRates().isEmpty());
        data.put("withheld", results.withheldBelow() > 0);
        data.put("withheldBelow", String.valueOf(results.withheldBelow()));
        List<Distribution> demographics = results.demographics().isEmpty() && cohort.isPresent()
                ? cohortDemographics(cohort.get()) : results.demographics();
        data.put("demographics", demographics.stream().map(ReportData::distribution).toList());
        data.put("hasDemographics", !demographics.isEmpty());
        List<Map<String, Object>> outcomes = new ArrayList<>();
        for (EvaluationResults.Outcome o : results.outcomes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", o.label());
            m.put("pre", share(o.preYes(), o.preN()));
            m.put("post", share(o.postYes(), o.postN()));
            m.put("note", o.note());
            m.put("hasNote", !o.note().isBlank());
            m.put("chart", chart(o.label(), List.of(new Count("Before the program", o.preYes()), new Count("After the program", o.postYes())),
                    List.of(o.preN(), o.postN())));
            outcomes.add(m);
        }
        data.put("outcomes", outcomes);
        data.put("hasOutcomes", !outcomes.isEmpty());
        data.put("distributions", results.distributions().stream().map(ReportData::distribution).toList());
        data.put("hasDistributions", !results.distributions().isEmpty());
        data.put("themes", distribution(results.themes()));
        data.put("hasThemes", !results.themes().counts().isEmpty());
        return data;
    }

    private static Map<String, Object> distribution(Distribution d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", d.title());
        m.put("n", String.valueOf(d.n()));
        m.put("rows", d.counts().stream().map(c -> Map.<String, Object>of("label", c.label(), "share", share(c.count(), d.n()))).toList());
        m.put("chart", chart(d.title() + " (n = " + d.n() + ")", d.counts(), d.counts().stream().map(c -> d.n()).toList()));
        return m;
    }

    static List<Distribution> cohortDemographics(Cohort cohort) {
        List<Participant> mentees = cohort.mentees();
        List<Distribution> result = new ArrayList<>();
        for (Vocabulary vocabulary : cohort.program().vocabularies()) {
            List<Count> counts = new ArrayList<>();
            int answered = (int) mentees.stream().filter(p -> !p.valuesOf(vocabulary.id()).isEmpty()).count();
            for (String value : vocabulary.values()) {
                int count = (int) mentees.stream().filter(p -> p.valuesOf(vocabulary.id()).contains(value)).count();
                counts.add(new Count(value, count));
            }
            if (answered > 0) {
                result.add(new Distribution("Mentees by " + vocabulary.label().toLowerCase(java.util.Locale.ROOT), counts, answered));
            }
        }
        return result;
    }

    static String share(int count, int n) {
        return n == 0 ? "0/0" : count + "/" + n + " (" + Math.round(100.0 * count / n) + "%)";
    }

    private static String chart(String caption, List<Count> counts, List<Integer> ns) {
        StringBuilder block = new StringBuilder("```chart\n").append(clean(caption)).append('\n');
        for (int i = 0; i < counts.size(); i++) {
            block.append(clean(counts.get(i).label()).replace(':', ' ')).append(": ")
                    .append(counts.get(i).count()).append('/').append(ns.get(i)).append('\n');
        }
        return block.append("```").toString();
    }

    private static String clean(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ").replace("`", "'").strip();
    }
}
