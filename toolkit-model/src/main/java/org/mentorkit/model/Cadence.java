package org.mentorkit.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * When a group meets: a rule plus the session length and the dates to avoid.
 *
 * @param kind            monthly on the n-th weekday, or every n weeks
 * @param interval        for {@link CadenceKind#EVERY_N_WEEKS}: the number of weeks between sessions (1 to 12)
 * @param weekOfMonth     for {@link CadenceKind#MONTHLY_BY_WEEKDAY}: 1 to 4, or -1 for the last such weekday
 * @param dayOfWeek       the weekday groups meet on by default (a group's own meeting slot may choose another)
 * @param sessionMinutes  how long one session lasts
 * @param blackoutDates   dates on which no session may be held
 * @param onBlackout      what to do with a session that falls on a blackout date
 */
public record Cadence(
        @NotNull CadenceKind kind,
        @Min(1) @Max(12) int interval,
        @Min(-1) @Max(4) int weekOfMonth,
        @NotNull DayOfWeek dayOfWeek,
        @Min(15) @Max(480) int sessionMinutes,
        List<@NotNull LocalDate> blackoutDates,
        BlackoutRule onBlackout) {

    /**
     * The cadence as given; an absent blackout rule means {@link BlackoutRule#NEXT_WEEK}, an interval of 0 every week.
     *
     * @param kind           monthly on the n-th weekday, or every n weeks
     * @param interval       for {@link CadenceKind#EVERY_N_WEEKS}: the number of weeks between sessions (1 to 12)
     * @param weekOfMonth    for {@link CadenceKind#MONTHLY_BY_WEEKDAY}: 1 to 4, or -1 for the last such weekday
     * @param dayOfWeek      the weekday groups meet on by default (a group's own meeting slot may choose another)
     * @param sessionMinutes how long one session lasts
     * @param blackoutDates  dates on which no session may be held
     * @param onBlackout     what to do with a session that falls on a blackout date
     */
    public Cadence {
        blackoutDates = Lists.copy(blackoutDates);
        onBlackout = onBlackout == null ? BlackoutRule.NEXT_WEEK : onBlackout;
        interval = interval == 0 ? 1 : interval;
    }

    /**
     * Monthly on the second Tuesday, one hour, no blackout dates.
     *
     * @return the pilot's cadence
     */
    public static Cadence monthlySecondTuesday() {
        return new Cadence(CadenceKind.MONTHLY_BY_WEEKDAY, 1, 2, DayOfWeek.TUESDAY, 60, List.of(), BlackoutRule.NEXT_WEEK);
    }
}
