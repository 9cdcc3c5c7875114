package org.mentorkit.surveys.report;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A yes/no item asked before and after (linked by its pairing key), compared two ways, each labelled: unpaired
 * (everyone who answered in each wave, each with its own n) and paired (only people who answered in both waves, with
 * McNemar's test on the discordant pairs).
 *
 * @param pairingKey   the pairing key
 * @param text         the question (as worded in the later wave)
 * @param beforeWave   the earlier wave's instrument id
 * @param afterWave    the later wave's instrument id
 * @param beforeUnpaired "yes" among all who answered the earlier wave
 * @param afterUnpaired  "yes" among all who answered the later wave
 * @param pairs        people who answered in both waves
 * @param yesYes       yes before and after (empty when suppressed)
 * @param yesNo        yes before, no after
 * @param noYes        no before, yes after
 * @param noNo         no before and after
 * @param exactP       McNemar exact two-sided p (empty when suppressed or no pairs)
 * @param midP         McNemar mid-p (empty when suppressed or no pairs)
 */
@JsonbPropertyOrder({"pairingKey", "text", "beforeWave", "afterWave", "beforeUnpaired", "afterUnpaired", "pairs",
        "yesYes", "yesNo", "noYes", "noNo", "exactP", "midP"})
public record PairedComparison(String pairingKey, String text, String beforeWave, String afterWave,
                               Figure beforeUnpaired, Figure afterUnpaired, int pairs, OptionalInt yesYes,
                               OptionalInt yesNo, OptionalInt noYes, OptionalInt noNo, OptionalDouble exactP,
                               OptionalDouble midP) {
}
