package org.mentorkit.cli;

import java.util.Locale;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.surveys.report.Audience;

/** The {@code --audience} option of the commands that write an evaluation report. */
final class Audiences {

    private Audiences() {
    }

    static Audience parse(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "committee" -> Audience.COMMITTEE;
            case "public" -> Audience.PUBLIC;
            default -> throw new InvalidInputException("--audience", "'" + text + "' is not an audience; use committee or public");
        };
    }
}
