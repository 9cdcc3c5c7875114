package org.mentorkit.matching.internal;

/**
 * Counted words in the formation report and rule checks, which are written in English only (see
 * {@code FormationReport}): "1 group has", "2 groups have". Texts that participants read in the program's language
 * take their plural forms from the translation resources instead (ICU plural rules).
 */
public final class EnglishCounts {

    private EnglishCounts() {
    }

    /**
     * A count and its noun.
     *
     * @param count    how many
     * @param singular the noun for exactly one ("group")
     * @param plural   the noun for any other count ("groups")
     * @return "1 group", "0 groups", "3 groups"
     */
    public static String of(long count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }

    /**
     * The verb form that agrees with a count.
     *
     * @param count    how many things are the subject
     * @param singular the verb for exactly one ("has")
     * @param plural   the verb for any other count ("have")
     * @return {@code singular} when {@code count} is 1, else {@code plural}
     */
    public static String verb(long count, String singular, String plural) {
        return count == 1 ? singular : plural;
    }
}
