package org.mentorkit.curriculum;

import org.mentorkit.curriculum.internal.BuiltInCurricula;

/**
 * The built-in six-session curriculum for a six-month facilitated peer-mentorship program: three sessions with the
 * mentor and three among peers, from the kickoff and group compact to career planning and a closing reflection.
 */
public final class DefaultCurriculum {

    /** The id the default curriculum is listed by. */
    public static final String ID = "mentorkit-peer-6";

    private DefaultCurriculum() {
    }

    /** The default curriculum, read and validated from the module's JSON resource. */
    public static Curriculum load() {
        return CurriculumFiles.parse(BuiltInCurricula.defaultJson(), "built-in default-curriculum.json");
    }
}
