package org.mentorkit.model.internal;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Wall-clock times as people type them ({@code 9:00}, {@code 18:30}, {@code 24:00}) and as files store them. */
public final class Times {

    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-4]):([0-5]\\d)(?::([0-5]\\d))?");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private Times() {
    }

    /** {@code H:mm}, {@code HH:mm} or {@code HH:mm:ss}; {@code 24:00} means midnight at the end of the day (00:00). */
    public static Optional<LocalTime> parse(String text) {
        Matcher m = TIME.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (hour == 24) {
            return minute == 0 && second == 0 ? Optional.of(LocalTime.MIDNIGHT) : Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute, second));
    }

    /** {@code HH:mm}, or {@code HH:mm:ss} when there are seconds. */
    public static String format(LocalTime time) {
        return time.getSecond() == 0 && time.getNano() == 0 ? time.format(HH_MM) : time.withNano(0).toString();
    }
}
