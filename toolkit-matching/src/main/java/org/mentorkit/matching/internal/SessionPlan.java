package org.mentorkit.matching.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.mentorkit.model.EarlierSlot;
import org.mentorkit.model.MeetingSlot;
import org.mentorkit.model.Program;
import org.mentorkit.model.SlotPeriods;

/**
 * The sessions a group's slot is judged on, for each weekday the slot could have: the dates {@code schedule} gives
 * them ({@link SlotPeriods}, the model's one placement rule) after the group's earlier slots, and only those from
 * the date counted from. Sessions before it (held at an earlier slot, or already past when re-forming) are fixed and
 * not judged. So a new slot from a change date is judged on exactly the dates schedule places it on: after the
 * sessions the old slot kept, never two in a month, a monthly date the change has passed held later that month.
 *
 * <p>The dates depend only on the weekdays of the slot history and the change dates, never on a slot's time or zone,
 * so one plan serves every candidate time in every reference zone.
 */
public final class SessionPlan {

    private final String key;
    private final int[] first = new int[7]; // per weekday: index in the program of the first judged session
    private final LocalDate[][] dates = new LocalDate[7][]; // per weekday: the judged sessions' dates
    private final boolean[] tooFew = new boolean[7]; // per weekday: fewer sessions fit than the group holds

    private SessionPlan(String key, Program program, int held, List<EarlierSlot> earlier, LocalDate from) {
        this.key = key;
        for (DayOfWeek day : DayOfWeek.values()) {
            int d = day.getValue() - 1;
            // Only the weekday matters for the dates: any time and zone will do for the candidate slot.
            MeetingSlot candidate = new MeetingSlot(day, LocalTime.NOON, "UTC", 60);
            List<SlotPeriods.Dated> placed = SlotPeriods.placeUpTo(held, program, earlier, candidate);
            tooFew[d] = held != Integer.MAX_VALUE && placed.size() < held;
            LocalDate periodFrom = earlier.isEmpty() ? program.startDate() : earlier.get(earlier.size() - 1).until();
            List<LocalDate> judged = new ArrayList<>();
            int k0 = placed.size();
            for (int k = 0; k < placed.size(); k++) {
                SlotPeriods.Dated s = placed.get(k);
                if (s.periodFrom().equals(periodFrom) && (from == null || !s.date().isBefore(from))) {
                    k0 = Math.min(k0, k);
                    judged.add(s.date());
                }
            }
            first[d] = k0;
            dates[d] = judged.toArray(LocalDate[]::new);
        }
    }

    /**
     * The sessions of a slot kept after {@code earlier} (none for a group whose slot never changed), from
     * {@code from} (null: all).
     *
     * @param held the sessions a group holds, {@link Integer#MAX_VALUE} for every date the cadence gives
     */
    static SessionPlan kept(Program program, int held, List<EarlierSlot> earlier, LocalDate from) {
        return new SessionPlan("kept " + days(earlier) + " from " + from, program, held, earlier, from);
    }

    /**
     * The sessions of a new slot replacing {@code saved} from {@code effective}: the earlier slots' and the saved
     * slot's sessions before {@code effective} are held as they were, the new slot takes the rest.
     */
    static SessionPlan afterChange(Program program, int held, List<EarlierSlot> earlier, MeetingSlot saved,
            LocalDate effective) {
        List<EarlierSlot> history = new ArrayList<>(earlier);
        history.add(new EarlierSlot(effective, saved));
        return new SessionPlan("changed " + days(history), program, held, history, effective);
    }

    private static String days(List<EarlierSlot> slots) {
        StringBuilder out = new StringBuilder();
        for (EarlierSlot s : slots) {
            out.append(s.slot().day()).append(" until ").append(s.until()).append("; ");
        }
        return out.toString();
    }

    /** A key equal for plans with the same dates: what caches of the plan's sums are kept under. */
    String key() {
        return key;
    }

    /** The index in the program (0 = first session) of the first session judged on a slot on {@code day}. */
    public int first(DayOfWeek day) {
        return first[day.getValue() - 1];
    }

    /** The dates (in the slot's zone) of the sessions judged on a slot on {@code day}, in order. */
    public LocalDate[] dates(DayOfWeek day) {
        return dates[day.getValue() - 1].clone();
    }

    LocalDate[] datesOf(int d) {
        return dates[d];
    }

    int firstOf(int d) {
        return first[d];
    }

    /** Whether a slot on {@code day} cannot hold every session the group holds before the program ends. */
    boolean tooFew(int d) {
        return tooFew[d];
    }

    /** The most sessions judged on any weekday. */
    int mostSessions() {
        int most = 0;
        for (LocalDate[] d : dates) {
            most = Math.max(most, d.length);
        }
        return most;
    }
}
