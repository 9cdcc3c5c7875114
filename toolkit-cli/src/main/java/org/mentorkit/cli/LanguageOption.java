package org.mentorkit.cli;

import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Program;
import org.mentorkit.model.i18n.Language;
import org.mentorkit.model.i18n.Translations;
import picocli.CommandLine.Option;

/**
 * {@code --language TAG}, shared by every command that writes what participants or the committee read: it overrides
 * the program's {@code language} for one run.
 */
final class LanguageOption {

    @Option(names = "--language", paramLabel = "TAG",
            description = "Write in this language (a BCP 47 tag: en, es, fr, pt-BR, de, ja, or one a plug-in adds)"
                    + " instead of the program's \"language\". 'mentorkit languages' lists them.")
    private String tag;

    /**
     * The language of this run: the option's, else the program's, else English.
     *
     * @param program the program, or null when the command has none
     * @return the language, checked against the known translations
     * @throws InvalidInputException when the language is malformed or has no translation
     */
    Language resolve(Program program) {
        String chosen = tag != null ? tag : program != null ? program.language() : Language.ENGLISH.tag();
        try {
            return Translations.load().resolve(chosen);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(tag != null ? "--language" : "program: language", e.getMessage());
        }
    }

    /** @return the tag given on the command line, or null when the option was not used */
    String given() {
        return tag;
    }
}
