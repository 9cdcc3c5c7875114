package org.mentorkit.model.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.ValidCohort;

/** Cross-reference rules of a cohort. */
public final class CohortValidator implements ConstraintValidator<ValidCohort, Cohort> {

    @Override
    public boolean isValid(Cohort cohort, ConstraintValidatorContext context) {
        return true;
    }
}
