package org.mentorkit.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.mentorkit.model.internal.ProgramValidator;

/**
 * The cross-field rules of a program: consistent group bounds, a usable cadence, vocabularies with unique ids and
 * values whose under-represented values are among their values, non-isolation rules naming existing vocabularies and
 * values, applicant-column mappings naming known fields, and availability windows that end after they start.
 */
// The validator is named only for Hibernate Validator, which creates it reflectively (the package is opened to it);
// it is not API, so the "not exported" lint does not apply.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = ProgramValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidProgram {

    /**
     * The message when the rule is broken.
     *
     * @return the default message, used when a constraint violation has no more specific one
     */
    String message() default "must be a consistent program";

    /**
     * Validation groups (Jakarta Validation's standard attribute).
     *
     * @return the groups this constraint belongs to; none by default
     */
    Class<?>[] groups() default {};

    /**
     * Payload for clients (Jakarta Validation's standard attribute).
     *
     * @return the payload types; none by default
     */
    Class<? extends Payload>[] payload() default {};
}
