package org.mentorkit.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * When a group meets each time: a weekday and a wall-clock time in a reference time zone. Members see it converted
 * to their own zones, date by date, so daylight-saving changes are honoured.
 *
 * @param day             the weekday in the reference zone
 * @param time            the start time in the reference zone
 * @param timeZone        the reference IANA zone (usually the mentor's)
 * @param durationMinutes how long a session lasts
 */
public record MeetingSlot(
        @NotNull DayOfWeek day,
        @NotNull LocalTime time,
        @NotNull @ValidTimeZone String timeZone,
        @Min(15) @Max(480) int durationMinutes) {

    /**
     * The slot as given, a legacy time-zone alias ({@code US/Eastern}) under its current name.
     *
     * @param day             the weekday in the reference zone
     * @param time            the start time in the reference zone
     * @param timeZone        the reference IANA zone; a legacy alias is kept under its current name
     * @param durationMinutes how long a session lasts
     */
    public MeetingSlot {
        timeZone = org.mentorkit.model.internal.TimeZones.current(timeZone);
    }
}
