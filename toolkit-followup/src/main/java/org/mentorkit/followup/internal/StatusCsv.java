package org.mentorkit.followup.internal;

import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mentorkit.followup.ParticipantStatus;
import org.mentorkit.model.ErrorCode;
import org.mentorkit.model.ToolkitException;

/**
 * {@code status.csv}: RFC 4180 with a header; participant text quoted where needed and guarded against formulas. One
 * row per participant (a coordinator chases people, not memberships), with all their groups in one cell.
 */
public final class StatusCsv {

    private StatusCsv() {
    }

    public static String write(List<ParticipantStatus> rows) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord("id", "name", "email", "group", "status");
            for (ParticipantStatus row : rows) {
                printer.printRecord(CellText.safe(row.participantId()), CellText.safe(row.name()),
                        CellText.safe(row.email()), CellText.safe(String.join(", ", row.groupIds())), row.status().label());
            }
        } catch (IOException e) {
            // The printer writes to memory: an IOException here is a defect, not a user's problem.
            throw new ToolkitException(ErrorCode.INTERNAL, "could not write status.csv in memory: " + e.getMessage(), e);
        }
        return out.toString();
    }
}
