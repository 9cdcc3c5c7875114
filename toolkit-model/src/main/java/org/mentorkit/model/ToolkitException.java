package org.mentorkit.model;

/**
 * The base of every exception mentorkit throws on purpose. It carries a stable code (such as {@code MK-INPUT}) that
 * the command line prints and that documentation can refer to.
 */
public class ToolkitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public ToolkitException(String code, String message) {
        super(message);
        this.code = code;
    }

    public ToolkitException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** A stable identifier of the kind of failure. */
    public String code() {
        return code;
    }
}
