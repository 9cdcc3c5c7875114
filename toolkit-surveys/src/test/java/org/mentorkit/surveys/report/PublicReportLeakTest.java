package org.mentorkit.surveys.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.surveys.PilotData;
import org.mentorkit.surveys.ResponseSet;

/** The public report of the pilot example holds no count from 1 to 4, in Markdown or JSON, nor anything that narrows one. */
class PublicReportLeakTest {

    private static Cohort cohort;
    private static EvaluationReport report;

    @BeforeAll
    static void build() {
        cohort = PilotData.cohort();
        ResponseSet pre = PilotData.pre(cohort);
        ResponseSet post = PilotData.post(cohort);
        ManualCodes codes = ManualCodes.read(PilotData.SURVEYS.resolve("manual-codes.csv"), Codebook.defaults());
        report = ReportBuilder.build(cohort, List.of(pre, post), ReportSettings.committee().withAudience(Audience.PUBLIC)
                .withGroupings(List.of(PilotEvaluationTest.DIVERSE)).withManualCodes(codes));
    }

    /** Counts as the Markdown shows them: k/n, an Answered column, "N comments", "the N people", "N mentees". */
    private static final List<Pattern> MARKDOWN_COUNTS = List.of(
            Pattern.compile("(?<![\\w.])(\\d+)/\\d+"),
            Pattern.compile("\\| (\\d+) \\| [^|]*\\| [^|]*\\| [^|]*\\|\\n"), // Answered column of the items table
            Pattern.compile("(\\d+) comments"),
            Pattern.compile("the (\\d+) people"),
            Pattern.compile("(\\d+) (?:mentees|mentors)"),
            Pattern.compile("(?:yes|no) (?:both times|then (?:yes|no)) (\\d+)"));

    /** Counts as the JSON holds them. */
    private static final Pattern JSON_COUNTS = Pattern.compile(
            "\"(?:count|answered|pairs|comments|yesYes|yesNo|noYes|noNo|n)\": (\\d+)");

    @Test
    void theMarkdownShowsNoCountFromOneToFour() {
        String markdown = MarkdownReport.write(report);
        assertThat(smallCounts(markdown, MARKDOWN_COUNTS)).as(markdown).isEmpty();
        // the follow-up "Which other topic?" was answered by 2 people: its n would reveal the withheld "Something else"
        assertThat(markdown).contains("Left out of this public report").doesNotContain("| 2 |");
    }

    @Test
    void theJsonHoldsNoCountFromOneToFour() {
        String json = ReportJson.write(report);
        assertThat(smallCounts(json, List.of(JSON_COUNTS))).as(json).isEmpty();
    }

    @Test
    void noMedianOrQuartilesNextToAWithheldLikertCell() {
        for (ItemResult item : report.items()) {
            if (item.distribution().stream().anyMatch(r -> r.figure().isSuppressed())) {
                assertThat(item.spread()).as(item.itemId()).isEmpty();
            }
        }
        // positive_impact: 1, 4, 6, 3 over Disagree..Strongly agree; Q1 = 3 would bound the withheld cells
        assertThat(report.item("post-program", "positive_impact").orElseThrow().spread()).isEmpty();
    }

    @Test
    void theSameWaveTwiceIsRefused() {
        ResponseSet pre = PilotData.pre(cohort);
        assertThatThrownBy(() -> ReportBuilder.build(cohort, List.of(pre, pre), ReportSettings.committee()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("the responses to instrument 'pre-program' are given more than once");
    }

    private static List<String> smallCounts(String text, List<Pattern> patterns) {
        List<String> found = new ArrayList<>();
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                int value = Integer.parseInt(m.group(1));
                if (value >= 1 && value <= 4) {
                    found.add(m.group());
                }
            }
        }
        return found;
    }
}
