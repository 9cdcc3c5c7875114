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
import org.mentorkit.surveys.internal.RedcapNames;

/** Finds which item a column belongs to, by item id, REDCap variable, checkbox column or REDCap label header. */
final class ItemColumns {

    /** A column's meaning: the item, and for a checkbox column the option's code. */
    record Target(Item item, Optional<String> code) {
    }

    private final Map<String, Target> byName = new HashMap<>();

    ItemColumns(Instrument instrument, boolean labelHeaders) {
        for (Item item : instrument.items()) {
            if (item.kind() == ItemKind.DESCRIPTIVE) {
                continue;
            }
            String variable = RedcapNames.variable(item.id());
            put(item.id(), new Target(item, Optional.empty()));
            put(variable, new Target(item, Optional.empty()));
            if (labelHeaders) {
                put(item.text(), new Target(item, Optional.empty()));
            }
            if (item.kind() == ItemKind.MULTIPLE_CHOICE) {
                for (Choice choice : item.choices()) {
                    put(RedcapNames.checkboxColumn(variable, choice.code()), new Target(item, Optional.of(choice.code())));
                    if (labelHeaders) {
                        put(item.text() + " (choice=" + choice.label() + ")", new Target(item, Optional.of(choice.code())));
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
