package org.mentorkit.followup;

/** Where one invited participant stands with one survey. */
public enum ResponseStatus {
    /** The survey was answered completely. */
    RESPONDED("responded"),
    /** The survey was started but not finished (REDCap status Incomplete or Unverified with answers). */
    PARTIAL("partial"),
    /** No answer at all. */
    NOT_RESPONDED("not responded");

    private final String label;

    ResponseStatus(String label) {
        this.label = label;
    }

    /**
     * The word used in {@code status.csv} and in the command's output.
     *
     * @return {@code responded}, {@code partial} or {@code not responded}: stable, for files that other tools read
     */
    public String label() {
        return label;
    }
}
