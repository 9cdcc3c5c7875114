package org.mentorkit.export.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentorkit.curriculum.Curriculum;
import org.mentorkit.curriculum.schedule.ProgramSchedule;
import org.mentorkit.curriculum.schedule.Scheduler;
import org.mentorkit.export.Branding;
import org.mentorkit.export.DocumentKind;
import org.mentorkit.export.EvaluationResults;
import org.mentorkit.export.Packet;
import org.mentorkit.export.PacketDocument;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Program;
import org.mentorkit.surveys.Instrument;

/** Fills the chosen templates in packet order; the cover last, since its contents list the others' titles. */
public final class PacketAssembly {

    private PacketAssembly() {
    }

    public static Packet assemble(Program program, Optional<Cohort> cohort, Curriculum curriculum, List<Instrument> instruments,
            Optional<EvaluationResults> results, Branding branding, Optional<Path> templateDir, Set<DocumentKind> chosen,
            PacketTexts texts) {
        Templates templates = new Templates(templateDir, texts);
        Map<String, Object> base = new LinkedHashMap<>(TemplateData.program(program, branding, curriculum, texts));
        base.put("hasCohort", cohort.isPresent());
        if (cohort.isPresent()) {
            Optional<ProgramSchedule> schedule = cohort.get().groups().isEmpty() ? Optional.empty()
                    : Optional.of(Scheduler.schedule(cohort.get(), curriculum, "cohort"));
            base.putAll(TemplateData.cohort(cohort.get(), schedule, texts));
        }
        base.put("instruments", InstrumentData.instruments(instruments, texts.language()));
        results.ifPresent(r -> base.putAll(ReportData.report(r, cohort, texts)));

        List<PacketDocument> documents = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            if (kind == DocumentKind.COVER || !chosen.contains(kind)) {
                continue;
            }
            if (kind == DocumentKind.SESSION_GUIDES) {
                for (String added : templates.addedTemplates(builtInNames())) {
                    String id = added.substring(0, added.length() - 3);
                    documents.add(fill(templates, added, "custom-" + id, base, false, false));
                }
            }
            boolean newPages = kind == DocumentKind.SESSION_GUIDES || kind == DocumentKind.INSTRUMENTS;
            documents.add(fill(templates, kind.id() + ".md", kind.id(), base, kind == DocumentKind.ROSTERS, newPages));
        }
        if (chosen.contains(DocumentKind.COVER)) {
            Map<String, Object> coverData = new LinkedHashMap<>(base);
            coverData.put("documents", documents.stream()
                    .map(d -> Map.<String, Object>of("title", d.title(), "anchor", d.id())).toList());
            documents.add(0, fill(templates, "cover.md", DocumentKind.COVER.id(), coverData, false, false));
        }
        String society = (String) base.get("society");
        return new Packet(program.name(), society,
                texts.label("subject.packet", "programName", program.name(), "rosters", String.valueOf(cohort.isPresent()),
                        "report", String.valueOf(results.isPresent())),
                texts.language().tag(), documents);
    }

    static Set<String> builtInNames() {
        Set<String> names = Arrays.stream(DocumentKind.values()).map(k -> k.id() + ".md").collect(Collectors.toCollection(java.util.HashSet::new));
        names.add(PersonalHandbooks.TEMPLATE);
        return names;
    }

    static PacketDocument fill(Templates templates, String template, String id, Map<String, Object> data,
            boolean confidential, boolean newPages) {
        String markdown = templates.fill(template, data);
        return MarkdownDocuments.parse(id, template, markdown, confidential, newPages);
    }
}
