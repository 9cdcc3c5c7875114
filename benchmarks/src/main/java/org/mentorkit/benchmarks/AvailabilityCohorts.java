package org.mentorkit.benchmarks;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.mentorkit.model.ApplicantColumns;
import org.mentorkit.model.Cadence;
import org.mentorkit.model.CadenceKind;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.DeliveryMode;
import org.mentorkit.model.GroupPolicy;
import org.mentorkit.model.MatchingConstraints;
import org.mentorkit.model.MatchingSettings;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Program;
import org.mentorkit.model.Role;
import org.mentorkit.model.Vocabulary;
import org.mentorkit.model.WeeklyWindow;

/**
 * Public generator of cohorts with realistic availability (our own code; no real person's data). Each participant
 * answers "when can you meet?" the way people do on application forms: one to three windows such as
 * {@code Tue 12:00-14:00; Thu 18:00-20:00}, drawn from habits (before work, lunch, afternoon, evening), often the same
 * window on two days, a quarter of them "weekdays 09:00-17:00"; real IANA zones of both hemispheres, so a program from
 * January to July crosses the northern (March) and southern (April) clock changes. Regions: {@code world} (Americas,
 * Europe/Africa and Asia-Pacific) or {@code apac} (Asia-Pacific, as in issue 10's 45-person cohort).
 */
final class AvailabilityCohorts {

    private static final String[] AMERICAS = {"America/New_York", "America/Chicago", "America/Denver",
        "America/Los_Angeles", "America/Toronto", "America/Sao_Paulo", "America/Santiago", "America/Mexico_City"};
    private static final String[] EUROPE_AFRICA = {"Europe/London", "Europe/Berlin", "Europe/Paris", "Europe/Madrid",
        "Africa/Johannesburg", "Africa/Lagos"};
    private static final String[] APAC = {"Australia/Sydney", "Australia/Melbourne", "Australia/Perth",
        "Pacific/Auckland", "Asia/Singapore", "Asia/Tokyo", "Asia/Shanghai", "Asia/Kolkata", "Asia/Ho_Chi_Minh"};
    private static final String[] INTERESTS = {"clinical trials", "basic science", "grant writing", "leadership",
        "teaching", "global health", "work-life balance", "career transitions"};

    /** (start hour, length in hours) of the habits people name, with how often each is named. */
    private static final int[][] HABITS = {{7, 2}, {8, 1}, {12, 2}, {12, 1}, {13, 2}, {14, 3}, {16, 2}, {17, 2},
        {18, 2}, {19, 2}, {20, 2}};

    private AvailabilityCohorts() {
    }

    /** The policy of these cohorts unless the runner's options say otherwise: 3 to 5 mentees, one mentor, even sizes. */
    static final GroupPolicy STANDARD_POLICY = new GroupPolicy(3, 5, 1);

    static Cohort generate(long seed, int mentees, int mentors, String region) {
        return generate(seed, mentees, mentors, region, STANDARD_POLICY);
    }

    /** As {@link #generate(long, int, int, String)} under the given group policy (the people are the same). */
    static Cohort generate(long seed, int mentees, int mentors, String region, GroupPolicy policy) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Participant> people = new ArrayList<>();
        for (int i = 0; i < mentors + mentees; i++) {
            boolean mentor = i < mentors;
            String zone = zone(rnd, region);
            List<String> interests = new ArrayList<>();
            interests.add(INTERESTS[rnd.nextInt(INTERESTS.length)]);
            if (rnd.nextInt(2) == 0) {
                String second = INTERESTS[rnd.nextInt(INTERESTS.length)];
                if (!interests.contains(second)) {
                    interests.add(second);
                }
            }
            String gender = rnd.nextInt(100) < 55 ? "woman" : rnd.nextInt(100) < 95 ? "man" : "non-binary";
            String id = (mentor ? "T" : "M") + String.format("%04d", i);
            people.add(new Participant(id, "Person " + id, "", mentor ? Role.MENTOR : Role.MENTEE, zone,
                    windows(rnd), interests, "", "", "", "", Map.of("gender", List.of(gender)),
                    mentor ? 1 + (mentees > 4 * mentors ? 1 : 0) : 0, "", Map.of()));
        }
        // No under-represented values: this benchmark measures meeting slots, not the non-isolation rules.
        List<Vocabulary> vocabularies = List.of(new Vocabulary("gender", "Gender",
                List.of("woman", "man", "non-binary"), List.of(), false));
        Program program = new Program("availability-bench", "Availability benchmark", "mentorkit benchmarks", "",
                LocalDate.of(2027, 1, 12), 6,
                new Cadence(CadenceKind.MONTHLY_BY_WEEKDAY, 1, 2, DayOfWeek.TUESDAY, 60, List.of(), null),
                DeliveryMode.VIRTUAL, policy, MatchingSettings.defaults(), vocabularies,
                ApplicantColumns.defaults(), "");
        return new Cohort(program, people, List.of(), MatchingConstraints.none());
    }

    private static String zone(SplittableRandom rnd, String region) {
        if ("apac".equals(region)) {
            return APAC[rnd.nextInt(APAC.length)];
        }
        int r = rnd.nextInt(100);
        String[] pool = r < 45 ? AMERICAS : r < 75 ? EUROPE_AFRICA : APAC;
        return pool[rnd.nextInt(pool.length)];
    }

    /** One answer to "when can you meet?". */
    static List<WeeklyWindow> windows(SplittableRandom rnd) {
        List<WeeklyWindow> out = new ArrayList<>();
        if (rnd.nextInt(4) == 0) {
            for (DayOfWeek d = DayOfWeek.MONDAY; d != DayOfWeek.SATURDAY; d = d.plus(1)) {
                out.add(new WeeklyWindow(d, LocalTime.of(9, 0), LocalTime.of(17, 0)));
            }
            return out;
        }
        int answers = 1 + rnd.nextInt(3);
        for (int a = 0; a < answers; a++) {
            int[] habit = HABITS[rnd.nextInt(HABITS.length)];
            int half = rnd.nextInt(4) == 0 ? 30 : 0;
            LocalTime start = LocalTime.of(habit[0], half);
            LocalTime end = start.plusHours(habit[1]);
            if (end.isBefore(start) || end.equals(LocalTime.MIDNIGHT)) {
                end = LocalTime.MIDNIGHT;
            }
            // Weekdays mostly, Saturday sometimes; often the same window on two days ("Tue and Thu 12-14").
            DayOfWeek day = rnd.nextInt(10) == 0 ? DayOfWeek.SATURDAY : DayOfWeek.of(1 + rnd.nextInt(5));
            add(out, new WeeklyWindow(day, start, end));
            if (rnd.nextInt(2) == 0) {
                add(out, new WeeklyWindow(DayOfWeek.of(1 + (day.getValue() + 1) % 5), start, end));
            }
        }
        return out;
    }

    /** Adds a window unless it overlaps one of the same day (people do not repeat themselves). */
    private static void add(List<WeeklyWindow> out, WeeklyWindow w) {
        for (WeeklyWindow x : out) {
            if (x.day() == w.day() && x.start().isBefore(end(w)) && w.start().isBefore(end(x))) {
                return;
            }
        }
        out.add(w);
    }

    private static LocalTime end(WeeklyWindow w) {
        return w.end().equals(LocalTime.MIDNIGHT) ? LocalTime.MAX : w.end();
    }
}
