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
class PublicReportLeakTests {

    private static Cohort cohort;
    private static EvaluationReport report;

    @BeforeAll
    static void build() {
        cohort = PilotData.cohort();
        ResponseSet pre = PilotData.pre(cohort);
        ResponseSet post = PilotData.post(cohort);
        ManualCodes codes = ManualCodes.read(PilotData.SURVEYS.resolve("manual-codes.csv"), Codebook.defaults());
        report = ReportBuilder.build(cohort, List.of(pre, post), ReportSettings.committee().withAudience(Audience.PUBLIC)
                .withGroupings(List.of(PilotEvaluationTests.DIVERSE)).withManualCodes(codes));
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

    @Test
    void aFollowUpOfAWithheldAnswerIsLeftOutEvenWhenManyAnsweredIt() {
        org.mentorkit.surveys.Item track = org.mentorkit.surveys.Item.of("track", org.mentorkit.surveys.ItemKind.SINGLE_CHOICE,
                "Which track?", false, List.of(new org.mentorkit.surveys.Choice("a", "A"),
                        new org.mentorkit.surveys.Choice("b", "B"), new org.mentorkit.surveys.Choice("c", "C")));
        org.mentorkit.surveys.Item why = org.mentorkit.surveys.Item.of("why_c", org.mentorkit.surveys.ItemKind.SHORT_TEXT,
                "Why C?", false, List.of()).withShowIf(org.mentorkit.surveys.ShowIf.all(
                        new org.mentorkit.surveys.Condition("track", "c")));
        org.mentorkit.surveys.Instrument form = new org.mentorkit.surveys.Instrument("form", "Form",
                org.mentorkit.surveys.Wave.POST, org.mentorkit.surveys.Respondents.MENTEES, "",
                List.of(new org.mentorkit.surveys.Section("", List.of(track, why))));
        // 12 A, 2 B, 6 C of 20: B is small, C (6) is withheld to protect it; the 6 who explained C would bound it
        StringBuilder csv = new StringBuilder("participant_id,track,why_c\n");
        for (int i = 1; i <= 20; i++) {
            String answer = i <= 12 ? "a," : i <= 14 ? "b," : "c,because";
            csv.append(String.format("M%02d,", i)).append(answer).append("\n");
        }
        ResponseSet set = org.mentorkit.surveys.ResponseImporter.parse(form, csv.toString(), "form.csv",
                org.mentorkit.surveys.ResponseFormat.CSV, org.mentorkit.surveys.ImportOptions.defaults());
        EvaluationReport open = ReportBuilder.build(cohort, List.of(set), ReportSettings.committee());
        assertThat(open.item("form", "why_c").orElseThrow().answered()).isEqualTo(6);
        EvaluationReport shared = ReportBuilder.build(cohort, List.of(set), ReportSettings.committee().withAudience(Audience.PUBLIC));
        assertThat(shared.item("form", "track").orElseThrow().distribution()).extracting(r -> r.figure().text())
                .containsExactly("12/20 (60%)", "suppressed/20", "suppressed/20");
        assertThat(shared.item("form", "why_c")).isEmpty();
        assertThat(shared.notes()).anySatisfy(n -> assertThat(n).contains("Left out", "Why C?"));
    }

    @Test
    void aPairedComparisonOfFewerThanThresholdPeopleIsLeftOut() {
        org.mentorkit.surveys.Instrument postForm = org.mentorkit.surveys.Instruments.builtIn("post-program").orElseThrow();
        ResponseSet fewPost = org.mentorkit.surveys.ResponseImporter.parse(postForm,
                "record_id,signature_talk,post_program_complete\nM01,1,2\nM02,1,2\nM03,0,2\n", "post.csv",
                org.mentorkit.surveys.ResponseFormat.AUTO, org.mentorkit.surveys.ImportOptions.defaults());
        ResponseSet pre = PilotData.pre(cohort);
        EvaluationReport open = ReportBuilder.build(cohort, List.of(pre, fewPost), ReportSettings.committee());
        assertThat(open.paired()).extracting(PairedComparison::pairs).contains(3);
        EvaluationReport shared = ReportBuilder.build(cohort, List.of(pre, fewPost),
                ReportSettings.committee().withAudience(Audience.PUBLIC));
        assertThat(shared.paired()).extracting(PairedComparison::pairingKey).doesNotContain("signature_talk");
        assertThat(shared.paired()).extracting(PairedComparison::pairs).containsOnly(0); // zero is shown
        assertThat(shared.notes()).anySatisfy(n -> assertThat(n).contains("signature_talk", "fewer than 5 people answered in both"));
        String text = MarkdownReport.write(shared) + ReportJson.write(shared);
        assertThat(smallCounts(text, MARKDOWN_COUNTS)).isEmpty();
        assertThat(smallCounts(text, List.of(JSON_COUNTS))).isEmpty();
    }
}
