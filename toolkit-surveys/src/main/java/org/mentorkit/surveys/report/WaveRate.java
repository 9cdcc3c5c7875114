package org.mentorkit.surveys.report;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.mentorkit.surveys.Wave;

/**
 * The response rate of one wave: responses returned of people invited.
 *
 * @param instrumentId the instrument
 * @param title        its title
 * @param wave         the wave
 * @param returned     returned / invited
 */
@JsonbPropertyOrder({"instrumentId", "title", "wave", "returned"})
public record WaveRate(String instrumentId, String title, Wave wave, Figure returned) {
}
