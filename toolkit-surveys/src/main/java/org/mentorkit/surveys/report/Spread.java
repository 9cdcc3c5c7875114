package org.mentorkit.surveys.report;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * Median and interquartile range (quartiles by linear interpolation, R's type 7).
 *
 * @param median the median
 * @param q1     the first quartile
 * @param q3     the third quartile
 */
@JsonbPropertyOrder({"median", "q1", "q3"})
public record Spread(double median, double q1, double q3) {
}
