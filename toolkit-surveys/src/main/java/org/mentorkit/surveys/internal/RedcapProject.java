package org.mentorkit.surveys.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.Item;
import org.mentorkit.surveys.Wave;

/**
 * Variable names for several instruments in one REDCap project. REDCap requires every variable name to be unique in a
 * project, and the built-in pre and post surveys ask the same questions under the same item ids (signature_talk, ...).
 *
 * <p>The rule (stable: it depends only on which instruments are in the project, never on their order): an item's
 * variable is its {@linkplain RedcapNames#variable(String) REDCap name}; a name that items of two or more of the
 * instruments would use gets, in each of them, the suffix {@code _<tag>}, where the tag is the instrument's wave in
 * lower case ({@code pre}, {@code mid}, {@code post}, {@code application}), or its form name when its wave is
 * {@code CUSTOM} or another instrument of the project has the same wave. So {@code signature_talk} becomes
 * {@code signature_talk_pre} and {@code signature_talk_post}; names used by one instrument only are left as they are.
 * The item id travels in the Field Annotation ({@code @MK-ID}), so the dictionary reads back to the same instruments.
 */
public final class RedcapProject {

    private RedcapProject() {
    }

    /** For each instrument id, its item ids to variable names in a project of {@code instruments}. */
    public static Map<String, Map<String, String>> variables(List<Instrument> instruments) {
        Map<String, Set<String>> usedBy = new HashMap<>();
        for (Instrument instrument : instruments) {
            for (Item item : instrument.items()) {
                usedBy.computeIfAbsent(RedcapNames.variable(item.id()), k -> new HashSet<>()).add(instrument.id());
            }
        }
        Map<String, Map<String, String>> names = new LinkedHashMap<>();
        for (Instrument instrument : instruments) {
            Map<String, String> variables = new LinkedHashMap<>();
            String tag = tag(instrument, instruments);
            for (Item item : instrument.items()) {
                String base = RedcapNames.variable(item.id());
                variables.put(item.id(), usedBy.get(base).size() > 1 ? base + "_" + tag : base);
            }
            names.put(instrument.id(), variables);
        }
        return names;
    }

    /** The suffix of an instrument's shared variable names in a project of {@code instruments}. */
    public static String tag(Instrument instrument, List<Instrument> instruments) {
        long sameWave = instruments.stream().filter(i -> i.wave() == instrument.wave()).count();
        return instrument.wave() == Wave.CUSTOM || sameWave > 1 ? RedcapNames.form(instrument.id())
                : instrument.wave().name().toLowerCase(Locale.ROOT);
    }

    /** The suffixes an instrument's variables may carry in some project: its wave tag and its form name. */
    public static List<String> possibleTags(Instrument instrument) {
        String wave = instrument.wave().name().toLowerCase(Locale.ROOT);
        String form = RedcapNames.form(instrument.id());
        return instrument.wave() == Wave.CUSTOM ? List.of(form) : List.of(wave, form);
    }
}
