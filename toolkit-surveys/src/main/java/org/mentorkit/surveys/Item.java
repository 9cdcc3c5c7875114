package org.mentorkit.surveys;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Optional;

/**
 * One question (or a piece of descriptive text) of an instrument.
 *
 * @param id               unique within the instrument; REDCap variable names are derived from it (see the docs)
 * @param kind             what kind of answer it takes
 * @param text             the question as the respondent reads it
 * @param note             a hint shown under the question; "" when none
 * @param required         whether an answer is required when the item is shown
 * @param choices          the options of choice and Likert items, in display order; for yes/no always
 *                         {@code 1 Yes, 0 No} (a translated instrument relabels them); empty for other kinds
 * @param bounds           the range of rating and number items; {@link Bounds#NONE} for other kinds
 * @param showIf           when the item is shown
 * @param construct        what the item measures (e.g. {@code career-development}); "" when not said
 * @param kirkpatrickLevel the Kirkpatrick level the item evaluates, 1 reaction .. 4 results; 0 when none
 * @param pairingKey       links the same question across waves (pre and post) for paired comparison; "" when none
 */
@JsonbPropertyOrder({"id", "kind", "text", "note", "required", "choices", "bounds", "showIf", "construct", "kirkpatrickLevel", "pairingKey"})
public record Item(
        String id,
        ItemKind kind,
        String text,
        String note,
        boolean required,
        List<Choice> choices,
        Bounds bounds,
        ShowIf showIf,
        String construct,
        int kirkpatrickLevel,
        String pairingKey) {

    /**
     * The id of the participant-code item: the code a participant types (from their invitation) so that a response is
     * linked to them without a REDCap record id. The importer reads it as the participant's identity, never as an answer.
     */
    public static final String PARTICIPANT_CODE = "participant_code";

    /** The fixed choices of a yes/no item, as REDCap codes them. */
    public static final List<Choice> YES_NO_CHOICES = List.of(new Choice("1", "Yes"), new Choice("0", "No"));

    /**
     * The item, normalised: absent text is "", absent choices empty, absent bounds {@link Bounds#NONE}, an absent rule
     * {@link ShowIf#ALWAYS}; a yes/no item's choices are always codes {@code 1} and {@code 0}, with the labels given
     * only when both are given with those codes, else {@link #YES_NO_CHOICES}. Nothing is validated here
     * ({@link InstrumentValidator} does).
     *
     * @param id               unique within the instrument
     * @param kind             what kind of answer it takes
     * @param text             the question as the respondent reads it
     * @param note             a hint shown under the question; "" when none
     * @param required         whether an answer is required when the item is shown
     * @param choices          the options of choice and Likert items, in display order
     * @param bounds           the range of rating and number items
     * @param showIf           when the item is shown
     * @param construct        what the item measures; "" when not said
     * @param kirkpatrickLevel the Kirkpatrick level the item evaluates, 1 to 4; 0 when none
     * @param pairingKey       links the same question across waves for paired comparison; "" when none
     */
    public Item {
        id = id == null ? "" : id;
        text = text == null ? "" : text;
        note = note == null ? "" : note;
        choices = kind == ItemKind.YES_NO ? yesNo(choices) : choices == null ? List.of() : List.copyOf(choices);
        bounds = bounds == null ? Bounds.NONE : bounds;
        showIf = showIf == null ? ShowIf.ALWAYS : showIf;
        construct = construct == null ? "" : construct;
        pairingKey = pairingKey == null ? "" : pairingKey;
    }

    /**
     * The codes of a yes/no item are fixed ({@code 1}, {@code 0}); only their labels may differ (a translated form
     * says "Sí" and "No"). Anything else given is replaced by {@link #YES_NO_CHOICES}.
     */
    private static List<Choice> yesNo(List<Choice> given) {
        boolean relabelled = given != null && given.size() == 2 && given.get(0).code().equals("1")
                && given.get(1).code().equals("0") && !given.get(0).label().isEmpty() && !given.get(1).label().isEmpty();
        return relabelled ? List.copyOf(given) : YES_NO_CHOICES;
    }

    /**
     * A plain item with no metadata, always shown.
     *
     * @param id       unique within the instrument
     * @param kind     what kind of answer it takes
     * @param text     the question as the respondent reads it
     * @param required whether an answer is required
     * @param choices  the options of choice and Likert items; empty for other kinds
     * @return the item, without note, bounds, construct, level or pairing key
     */
    public static Item of(String id, ItemKind kind, String text, boolean required, List<Choice> choices) {
        return new Item(id, kind, text, "", required, choices, null, null, "", 0, "");
    }

    /**
     * The choice with the given code.
     *
     * @param code a choice code (case-sensitive)
     * @return the choice, or empty when the item has none with that code
     */
    public Optional<Choice> choice(String code) {
        return choices.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /**
     * Whether this is the participant-code item (identity, not an answer).
     *
     * @return true when the id is {@link #PARTICIPANT_CODE}
     */
    public boolean isParticipantCode() {
        return PARTICIPANT_CODE.equals(id);
    }

    /**
     * The pairing key, if the item is asked in more than one wave.
     *
     * @return the key, or empty when {@link #pairingKey()} is ""
     */
    public Optional<String> pairing() {
        return pairingKey.isEmpty() ? Optional.empty() : Optional.of(pairingKey);
    }

    /**
     * A copy with another show-if rule.
     *
     * @param newShowIf when the copy is shown ({@code null}: always)
     * @return the copy
     */
    public Item withShowIf(ShowIf newShowIf) {
        return new Item(id, kind, text, note, required, choices, bounds, newShowIf, construct, kirkpatrickLevel, pairingKey);
    }

    /**
     * A copy with evaluation metadata.
     *
     * @param newConstruct  what the item measures; "" when not said
     * @param level         the Kirkpatrick level, 1 to 4; 0 when none
     * @param newPairingKey links the same question across waves; "" when none
     * @return the copy
     */
    public Item withMetadata(String newConstruct, int level, String newPairingKey) {
        return new Item(id, kind, text, note, required, choices, bounds, showIf, newConstruct, level, newPairingKey);
    }
}
