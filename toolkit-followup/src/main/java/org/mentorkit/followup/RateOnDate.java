package org.mentorkit.followup;

import java.time.LocalDate;

/**
 * How many of the invited had responded by the end of a day.
 *
 * @param date      a day on which at least one complete response was submitted (the survey system's date)
 * @param responded invited participants with a complete response submitted on or before {@code date}
 * @param invited   everyone invited
 */
public record RateOnDate(LocalDate date, int responded, int invited) {

    /**
     * The share responded by then.
     *
     * @return {@code responded / invited}, 0 to 1; 0 when nobody was invited
     */
    public double rate() {
        return invited == 0 ? 0 : (double) responded / invited;
    }
}
