package org.mentorkit.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.mentorkit.model.internal.CohortValidator;

/** The cross-reference rules of a cohort: unique participant ids, groups that name existing participants of the right role, a mentee in at most one group, mentors within capacity, attribute values within the program's vocabularies. */
// The validator is named only for Hibernate Validator, which creates it reflectively (the package is opened to it);
// it is not API, so the "not exported" lint does not apply.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = CohortValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidCohort {

    /**
     * The message when the rule is broken.
     *
     * @return the default message, used when a constraint violation has no more specific one
     */
    String message() default "must be a consistent cohort";

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
