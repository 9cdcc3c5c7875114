package org.mentorkit.surveys.report;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Optional;
import org.mentorkit.surveys.ItemKind;
import org.mentorkit.surveys.Wave;

/**
 * The answers to one item in one wave.
 *
 * @param instrumentId     the instrument
 * @param wave             the wave
 * @param itemId           the item
 * @param text             the question
 * @param kind             the item's kind
 * @param construct        what it measures ("" when not said)
 * @param kirkpatrickLevel 1..4, or 0
 * @param answered         how many answered it (the n of its figures)
 * @param headline         the figure a summary quotes: "yes" for yes/no, top-2-box for Likert; empty otherwise
 * @param headlineLabel    what the headline counts ("Yes", "Top 2 box: Agree or Strongly agree")
 * @param distribution     one row per choice (each k of {@code answered}); empty for numbers and text
 * @param spread           median and IQR for Likert codes and numbers; empty otherwise or when withheld
 */
@JsonbPropertyOrder({"instrumentId", "wave", "itemId", "text", "kind", "construct", "kirkpatrickLevel", "answered",
        "headline", "headlineLabel", "distribution", "spread"})
public record ItemResult(String instrumentId, Wave wave, String itemId, String text, ItemKind kind, String construct,
                         int kirkpatrickLevel, int answered, Optional<Figure> headline, String headlineLabel,
                         List<CategoryRow> distribution, Optional<Spread> spread) {

    /**
     * The result with its distribution copied.
     *
     * @param instrumentId     the instrument
     * @param wave             the wave
     * @param itemId           the item
     * @param text             the question
     * @param kind             the item's kind
     * @param construct        what it measures ("" when not said)
     * @param kirkpatrickLevel 1..4, or 0
     * @param answered         how many answered it
     * @param headline         the figure a summary quotes, or empty
     * @param headlineLabel    what the headline counts
     * @param distribution     one row per choice; empty for numbers and text
     * @param spread           median and IQR, or empty
     * @throws NullPointerException when {@code distribution} or a row is null
     */
    public ItemResult {
        distribution = List.copyOf(distribution);
    }
}
