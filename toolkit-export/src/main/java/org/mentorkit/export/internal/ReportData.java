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
import org.mentorkit.surveys.report.Figure;
import org.mentorkit.surveys.report.Interval;

/**
 * Template variables for the evaluation report. Charts are handed to the template as finished {@code ```chart}
 * blocks ({@code {{{chart}}}}): their lines are literal text inside a code fence, so they are cleaned of fences and
 * line breaks here rather than Markdown-escaped; each chart is followed by a table with the same numbers.
 */
final class ReportData {

    private ReportData() {
    }

    static Map<String, Object> report(EvaluationResults results, Optional<Cohort> cohort, PacketTexts texts) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("responseRates", results.responseRates().stream().map(w -> Map.<String, Object>of(
                "wave", w.wave(), "returned", w.returned() == EvaluationResults.WITHHELD ? texts.label("withheld") : String.valueOf(w.returned()),
                "invited", String.valueOf(w.invited()), "rate", share(w.returned(), w.invited(), texts))).toList());
        data.put("hasResponseRates", !results.responseRates().isEmpty());
        data.put("withheld", results.withheldBelow() > 0);
        data.put("withheldBelow", String.valueOf(results.withheldBelow()));
        List<Distribution> demographics = results.demographics().isEmpty() && cohort.isPresent()
                ? cohortDemographics(cohort.get(), texts) : results.demographics();
        data.put("demographics", demographics.stream().map(d -> distribution(d, texts)).toList());
        data.put("hasDemographics", !demographics.isEmpty());
        List<Map<String, Object>> outcomes = new ArrayList<>();
        for (EvaluationResults.Outcome o : results.outcomes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", o.label());
            m.put("pre", share(o.preYes(), o.preN(), texts));
            m.put("post", share(o.postYes(), o.postN(), texts));
            m.put("note", o.note());
            m.put("hasNote", !o.note().isBlank());
            m.put("chart", chart(o.label(), List.of(new Count(texts.label("chart.before"), o.preYes()), new Count(texts.label("chart.after"), o.postYes())),
                    List.of(o.preN(), o.postN())));
            m.put("allWithheld", o.preYes() == EvaluationResults.WITHHELD && o.postYes() == EvaluationResults.WITHHELD);
            outcomes.add(m);
        }
        data.put("outcomes", outcomes);
        data.put("hasOutcomes", !outcomes.isEmpty());
        data.put("distributions", results.distributions().stream().map(d -> distribution(d, texts)).toList());
        data.put("hasDistributions", !results.distributions().isEmpty());
        data.put("themes", distribution(results.themes(), texts));
        data.put("allRatesWithheld", results.responseRates().stream().allMatch(w -> w.returned() == EvaluationResults.WITHHELD));
        data.put("hasThemes", !results.themes().counts().isEmpty());
        return data;
    }

    private static Map<String, Object> distribution(Distribution d, PacketTexts texts) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", d.title());
        m.put("n", String.valueOf(d.n()));
        m.put("rows", d.counts().stream().map(c -> Map.<String, Object>of("label", c.label(), "share", share(c.count(), d.n(), texts))).toList());
        m.put("chart", chart(d.title() + " (n = " + d.n() + ")", d.counts(), d.counts().stream().map(c -> d.n()).toList()));
        // A table whose every cell is withheld says so in one sentence instead of a chart and a table of nothing.
        boolean allWithheld = d.counts().stream().allMatch(Count::isWithheld);
        m.put("allWithheld", allWithheld);
        m.put("withheldSentence", allWithheld ? texts.label("report.all_withheld", "title", d.title(), "n", d.n()) : "");
        return m;
    }


    static List<Distribution> cohortDemographics(Cohort cohort, PacketTexts texts) {
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
                result.add(new Distribution(texts.label("report.mentees_by", "category",
                        vocabulary.label().toLowerCase(texts.language().locale())), counts, answered));
            }
        }
        return result;
    }

    /** {@code 10/14 (71%; 95% CI 45-88%)}, the Wilson interval of the surveys module; "withheld (n = 14)". */
    static String share(int count, int n, PacketTexts texts) {
        if (count == EvaluationResults.WITHHELD) {
            return texts.label("withheld.n", "n", n);
        }
        if (n == 0) {
            return "0/0";
        }
        Interval ci = Figure.of(count, n).ci95().orElseThrow();
        // The interval's ends as whole percentages, the upper one with the locale's percent sign ("45-88%", "45-88 %").
        return texts.label("share", "count", count, "n", n, "percent", texts.formats().percent((double) count / n, 0),
                "lower", Math.round(100 * ci.lower()), "upper", texts.formats().percent(Math.round(100 * ci.upper()) / 100.0, 0));
    }

    private static String chart(String caption, List<Count> counts, List<Integer> ns) {
        StringBuilder block = new StringBuilder("```chart\n").append(clean(caption)).append('\n');
        for (int i = 0; i < counts.size(); i++) {
            // The chart reads "label: k/n" up to the last colon, so a label keeps its own colons.
            Count count = counts.get(i);
            block.append(clean(count.label())).append(": ")
                    .append(count.isWithheld() ? "withheld" : String.valueOf(count.count())).append('/').append(ns.get(i)).append('\n');
        }
        return block.append("```").toString();
    }

    private static String clean(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ").replace("`", "'").strip();
    }
}
