package org.mentorkit.model.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.mentorkit.model.ValidTimeZone;

/**
 * Accepts IANA region ids ({@code America/New_York}, {@code UTC}); anything else is reported with what it probably
 * meant. Null is left to {@code @NotNull}.
 */
public final class TimeZoneValidator implements ConstraintValidator<ValidTimeZone, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || TimeZones.isValid(value)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(Messages.literal(TimeZones.explain(value))).addConstraintViolation();
        return false;
    }
}
