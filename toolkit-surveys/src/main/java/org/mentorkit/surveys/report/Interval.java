package org.mentorkit.surveys.report;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * A confidence interval for a proportion, both ends as fractions between 0 and 1.
 *
 * @param lower the lower end
 * @param upper the upper end
 */
@JsonbPropertyOrder({"lower", "upper"})
public record Interval(double lower, double upper) {
}
