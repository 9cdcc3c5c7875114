package org.mentorkit.export;

import java.util.List;
import org.mentorkit.model.ErrorCode;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Problem;

/**
 * A template that cannot be filled: a variable it names is not provided, or its Mustache syntax is broken. Missing
 * variables are errors, never blank text, so that a society's own template cannot silently print an empty name.
 *
 * <p>A template is input (a society's {@code --templates} folder), so this is an {@link InvalidInputException} with one
 * {@link Problem} whose location is the template file and line ({@code templates/overview.md:5}); the command line
 * prints that one line and exits with 2. Its code stays {@code MK-TEMPLATE}.
 */
public class TemplateException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    /** The template's name or file. */
    private final String template;
    /** The line of the template, or 0. */
    private final int line;
    /** The missing variable, or "". */
    private final String variable;

    /**
     * A template that cannot be filled.
     *
     * @param template the template's name or file, the problem's location
     * @param line     the line of the template (1 for the first), or 0 when the failure is not tied to one line
     * @param variable the variable that was missing, or "" for a syntax error
     * @param message  what is wrong and what was expected, for the coordinator
     */
    public TemplateException(String template, int line, String variable, String message) {
        super(ErrorCode.TEMPLATE, List.of(new Problem(template + (line > 0 ? ":" + line : ""), message)));
        this.template = template;
        this.line = line;
        this.variable = variable;
    }

    /**
     * Which template failed.
     *
     * @return the template's name ({@code mentee-handbook.md}, or the file of a society's override)
     */
    public String template() {
        return template;
    }

    /**
     * Where in the template it failed.
     *
     * @return the line (1 for the first), or 0 when the failure is not tied to one line
     */
    public int line() {
        return line;
    }

    /**
     * Which variable the template named but was not given.
     *
     * @return the variable's name, or "" for a syntax error
     */
    public String variable() {
        return variable;
    }
}
