package org.mentorkit.curriculum.schedule;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mentorkit.curriculum.Curriculum;
import org.mentorkit.curriculum.internal.AtomicWrite;
import org.mentorkit.model.Cohort;

/** Writes every output of a schedule into a directory, each file atomically. */
public final class ScheduleOutputs {

    private ScheduleOutputs() {
    }

    /**
     * Writes {@code group-<id>.ics} per group, {@code participant-<id>.ics} per participant with at least one session,
     * {@code schedule.md} and {@code schedule.csv}. Ids are made file-name safe (other characters become {@code _}); names that would then collide (also ignoring case, for
     * case-insensitive file systems) get {@code -2}, {@code -3}, ...
     *
     * @param stamp the DTSTAMP of every event (when the calendars were generated)
     * @return the files written, in the order written
     */
    public static List<Path> writeAll(ProgramSchedule schedule, Cohort cohort, Curriculum curriculum, Path dir, Instant stamp) {
        List<Path> written = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (GroupSchedule group : schedule.groups()) {
            Path file = dir.resolve(unique("group-" + fileSafe(group.groupId()), names) + ".ics");
            AtomicWrite.writeString(file, CalendarFiles.groupCalendar(schedule, group, cohort, curriculum, stamp));
            written.add(file);
        }
        Set<String> attendees = new LinkedHashSet<>();
        schedule.groups().forEach(g -> g.sessions().forEach(s -> s.members().forEach(m -> attendees.add(m.participantId()))));
        for (String id : attendees) {
            Path file = dir.resolve(unique("participant-" + fileSafe(id), names) + ".ics");
            AtomicWrite.writeString(file, CalendarFiles.participantCalendar(schedule, id, cohort, curriculum, stamp));
            written.add(file);
        }
        Path md = dir.resolve("schedule.md");
        AtomicWrite.writeString(md, ScheduleReports.markdown(schedule, cohort));
        written.add(md);
        Path csv = dir.resolve("schedule.csv");
        AtomicWrite.writeString(csv, ScheduleReports.csv(schedule, cohort));
        written.add(csv);
        return written;
    }

    /** Two ids that differ only in unsafe characters ("a/b", "a_b") must not overwrite each other's file. */
    private static String unique(String base, Set<String> taken) {
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    static String fileSafe(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
