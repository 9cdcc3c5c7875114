package org.mentorkit.curriculum;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * One meeting of a group and its guide: enough for a facilitator who has never run the program to run it.
 *
 * @param id               unique within the curriculum, e.g. {@code kickoff}; overlays refer to sessions by it
 * @param title            the session's name
 * @param monthOffset      the program month the session is meant for, 0 for the first month (a guide for planners;
 *                         actual dates come from the program's cadence and the session order)
 * @param format           mentor-led or peer-only
 * @param durationMinutes  how long the session lasts; the agenda's minutes add up to it
 * @param objectives       what participants will be able to do afterwards
 * @param agenda           the timed agenda
 * @param prompts          discussion prompts
 * @param preWork          what to do before the session
 * @param activities       exercises used during the session
 * @param facilitatorNotes advice for whoever facilitates
 * @param resources        public references for the session
 * @param competencies     competency tags of the documented set, see {@link Competency}
 */
@JsonbPropertyOrder({"id", "title", "monthOffset", "format", "durationMinutes", "objectives", "agenda", "prompts",
        "preWork", "activities", "facilitatorNotes", "resources", "competencies"})
public record Session(
        String id,
        String title,
        int monthOffset,
        SessionFormat format,
        int durationMinutes,
        List<String> objectives,
        List<AgendaItem> agenda,
        List<String> prompts,
        List<String> preWork,
        List<String> activities,
        List<String> facilitatorNotes,
        List<Resource> resources,
        List<Competency> competencies) {

    /**
     * The session as given, not yet checked (see {@link Curriculum#problems(String)}); absent texts (null) become ""
     * and absent lists empty ones, the lists copied.
     *
     * @param id               unique within the curriculum, e.g. {@code kickoff}
     * @param title            the session's name
     * @param monthOffset      the program month the session is meant for, 0 for the first month
     * @param format           mentor-led or peer-only
     * @param durationMinutes  how long the session lasts; the agenda's minutes add up to it
     * @param objectives       what participants will be able to do afterwards
     * @param agenda           the timed agenda
     * @param prompts          discussion prompts
     * @param preWork          what to do before the session
     * @param activities       exercises used during the session
     * @param facilitatorNotes advice for whoever facilitates
     * @param resources        public references for the session
     * @param competencies     competency tags of the documented set
     */
    public Session {
        id = Values.orEmpty(id);
        title = Values.orEmpty(title);
        objectives = Values.copy(objectives);
        agenda = Values.copy(agenda);
        prompts = Values.copy(prompts);
        preWork = Values.copy(preWork);
        activities = Values.copy(activities);
        facilitatorNotes = Values.copy(facilitatorNotes);
        resources = Values.copy(resources);
        competencies = Values.copy(competencies);
    }

    /**
     * The agenda's length, which the curriculum rules compare with {@link #durationMinutes()}.
     *
     * @return the sum of the agenda items' minutes (absent items count 0)
     */
    public int agendaMinutes() {
        return agenda.stream().filter(a -> a != null).mapToInt(AgendaItem::minutes).sum();
    }

    /**
     * A copy with other resources and everything else the same.
     *
     * @param newResources the session's public references
     * @return the new session; this one is unchanged
     */
    public Session withResources(List<Resource> newResources) {
        return new Session(id, title, monthOffset, format, durationMinutes, objectives, agenda, prompts, preWork,
                activities, facilitatorNotes, newResources, competencies);
    }
}
