package org.mentorkit.model.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mentorkit.model.WeeklyWindow;

/**
 * Weekly availability as applicants write it in a spreadsheet cell: {@code Tue 12:00-14:00}, {@code Mon-Fri 8:00-9:00},
 * several separated by the multi-value separator. Day names are English, full or abbreviated to three letters.
 */
public final class AvailabilityText {

    private static final Pattern WINDOW = Pattern.compile(
            "([A-Za-z]+)(?:\\s*[-\u2013]\\s*([A-Za-z]+))?\\s+(\\d{1,2}:\\d{2})\\s*[-\u2013]\\s*(\\d{1,2}:\\d{2})");

    private AvailabilityText() {
    }

    /** The windows of one item such as {@code Mon-Wed 09:00-10:00}; empty if it is not of that form. */
    public static Optional<List<WeeklyWindow>> parse(String item) {
        Matcher m = WINDOW.matcher(item.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<DayOfWeek> first = day(m.group(1));
        Optional<DayOfWeek> last = m.group(2) == null ? first : day(m.group(2));
        Optional<LocalTime> start = Times.parse(m.group(3));
        Optional<LocalTime> end = Times.parse(m.group(4));
        if (first.isEmpty() || last.isEmpty() || start.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        List<WeeklyWindow> windows = new ArrayList<>();
        DayOfWeek day = first.get();
        while (true) {
            windows.add(new WeeklyWindow(day, start.get(), end.get()));
            if (day == last.get()) {
                return Optional.of(windows);
            }
            day = day.plus(1);
        }
    }

    /** {@code Tue 12:00-14:00}: the form {@link #parse} reads. */
    public static String format(WeeklyWindow window) {
        return window.day().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + Times.format(window.start()) + "-"
                + Times.format(window.end());
    }

    static Optional<DayOfWeek> day(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.length() < 2) {
            return Optional.empty();
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(upper)) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }
}
