package org.mentorkit.export.internal;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mentorkit.curriculum.Curriculum;
import org.mentorkit.curriculum.Session;
import org.mentorkit.curriculum.SessionFormat;
import org.mentorkit.export.Branding;
import org.mentorkit.export.Packet;
import org.mentorkit.export.PacketDocument;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Group;
import org.mentorkit.model.Participant;

/** One participant's own handbook: their group, their mentor and their session dates in their own time zone. */
public final class PersonalHandbooks {

    public static final String TEMPLATE = "personal-handbook.md";

    private final Cohort cohort;
    private final Curriculum curriculum;
    private final Branding branding;
    private final Templates templates;
    private final Map<String, Object> base;

    public PersonalHandbooks(Cohort cohort, Curriculum curriculum, Branding branding, Optional<Path> templateDir) {
        this.cohort = cohort;
        this.curriculum = curriculum;
        this.branding = branding;
        this.templates = new Templates(templateDir);
        this.base = TemplateData.program(cohort.program(), branding, curriculum);
    }

    /** The group of a participant, if they are in one. */
    public Optional<Group> groupOf(Participant participant) {
        return cohort.groups().stream().filter(g -> g.memberIds().contains(participant.id())).findFirst();
    }

    /** The handbook of a participant who is in a group. */
    public Packet handbook(Participant participant, Group group) {
        Map<String, Object> data = new LinkedHashMap<>(base);
        data.putAll(TemplateData.group(cohort, group, curriculum.sessions().size()));
        data.put("name", participant.displayName());
        data.put("isMentor", participant.isMentor());
        data.put("roleLabel", participant.isMentor() ? "mentor" : "mentee");
        data.put("timeZone", participant.timeZone());
        data.put("personalSessions", sessions(participant.zone(), group));
        PacketDocument document = MarkdownDocuments.parse("handbook", TEMPLATE, templates.fill(TEMPLATE, data), false, false);
        String society = (String) base.get("society");
        return new Packet(cohort.program().name() + ": handbook of " + participant.displayName(), society,
                "Personal handbook", branding.language(), List.of(document));
    }

    /** The handbook as PDF bytes. */
    public byte[] pdf(Participant participant, Group group) {
        return PacketRendering.pdf(handbook(participant, group), branding);
    }

    private List<Map<String, Object>> sessions(ZoneId zone, Group group) {
        List<Session> sessions = curriculum.sessions();
        List<ZonedDateTime> starts = SessionDates.starts(cohort.program(), group, sessions.size());
        List<Map<String, Object>> dates = TemplateData.sessionDates(cohort.program(), group, sessions.size(), starts, zone);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < sessions.size() && i < dates.size(); i++) {
            Map<String, Object> row = new LinkedHashMap<>(dates.get(i));
            row.put("title", sessions.get(i).title());
            row.put("formatLabel", sessions.get(i).format() == SessionFormat.MENTOR_LED ? "with the mentor" : "peers only");
            rows.add(row);
        }
        return rows;
    }
}
