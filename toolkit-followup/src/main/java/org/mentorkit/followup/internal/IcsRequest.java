package org.mentorkit.followup.internal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Problem;

/**
 * A participant calendar written by {@code mentorkit schedule}, turned into an iTIP request (RFC 5546): the same
 * VCALENDAR with {@code METHOD:REQUEST} added after its VERSION line, every other line kept byte for byte (UIDs,
 * SEQUENCE, VTIMEZONE). Checks what a request needs: every VEVENT has a UID of the expected program and group and an
 * ORGANIZER.
 *
 * @param calendar the request's text (CRLF line ends)
 * @param sessions one per event, in the file's order, for the message body
 * @param events   each event's number in the file, UID and start (null when its DTSTART has no zone or cannot be read)
 */
public record IcsRequest(String calendar, List<Session> sessions, List<Event> events) {

    /**
     * One event of the calendar.
     *
     * @param number the event's number in the file, from 1
     * @param uid    its UID
     * @param start  its start, or null when the DTSTART is floating (no TZID, no Z) or not a date-time with a known zone
     */
    public record Event(int number, String uid, ZonedDateTime start) {
    }

    private static final DateTimeFormatter ICS_LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);
    private static final Pattern TZID = Pattern.compile(";TZID=(\"[^\"]*\"|[^;:]*)", Pattern.CASE_INSENSITIVE);

    public IcsRequest {
        sessions = List.copyOf(sessions);
        events = List.copyOf(events);
    }

    /**
     * One event as the message body shows it.
     *
     * @param start   its start in the participant's zone; empty when DTSTART is not a date-time this reads (then
     *                {@code written} is shown)
     * @param written DTSTART as written
     * @param summary the SUMMARY, unescaped
     */
    public record Session(Optional<LocalDateTime> start, String written, String summary) {
    }

    /**
     * @param source      the file, for messages
     * @param uidPrefixes what every UID must start with one of ({@code program.group.}, one per group the participant
     *                    is in: a mentor may lead two)
     * @param zone        the participant's zone (the file's events are written in it)
     */
    public static IcsRequest of(String ics, String source, List<String> uidPrefixes, ZoneId zone) {
        List<String> physical = List.of(ics.split("\r\n|\n", -1));
        List<String> logical = unfold(physical);
        List<Problem> problems = new ArrayList<>();
        if (logical.isEmpty() || !logical.get(0).equalsIgnoreCase("BEGIN:VCALENDAR")) {
            throw new InvalidInputException(source + ":1", "not an iCalendar file (no BEGIN:VCALENDAR); expected a"
                    + " participant calendar written by 'mentorkit schedule'");
        }
        if (logical.stream().anyMatch(l -> name(l).equals("METHOD"))) {
            problems.add(new Problem(source, "already has a METHOD; expected a calendar as 'mentorkit schedule' wrote it"));
        }
        List<Session> sessions = new ArrayList<>();
        List<Event> parsed = new ArrayList<>();
        String startLine = "";
        boolean inEvent = false;
        String uid = "";
        String summary = "";
        String start = "";
        boolean organizer = false;
        int events = 0;
        for (String line : logical) {
            String name = name(line);
            if (line.equalsIgnoreCase("BEGIN:VEVENT")) {
                inEvent = true;
                uid = "";
                summary = "";
                start = "";
                startLine = "";
                organizer = false;
            } else if (line.equalsIgnoreCase("END:VEVENT")) {
                inEvent = false;
                events++;
                String at = source + " (event " + events + (uid.isEmpty() ? "" : ", UID " + uid) + ")";
                if (uidPrefixes.stream().noneMatch(uid::startsWith)) {
                    problems.add(new Problem(at, "the UID is not one of this program's and "
                            + (uidPrefixes.size() == 1 ? "group's" : "groups'") + " sessions (expected "
                            + String.join("... or ", uidPrefixes) + "...); was the schedule written for another cohort?"));
                }
                if (!organizer) {
                    problems.add(new Problem(at, "has no ORGANIZER; an invitation needs one: set the program's"
                            + " contactEmail and run 'mentorkit schedule' again"));
                }
                sessions.add(new Session(local(start, zone), start, unescape(summary)));
                parsed.add(new Event(events, uid, zoned(startLine, start)));
            } else if (inEvent) {
                switch (name) {
                    case "UID" -> uid = value(line);
                    case "SUMMARY" -> summary = value(line);
                    case "DTSTART" -> {
                        start = value(line);
                        startLine = line;
                    }
                    case "ORGANIZER" -> organizer = true;
                    default -> { }
                }
            }
        }
        if (events == 0) {
            problems.add(new Problem(source, "holds no session (no VEVENT)"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new IcsRequest(withMethod(physical), sessions, parsed);
    }

    private static String withMethod(List<String> physical) {
        StringBuilder out = new StringBuilder();
        boolean added = false;
        for (int i = 0; i < physical.size(); i++) {
            String line = physical.get(i);
            if (i == physical.size() - 1 && line.isEmpty()) {
                break; // the split's empty tail after the last line end
            }
            out.append(line).append("\r\n");
            if (!added && line.toUpperCase(Locale.ROOT).startsWith("VERSION:")) {
                out.append("METHOD:REQUEST\r\n");
                added = true;
            }
        }
        if (!added) {
            throw new InvalidInputException("calendar", "has no VERSION line; expected an iCalendar 2.0 file");
        }
        return out.toString();
    }

    /** RFC 5545 3.1: a line starting with a space or tab continues the previous one. */
    private static List<String> unfold(List<String> physical) {
        List<String> logical = new ArrayList<>();
        for (String line : physical) {
            if ((line.startsWith(" ") || line.startsWith("\t")) && !logical.isEmpty()) {
                int last = logical.size() - 1;
                logical.set(last, logical.get(last) + line.substring(1));
            } else if (!line.isEmpty()) {
                logical.add(line);
            }
        }
        return logical;
    }

    private static String name(String line) {
        int end = 0;
        while (end < line.length() && line.charAt(end) != ':' && line.charAt(end) != ';') {
            end++;
        }
        return line.substring(0, end).toUpperCase(Locale.ROOT);
    }

    /** The value after the first colon outside a quoted parameter value. */
    private static String value(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ':' && !quoted) {
                return line.substring(i + 1);
            }
        }
        return "";
    }

    /** The start of a DTSTART with a TZID parameter or in UTC; null when floating or not readable. */
    private static ZonedDateTime zoned(String line, String start) {
        try {
            if (start.endsWith("Z")) {
                return LocalDateTime.parse(start.substring(0, start.length() - 1), ICS_LOCAL).atZone(ZoneId.of("UTC"));
            }
            Matcher tzid = TZID.matcher(line.substring(0, Math.max(0, line.length() - start.length())));
            return tzid.find() ? LocalDateTime.parse(start, ICS_LOCAL).atZone(ZoneId.of(tzid.group(1).replace("\"", "")))
                    : null;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static Optional<LocalDateTime> local(String start, ZoneId zone) {
        try {
            if (start.endsWith("Z")) {
                return Optional.of(LocalDateTime.parse(start.substring(0, start.length() - 1), ICS_LOCAL)
                        .atZone(ZoneId.of("UTC")).withZoneSameInstant(zone).toLocalDateTime());
            }
            return Optional.of(LocalDateTime.parse(start, ICS_LOCAL));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String unescape(String text) {
        return text.replace("\\n", " ").replace("\\N", " ").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\");
    }
}
