package org.mentorkit.curriculum;

import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Problem;
import org.mentorkit.model.Program;

/**
 * The program's {@code cadence.sessionMinutes} against the curriculum's sessions. A session lasts its curriculum's
 * {@code durationMinutes} (its agenda is timed to it), and a meeting slot is as long as the longest session, so a
 * program whose {@code sessionMinutes} says otherwise would have one length in its texts and another in its slots and
 * calendars. The commands refuse that conflict, naming both lengths, instead of quietly using one of them.
 */
public final class SessionLengths {

    private SessionLengths() {
    }

    /**
     * The curriculum's longest session, the length of every meeting slot.
     *
     * @param curriculum the curriculum the groups follow
     * @return its longest session's minutes
     */
    public static int longest(Curriculum curriculum) {
        return curriculum.sessions().stream().mapToInt(Session::durationMinutes).max().orElse(0);
    }

    /**
     * Refuses a program whose session length is not the curriculum's.
     *
     * @param program    the program
     * @param curriculum the curriculum the groups follow
     * @param source     the file the program was read from (program.json or a cohort file)
     * @param jsonPath   the program's JSON path in that file: {@code cadence} or {@code program.cadence}
     * @throws InvalidInputException naming the file, the JSON path, both lengths and the two ways out
     */
    public static void requireAgreement(Program program, Curriculum curriculum, String source, String jsonPath) {
        int longest = longest(curriculum);
        int given = program.cadence().sessionMinutes();
        if (longest == 0 || given == longest) {
            return;
        }
        boolean allSame = curriculum.sessions().stream().allMatch(s -> s.durationMinutes() == longest);
        throw new InvalidInputException(java.util.List.of(new Problem(source + ": " + jsonPath + ".sessionMinutes", "is " + given
                + ", but " + (allSame ? "the sessions" : "the longest session") + " of curriculum '" + curriculum.id()
                + "' last" + (allSame ? "" : "s") + " " + longest + " minutes (agendas are timed to the curriculum,"
                + " and meeting slots and calendars use its length); set sessionMinutes to " + longest
                + ", or choose a curriculum (or an overlay) whose longest session lasts " + given + " minutes")));
    }
}
