package org.mentorkit.model;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** The availability assumed when nobody said otherwise: Monday to Friday, 08:00 to 18:00 local time. */
public final class WorkingWeek {

    private WorkingWeek() {
    }

    /**
     * Monday to Friday, 08:00 to 18:00.
     *
     * @return five windows, one per working day, in local time
     */
    public static List<WeeklyWindow> windows() {
        List<WeeklyWindow> windows = new ArrayList<>();
        for (DayOfWeek day = DayOfWeek.MONDAY; day != DayOfWeek.SATURDAY; day = day.plus(1)) {
            windows.add(new WeeklyWindow(day, LocalTime.of(8, 0), LocalTime.of(18, 0)));
        }
        return List.copyOf(windows);
    }
}
