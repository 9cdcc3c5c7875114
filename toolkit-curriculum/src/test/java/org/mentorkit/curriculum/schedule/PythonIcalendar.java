package org.mentorkit.curriculum.schedule;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mentorkit.testing.ExternalTools;
import org.opentest4j.AssertionFailedError;

/**
 * Python's icalendar package (Debian {@code python3-icalendar}) as a second, independent iCalendar parser. Debian
 * installs it for the system Python, so {@code /usr/bin/python3} runs it (a python3 earlier on PATH, e.g. pyenv's,
 * may not have it). Tests skip when it is absent and fail instead when {@code MENTORKIT_REQUIRE_TOOLS=1}.
 */
final class PythonIcalendar {

    private static final String PYTHON = "/usr/bin/python3";
    private static final String SCRIPT = "/org/mentorkit/curriculum/schedule/ics_events.py";

    private PythonIcalendar() {
    }

    /** One event as icalendar read it. */
    record Event(String uid, int sequence, String start, String end, String tzid, List<String> names,
                 List<String> emails, String description, String summary, String summaryLanguage,
                 String descriptionLanguage) {
    }

    /** Skips (or fails, in CI) the running test unless the parser is installed. */
    static void require() {
        boolean present = Files.isExecutable(Path.of(PYTHON))
                && ExternalTools.run(List.of(0, 1), PYTHON, "-c", "import icalendar").isBlank();
        if (present) {
            return;
        }
        String message = "needs Python's icalendar for " + PYTHON + ", not installed; install with: apt-get install "
                + "python3-icalendar";
        if (ExternalTools.toolsRequired()) {
            throw new AssertionFailedError(message + " (" + ExternalTools.REQUIRE_VARIABLE + "=1)");
        }
        org.junit.jupiter.api.Assumptions.abort(message);
    }

    /** The events of the calendar text, in file order, as icalendar reads them. */
    static List<Event> read(String ics, Path dir) {
        try {
            Path file = Files.createTempFile(dir, "calendar", ".ics");
            Files.writeString(file, ics, StandardCharsets.UTF_8);
            Path script = dir.resolve("ics_events.py");
            if (!Files.exists(script)) {
                try (var in = PythonIcalendar.class.getResourceAsStream(SCRIPT)) {
                    Files.write(script, in.readAllBytes());
                }
            }
            String output = ExternalTools.run(PYTHON, script.toString(), file.toString());
            List<Event> events = new ArrayList<>();
            for (String line : output.strip().split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                try (JsonReader reader = Json.createReader(new StringReader(line))) {
                    JsonObject o = reader.readObject();
                    events.add(new Event(o.getString("uid"), o.getInt("sequence"), o.getString("start"), o.getString("end"),
                            o.getString("tzid"), strings(o, "names"), strings(o, "emails"), o.getString("description"),
                            o.getString("summary"), o.getString("summary_language"), o.getString("description_language")));
                }
            }
            return events;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The events by UID. */
    static Map<String, Event> byUid(List<Event> events) {
        Map<String, Event> byUid = new java.util.LinkedHashMap<>();
        events.forEach(e -> byUid.put(e.uid(), e));
        return byUid;
    }

    private static List<String> strings(JsonObject o, String key) {
        return o.getJsonArray(key).getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }
}
