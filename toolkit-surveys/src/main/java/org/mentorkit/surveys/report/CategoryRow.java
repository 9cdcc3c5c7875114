package org.mentorkit.surveys.report;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * One category of a table and its figure.
 *
 * @param label  the category as the program or instrument words it
 * @param figure how many of n fall in it
 */
@JsonbPropertyOrder({"label", "figure"})
public record CategoryRow(String label, Figure figure) {
}
