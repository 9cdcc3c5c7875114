package org.mentorkit.export.internal;

import java.util.Optional;
import org.mentorkit.export.Branding;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Program;
import org.mentorkit.model.i18n.Language;

/** The language a program's documents are written in. */
public final class ProgramLanguage {

    private ProgramLanguage() {
    }

    /**
     * The language given, else the program's; refined to the branding's regional form of it when branding.json names
     * one ({@code en-GB} dates for an English packet).
     *
     * @throws InvalidInputException when branding.json names another language: the language is the program's (or
     *                               --language's), and branding.json may only say which regional form of it
     */
    public static Language of(Program program, Optional<Language> given, Branding branding) {
        Language language = given.orElseGet(() -> of(program));
        if (branding.language().isEmpty()) {
            return language;
        }
        Language regional = Language.of(branding.language());
        if (regional.fallbacks().contains(language)) {
            return regional;
        }
        throw new InvalidInputException("branding.json: language", "'" + branding.language() + "' is not a form of the"
                + " packet's language '" + language.tag() + "'; the language is the program's \"language\" (or the one"
                + " asked for), and branding.json may only name a regional form of it (e.g. " + language.tag()
                + "-XX) or leave it out");
    }

    /** The program's {@code language} ({@code en} when program.json names none). */
    public static Language of(Program program) {
        return Language.of(program.language());
    }
}
