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

    public ShowIf {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        any = any && conditions.size() > 1; // "any" of one condition is "all" of it: one form, so equal rules are equal
    }

    /** Shown when all of the conditions hold. */
    public static ShowIf all(Condition... conditions) {
        return new ShowIf(false, List.of(conditions));
    }

    /** Whether the item is always shown. */
    public boolean isAlways() {
        return conditions.isEmpty();
    }

    /** Whether the item is shown, given the answers so far (item id to chosen codes). */
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
