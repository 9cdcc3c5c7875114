package org.mentorkit.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.mentorkit.model.internal.TimeZoneValidator;

/** A real IANA time-zone id; a near miss gets a "did you mean" suggestion in the message. */
// The validator is named only for Hibernate Validator, which creates it reflectively (the package is opened to it);
// it is not API, so the "not exported" lint does not apply.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = TimeZoneValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidTimeZone {

    /**
     * The message when the rule is broken.
     *
     * @return the default message, used when a constraint violation has no more specific one
     */
    String message() default "must be an IANA time-zone id such as America/New_York";

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
