package org.mentorkit.followup.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * File names of messages: the participant id made file-name safe; two ids that become the same name (also ignoring
 * case, for case-insensitive file systems) get {@code -2}, {@code -3}, ... in cohort order, so the names are stable
 * from run to run of the same cohort.
 */
public final class FileNames {

    private final Set<String> taken = new HashSet<>();

    /** {@code base} made safe and unique, with {@code .eml}. */
    public String unique(String base) {
        String safe = base.replaceAll("[^A-Za-z0-9._-]", "_");
        String name = safe;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = safe + "-" + n;
        }
        return name + ".eml";
    }
}
