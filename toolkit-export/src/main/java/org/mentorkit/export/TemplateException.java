package org.mentorkit.export;

import org.mentorkit.model.ToolkitException;

/**
 * A template that cannot be filled: a variable it names is not provided, or its Mustache syntax is broken. Missing
 * variables are errors, never blank text, so that a society's own template cannot silently print an empty name.
 */
public class TemplateException extends ToolkitException {

    private static final long serialVersionUID = 1L;

    private final String template;
    private final String variable;

    public TemplateException(String template, int line, String variable, String message) {
        super("MK-TEMPLATE", template + (line > 0 ? ":" + line : "") + ": " + message);
        this.template = template;
        this.variable = variable;
    }

    /** The template's name ({@code mentee-handbook.md}, or the file of a society's override). */
    public String template() {
        return template;
    }

    /** The variable that was missing, or "" for a syntax error. */
    public String variable() {
        return variable;
    }
}
