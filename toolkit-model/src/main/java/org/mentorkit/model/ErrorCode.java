package org.mentorkit.model;

/**
 * The stable code of every kind of failure mentorkit reports on purpose, printed by the command line with each error
 * ({@code error [MK0001]: cohort.json:12: ...}) so that a coordinator can look it up and a program can tell failures
 * apart without reading messages.
 *
 * <p>Like Hibernate Validator's numbered messages ({@code HV000183}), a code is never changed and never reused: a
 * kind of failure that is no longer reported keeps its number, retired, and a new kind takes the next number. The
 * table is also in {@code docs/architecture.md} ("Error codes").
 */
public enum ErrorCode {

    /** Input that cannot be used as it is; every problem is listed with its location. The command line exits 2. */
    INVALID_INPUT(1),
    /** A file could not be read or written (missing, a folder, no permission, disk full). */
    IO(2),
    /** A society's template names a variable that does not exist or has broken syntax (also invalid input: exit 2). */
    TEMPLATE(3),
    /** The caller cancelled a long search before it found a result that keeps every rule. */
    CANCELLED(4),
    /** The thread was interrupted while files were being written. */
    INTERRUPTED(5),
    /** A PDF could not be laid out or written. */
    PDF(6),
    /** A font that the installation should contain is missing. */
    FONT(7),
    /** A calendar failed iCalendar validation. */
    CALENDAR(8),
    /** The calendar library has no time-zone definition for a zone in use. */
    CALENDAR_TIME_ZONE(9),
    /** Two curriculum plug-ins claim the same id. */
    DUPLICATE_CURRICULUM(10),
    /** A file that ships inside mentorkit is missing: the installation is broken. */
    BROKEN_INSTALLATION(11),
    /** The command line was mistyped: an unknown option, a missing or malformed argument (exit 2). */
    COMMAND_LINE(12),
    /** A failure mentorkit did not expect: a bug, to be reported with the output of {@code --verbose}. */
    INTERNAL(13),
    /** The send ledger (what was sent) could not be written; sending stopped so that nothing is sent twice. */
    SEND_LEDGER(14),
    /** The mail server refused the login. */
    MAIL_LOGIN(15),
    /** A mail message could not be written (Jakarta Mail failed on it). */
    MAIL_MESSAGE(16);

    private final int number;

    ErrorCode(int number) {
        this.number = number;
    }

    /**
     * The number behind the code, never reused.
     *
     * @return 1 for {@code MK0001}
     */
    public int number() {
        return number;
    }

    /**
     * The code as printed and documented.
     *
     * @return for example {@code MK0002}
     */
    public String id() {
        return String.format("MK%04d", number);
    }

    @Override
    public String toString() {
        return id();
    }
}
