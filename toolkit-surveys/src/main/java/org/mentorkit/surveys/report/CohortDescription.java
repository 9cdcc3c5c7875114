package org.mentorkit.surveys.report;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * Who took part.
 *
 * @param mentees number of mentees
 * @param mentors number of mentors
 * @param menteeTables one table per vocabulary (and per configured grouping) for mentees
 * @param mentorTables the same for mentors
 */
@JsonbPropertyOrder({"mentees", "mentors", "menteeTables", "mentorTables"})
public record CohortDescription(int mentees, int mentors, List<AttributeTable> menteeTables, List<AttributeTable> mentorTables) {

    /**
     * The description with its tables copied.
     *
     * @param mentees      number of mentees
     * @param mentors      number of mentors
     * @param menteeTables one table per vocabulary (and per configured grouping) for mentees
     * @param mentorTables the same for mentors
     * @throws NullPointerException when a list or a table is null
     */
    public CohortDescription {
        menteeTables = List.copyOf(menteeTables);
        mentorTables = List.copyOf(mentorTables);
    }
}
