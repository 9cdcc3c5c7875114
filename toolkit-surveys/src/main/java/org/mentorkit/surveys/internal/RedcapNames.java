package org.mentorkit.surveys.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * REDCap's naming rules. Variable and form names match {@code ^[a-z][a-z0-9_]*$}; an item id that does not is
 * mapped (lower case, other characters to {@code _}, a leading {@code v_} if it does not start with a letter) and the
 * original id is kept in the Field Annotation as {@code @MK-ID}.
 */
public final class RedcapNames {

    /** The pattern every REDCap variable and form name matches. */
    public static final Pattern VARIABLE = Pattern.compile("[a-z][a-z0-9_]*");

    /** The record identifier field mentorkit puts first. */
    public static final String RECORD_ID = "record_id";

    private RedcapNames() {
    }

    /** The REDCap variable name for an item id. */
    public static String variable(String itemId) {
        String name = itemId.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        return VARIABLE.matcher(name).matches() ? name : "v_" + name;
    }

    /** The REDCap form (instrument) name for an instrument id. */
    public static String form(String instrumentId) {
        return variable(instrumentId);
    }

    /** The name of a form's completion-status column in record exports. */
    public static String completeColumn(String form) {
        return form + "_complete";
    }

    /** The record-export column of one checkbox option. */
    public static String checkboxColumn(String variable, String code) {
        return variable + "___" + code.toLowerCase(Locale.ROOT);
    }
}
