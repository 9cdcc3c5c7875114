package org.mentorkit.export.internal;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mentorkit.curriculum.Curriculum;
import org.mentorkit.curriculum.schedule.GroupSchedule;
import org.mentorkit.curriculum.schedule.ProgramSchedule;
import org.mentorkit.curriculum.schedule.Scheduler;
import org.mentorkit.export.Branding;
import org.mentorkit.export.Packet;
import org.mentorkit.export.PacketDocument;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Participant;

/**
 * One participant's own handbook: their group, their mentor and their session dates in their own time zone. The
 * cohort is scheduled once (by the curriculum module's scheduler); each handbook is then independent, so they can be
 * rendered in parallel.
 */
public final class PersonalHandbooks {

    public static final String TEMPLATE = "personal-handbook.md";

    private final Cohort cohort;
    private final Branding branding;
    private final Templates templates;
    private final PacketTexts texts;
    private final Map<String, Object> base;
    private final ProgramSchedule schedule;

    public PersonalHandbooks(Cohort cohort, Curriculum curriculum, Branding branding, Optional<Path> templateDir,
            PacketTexts texts) {
        this.cohort = cohort;
        this.branding = branding;
        this.texts = texts;
        this.templates = new Templates(templateDir, texts);
        this.base = TemplateData.program(cohort.program(), branding, curriculum, texts);
        this.schedule = Scheduler.schedule(cohort, curriculum, "cohort");
    }

    /** The scheduled group of a participant, if they are in one. */
    public Optional<GroupSchedule> groupOf(Participant participant) {
        return cohort.groups().stream().filter(g -> g.memberIds().contains(participant.id())).findFirst()
                .flatMap(g -> schedule.groups().stream().filter(s -> s.groupId().equals(g.id())).findFirst());
    }

    /** The handbook of a participant in a group. */
    public Packet handbook(Participant participant, GroupSchedule group) {
        Map<String, Object> data = new LinkedHashMap<>(base);
        data.putAll(TemplateData.group(cohort, group, texts));
        data.put("name", participant.displayName());
        data.put("isMentor", participant.isMentor());
        data.put("roleLabel", texts.label(participant.isMentor() ? "role.mentor" : "role.mentee"));
        data.put("timeZone", participant.timeZone());
        data.put("personalSessions", TemplateData.sessionsOf(group, participant, texts));
        firstSessionOfLateJoiner(participant, group).ifPresent(first -> data.put("startMonth", texts.month(first)));
        PacketDocument document = MarkdownDocuments.parse("handbook", TEMPLATE, templates.fill(TEMPLATE, data), false, false);
        String society = (String) base.get("society");
        return new Packet(texts.label("handbook.title", "programName", cohort.program().name(), "name", participant.displayName()),
                society, texts.label("subject.handbook"), texts.language().tag(), List.of(document));
    }

    /**
     * The local date of a late joiner's first session: the first the schedule invites them to (after their join date;
     * for a mentor, the first mentor-led one). Empty for everyone who has taken part since the program's start
     * (including members who moved between groups), whose handbook keeps the program's start month.
     */
    private Optional<java.time.LocalDate> firstSessionOfLateJoiner(Participant participant, GroupSchedule group) {
        String id = participant.id();
        boolean joinedLate = cohort.groups().stream()
                .anyMatch(g -> g.memberIds().contains(id) && g.joinDate(id).isPresent())
                && cohort.groups().stream().noneMatch(g -> g.formerMemberIds().contains(id));
        if (!joinedLate) {
            return Optional.empty();
        }
        return group.sessions().stream()
                .filter(s -> s.members().stream().anyMatch(m -> m.participantId().equals(id))).findFirst()
                .map(s -> s.start().withZoneSameInstant(participant.zone()).toLocalDate());
    }

    /** The handbook as PDF bytes. */
    public byte[] pdf(Participant participant, GroupSchedule group) {
        return PacketRendering.pdf(handbook(participant, group), branding);
    }
}
