package org.mentorkit.curriculum.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.mentorkit.model.Cadence;
import org.mentorkit.model.SessionDates;

/**
 * Session dates from a cadence, as the model's {@link SessionDates} gives them (the same dates group formation chose
 * each group's slot for): the candidate dates between the program's start and end, then one date per session with the
 * blackout rule applied. Dates are in the group's reference zone.
 */
public final class CadenceDates {

    private CadenceDates() {
    }

    /**
     * One placed date: the cadence date it came from, the date used, and why they differ ("" if they do not);
     * {@code slotChange} is the date of the slot change that moved it, null when a blackout date did (or nothing).
     */
    public record Placed(LocalDate cadenceDate, LocalDate date, String adjustment, LocalDate slotChange) {
    }

    /** Every date the cadence gives on {@code day} from {@code start} (inclusive) to {@code end} (exclusive). */
    public static List<LocalDate> candidates(Cadence cadence, DayOfWeek day, LocalDate start, LocalDate end) {
        return SessionDates.candidates(cadence, day, start, end);
    }

    /** One date per session, in order, or empty when fewer fit before {@code end}: see {@link SessionDates#place}. */
    public static Optional<List<Placed>> place(int sessions, Cadence cadence, DayOfWeek day, LocalDate start, LocalDate end) {
        return SessionDates.place(sessions, cadence, day, start, end).map(dates -> dates.stream()
                .map(p -> new Placed(p.cadenceDate(), p.date(), p.adjustment(), null)).toList());
    }
}
