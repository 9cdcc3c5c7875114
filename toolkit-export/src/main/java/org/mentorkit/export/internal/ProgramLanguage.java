package org.mentorkit.export.internal;

import org.mentorkit.model.Program;
import org.mentorkit.model.i18n.Language;

/** The language a program's documents are written in, when the caller names none. */
public final class ProgramLanguage {

    private ProgramLanguage() {
    }

    /** The program's {@code language} ({@code en} when program.json names none). */
    public static Language of(Program program) {
        return Language.of(program.language());
    }
}
