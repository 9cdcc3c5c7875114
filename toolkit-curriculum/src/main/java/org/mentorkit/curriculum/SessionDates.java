package org.mentorkit.curriculum;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mentorkit.curriculum.internal.CadenceDates;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Problem;
import org.mentorkit.model.Program;

/**
 * The program-level date of each session: the program's cadence on its own weekday, with its blackout rule, from the
 * start date to the end of the program (the groups' own dates come from the scheduler, on their slots' weekdays).
 * Guides, overviews and timelines take a session's month from here, never from the session's stored
 * {@code monthOffset}, so a session added or moved by an overlay is shown in the month it is really held. A session
 * for which the program has no date is an error naming it.
 */
public final class SessionDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private SessionDates() {
    }

    /**
     * One date per session of the curriculum, in order.
     *
     * @param program    the program: start date, length and cadence with its blackout dates and rule
     * @param curriculum the curriculum whose sessions are counted
     * @param source     names the curriculum in the problem, e.g. its file name
     * @return the program-level date of each session (local dates, no time zone), as many as the curriculum has
     *         sessions
     * @throws InvalidInputException naming every session the program's cadence has no date for
     */
    public static List<LocalDate> of(Program program, Curriculum curriculum, String source) {
        int count = curriculum.sessions().size();
        LocalDate end = program.startDate().plusMonths(program.lengthMonths());
        Optional<List<CadenceDates.Placed>> placed = place(program, count, end);
        if (placed.isPresent()) {
            return placed.get().stream().map(CadenceDates.Placed::date).toList();
        }
        int fit = count - 1;
        while (fit > 0 && place(program, fit, end).isEmpty()) {
            fit--;
        }
        List<Problem> problems = new ArrayList<>();
        for (int i = fit; i < count; i++) {
            Session session = curriculum.sessions().get(i);
            problems.add(new Problem(source + ": sessions[" + i + "]", "session " + (i + 1) + " '" + session.id()
                    + "' (" + session.title() + ") has no date: the program's cadence gives only " + fit
                    + " session date" + (fit == 1 ? "" : "s") + " from " + DAY.format(program.startDate()) + " to "
                    + DAY.format(end.minusDays(1)) + "; lengthen the program (lengthMonths), change its cadence, or"
                    + " remove a session"));
        }
        throw new InvalidInputException(problems);
    }

    private static Optional<List<CadenceDates.Placed>> place(Program program, int sessions, LocalDate end) {
        return CadenceDates.place(sessions, program.cadence(), program.cadence().dayOfWeek(), program.startDate(), end);
    }
}
