package org.mentorkit.model;

import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * A weekly window of availability in a participant's own local time, for example Tuesdays 12:00 to 14:00.
 * An {@code end} of 00:00 means midnight at the end of the day.
 *
 * @param day   the day of the week
 * @param start the first minute of the window, local time
 * @param end   the end of the window (exclusive), local time
 */
public record WeeklyWindow(@NotNull DayOfWeek day, @NotNull LocalTime start, @NotNull LocalTime end) {

    /**
     * Length of the window in minutes, treating an end of 00:00 as 24:00.
     *
     * @return the minutes from start to end; 0 for a window not yet complete
     */
    public int minutes() {
        if (start == null || end == null) {
            return 0;
        }
        int endMinute = end.equals(LocalTime.MIDNIGHT) ? 24 * 60 : end.getHour() * 60 + end.getMinute();
        return endMinute - (start.getHour() * 60 + start.getMinute());
    }
}
