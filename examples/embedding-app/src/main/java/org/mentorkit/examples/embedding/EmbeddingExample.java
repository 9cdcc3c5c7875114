package org.mentorkit.examples.embedding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.mentorkit.curriculum.Curriculum;
import org.mentorkit.curriculum.CurriculumOverlays;
import org.mentorkit.curriculum.CurriculumRegistry;
import org.mentorkit.curriculum.DefaultCurriculum;
import org.mentorkit.curriculum.schedule.ProgramSchedule;
import org.mentorkit.curriculum.schedule.Scheduler;
import org.mentorkit.curriculum.spi.CurriculumProvider;
import org.mentorkit.export.Branding;
import org.mentorkit.followup.EmlFiles;
import org.mentorkit.followup.MailAddress;
import org.mentorkit.followup.MailTemplates;
import org.mentorkit.followup.Mailer;
import org.mentorkit.followup.MessageBatch;
import org.mentorkit.followup.Reminders;
import org.mentorkit.followup.SendLedger;
import org.mentorkit.followup.SendReport;
import org.mentorkit.followup.SurveyLinks;
import org.mentorkit.followup.SurveyStatus;
import org.mentorkit.followup.spi.MailTransport;
import org.mentorkit.export.OutputFormat;
import org.mentorkit.export.Packet;
import org.mentorkit.export.PacketBuilder;
import org.mentorkit.export.PacketWriter;
import org.mentorkit.matching.FormationResult;
import org.mentorkit.matching.FormationSettings;
import org.mentorkit.matching.GroupFormation;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.GroupPolicy;
import org.mentorkit.model.MatchingConstraints;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Program;
import org.mentorkit.model.Role;
import org.mentorkit.model.Vocabulary;
import org.mentorkit.model.io.ModelValidation;
import org.mentorkit.surveys.Choice;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.InstrumentValidator;
import org.mentorkit.surveys.Item;
import org.mentorkit.surveys.ResponseSet;
import org.mentorkit.surveys.ItemKind;
import org.mentorkit.surveys.Section;
import org.mentorkit.surveys.Wave;
import org.mentorkit.surveys.exchange.RedcapDictionary;

/**
 * A society's own application using mentorkit as a library: every step of the developer guide, in the order a
 * membership system would run them. {@link #run(Path)} returns what it made so that tests can check it.
 */
public final class EmbeddingExample {

    /** What one run produced. */
    public record Outcome(Cohort cohort, FormationResult formation, ProgramSchedule schedule, Curriculum curriculum,
                          Instrument instrument, String redcapDictionary, List<Path> packetFiles) {
    }

    private EmbeddingExample() {
    }

    /** Runs the example and writes the packet (Markdown and HTML) to the folder given as the first argument. */
    public static void main(String[] args) {
        Path out = Path.of(args.length > 0 ? args[0] : "embedding-example-output");
        Outcome outcome = run(out);
        System.out.println("Formed " + outcome.formation().groups().size() + " groups of "
                + outcome.cohort().mentees().size() + " mentees; scheduled "
                + outcome.schedule().groups().get(0).sessions().size() + " sessions per group with curriculum '"
                + outcome.curriculum().id() + "'; wrote " + outcome.packetFiles().size() + " packet files to " + out);
    }

    /** Every step, end to end. */
    public static Outcome run(Path out) {
        Program program = program();
        // tag::validate[]
        Cohort cohort = new Cohort(program, participants(), List.of(), MatchingConstraints.none());
        ModelValidation.requireValid(cohort, "membership-system export");
        // end::validate[]

        // tag::form-groups[]
        FormationSettings settings = FormationSettings.builder()
                .seed(2027)
                .timeLimit(Duration.ofSeconds(2))
                .build();
        FormationResult formation = GroupFormation.form(cohort, settings);
        Cohort grouped = cohort.withGroups(formation.groups());
        // end::form-groups[]

        // tag::curriculum-provider[]
        CurriculumRegistry registry = CurriculumRegistry.builder()
                .discovery(false)                     // only what this application registers
                .register(new BioscienceCurriculum())
                .build();
        Curriculum curriculum = registry.curriculum(BioscienceCurriculum.ID);
        // end::curriculum-provider[]

        // tag::schedule[]
        ProgramSchedule schedule = Scheduler.schedule(grouped, curriculum, "embedding example");
        // end::schedule[]

        Instrument instrument = exitInterview();
        String dictionary = RedcapDictionary.write(instrument);

        // tag::packet[]
        Path templates = customTemplates(out.resolve("templates"));
        Packet packet = PacketBuilder.forProgram(program)
                .cohort(grouped)
                .curriculum(curriculum)
                .instruments(List.of(instrument))
                .templates(templates)                  // our cover.md replaces the built-in one
                .build();
        List<Path> files = PacketWriter.write(packet, Branding.defaults(),
                EnumSet.of(OutputFormat.MARKDOWN, OutputFormat.HTML), out.resolve("packet"));
        // end::packet[]
        return new Outcome(grouped, formation, schedule, curriculum, instrument, dictionary, files);
    }

    // tag::program[]
    /** A program defined in code: a bioscience society's early-career circles with its own vocabularies. */
    static Program program() {
        Vocabulary stage = new Vocabulary("careerStage", "Career stage",
                List.of("Postdoc", "Research associate", "Assistant professor", "Principal investigator"),
                List.of(), false);
        Vocabulary gender = new Vocabulary("gender", "Gender",
                List.of("Woman", "Man", "Non-binary", "Prefer not to say"),
                List.of("Woman", "Non-binary"), false);   // never alone in a group
        return Program.builder("bio-circles-2027", "Early-Career Circles", "Example Bioscience Society",
                        LocalDate.of(2027, 3, 2))
                .description("Peer-mentoring circles for postdocs and new investigators.")
                .groupPolicy(new GroupPolicy(3, 4, 1))       // 3 to 4 mentees, one mentor
                .vocabularies(List.of(stage, gender))
                .contactEmail("circles@example.org")
                .build();                                     // 6 months, monthly, virtual: the defaults
    }
    // end::program[]

    /** Eight postdocs and assistant professors and two investigators as mentors, in three regions. */
    static List<Participant> participants() {
        List<Participant> people = new ArrayList<>();
        String[][] mentees = {
            {"p1", "Amara Nwosu", "Europe/London", "Postdoc", "Woman", "genomics"},
            {"p2", "Jonas Berg", "Europe/Stockholm", "Postdoc", "Man", "imaging"},
            {"p3", "Lucía Ramos", "Europe/Madrid", "Research associate", "Woman", "genomics"},
            {"p4", "Mei Tanaka", "Asia/Tokyo", "Assistant professor", "Woman", "proteomics"},
            {"p5", "Tomás Silva", "America/Sao_Paulo", "Postdoc", "Man", "imaging"},
            {"p6", "Rachel Adeyemi", "America/New_York", "Assistant professor", "Woman", "proteomics"},
            {"p7", "Sam Whitaker", "America/Chicago", "Postdoc", "Non-binary", "genomics"},
            {"p8", "Priyanka Das", "America/New_York", "Research associate", "Woman", "imaging"},
        };
        for (String[] m : mentees) {
            people.add(person(m[0], m[1], Role.MENTEE, m[2], m[3], m[4], m[5], 0));
        }
        people.add(person("pi1", "Helen Fraser", Role.MENTOR, "Europe/London", "Principal investigator", "Woman",
                "genomics", 1));
        people.add(person("pi2", "Marcus Reed", Role.MENTOR, "America/New_York", "Principal investigator", "Man",
                "imaging", 1));
        return people;
    }

    // tag::participant[]
    static Participant person(String id, String name, Role role, String zone, String stage, String gender,
                              String interest, int capacity) {
        Participant.Builder person = Participant.builder(id, name, role, zone)
                .email(id + "@example.org")
                .interests(List.of(interest))
                .careerStage(stage)
                .attribute("gender", List.of(gender));   // no availability given: the program's default week
        if (role == Role.MENTOR) {
            person.capacity(capacity).careerLevel("late-career");
        }
        return person.build();
    }
    // end::participant[]

    // tag::custom-instrument[]
    /** The society's own short exit interview, exported for REDCap like the built-in surveys. */
    static Instrument exitInterview() {
        Item stayed = Item.of("stayed_in_research", ItemKind.YES_NO,
                "Are you still working in research?", true, Item.YES_NO_CHOICES);
        Item helped = Item.of("most_helpful", ItemKind.SINGLE_CHOICE, "What helped you most?", false,
                List.of(new Choice("1", "My mentor"), new Choice("2", "My peers"), new Choice("3", "The resources")));
        Item comments = Item.of("comments", ItemKind.LONG_TEXT, "Anything else you would like to tell us?", false,
                List.of());
        Instrument instrument = new Instrument("exit-interview", "Exit interview", Wave.CUSTOM, "",
                List.of(new Section("Looking back", List.of(stayed, helped, comments))));
        return InstrumentValidator.requireValid(instrument, "exit interview");
    }
    // end::custom-instrument[]

    // tag::curriculum-provider-class[]
    /** The society's curriculum: the default six sessions, renamed, through an overlay kept with the application. */
    static final class BioscienceCurriculum implements CurriculumProvider {

        static final String ID = "bio-circles";

        @Override
        public String id() {
            return ID;
        }

        @Override
        public Curriculum curriculum() {
            String overlay = """
                    {"id": "bio-circles", "title": "Early-Career Circles: six conversations",
                     "audience": "Postdocs and new investigators"}
                    """;
            return CurriculumOverlays.apply(DefaultCurriculum.load(), overlay, "bio-circles overlay");
        }
    }
    // end::curriculum-provider-class[]

    // tag::followup[]
    /**
     * Reminders to the mentees who have not answered a survey, handed to the society's own mail service: any
     * {@link MailTransport} (here the caller's), with mentorkit's send ledger so that a repeat sends nothing twice.
     */
    static SendReport remind(Cohort cohort, ResponseSet answers, Path folder, MailTransport mailService)
            throws InterruptedException {
        Instrument survey = answers.instrument();
        SurveyStatus status = SurveyStatus.of(cohort, survey, List.of(answers));
        MailAddress from = new MailAddress("mentoring@example.org", cohort.program().name());
        MessageBatch reminders = Reminders.build(cohort, survey, status, MailTemplates.builtIn(),
                SurveyLinks.pattern("https://survey.example.org/exit?pid={id}"), from);
        List<Path> drafts = EmlFiles.write(reminders.messages(), folder, Instant.now());
        return Mailer.builder(mailService).ratePerMinute(600).build().send(drafts, SendLedger.in(folder));
    }
    // end::followup[]

    /** Copies the application's own templates (kept as resources of this module) to a folder the packet reads. */
    private static Path customTemplates(Path folder) {
        try (InputStream cover = EmbeddingExample.class.getResourceAsStream("templates/cover.md")) {
            if (cover == null) {
                throw new IllegalStateException("templates/cover.md is missing from the example module");
            }
            Files.createDirectories(folder);
            Files.write(folder.resolve("cover.md"), cover.readAllBytes());
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
