package org.mentorkit.surveys.report;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.i18n.Language;
import org.mentorkit.surveys.PilotData;
import org.mentorkit.surveys.ResponseSet;

/** Issue 15: the evaluation report in the language (wording, labels, numbers), the figures and suppression unchanged. */
class ReportLanguagesTests {

    private static final Cohort COHORT = PilotData.cohort();
    private static final List<ResponseSet> SETS = List.of(PilotData.pre(COHORT), PilotData.post(COHORT));

    /** Fixed English phrases of the report; none may remain in another language's report. */
    private static final List<String> ENGLISH = List.of("Who took part", "Response rates", "Before and after",
            "Answers by item", "Themes in comments", "Notes on method", "Audience:", "Paired (", "Unpaired (",
            "yes both times", "McNemar exact", "Top 2 box", "Every proportion is", "Returned / invited",
            "Comments that matched no theme", "Program evaluation", "Strongly agree", "| Peer support |",
            "Have you given a signature talk", "Before the program", "mentees and");

    private static EvaluationReport report(String tag, Audience audience) {
        return ReportBuilder.build(COHORT, SETS, ReportSettings.committee().withAudience(audience)
                .withLanguage(Language.of(tag)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "es|## Quién participó|0,016|10/14 (71 %)|Apoyo entre pares|¿Ha dado una conferencia destacada",
        "fr|## Qui a participé|0,016|10/14 (71 %)|Soutien entre pairs|Avez-vous donné une conférence invitée",
        "pt-BR|## Quem participou|0,016|10/14 (71%)|Apoio entre pares|Você já deu uma palestra de destaque",
        "de|## Wer teilgenommen hat|0,016|10/14 (71 %)|Unterstützung unter Peers|Haben Sie einen eingeladenen Vortrag",
        "ja|## 参加者|0.016|10/14 (71%)|ピアによる支え|地域・国内・国際学会で"})
    void theMarkdownReportIsInTheLanguageWithTheSameFigures(String tag, String heading, String p, String talk,
                                                          String theme, String question) {
        EvaluationReport report = report(tag, Audience.COMMITTEE);
        String md = MarkdownReport.write(report).replace('\u00a0', ' ').replace('\u202f', ' ');
        assertThat(md).contains(heading).contains("p = " + p).contains(talk).contains(theme).contains(question);
        for (String english : ENGLISH) {
            assertThat(md).as(tag + ": '" + english + "'").doesNotContain(english);
        }
        // The figures themselves do not depend on the language.
        assertThat(PilotRoutesTests.figures(SETS.get(0), SETS.get(1))).isEqualTo(PilotRoutesTests.PUBLISHED);
        assertThat(report.paired()).usingRecursiveComparison().ignoringFields("text")
                .isEqualTo(report("en", Audience.COMMITTEE).paired());
    }

    @Test
    void theJsonReportCarriesTheLanguageAndLocalisedLabelsWithRawNumbers() {
        EvaluationReport report = report("es", Audience.COMMITTEE);
        JsonObject json = Json.createReader(new StringReader(ReportJson.write(report))).readObject();
        assertThat(json.getString("language")).isEqualTo("es");
        assertThat(json.getString("title")).startsWith("Evaluación del programa: ");
        JsonObject talk = json.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(i -> i.getString("itemId").equals("signature_talk") && i.getString("instrumentId").equals("post-program"))
                .findFirst().orElseThrow();
        assertThat(talk.getString("headlineLabel")).isEqualTo("Sí");
        assertThat(talk.getJsonObject("headline").getInt("count")).isEqualTo(10);
        assertThat(json.getJsonArray("notes").getString(json.getJsonArray("notes").size() - 1))
                .contains("Los patrones del libro de códigos están escritos en inglés");
    }

    @Test
    void aPublicReportInSpanishWithholdsTheSameCellsAndSaysSoInSpanish() {
        EvaluationReport spanish = report("es", Audience.PUBLIC);
        EvaluationReport english = report("en", Audience.PUBLIC);
        assertThat(spanish.items()).extracting(i -> i.headline().map(Figure::isSuppressed).orElse(null))
                .isEqualTo(english.items().stream().map(i -> i.headline().map(Figure::isSuppressed).orElse(null)).toList());
        String md = MarkdownReport.write(spanish);
        assertThat(md).contains("(se omiten los recuentos de 1 a 4)");
        if (MarkdownReport.write(english).contains("suppressed/")) {
            assertThat(md).contains("omitido/").doesNotContain("suppressed/");
        }
        for (String name : COHORT.participants().stream().map(p -> p.displayName()).toList()) {
            assertThat(md).doesNotContain(name);
        }
    }

    @Test
    void theEnglishReportKeepsItsWording() {
        String md = MarkdownReport.write(report("en", Audience.COMMITTEE));
        assertThat(md).contains("## Who took part").contains("McNemar exact p = 0.016").contains("10/14 (71%)")
                .contains("20 mentees and 5 mentors.");
    }
}
