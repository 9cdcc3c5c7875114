package org.mentorkit.model.internal;

import jakarta.validation.ConstraintValidatorContext;

/** Reports cross-field violations at a JSON path, with a message taken literally. */
final class Messages {

    private Messages() {
    }

    /**
     * Adds a violation at {@code relativePath} (relative to the validated bean). The path is carried as one node name:
     * Hibernate Validator's node builder cannot express every path we need (a map key followed by a list index) and
     * {@link Validators#path} prints it as written.
     */
    static void add(ConstraintValidatorContext context, String relativePath, String message) {
        var builder = context.buildConstraintViolationWithTemplate(literal(message));
        if (relativePath.isEmpty()) {
            builder.addConstraintViolation();
        } else {
            builder.addPropertyNode(relativePath).addConstraintViolation();
        }
    }

    /** Escapes the message-template syntax so that text quoted from a file is never interpolated. */
    static String literal(String message) {
        StringBuilder out = new StringBuilder(message.length() + 8);
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c == '{' || c == '}' || c == '$' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
