package org.mentorkit.benchmarks;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An exhaustive oracle for {@code availability_milp.py} on small cohorts: every assignment of mentees to the mentors'
 * groups with sizes in a given range, every slot every 15 minutes of the week in UTC, the mentor's zone or a mentee's
 * zone of the group, each scored minute by minute. It reads the cohort file itself (jakarta.json, not the model's
 * reader) and places sessions with java.time, so it shares nothing with the script (Python, zoneinfo, interval
 * containment) and nothing with the engine.
 *
 * <p>What is counted is what the script counts by default: every cadence date on the slot's weekday, every member; a
 * member-session is inside availability when every minute of it falls, in the member's own zone and on the real date,
 * inside one of their weekly windows (their own, else the program's default availability, else Monday to Friday
 * 08:00-18:00; a window ending at 00:00 runs to midnight). The number of groups is the number of mentors, one each.
 * Cohorts with blackout dates, hard rules (together, apart, pins, non-isolation) or several mentors per group are
 * refused, so that nothing the oracle does not model can pass silently.
 */
final class BruteForceSlotOptimum {

    private static final int MINUTES_OF_WEEK = 7 * 24 * 60;

    /** The best grouping found: its member-sessions outside availability and each group's mentee count. */
    record Optimum(int outside, List<Integer> sizes) {
    }

    private final List<String> zoneOfPerson = new ArrayList<>();
    private final List<boolean[]> freeMinutes = new ArrayList<>();
    private final List<Integer> mentors = new ArrayList<>();
    private final List<Integer> mentees = new ArrayList<>();
    private final Map<String, int[]> missesByZone = new HashMap<>();
    private final JsonObject cadence;
    private final LocalDate start;
    private final LocalDate end;
    private final int sessionMinutes;
    private final int minMentees;
    private final int maxMentees;

    private BruteForceSlotOptimum(JsonObject cohort) {
        JsonObject program = cohort.getJsonObject("program");
        cadence = program.getJsonObject("cadence");
        JsonObject constraints = cohort.containsKey("constraints") ? cohort.getJsonObject("constraints") : null;
        if (!array(cadence, "blackoutDates").isEmpty() || !array(constraints, "together").isEmpty()
                || !array(constraints, "apart").isEmpty() || !array(constraints, "pinned").isEmpty()
                || program.getJsonObject("groupPolicy").getInt("mentorsPerGroup", 1) != 1
                || hasRules(program)) {
            throw new IllegalArgumentException("the brute force handles no blackout dates, constraints, rules or"
                    + " several mentors per group");
        }
        start = LocalDate.parse(program.getString("startDate"));
        end = start.plusMonths(program.getInt("lengthMonths"));
        sessionMinutes = cadence.getInt("sessionMinutes");
        minMentees = program.getJsonObject("groupPolicy").getInt("minMentees");
        maxMentees = program.getJsonObject("groupPolicy").getInt("maxMentees");
        JsonObject matching = program.getJsonObject("matching");
        JsonArray fallback = array(matching, "defaultAvailability");
        for (JsonValue v : cohort.getJsonArray("participants")) {
            JsonObject p = v.asJsonObject();
            JsonArray own = array(p, "availability");
            JsonArray windows = !own.isEmpty() ? own : fallback.isEmpty() ? null : fallback;
            (p.getString("role").equals("MENTOR") ? mentors : mentees).add(zoneOfPerson.size());
            zoneOfPerson.add(p.getString("timeZone"));
            freeMinutes.add(freeMinutesOfWeek(windows));
        }
    }

    static BruteForceSlotOptimum read(Path cohortFile) throws IOException {
        try (JsonReader reader = Json.createReader(new StringReader(Files.readString(cohortFile)))) {
            return new BruteForceSlotOptimum(reader.readObject());
        }
    }

    int mentees() {
        return mentees.size();
    }

    int minMentees() {
        return minMentees;
    }

    int maxMentees() {
        return maxMentees;
    }

    /**
     * The fewest member-sessions outside availability over every grouping whose groups hold {@code low..high}
     * mentees, each at its best slot.
     *
     * @throws IllegalStateException when no grouping has such sizes
     */
    Optimum optimum(int low, int high) {
        int groups = mentors.size();
        Map<Long, Integer> bestOfGroup = new HashMap<>();
        int[] groupOf = new int[mentees.size()];
        int[] best = {Integer.MAX_VALUE};
        List<Integer> bestSizes = new ArrayList<>();
        assign(0, groupOf, new int[groups], low, high, bestOfGroup, best, bestSizes);
        if (best[0] == Integer.MAX_VALUE) {
            throw new IllegalStateException("no grouping of " + mentees.size() + " mentees into " + groups
                    + " groups of " + low + "-" + high);
        }
        return new Optimum(best[0], List.copyOf(bestSizes));
    }

    private void assign(int next, int[] groupOf, int[] sizes, int low, int high, Map<Long, Integer> bestOfGroup,
            int[] best, List<Integer> bestSizes) {
        if (next == groupOf.length) {
            int total = 0;
            for (int g = 0; g < sizes.length; g++) {
                if (sizes[g] < low) {
                    return;
                }
                long mask = 0;
                for (int i = 0; i < groupOf.length; i++) {
                    mask |= groupOf[i] == g ? 1L << i : 0;
                }
                long key = mask * sizes.length + g;
                total += bestOfGroup.computeIfAbsent(key, k -> bestSlot(mentors.get((int) (k % sizes.length)),
                        k / sizes.length));
            }
            if (total < best[0]) {
                best[0] = total;
                bestSizes.clear();
                for (int size : sizes) {
                    bestSizes.add(size);
                }
            }
            return;
        }
        for (int g = 0; g < sizes.length; g++) {
            if (sizes[g] < high) {
                groupOf[next] = g;
                sizes[g]++;
                assign(next + 1, groupOf, sizes, low, high, bestOfGroup, best, bestSizes);
                sizes[g]--;
            }
        }
    }

    /** The fewest misses of the mentor and the mentees in {@code mask} at any slot the group may use. */
    private int bestSlot(int mentor, long mask) {
        List<Integer> members = new ArrayList<>(List.of(mentor));
        Set<String> zones = new LinkedHashSet<>(List.of("UTC", zoneOfPerson.get(mentor)));
        for (int i = 0; i < mentees.size(); i++) {
            if ((mask >> i & 1) == 1) {
                members.add(mentees.get(i));
                zones.add(zoneOfPerson.get(mentees.get(i)));
            }
        }
        int best = Integer.MAX_VALUE;
        for (String zone : zones) {
            int[] misses = missesIn(zone);
            for (int slot = 0; slot < 7 * 96; slot++) {
                int sum = 0;
                for (int person : members) {
                    sum += misses[slot * zoneOfPerson.size() + person];
                }
                best = Math.min(best, sum);
            }
        }
        return best;
    }

    /** Every person's misses at every slot (weekday x 15-minute start) in one reference zone, computed once. */
    private int[] missesIn(String zoneName) {
        return missesByZone.computeIfAbsent(zoneName, name -> {
            ZoneId zone = ZoneId.of(name);
            int people = zoneOfPerson.size();
            int[] misses = new int[7 * 96 * people];
            for (int day = 0; day < 7; day++) {
                List<LocalDate> dates = dates(DayOfWeek.of(day + 1));
                for (int quarter = 0; quarter < 96; quarter++) {
                    for (LocalDate date : dates) {
                        Instant begin = ZonedDateTime.of(date.atStartOfDay().plusMinutes(15L * quarter), zone)
                                .toInstant();
                        for (int person = 0; person < people; person++) {
                            if (!freeThroughout(person, begin)) {
                                misses[(day * 96 + quarter) * people + person]++;
                            }
                        }
                    }
                }
            }
            return misses;
        });
    }

    private boolean freeThroughout(int person, Instant begin) {
        ZoneId own = ZoneId.of(zoneOfPerson.get(person));
        for (int minute = 0; minute < sessionMinutes; minute++) {
            ZonedDateTime local = begin.plusSeconds(60L * minute).atZone(own);
            int ofWeek = (local.getDayOfWeek().getValue() - 1) * 24 * 60 + local.getHour() * 60 + local.getMinute();
            if (!freeMinutes.get(person)[ofWeek]) {
                return false;
            }
        }
        return true;
    }

    /** The cadence's dates on one weekday, from the start date (inclusive) to the end (exclusive). */
    List<LocalDate> dates(DayOfWeek weekday) {
        List<LocalDate> dates = new ArrayList<>();
        String kind = cadence.getString("kind");
        if (kind.equals("MONTHLY_BY_WEEKDAY")) {
            int week = cadence.getInt("weekOfMonth", 1);
            for (LocalDate month = start.withDayOfMonth(1); !month.isAfter(end); month = month.plusMonths(1)) {
                LocalDate date = month.with(week == -1 ? TemporalAdjusters.lastInMonth(weekday)
                        : TemporalAdjusters.dayOfWeekInMonth(week, weekday));
                if (!date.isBefore(start) && date.isBefore(end)) {
                    dates.add(date);
                }
            }
        } else if (kind.equals("EVERY_N_WEEKS")) {
            int interval = cadence.getInt("interval", 1);
            for (LocalDate date = start.with(TemporalAdjusters.nextOrSame(weekday)); date.isBefore(end);
                    date = date.plusWeeks(interval)) {
                dates.add(date);
            }
        } else {
            throw new IllegalArgumentException("cadence kind " + kind);
        }
        return dates;
    }

    private static boolean[] freeMinutesOfWeek(JsonArray windows) {
        boolean[] free = new boolean[MINUTES_OF_WEEK];
        if (windows == null) {
            for (int day = 0; day < 5; day++) {
                Arrays.fill(free, day * 1440 + 8 * 60, day * 1440 + 18 * 60, true);
            }
            return free;
        }
        for (JsonValue v : windows) {
            JsonObject w = v.asJsonObject();
            int day = DayOfWeek.valueOf(w.getString("day")).getValue() - 1;
            int from = minuteOfDay(w.getString("start"));
            int to = minuteOfDay(w.getString("end"));
            Arrays.fill(free, day * 1440 + from, day * 1440 + (to == 0 ? 1440 : to), true);
        }
        return free;
    }

    private static int minuteOfDay(String time) {
        return Integer.parseInt(time.substring(0, 2)) * 60 + Integer.parseInt(time.substring(3, 5));
    }

    private static boolean hasRules(JsonObject program) {
        JsonObject matching = program.getJsonObject("matching");
        if (!array(matching, "nonIsolation").isEmpty()) {
            return true;
        }
        for (JsonValue v : array(program, "vocabularies")) {
            if (!array(v.asJsonObject(), "underRepresented").isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** A list the file may leave out or set to null: empty then. */
    private static JsonArray array(JsonObject object, String key) {
        JsonValue value = object == null ? null : object.get(key);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? JsonValue.EMPTY_JSON_ARRAY
                : value.asJsonArray();
    }
}
