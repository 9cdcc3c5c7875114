package org.mentorkit.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/**
 * A hard rule of group formation: no group may hold exactly one member whose {@code vocabulary} attribute has any of
 * {@code values}. Several values form a union: with values Black and Hispanic, a group with one Black and one Hispanic
 * member is fine, a group with only one of either is not.
 *
 * @param vocabulary    the vocabulary id (e.g. {@code gender})
 * @param values        the values whose holders must not be alone in a group
 * @param countMentors  whether the group's mentor counts as a member for this rule
 */
public record NonIsolationRule(@NotBlank String vocabulary, @NotEmpty List<@NotBlank String> values, boolean countMentors) {

    /**
     * The rule as given, its values copied.
     *
     * @param vocabulary   the vocabulary id (e.g. {@code gender})
     * @param values       the values whose holders must not be alone in a group
     * @param countMentors whether the group's mentor counts as a member for this rule
     */
    public NonIsolationRule {
        values = Lists.copy(values);
    }
}
