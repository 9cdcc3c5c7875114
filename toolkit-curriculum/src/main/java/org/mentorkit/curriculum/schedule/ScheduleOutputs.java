package org.mentorkit.curriculum.schedule;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mentorkit.curriculum.Curriculum;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.i18n.Language;
import org.mentorkit.model.internal.io.AtomicFiles;

/**
 * Writes every output of a schedule into a directory. Every file is generated in memory first and only then written,
 * each atomically ({@link AtomicFiles#writeAll}), so that a failure while generating leaves the directory as it was.
 */
public final class ScheduleOutputs {

    private ScheduleOutputs() {
    }

    /**
     * Writes {@code group-<id>.ics} per group, {@code participant-<id>.ics} per participant with at least one session,
     * {@code schedule.md} and {@code schedule.csv}. Ids are made file-name safe (other characters become {@code _});
     * names that would then collide (also ignoring case, for case-insensitive file systems) get {@code -2}, {@code -3},
     * ...
     *
     * <p>Nothing is written until every file has been generated; then every file is staged beside its target and only
     * then moved over it, so a failure while generating, a directory in the way or a full disk leaves the directory as
     * it was. Only a failure of the file system during the final moves can leave some files new and some old.
     *
     * @param schedule   the schedule, from {@link Scheduler#schedule}
     * @param cohort     the cohort scheduled
     * @param curriculum the curriculum scheduled
     * @param dir        the directory to write into, created if missing
     * @param stamp      the DTSTAMP of every event (when the calendars were generated)
     * @return the files written, in the order written
     * @throws org.mentorkit.model.ToolkitException if a calendar cannot be generated (see {@link CalendarFiles}) or a
     *         file cannot be written ({@link org.mentorkit.model.ErrorCode#IO})
     */
    public static List<Path> writeAll(ProgramSchedule schedule, Cohort cohort, Curriculum curriculum, Path dir, Instant stamp) {
        return writeAll(schedule, cohort, curriculum, dir, stamp, Language.ENGLISH);
    }

    /**
     * As {@link #writeAll(ProgramSchedule, Cohort, Curriculum, Path, Instant)}, with the calendars' summaries and
     * descriptions and schedule.md in {@code language} (labels, weekdays, dates and times). schedule.csv is for
     * machines and stays the same in every language (ISO dates, enum names). UIDs and SEQUENCE do not depend on the
     * language: a language change rewrites the texts of the same events.
     *
     * @param schedule   the schedule, from {@link Scheduler#schedule}
     * @param cohort     the cohort scheduled
     * @param curriculum the curriculum scheduled
     * @param dir        the directory to write into, created if missing
     * @param stamp      the DTSTAMP of every event (when the calendars were generated)
     * @param language   the language of the calendars' texts and schedule.md
     * @return the files written, in the order written
     * @throws org.mentorkit.model.ToolkitException if a calendar cannot be generated (see {@link CalendarFiles}) or a
     *         file cannot be written ({@link org.mentorkit.model.ErrorCode#IO})
     */
    public static List<Path> writeAll(ProgramSchedule schedule, Cohort cohort, Curriculum curriculum, Path dir, Instant stamp,
            Language language) {
        Map<Path, byte[]> outputs = generate(schedule, cohort, curriculum, dir, stamp, language);
        AtomicFiles.writeAll(outputs);
        return List.copyOf(outputs.keySet());
    }

    /**
     * Removes the calendars an earlier schedule wrote into {@code dir} that this one did not write again (a
     * participant who withdrew, a group that is gone), so that the folder holds the current schedule only and no old
     * calendar is sent by mistake. Only {@code group-*.ics} and {@code participant-*.ics} files that mentorkit wrote
     * (their PRODID says so) are removed; any other file is left alone.
     *
     * @param dir     the directory written by {@link #writeAll}
     * @param written the files {@link #writeAll} returned
     * @return the files removed, sorted by name
     * @throws org.mentorkit.model.ToolkitException if the directory cannot be listed or a file cannot be removed
     *         ({@link org.mentorkit.model.ErrorCode#IO})
     */
    public static List<Path> removeStaleCalendars(Path dir, java.util.Collection<Path> written) {
        Set<Path> keep = new HashSet<>();
        written.forEach(p -> keep.add(p.toAbsolutePath().normalize()));
        List<Path> removed = new java.util.ArrayList<>();
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                boolean calendarName = (name.startsWith("group-") || name.startsWith("participant-")) && name.endsWith(".ics");
                if (!calendarName || keep.contains(file.toAbsolutePath().normalize())
                        || !java.nio.file.Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        || !writtenByMentorkit(file)) {
                    continue;
                }
                java.nio.file.Files.delete(file);
                removed.add(file);
            }
        } catch (java.io.IOException e) {
            throw new org.mentorkit.model.ToolkitException(org.mentorkit.model.ErrorCode.IO,
                    "could not remove an earlier schedule's calendar in " + dir + ": " + e.getMessage(), e);
        }
        return removed;
    }

    /** Whether the file's first lines carry mentorkit's PRODID (read at most 4 KB). */
    private static boolean writtenByMentorkit(Path file) throws java.io.IOException {
        byte[] head;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        }
        String text = new String(head, StandardCharsets.UTF_8);
        return text.startsWith("BEGIN:VCALENDAR") && text.contains("\nPRODID:-//mentorkit//");
    }

    /** Every output file and its content, in the order they are written; touches no file. */
    static Map<Path, byte[]> generate(ProgramSchedule schedule, Cohort cohort, Curriculum curriculum, Path dir, Instant stamp,
            Language language) {
        Map<Path, byte[]> outputs = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        for (GroupSchedule group : schedule.groups()) {
            Path file = dir.resolve(unique("group-" + fileSafe(group.groupId()), names) + ".ics");
            outputs.put(file, utf8(CalendarFiles.groupCalendar(schedule, group, cohort, curriculum, stamp, language)));
        }
        Set<String> attendees = new LinkedHashSet<>();
        schedule.groups().forEach(g -> g.sessions().forEach(s -> s.members().forEach(m -> attendees.add(m.participantId()))));
        // Former participants (who withdrew) get no calendar of their own: nothing new is sent to them.
        attendees.removeIf(id -> cohort.participant(id).isEmpty() && cohort.participantOrFormer(id).isPresent());
        for (String id : attendees) {
            Path file = dir.resolve(unique("participant-" + fileSafe(id), names) + ".ics");
            outputs.put(file, utf8(CalendarFiles.participantCalendar(schedule, id, cohort, curriculum, stamp, language)));
        }
        outputs.put(dir.resolve("schedule.md"), utf8(ScheduleReports.markdown(schedule, cohort, language)));
        outputs.put(dir.resolve("schedule.csv"), utf8(ScheduleReports.csv(schedule, cohort)));
        return outputs;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
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
