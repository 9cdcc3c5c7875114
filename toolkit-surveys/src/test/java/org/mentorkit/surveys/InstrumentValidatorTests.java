package org.mentorkit.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Problem;

class InstrumentValidatorTests {

    private static final List<Choice> AB = List.of(new Choice("1", "A"), new Choice("2", "B"));

    private static Instrument instrument(Item... items) {
        return new Instrument("test", "Test", Wave.PRE, "", List.of(new Section("", List.of(items))));
    }

    @Test
    void everyBuiltInInstrumentIsValid() {
        assertThat(Instruments.builtIn()).extracting(Instrument::id).containsExactlyElementsOf(Instruments.BUILT_IN_IDS);
        for (Instrument instrument : Instruments.builtIn()) {
            assertThat(InstrumentValidator.problems(instrument, "")).as(instrument.id()).isEmpty();
        }
    }

    @Test
    void reportsDuplicateItemIdsWithTheirPath() {
        List<Problem> problems = InstrumentValidator.problems(instrument(
                Item.of("q1", ItemKind.YES_NO, "One?", true, List.of()),
                Item.of("q1", ItemKind.SHORT_TEXT, "Again?", false, List.of())), "f.json");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("f.json: sections[0].items[1].id");
            assertThat(p.message()).contains("duplicate item id 'q1'");
        });
    }

    @Test
    void reportsDuplicateChoiceCodesAndTooFewChoices() {
        List<Problem> problems = InstrumentValidator.problems(instrument(
                Item.of("q1", ItemKind.SINGLE_CHOICE, "Pick", false, List.of(new Choice("1", "A"), new Choice("1", "B"))),
                Item.of("q2", ItemKind.LIKERT, "Agree?", false, List.of(new Choice("1", "Only")))), "");
        assertThat(problems).extracting(Problem::location)
                .containsExactly("test: sections[0].items[0].choices[1].code", "test: sections[0].items[1].choices");
    }

    @Test
    void conditionMustReferToAnEarlierItemAndOneOfItsCodes() {
        Item later = Item.of("later", ItemKind.YES_NO, "Later?", false, List.of());
        Item first = Item.of("first", ItemKind.SHORT_TEXT, "Shown?", false, List.of())
                .withShowIf(ShowIf.all(new Condition("later", "1")));
        Item badCode = Item.of("third", ItemKind.SHORT_TEXT, "Why?", false, List.of())
                .withShowIf(ShowIf.all(new Condition("later", "7")));
        Item onText = Item.of("fourth", ItemKind.SHORT_TEXT, "Hm?", false, List.of())
                .withShowIf(ShowIf.all(new Condition("first", "x")));
        List<Problem> problems = InstrumentValidator.problems(instrument(first, later, badCode, onText), "");
        assertThat(problems).extracting(Problem::toString).containsExactly(
                "test: sections[0].items[0].showIf.conditions[0].item: 'later' is not an earlier item of this instrument;"
                        + " a condition may only refer to an item asked before it",
                "test: sections[0].items[2].showIf.conditions[0].code: '7' is not a code of item 'later'; expected one of [1, 0]",
                "test: sections[0].items[3].showIf.conditions[0].item: 'first' is a SHORT_TEXT item;"
                        + " conditions can only test yes/no, choice and Likert items");
    }

    @Test
    void numericItemsNeedBoundsAndOthersMustNotHaveThem() {
        Item noBounds = Item.of("n", ItemKind.NUMBER, "How many?", false, List.of());
        Item textWithBounds = new Item("t", ItemKind.SHORT_TEXT, "Name", "", false, List.of(), Bounds.integers(1, 5),
                null, "", 0, "");
        Item badLevel = new Item("k", ItemKind.YES_NO, "Ok?", "", false, List.of(), null, null, "", 5, "");
        assertThat(InstrumentValidator.problems(instrument(noBounds, textWithBounds, badLevel), ""))
                .extracting(Problem::location)
                .containsExactly("test: sections[0].items[0].bounds", "test: sections[0].items[1].bounds",
                        "test: sections[0].items[2].kirkpatrickLevel");
    }

    @Test
    void requireValidThrowsWithEveryProblem() {
        Instrument bad = new Instrument("Bad Id", "", Wave.PRE, "", List.of());
        assertThatThrownBy(() -> InstrumentValidator.requireValid(bad, "x.json"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::location)
                        .containsExactly("x.json: id", "x.json: title", "x.json: sections"));
    }

    @Test
    void showIfHoldsForAllOrAny() {
        ShowIf all = new ShowIf(false, List.of(new Condition("a", "1"), new Condition("b", "2")));
        ShowIf any = new ShowIf(true, all.conditions());
        assertThat(all.holds(java.util.Map.of("a", List.of("1"), "b", List.of("2", "3")))).isTrue();
        assertThat(all.holds(java.util.Map.of("a", List.of("1")))).isFalse();
        assertThat(any.holds(java.util.Map.of("a", List.of("1")))).isTrue();
        assertThat(any.holds(java.util.Map.of())).isFalse();
        assertThat(ShowIf.ALWAYS.holds(java.util.Map.of())).isTrue();
    }
}
