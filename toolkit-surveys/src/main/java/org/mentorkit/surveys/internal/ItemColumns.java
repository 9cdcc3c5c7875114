package org.mentorkit.surveys.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mentorkit.surveys.Choice;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.Item;
import org.mentorkit.surveys.ItemKind;

/** Finds which item a column belongs to, by item id, REDCap variable, checkbox column or REDCap label header. */
final class ItemColumns {

    /** A column's meaning: the item, and for a checkbox column the option's code. */
    record Target(Item item, Optional<String> code) {
    }

    private final Map<String, Target> byName = new HashMap<>();

    ItemColumns(Instrument instrument, boolean labelHeaders) {
        this(instrument, labelHeaders, Map.of());
    }

    /**
     * With {@code formColumns} (a project dictionary's variables of the form to item ids), exactly those columns and
     * their checkbox columns; otherwise item ids, REDCap names (also with a project suffix) and, for label exports,
     * the item texts.
     */
    ItemColumns(Instrument instrument, boolean labelHeaders, Map<String, String> formColumns) {
        if (!formColumns.isEmpty()) {
            formColumns.forEach((variable, itemId) -> instrument.item(itemId)
                    .filter(item -> item.kind() != ItemKind.DESCRIPTIVE).ifPresent(item -> {
                        put(variable, new Target(item, Optional.empty()));
                        for (Choice choice : item.kind() == ItemKind.MULTIPLE_CHOICE ? item.choices() : List.<Choice>of()) {
                            put(RedcapNames.checkboxColumn(variable, choice.code()), new Target(item, Optional.of(choice.code())));
                        }
                    }));
            return;
        }
        List<Instrument> versions = labelHeaders ? Translated.of(instrument).versions() : List.of(instrument);
        for (Item item : instrument.items()) {
            if (item.kind() == ItemKind.DESCRIPTIVE) {
                continue;
            }
            String variable = RedcapNames.variable(item.id());
            put(item.id(), new Target(item, Optional.empty()));
            put(variable, new Target(item, Optional.empty()));
            // In a project of several instruments a shared name carries a suffix (RedcapProject's rule).
            for (String tag : RedcapProject.possibleTags(instrument)) {
                put(variable + "_" + tag, new Target(item, Optional.empty()));
            }
            if (labelHeaders) {
                for (Instrument version : versions) { // a label export of the form in any of its languages
                    version.item(item.id()).ifPresent(v -> put(v.text(), new Target(item, Optional.empty())));
                }
            }
            if (item.kind() == ItemKind.MULTIPLE_CHOICE) {
                for (Choice choice : item.choices()) {
                    put(RedcapNames.checkboxColumn(variable, choice.code()), new Target(item, Optional.of(choice.code())));
                    for (String tag : RedcapProject.possibleTags(instrument)) {
                        put(RedcapNames.checkboxColumn(variable + "_" + tag, choice.code()),
                                new Target(item, Optional.of(choice.code())));
                    }
                    if (labelHeaders) {
                        for (Instrument version : versions) {
                            version.item(item.id()).flatMap(v -> v.choice(choice.code()).map(c -> v.text()
                                    + " (choice=" + c.label() + ")")).ifPresent(header -> put(header,
                                    new Target(item, Optional.of(choice.code()))));
                        }
                    }
                }
            }
        }
    }

    private void put(String name, Target target) {
        byName.putIfAbsent(key(name), target);
    }

    Optional<Target> find(String column) {
        return Optional.ofNullable(byName.get(key(column)));
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    static boolean isChecked(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        return v.equals("1") || v.equals("checked") || v.equals("true") || v.equals("yes");
    }

    static List<String> systemColumns() {
        return List.of("redcap_event_name", "redcap_repeat_instrument", "redcap_repeat_instance",
                "redcap_data_access_group", "redcap_survey_identifier", "redcap_survey_timestamp");
    }
}
