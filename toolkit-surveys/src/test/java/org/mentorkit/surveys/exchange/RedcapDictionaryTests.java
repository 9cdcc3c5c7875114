package org.mentorkit.surveys.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Problem;
import org.mentorkit.surveys.Choice;
import org.mentorkit.surveys.Condition;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.Instruments;
import org.mentorkit.surveys.Item;
import org.mentorkit.surveys.ItemKind;
import org.mentorkit.surveys.Section;
import org.mentorkit.surveys.ShowIf;
import org.mentorkit.surveys.Wave;

class RedcapDictionaryTests {

    /** The header as FORMATS.md gives it, typed independently of the code's constant. */
    private static final String HEADER_LINE = "Variable / Field Name,Form Name,Section Header,Field Type,Field Label,"
            + "\"Choices, Calculations, OR Slider Labels\",Field Note,Text Validation Type OR Show Slider Number,"
            + "Text Validation Min,Text Validation Max,Identifier?,Branching Logic (Show field only if...),"
            + "Required Field?,Custom Alignment,Question Number (surveys only),Matrix Group Name,Matrix Ranking?,"
            + "Field Annotation";

    private static List<CSVRecord> readWithCommonsCsv(String csv) throws IOException {
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180)) {
            return new ArrayList<>(parser.getRecords());
        }
    }

    @Test
    void exportHasTheExactHeaderRecordIdFirstAndValidNamesForAREDCapImport() throws IOException {
        Instrument post = Instruments.builtIn("post-program").orElseThrow();
        String csv = RedcapDictionary.write(post);
        assertThat(csv).startsWith(HEADER_LINE + "\r\n");
        List<CSVRecord> records = readWithCommonsCsv(csv);
        assertThat(records).allSatisfy(r -> assertThat(r.size()).isEqualTo(18));
        assertThat(records.get(1).get(0)).isEqualTo("record_id");
        assertThat(records.get(1).get(3)).isEqualTo("text");
        for (CSVRecord r : records.subList(1, records.size())) {
            assertThat(r.get(0)).matches("^[a-z][a-z0-9_]*$");
            assertThat(r.get(1)).isEqualTo("post_program");
            assertThat(r.get(3)).isIn("text", "notes", "radio", "checkbox", "yesno", "descriptive");
            assertThat(r.get(12)).isIn("", "y");
            if (List.of("radio", "checkbox", "dropdown").contains(r.get(3))) {
                assertThat(r.get(5)).matches("^[A-Za-z0-9_-]+, [^|]+( \\| [A-Za-z0-9_-]+, [^|]+)+$");
            }
        }
        CSVRecord talk = find(records, "signature_talk");
        assertThat(talk.get(3)).isEqualTo("yesno");
        assertThat(talk.get(12)).isEqualTo("y");
        assertThat(talk.get(17)).contains("@MK-PAIR=\"signature_talk\"", "@MK-KIRKPATRICK=\"3\"");
        CSVRecord impact = find(records, "positive_impact");
        assertThat(impact.get(3)).isEqualTo("radio");
        assertThat(impact.get(5)).isEqualTo("1, Strongly disagree | 2, Disagree | 3, Neither agree nor disagree | 4, Agree"
                + " | 5, Strongly agree");
        CSVRecord sessions = find(records, "sessions_attended");
        assertThat(List.of(sessions.get(3), sessions.get(7), sessions.get(8), sessions.get(9)))
                .containsExactly("text", "integer", "0", "6");
        assertThat(find(records, "what_helped").get(3)).isEqualTo("notes");
        assertThat(find(records, "topics_discussed").get(3)).isEqualTo("checkbox");
    }

    @Test
    void branchingLogicUsesREDCapSyntaxForFieldsAndCheckboxOptions() throws IOException {
        List<CSVRecord> pre = readWithCommonsCsv(RedcapDictionary.write(Instruments.builtIn("pre-program").orElseThrow()));
        assertThat(find(pre, "topics_wanted_other").get(11)).isEqualTo("[topics_wanted(8)] = '1'");
        List<CSVRecord> mid = readWithCommonsCsv(RedcapDictionary.write(Instruments.builtIn("mid-program").orElseThrow()));
        assertThat(find(mid, "scheduling_help").get(11)).isEqualTo("[scheduling_problem] = '1'");
    }

    @Test
    void everyBuiltInInstrumentSurvivesTheRoundTrip() {
        for (Instrument instrument : Instruments.builtIn()) {
            DictionaryImport back = RedcapDictionaryReader.parse(RedcapDictionary.write(instrument), "x.csv");
            assertThat(back.instruments()).containsExactly(instrument);
            assertThat(back.notes()).isEmpty();
        }
    }

    @Test
    void idsThatAreNotREDCapNamesAreMappedAndRestored() throws IOException {
        Item odd = new Item("Signature-Talk.2", ItemKind.YES_NO, "Talk?", "", true, List.of(), null, null, "c", 3, "p");
        Item other = new Item("why", ItemKind.LONG_TEXT, "Why?", "a note, with \"quotes\"", false, List.of(), null,
                new ShowIf(true, List.of(new Condition("Signature-Talk.2", "1"), new Condition("Signature-Talk.2", "0"))),
                "", 0, "");
        Instrument instrument = new Instrument("my-form", "Title, with comma", Wave.CUSTOM, "Intro \"quoted\"",
                List.of(new Section("First", List.of(odd)), new Section("", List.of(other))));
        String csv = RedcapDictionary.write(instrument);
        List<CSVRecord> records = readWithCommonsCsv(csv);
        assertThat(records.get(2).get(0)).isEqualTo("signature_talk_2");
        assertThat(records.get(3).get(11)).isEqualTo("[signature_talk_2] = '1' or [signature_talk_2] = '0'");
        assertThat(RedcapDictionaryReader.parse(csv, "x.csv").instruments()).containsExactly(instrument);
    }

    @Test
    void importsAForeignDictionaryWithoutMentorkitTags() {
        String csv = HEADER_LINE + "\n"
                + "participant_id,baseline_survey,,text,Participant ID,,,,,,y,,,,,,,\n"
                + "gender,baseline_survey,About you,dropdown,Gender,\"1, Woman | 2, Man | 3, Other\",,,,,,,y,,,,,\n"
                + "age,baseline_survey,,text,Age,,,integer,18,90,,,,,,,,\n"
                + "dob,baseline_survey,,text,Date of birth,,,date_ymd,,,,,,,,,,@HIDDEN\n"
                + "langs,baseline_survey,,checkbox,Languages,\"1, English | 2, Spanish\",,,,,,,,,,,,\n"
                + "spanish_level,baseline_survey,,radio,How well?,\"1, Some | 2, Fluent\",,,,,,[langs(2)] = '1',,,,,,\n";
        DictionaryImport result = RedcapDictionaryReader.parse(csv, "society.csv");
        Instrument instrument = result.instruments().get(0);
        assertThat(instrument.id()).isEqualTo("baseline-survey");
        assertThat(instrument.wave()).isEqualTo(Wave.PRE);
        assertThat(instrument.sections()).extracting(Section::title).containsExactly("About you");
        assertThat(instrument.items()).extracting(Item::kind).containsExactly(ItemKind.SINGLE_CHOICE, ItemKind.NUMBER,
                ItemKind.SHORT_TEXT, ItemKind.MULTIPLE_CHOICE, ItemKind.SINGLE_CHOICE);
        assertThat(instrument.item("gender").orElseThrow().choices()).containsExactly(new Choice("1", "Woman"),
                new Choice("2", "Man"), new Choice("3", "Other"));
        assertThat(instrument.item("spanish_level").orElseThrow().showIf().conditions())
                .containsExactly(new Condition("langs", "2"));
        assertThat(result.notes()).extracting(Problem::location)
                .containsExactlyInAnyOrder("society.csv:5 (Text Validation Type)", "society.csv:5 (Field Annotation)");
    }

    @Test
    void reportsEveryBadRowWithItsLine() {
        String csv = HEADER_LINE + "\n"
                + "record_id,f,,text,Record ID,,,,,,,,,,,,,\n"
                + "Bad-Name,f,,text,Bad,,,,,,,,,,,,,\n"
                + "score,f,,calc,Score,1+1,,,,,,,,,,,,\n"
                + "pick,f,,radio,Pick,1 Yes | 2 No,,,,,,,,,,,,\n"
                + "shown,f,,text,Shown,,,,,,,[nowhere] = '1',,,,,,\n"
                + "short,f,,text\n";
        assertThatThrownBy(() -> RedcapDictionaryReader.parse(csv, "bad.csv"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::location)
                        .containsExactly("bad.csv:3 (Variable / Field Name)", "bad.csv:4 (Field Type)",
                                "bad.csv:5 (Choices, Calculations, OR Slider Labels)",
                                "bad.csv:5 (Choices, Calculations, OR Slider Labels)",
                                "bad.csv:6 (Branching Logic)", "bad.csv:7"));
    }

    @Test
    void rejectsAWrongHeaderNamingTheColumn() {
        String csv = HEADER_LINE.replace("Form Name", "Form") + "\nrecord_id,f,,text,Record ID,,,,,,,,,,,,,\n";
        assertThatThrownBy(() -> RedcapDictionaryReader.parse(csv, "h.csv"))
                .hasMessage("h.csv:1 (column 2): header 'Form' where a REDCap data dictionary has 'Form Name'");
    }

    @Test
    void rejectsAnUnclosedQuoteWithItsLine() {
        String csv = HEADER_LINE + "\nrecord_id,f,,text,Record ID,,,,,,,,,,,,,\nq,f,,text,\"Unclosed,,,,,,,,,,,,,\n";
        assertThatThrownBy(() -> RedcapDictionaryReader.parse(csv, "q.csv"))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("q.csv:3: malformed CSV");
    }

    @Test
    void refusesToExportTwoItemsThatMapToOneVariable() {
        Instrument clash = new Instrument("c", "C", Wave.PRE, "", List.of(new Section("", List.of(
                Item.of("a.b", ItemKind.SHORT_TEXT, "1", false, List.of()),
                Item.of("a_b", ItemKind.SHORT_TEXT, "2", false, List.of())))));
        assertThatThrownBy(() -> RedcapDictionary.write(clash)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("maps to the REDCap variable 'a_b'");
    }

    private static CSVRecord find(List<CSVRecord> records, String variable) {
        return records.stream().filter(r -> r.get(0).equals(variable)).findFirst().orElseThrow();
    }
}
