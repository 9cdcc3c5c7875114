package org.mentorkit.curriculum.schedule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mentorkit.curriculum.internal.CadenceDates;
import org.mentorkit.model.BlackoutRule;
import org.mentorkit.model.Cadence;
import org.mentorkit.model.CadenceKind;
import org.mentorkit.model.Program;

/**
 * What a blackout date did to a group's rhythm, for the coordinator's notes. The NEXT_WEEK rule moves one session a
 * week later and leaves the later ones on their cadence dates, so in a fortnightly program the moved session is three
 * weeks after the one before and one week before the next; the SKIP rule holds the session on the next cadence date,
 * a whole step late. Neither is wrong, but members notice the uneven spacing: the note says which session moved, for
 * which blackout date, and the gaps to its neighbours next to the program's own spacing.
 */
final class BlackoutGaps {

    private BlackoutGaps() {
    }

    /**
     * The gaps around session {@code n} (0-based), e.g. "; now 3 weeks after session 2 and 1 week before session 4
     * (the program meets every 2 weeks)".
     */
    static String around(List<SessionPlacement.Dated> placed, int n, Cadence cadence) {
        StringBuilder text = new StringBuilder("; now ");
        LocalDate date = placed.get(n).placed().date();
        if (n > 0) {
            text.append(span(placed.get(n - 1).placed().date(), date)).append(" after session ").append(n);
        }
        if (n + 1 < placed.size()) {
            text.append(n > 0 ? " and " : "").append(span(date, placed.get(n + 1).placed().date()))
                    .append(" before session ").append(n + 2);
        }
        if (n == 0 && placed.size() == 1) {
            return "";
        }
        return text.append(" (the program meets ").append(rhythm(cadence)).append(')').toString();
    }

    /**
     * The blackout dates the SKIP rule passed over before session {@code n} (0-based): cadence dates of its slot's
     * weekday after the previous session (or from the program's start) and before its own date. Empty under
     * NEXT_WEEK, and where a slot change lies between the two sessions (the new weekday's earlier dates were never
     * the group's).
     */
    static Optional<List<LocalDate>> skippedBefore(List<SessionPlacement.Dated> placed, int n, Program program) {
        Cadence cadence = program.cadence();
        SessionPlacement.Dated dated = placed.get(n);
        if (cadence.onBlackout() != BlackoutRule.SKIP || cadence.blackoutDates().isEmpty()
                || (n > 0 && !placed.get(n - 1).slot().equals(dated.slot()))
                || (n == 0 && dated.placed().slotChange() != null)) {
            return Optional.empty();
        }
        // Cadence dates are counted from the program's start (every n weeks from its first slot weekday), as
        // placement counts them, whatever the previous session's date.
        LocalDate after = n == 0 ? program.startDate().minusDays(1) : placed.get(n - 1).placed().date();
        Set<LocalDate> blackout = Set.copyOf(cadence.blackoutDates());
        List<LocalDate> skipped = CadenceDates.candidates(cadence, dated.slot().day(), program.startDate(),
                dated.placed().date()).stream().filter(d -> d.isAfter(after) && blackout.contains(d)).toList();
        return skipped.isEmpty() ? Optional.empty() : Optional.of(skipped);
    }

    /** "1 week", "3 weeks", "10 days". */
    static String span(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        if (days % 7 == 0) {
            return days / 7 + (days == 7 ? " week" : " weeks");
        }
        return days + (days == 1 ? " day" : " days");
    }

    private static String rhythm(Cadence cadence) {
        if (cadence.kind() == CadenceKind.MONTHLY_BY_WEEKDAY) {
            return "monthly";
        }
        return cadence.interval() == 1 ? "every week" : "every " + cadence.interval() + " weeks";
    }
}
