package org.mentorkit.curriculum.schedule;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
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
     * {@code schedule.md} and {@code schedule.csv}. Ids are made file-name safe (other characters become {@code _}).
     *
     * @param stamp the DTSTAMP of every event (when the calendars were generated)
     * @return the files written, in the order written
     */
    public static List<Path> writeAll(ProgramSchedule schedule, Cohort cohort, Curriculum curriculum, Path dir, Instant stamp) {
        List<Path> written = new ArrayList<>();
        for (GroupSchedule group : schedule.groups()) {
            Path file = dir.resolve("group-" + fileSafe(group.groupId()) + ".ics");
            AtomicWrite.writeString(file, CalendarFiles.groupCalendar(schedule, group, cohort, curriculum, stamp));
            written.add(file);
        }
        Set<String> attendees = new LinkedHashSet<>();
        schedule.groups().forEach(g -> g.sessions().forEach(s -> s.members().forEach(m -> attendees.add(m.participantId()))));
        for (String id : attendees) {
            Path file = dir.resolve("participant-" + fileSafe(id) + ".ics");
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

    static String fileSafe(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
