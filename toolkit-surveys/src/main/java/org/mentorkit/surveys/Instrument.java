package org.mentorkit.surveys;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Optional;

/**
 * A survey form: the application form, a pre-, mid- or post-program survey, or a society's own.
 *
 * <p>The record only normalises (absent text becomes "", absent lists empty); {@link InstrumentValidator} checks
 * the rules and reports every problem with its path.
 *
 * @param id          a short stable identifier, lower case: letters, digits, {@code -} and {@code _}
 * @param title       the title shown to respondents
 * @param wave        when in the program it is given
 * @param respondents who is invited to answer (default mentees)
 * @param description an introduction shown at the top; "" when none
 * @param sections    the sections, in order
 */
@JsonbPropertyOrder({"id", "title", "wave", "respondents", "description", "sections"})
public record Instrument(String id, String title, Wave wave, Respondents respondents, String description,
                         List<Section> sections) {

    /**
     * The instrument as given, normalised: absent text is "", an absent wave {@link Wave#CUSTOM}, absent respondents
     * {@link Respondents#MENTEES}, absent sections empty. Nothing is validated here ({@link InstrumentValidator} does).
     *
     * @param id          a short stable identifier, lower case: letters, digits, {@code -} and {@code _}
     * @param title       the title shown to respondents
     * @param wave        when in the program it is given
     * @param respondents who is invited to answer
     * @param description an introduction shown at the top; "" when none
     * @param sections    the sections, in order
     */
    @JsonbCreator // the canonical constructor, for JSON-B (there is a shorter one too)
    public Instrument {
        id = id == null ? "" : id;
        title = title == null ? "" : title;
        wave = wave == null ? Wave.CUSTOM : wave;
        respondents = respondents == null ? Respondents.MENTEES : respondents;
        description = description == null ? "" : description;
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /**
     * An instrument answered by mentees.
     *
     * @param id          a short stable identifier, lower case: letters, digits, {@code -} and {@code _}
     * @param title       the title shown to respondents
     * @param wave        when in the program it is given
     * @param description an introduction shown at the top; "" when none
     * @param sections    the sections, in order
     */
    public Instrument(String id, String title, Wave wave, String description, List<Section> sections) {
        this(id, title, wave, Respondents.MENTEES, description, sections);
    }

    /**
     * Every item of every section, in order.
     *
     * @return the items, a new unmodifiable list on each call
     */
    public List<Item> items() {
        return sections.stream().flatMap(s -> s.items().stream()).toList();
    }

    /**
     * The item with the given id.
     *
     * @param itemId an item id (case-sensitive)
     * @return the first item with that id, or empty
     */
    public Optional<Item> item(String itemId) {
        return items().stream().filter(i -> i.id().equals(itemId)).findFirst();
    }
}
