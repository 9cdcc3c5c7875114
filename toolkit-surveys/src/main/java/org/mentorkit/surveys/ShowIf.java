package org.mentorkit.surveys;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * When an item is shown: always (no conditions), or when all (or any) of its conditions hold. Deliberately simple:
 * it is what REDCap branching logic with {@code and}/{@code or} of equality tests and SurveyJS {@code visibleIf} both
 * express without loss.
 *
 * @param any        true: shown when any condition holds; false: when all hold (always false for fewer than two)
 * @param conditions the conditions; empty means always shown
 */
@JsonbPropertyOrder({"any", "conditions"})
public record ShowIf(boolean any, List<Condition> conditions) {

    /** Always shown. */
    public static final ShowIf ALWAYS = new ShowIf(false, List.of());

    /**
     * The rule with its conditions copied; {@code any} is kept only for two or more conditions, so that equal rules
     * are equal records.
     *
     * @param any        true: shown when any condition holds; false: when all hold
     * @param conditions the conditions; empty (or null) means always shown
     */
    public ShowIf {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        any = any && conditions.size() > 1; // "any" of one condition is "all" of it: one form, so equal rules are equal
    }

    /**
     * Shown when all of the conditions hold.
     *
     * @param conditions the conditions; none means always shown
     * @return the rule
     */
    public static ShowIf all(Condition... conditions) {
        return new ShowIf(false, List.of(conditions));
    }

    /**
     * Whether the item is always shown.
     *
     * @return true when there are no conditions
     */
    public boolean isAlways() {
        return conditions.isEmpty();
    }

    /**
     * Whether the item is shown, given the answers so far.
     *
     * @param answers item id to the codes chosen (an item not answered may be absent)
     * @return true when the item is always shown, or when all (or, for {@link #any()}, any) conditions hold
     */
    public boolean holds(Map<String, List<String>> answers) {
        if (conditions.isEmpty()) {
            return true;
        }
        for (Condition condition : conditions) {
            boolean met = answers.getOrDefault(condition.item(), List.of()).contains(condition.code());
            if (met == any) {
                return any;
            }
        }
        return !any;
    }
}
