package org.mentorkit.model.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.mentorkit.model.Problem;
import org.mentorkit.model.Program;
import org.mentorkit.model.ValidProgram;

/** Reports each broken rule of {@link ProgramRules} at its own path. */
public final class ProgramValidator implements ConstraintValidator<ValidProgram, Program> {

    @Override
    public boolean isValid(Program program, ConstraintValidatorContext context) {
        if (program == null) {
            return true;
        }
        List<Problem> problems = ProgramRules.check(program);
        if (problems.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        problems.forEach(p -> Messages.add(context, p.location(), p.message()));
        return false;
    }
}
