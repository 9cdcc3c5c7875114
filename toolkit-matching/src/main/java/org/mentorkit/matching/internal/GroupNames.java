package org.mentorkit.matching.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mentorkit.model.Group;
import org.mentorkit.model.i18n.Language;
import org.mentorkit.model.i18n.Texts;
import org.mentorkit.model.i18n.Translations;

/**
 * The id and name of each group: the previous groups' when re-forming (in their order, names as they were, whatever
 * the language), then G1, G2, ... skipping ids already used, with names in the program's language ("Group 1",
 * "Groupe 1", "グループ1": {@code group.name} of {@code matching.labels}). Ids stay G1, G2, ... in every language: they
 * are keys in files (pins, calendar UIDs), not text for members.
 *
 * @param ids   one id per group
 * @param names one name per group
 */
public record GroupNames(List<String> ids, List<String> names) {

    public GroupNames {
        ids = List.copyOf(ids);
        names = List.copyOf(names);
        if (ids.size() != names.size()) {
            throw new IllegalArgumentException(ids.size() + " group ids but " + names.size() + " names");
        }
    }

    /** Names for {@code groups} groups in {@code language}, keeping the previous groups' ids and names. */
    public static GroupNames of(int groups, List<Group> previous, Language language) {
        Texts texts = Translations.load().texts(MatchingTranslationProvider.LABELS, language);
        String[] ids = new String[groups];
        String[] names = new String[groups];
        Set<String> used = new HashSet<>();
        for (int k = 0; k < groups && k < previous.size(); k++) {
            ids[k] = previous.get(k).id();
            names[k] = previous.get(k).name();
            used.add(ids[k]);
        }
        for (int k = 0, next = 1; k < groups; k++) {
            if (ids[k] == null) {
                while (used.contains("G" + next)) {
                    next++;
                }
                ids[k] = "G" + next;
                // The number as text: ICU would group the digits of a number ("1,000" in English).
                names[k] = texts.format("group.name", "number", String.valueOf(next));
                used.add(ids[k]);
            }
        }
        return new GroupNames(new ArrayList<>(List.of(ids)), List.of(names));
    }

    /** Group {@code g}'s id. */
    public String id(int g) {
        return ids.get(g);
    }

    /** Group {@code g}'s name. */
    public String name(int g) {
        return names.get(g);
    }
}
