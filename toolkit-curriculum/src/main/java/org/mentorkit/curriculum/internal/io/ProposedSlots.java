package org.mentorkit.curriculum.internal.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mentorkit.curriculum.schedule.GroupSchedule;
import org.mentorkit.curriculum.schedule.ProgramSchedule;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.ErrorCode;
import org.mentorkit.model.Group;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.ToolkitException;
import org.mentorkit.model.internal.io.AtomicFiles;
import org.mentorkit.model.io.ModelFiles;
import org.mentorkit.model.io.ModelJson;

/**
 * Records the slots a schedule proposed (for groups that had none saved) in the cohort, so that later runs use them
 * instead of proposing again. A saved slot is never replaced, and the file is only replaced by one that holds
 * everything it held plus the new slots.
 */
public final class ProposedSlots {

    private ProposedSlots() {
    }

    /** The cohort with each proposed slot of {@code schedule} saved in its group; every other group as it was. */
    public static Cohort saved(Cohort cohort, ProgramSchedule schedule) {
        Map<String, GroupSchedule> scheduled = schedule.groups().stream()
                .collect(Collectors.toMap(GroupSchedule::groupId, Function.identity(), (a, b) -> a));
        List<Group> groups = new ArrayList<>();
        for (Group group : cohort.groups()) {
            GroupSchedule s = scheduled.get(group.id());
            boolean proposed = group.slot() == null && s != null && s.slotProposed() && s.slot() != null;
            groups.add(proposed ? group.withSlot(s.slot()) : group);
        }
        return cohort.withGroups(groups);
    }

    /**
     * Writes the cohort with the proposed slots into {@code file} (atomically), after checking that the file still
     * holds {@code cohort} (nobody edited it since it was read) and that the new text reads back as exactly the
     * cohort with those slots.
     *
     * @return the ids of the groups whose slot was saved; empty (and the file untouched) when there were none
     * @throws InvalidInputException if the file changed since it was read (it is no longer the input the schedule
     *                               was made from)
     */
    public static List<String> save(Cohort cohort, ProgramSchedule schedule, Path file) {
        Cohort updated = saved(cohort, schedule);
        List<String> savedIds = new ArrayList<>();
        for (int i = 0; i < cohort.groups().size(); i++) {
            if (!cohort.groups().get(i).equals(updated.groups().get(i))) {
                savedIds.add(cohort.groups().get(i).id());
            }
        }
        if (savedIds.isEmpty()) {
            return List.of();
        }
        if (!ModelFiles.readCohort(file).equals(cohort)) {
            throw new InvalidInputException(file.toString(), "changed since it was read; nothing saved: run the schedule "
                    + "again");
        }
        String text = ModelJson.write(updated);
        if (!ModelJson.readCohort(text, file.toString()).equals(updated)) {
            throw new ToolkitException(ErrorCode.INTERNAL, "the cohort with saved slots does not read back as written; "
                    + "nothing saved");
        }
        AtomicFiles.writeString(file, text);
        return List.copyOf(savedIds);
    }
}
