package org.mentorkit.model;

import java.util.Objects;

/**
 * The base of every exception mentorkit throws on purpose. It carries a stable {@link ErrorCode} that the command
 * line prints with the message and that documentation refers to.
 */
public class ToolkitException extends RuntimeException {

    /** Serialisation version of this exception class. */
    private static final long serialVersionUID = 1L;

    /** The kind of failure, whose stable id the command line prints with the message. */
    private final ErrorCode code;

    /**
     * A failure of the given kind.
     *
     * @param code    what kind of failure
     * @param message what went wrong, naming the file or value concerned
     */
    public ToolkitException(ErrorCode code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    /**
     * A failure of the given kind, caused by another exception.
     *
     * @param code    what kind of failure
     * @param message what went wrong, naming the file or value concerned
     * @param cause   the underlying exception
     */
    public ToolkitException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /**
     * The stable code of the kind of failure.
     *
     * @return the code, printed by the command line as {@code MK0002}
     */
    public ErrorCode code() {
        return code;
    }
}
