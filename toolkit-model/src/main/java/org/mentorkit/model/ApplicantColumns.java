package org.mentorkit.model;

import java.util.List;
import java.util.Map;

/**
 * How a society's applicant CSV export maps onto participant fields, so a membership system's export can be read as
 * it is. Keys are participant fields ({@code id}, {@code displayName}, {@code email}, {@code role}, {@code timeZone},
 * {@code availability}, {@code interests}, {@code careerStage}, {@code specialty}, {@code institution}, {@code country},
 * {@code capacity}, {@code careerLevel}) or vocabulary ids for demographic attributes; values are the CSV header names.
 * Fields not mapped are read from the column of the same name (the documented default layout).
 *
 * <p>One canonical constructor only: JSON-B binds records through it and refuses a record with several.
 *
 * @param columns             field or vocabulary id to CSV column header
 * @param delimiter           the field delimiter; empty means detect {@code ,} or {@code ;} from the header line
 * @param multiValueSeparator separates several values in one cell (default {@code ;} with {@code ,} files,
 *                            {@code |} with {@code ;} files)
 * @param ignoredColumns      headers of columns the export has but the program does not use (a timestamp, a
 *                            comment); any other unknown column is reported, so that nothing is dropped silently
 */
public record ApplicantColumns(Map<String, String> columns, String delimiter, String multiValueSeparator,
                               List<String> ignoredColumns) {

    /**
     * The layout as given; an absent mapping, delimiter or separator takes its default (detected or usual).
     *
     * @param columns             field or vocabulary id to CSV column header
     * @param delimiter           the field delimiter; empty means detect {@code ,} or {@code ;} from the header line
     * @param multiValueSeparator separates several values in one cell (default {@code ;} with {@code ,} files, {@code
     *                            |} with {@code ;} files)
     * @param ignoredColumns      headers of columns the export has but the program does not use (a timestamp, a
     *                            comment); any other unknown column is reported, so that nothing is dropped silently
     */
    public ApplicantColumns {
        columns = columns == null ? Map.of() : Map.copyOf(columns);
        delimiter = delimiter == null ? "" : delimiter;
        multiValueSeparator = multiValueSeparator == null ? "" : multiValueSeparator;
        ignoredColumns = Lists.copy(ignoredColumns);
    }

    /**
     * The default layout: every column named as the participant field it holds.
     *
     * @return the layout of {@code docs/file-formats.md}, delimiter detected from the header line
     */
    public static ApplicantColumns defaults() {
        return new ApplicantColumns(Map.of(), "", "", List.of());
    }

    /**
     * The header name for {@code field}: the mapped one, or the field name itself.
     *
     * @param field a participant field ({@code displayName}) or a vocabulary id
     * @return the CSV column header that holds it
     */
    public String headerFor(String field) {
        return columns.getOrDefault(field, field);
    }
}
