package org.mentorkit.model.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;
import org.mentorkit.model.ValidEmail;

/** Accepts "" (no email) or a plain {@code local@domain.tld} address, the practical subset mail systems deliver to. */
public final class EmailValidator implements ConstraintValidator<ValidEmail, String> {

    private static final Pattern ADDRESS =
            Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.isEmpty() || ADDRESS.matcher(value).matches() && !value.contains("..");
    }
}
