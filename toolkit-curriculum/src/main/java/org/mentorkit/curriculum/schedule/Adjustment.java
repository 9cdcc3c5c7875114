package org.mentorkit.curriculum.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.mentorkit.curriculum.internal.Labels;
import org.mentorkit.model.i18n.Language;
import org.mentorkit.model.i18n.LocalFormats;
import org.mentorkit.model.i18n.Texts;

/**
 * Why a session is not at its slot's time on its cadence date, as data, so that each document can say it in its own
 * language ({@link #describe}); {@link ScheduledSession#adjustment()} keeps the English sentence for the CSV and the
 * coordinator's notes.
 */
public sealed interface Adjustment {

    /** The cadence date was a blackout date: the NEXT_WEEK rule moved the session from {@code from} to {@code to}. */
    record BlackoutMove(LocalDate from, LocalDate to) implements Adjustment {
    }

    /**
     * A monthly cadence date fell before the group's slot change in that month: the session is held on the new
     * slot's weekday on or after the change.
     */
    record HeldAfterSlotChange(LocalDate cadenceDate, LocalDate slotChange, LocalDate held) implements Adjustment {
    }

    /** The slot's wall-clock time does not exist on the date (clocks go forward): the session starts at {@code start}. */
    record ClockGap(LocalTime slotTime, LocalDate date, String zone, LocalTime start) implements Adjustment {
    }

    /**
     * Says why sessions moved, for a document in another language than the CSV's English.
     *
     * @param adjustments a session's adjustments ({@link ScheduledSession#adjustments()})
     * @param language    the language of the sentence, its dates and times
     * @return the adjustments in one sentence, joined by "; "; "" when there is none
     */
    static String describe(List<Adjustment> adjustments, Language language) {
        Texts l = Labels.of(Labels.SCHEDULE, language);
        LocalFormats f = LocalFormats.of(language);
        StringBuilder text = new StringBuilder();
        for (Adjustment a : adjustments) {
            if (text.length() > 0) {
                text.append("; ");
            }
            if (a instanceof BlackoutMove m) {
                text.append(l.format("adjustment.blackout", "from", f.mediumDate(m.from()), "to", f.mediumDate(m.to())));
            } else if (a instanceof HeldAfterSlotChange h) {
                text.append(l.format("adjustment.held", "cadence", f.mediumDate(h.cadenceDate()), "change",
                        f.mediumDate(h.slotChange()), "held", f.mediumDate(h.held())));
            } else if (a instanceof ClockGap g) {
                text.append(l.format("adjustment.clock_gap", "time", f.time(g.slotTime()), "date", f.mediumDate(g.date()),
                        "zone", g.zone(), "start", f.time(g.start())));
            }
        }
        return text.toString();
    }
}
