package org.mentorkit.cli;

/** The command line's exit codes. */
final class ExitCodes {

    /** Everything asked for was done. */
    static final int OK = 0;
    /** Something unexpected failed; a bug or an environment problem (disk full, permissions). */
    static final int FAILURE = 1;
    /** The input was invalid: the messages say where and why. */
    static final int INVALID_INPUT = 2;

    private ExitCodes() {
    }
}
