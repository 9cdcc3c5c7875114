package org.mentorkit.surveys;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mentorkit.model.Program;
import org.mentorkit.model.Vocabulary;
import org.mentorkit.model.i18n.Language;
import org.mentorkit.model.i18n.Texts;
import org.mentorkit.model.i18n.Translations;
import org.mentorkit.surveys.internal.JsonSupport;

/**
 * The built-in instruments, written for this toolkit after what the pilot measured: an application form, a
 * pre-program and a post-program survey, and an optional mid-program check-in.
 *
 * <p>The application form's questions about the applicant (career stage, specialty, demographics) come from the
 * program's vocabularies, so a society's own categories appear as they are; see {@link #application(Program)}.
 */
public final class Instruments {

    /** Ids of the built-in instruments, in program order. */
    public static final List<String> BUILT_IN_IDS = List.of("application", "pre-program", "mid-program", "post-program");

    private Instruments() {
    }

    /**
     * The translation domain of an instrument's texts (see {@link LocalizedInstrument}).
     *
     * @param instrumentId an instrument id, built-in or a society's own
     * @return {@code survey.instrument.<id>}
     */
    public static String domain(String instrumentId) {
        return "survey.instrument." + instrumentId;
    }

    /**
     * The built-in instruments, in English.
     *
     * @return the instruments of {@link #BUILT_IN_IDS}, in that order; the application form without vocabulary
     *         questions (see {@link #application(Program)})
     */
    public static List<Instrument> builtIn() {
        return BUILT_IN_IDS.stream().map(Instruments::load).toList();
    }

    /**
     * The built-in instrument with the given id, in English.
     *
     * @param id one of {@link #BUILT_IN_IDS}
     * @return the instrument (the application form without vocabulary questions), or empty for any other id
     */
    public static Optional<Instrument> builtIn(String id) {
        return BUILT_IN_IDS.contains(id) ? Optional.of(load(id)) : Optional.empty();
    }

    /**
     * The built-in instrument with the given id, in English, with the application form completed from {@code program}'s
     * vocabularies.
     *
     * @param id      one of {@link #BUILT_IN_IDS}
     * @param program the program whose vocabularies the application form asks about
     * @return the instrument, or empty for any other id
     * @throws org.mentorkit.model.InvalidInputException when the vocabularies make an invalid application form (see
     *         {@link #application(Program)})
     */
    public static Optional<Instrument> builtIn(String id, Program program) {
        return "application".equals(id) ? Optional.of(application(program)) : builtIn(id);
    }

    /**
     * The built-in instrument with the given id in a language (the application form completed from {@code program}'s
     * vocabularies), with its translation's provenance.
     *
     * @param id       one of {@link #BUILT_IN_IDS}
     * @param program  the program whose vocabularies the application form asks about
     * @param language the language wanted; texts not translated into it stay in English and the provenance says so
     * @return the localized instrument, or empty for any other id
     * @throws org.mentorkit.model.InvalidInputException when the vocabularies make an invalid application form
     */
    public static Optional<LocalizedInstrument> builtIn(String id, Program program, Language language) {
        if (!BUILT_IN_IDS.contains(id)) {
            return Optional.empty();
        }
        Instrument instrument = "application".equals(id) ? application(program, language) : load(id);
        return Optional.of(LocalizedInstrument.of(instrument, language));
    }

    /**
     * The application form for a program: the built-in questions plus one question per vocabulary (single or
     * multiple choice as the vocabulary says, choices coded 1..n in the vocabulary's order) and, when the program has a
     * {@code gender} vocabulary, a question on the preferred gender of the mentor. Career stage and specialty are
     * required; demographic questions are optional.
     *
     * @param program the program whose vocabularies the form asks about
     * @return the form, in English, titled with the program's name
     * @throws org.mentorkit.model.InvalidInputException when the form with the vocabulary questions breaks the
     *         instrument rules (for example a vocabulary whose item id is that of a built-in question), every problem
     *         located in "application form of program &lt;id&gt;"
     */
    public static Instrument application(Program program) {
        return application(program, Language.ENGLISH);
    }

    /**
     * The application form for a program in a language: the built-in questions in that language (see
     * {@link LocalizedInstrument}), and the vocabulary questions with the vocabularies' own labels and values, which are
     * the program's (written in the program's language), with the fixed parts ("select all that apply", the mentor's
     * gender question, "No preference") in {@code language}.
     *
     * @param program  the program whose vocabularies the form asks about
     * @param language the language of the built-in questions and fixed parts
     * @return the form, titled with the program's name
     * @throws org.mentorkit.model.InvalidInputException when the form breaks the instrument rules, as
     *         {@link #application(Program)}
     */
    public static Instrument application(Program program, Language language) {
        Texts common = Translations.load().texts(LocalizedInstrument.EXPORT_DOMAIN, language);
        Instrument base = LocalizedInstrument.of(load("application"), language).instrument();
        List<Item> about = new ArrayList<>(base.sections().get(0).items());
        List<Item> mentor = new ArrayList<>();
        for (Vocabulary vocabulary : program.vocabularies()) {
            about.add(vocabularyItem(vocabulary, common));
            if ("gender".equals(vocabulary.id())) {
                mentor.add(mentorGenderItem(vocabulary, common));
            }
        }
        List<Section> sections = new ArrayList<>(base.sections());
        sections.set(0, new Section(base.sections().get(0).title(), about));
        Section last = sections.get(sections.size() - 1);
        List<Item> lastItems = new ArrayList<>(last.items());
        lastItems.addAll(1, mentor);
        sections.set(sections.size() - 1, new Section(last.title(), lastItems));
        Instrument instrument = new Instrument(base.id(),
                common.format("application.title", "title", base.title(), "program", program.name()), base.wave(),
                base.respondents(), base.description(), sections);
        return InstrumentValidator.requireValid(instrument, "application form of program " + program.id());
    }

    /**
     * The item id that asks for a vocabulary on the application form.
     *
     * @param vocabularyId a vocabulary id of the program
     * @return the id in lower snake case ({@code careerStage} -&gt; {@code career_stage}), any character other than a
     *         letter, digit or {@code _} replaced by {@code _}
     */
    public static String vocabularyItemId(String vocabularyId) {
        return vocabularyId.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[^A-Za-z0-9_]", "_").toLowerCase(Locale.ROOT);
    }

    private static Item vocabularyItem(Vocabulary vocabulary, Texts common) {
        boolean profile = "careerStage".equals(vocabulary.id()) || "specialty".equals(vocabulary.id());
        ItemKind kind = vocabulary.multiValued() ? ItemKind.MULTIPLE_CHOICE : ItemKind.SINGLE_CHOICE;
        String text = vocabulary.multiValued() ? common.format("application.select_all", "label", vocabulary.label())
                : vocabulary.label();
        return new Item(vocabularyItemId(vocabulary.id()), kind, text, "", profile, codedChoices(vocabulary.values()),
                null, null, profile ? "profile" : "demographics", 0, "");
    }

    private static Item mentorGenderItem(Vocabulary gender, Texts common) {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice("0", common.get("application.no_preference")));
        choices.addAll(codedChoices(gender.values().stream().filter(v -> !v.toLowerCase(Locale.ROOT).startsWith("prefer not"))
                .toList()));
        return new Item("mentor_gender", ItemKind.SINGLE_CHOICE, common.get("application.mentor_gender"), "",
                false, choices, null, null, "mentor-preferences", 0, "");
    }

    private static List<Choice> codedChoices(List<String> values) {
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            choices.add(new Choice(Integer.toString(i + 1), values.get(i)));
        }
        return choices;
    }

    private static Instrument load(String id) {
        String name = "/org/mentorkit/surveys/builtin/" + id + ".json";
        return InstrumentFiles.parse(JsonSupport.readResource(name), "built-in " + id + ".json");
    }
}
