package org.mentorkit.model.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Problem;
import org.mentorkit.model.ValidCohort;

/**
 * Reports each broken rule of {@link CohortRules} at its own path. The program's own rules are checked by
 * {@code @ValidProgram} through the cascade on {@code Cohort.program}.
 */
public final class CohortValidator implements ConstraintValidator<ValidCohort, Cohort> {

    @Override
    public boolean isValid(Cohort cohort, ConstraintValidatorContext context) {
        if (cohort == null) {
            return true;
        }
        List<Problem> problems = CohortRules.check(cohort);
        if (problems.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        problems.forEach(p -> Messages.add(context, p.location(), p.message()));
        return false;
    }
}
