package org.mentorkit.export.internal;

import java.nio.file.Path;
import java.util.ArrayList;
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
import org.mentorkit.export.TemplateException;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Participant;

/**
 * One participant's own handbook: their group, their mentor and their session dates in their own time zone. The
 * cohort is scheduled once (by the curriculum module's scheduler); each handbook is then independent, so they can be
 * rendered in parallel.
 */
public final class PersonalHandbooks {

    public static final String TEMPLATE = "personal-handbook.md";
    private static final java.util.regex.Pattern LISTS_GROUPS = java.util.regex.Pattern.compile("\\{\\{\\s*#\\s*groups\\s*}}");

    private final Cohort cohort;
    private final Branding branding;
    private final Templates templates;
    private final PacketTexts texts;
    private final Map<String, Object> base;
    private final ProgramSchedule schedule;
    /** Whether the template (built-in or the society's) lists the participant's groups, not only the first. */
    private final boolean templateListsGroups;

    public PersonalHandbooks(Cohort cohort, Curriculum curriculum, Branding branding, Optional<Path> templateDir,
            PacketTexts texts) {
        this.cohort = cohort;
        this.branding = branding;
        this.texts = texts;
        this.templates = new Templates(templateDir, texts);
        this.base = TemplateData.program(cohort.program(), branding, curriculum, texts);
        this.schedule = Scheduler.schedule(cohort, curriculum, "cohort");
        this.templateListsGroups = LISTS_GROUPS.matcher(templates.source(TEMPLATE)).find();
    }

    /** The scheduled groups a participant is in now, in cohort order (a mentor may lead two); empty if none. */
    public List<GroupSchedule> groupsOf(Participant participant) {
        List<GroupSchedule> groups = new ArrayList<>();
        for (org.mentorkit.model.Group g : cohort.groups()) {
            if (g.memberIds().contains(participant.id())) {
                schedule.groups().stream().filter(s -> s.groupId().equals(g.id())).findFirst().ifPresent(groups::add);
            }
        }
        return groups;
    }

    /**
     * The handbook of a participant in one or more groups: every group's roster and session dates. The first group's
     * variables are also given at the top level, for templates written before handbooks listed several groups; such a
     * template is refused for a participant in two groups rather than silently showing one.
     */
    public Packet handbook(Participant participant, List<GroupSchedule> groups) {
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("participant " + participant.id() + " is in no group");
        }
        if (groups.size() > 1 && !templateListsGroups) {
            throw new TemplateException(templates.file(TEMPLATE), 0, "groups", "participant " + participant.id()
                    + " is in " + groups.size() + " groups (" + String.join(", ", groups.stream().map(GroupSchedule::groupId)
                            .toList()) + ") but this template shows one group: list every group with {{#groups}}...{{/groups}}"
                    + " (each with groupName, slot, members and personalSessions; see docs/packet.md)");
        }
        Map<String, Object> data = new LinkedHashMap<>(base);
        List<Map<String, Object>> groupData = new ArrayList<>();
        for (GroupSchedule group : groups) {
            Map<String, Object> one = new LinkedHashMap<>(TemplateData.group(cohort, group, texts));
            one.put("personalSessions", TemplateData.sessionsOf(group, participant, texts));
            groupData.add(one);
        }
        data.putAll(groupData.get(0));
        data.put("groups", groupData);
        data.put("groupCount", groups.size());
        data.put("name", participant.displayName());
        data.put("isMentor", participant.isMentor());
        data.put("roleLabel", texts.label(participant.isMentor() ? "role.mentor" : "role.mentee"));
        data.put("timeZone", participant.timeZone());
        firstSessionOfLateJoiner(participant, groups).ifPresent(first -> data.put("startMonth", texts.month(first)));
        PacketDocument document = MarkdownDocuments.parse("handbook", TEMPLATE, templates.fill(TEMPLATE, data), false, false);
        String society = (String) base.get("society");
        return new Packet(texts.label("handbook.title", "programName", cohort.program().name(), "name", participant.displayName()),
                society, texts.label("subject.handbook"), texts.language().tag(), List.of(document));
    }

    /**
     * The local date of a late joiner's first session: the first the schedule invites them to in any of their groups
     * (after their join date; for a mentor, the first mentor-led one). Empty for everyone who has taken part since the
     * program's start in one of their groups (including members who moved between groups), whose handbook keeps the
     * program's start month.
     */
    private Optional<java.time.LocalDate> firstSessionOfLateJoiner(Participant participant, List<GroupSchedule> groups) {
        String id = participant.id();
        boolean joinedLate = cohort.groups().stream().filter(g -> g.memberIds().contains(id))
                .allMatch(g -> g.joinDate(id).isPresent())
                && cohort.groups().stream().noneMatch(g -> g.formerMemberIds().contains(id));
        if (!joinedLate) {
            return Optional.empty();
        }
        return groups.stream().flatMap(g -> g.sessions().stream())
                .filter(s -> s.members().stream().anyMatch(m -> m.participantId().equals(id)))
                .map(s -> s.start()).min(java.util.Comparator.naturalOrder())
                .map(start -> start.withZoneSameInstant(participant.zone()).toLocalDate());
    }

    /** The handbook as PDF bytes. */
    public byte[] pdf(Participant participant, List<GroupSchedule> groups) {
        return PacketRendering.pdf(handbook(participant, groups), branding);
    }
}
