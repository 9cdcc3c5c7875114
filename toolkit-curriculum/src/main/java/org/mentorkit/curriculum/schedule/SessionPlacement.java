package org.mentorkit.curriculum.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.mentorkit.curriculum.internal.CadenceDates;
import org.mentorkit.model.EarlierSlot;
import org.mentorkit.model.Group;
import org.mentorkit.model.MeetingSlot;
import org.mentorkit.model.Program;
import org.mentorkit.model.SessionDates;
import org.mentorkit.model.SlotPeriods;

/**
 * The dates of a group's sessions over its slot history, by the model's one placement rule ({@link SlotPeriods}: each
 * slot for its period, never on or before the previous session, monthly never two in a month, a monthly date the
 * change has passed held later that month), which group formation also judges a slot change on.
 */
final class SessionPlacement {

    private SessionPlacement() {
    }

    /** One session's date and the slot it is held at. */
    record Dated(CadenceDates.Placed placed, MeetingSlot slot) {
    }

    /**
     * The dates of {@code sessions} sessions for a group whose slots are {@code earlier} then {@code current}, or
     * empty when fewer fit before the program's end.
     */
    static Optional<List<Dated>> place(int sessions, Program program, List<EarlierSlot> earlier, MeetingSlot current) {
        return SlotPeriods.place(sessions, program, earlier, current).map(dates -> dates.stream()
                .map(d -> new Dated(new CadenceDates.Placed(d.placed().cadenceDate(), d.placed().date(),
                        d.placed().adjustment(), d.heldAfter()), d.slot()))
                .toList());
    }

    /** The dates as they were before any change after the first {@code changes} ones: for SEQUENCE numbers. */
    static Optional<List<Dated>> placeWithFirstChanges(int sessions, Program program, Group group, int changes) {
        List<EarlierSlot> earlier = group.earlierSlots();
        MeetingSlot current = changes < earlier.size() ? earlier.get(changes).slot() : group.slot();
        return place(sessions, program, earlier.subList(0, changes), current);
    }

    static LocalDate end(Program program) {
        return SessionDates.end(program);
    }
}
