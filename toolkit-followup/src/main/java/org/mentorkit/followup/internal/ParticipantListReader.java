package org.mentorkit.followup.internal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.mentorkit.model.InvalidInputException;

/**
 * Reads a REDCap survey participant list export. Its columns (as the REDCap API's "Export a Survey Participant List"
 * returns them, e.g. in PyCap's test fixtures): {@code email, email_occurrence, identifier, record,
 * invitation_sent_status, invitation_send_time, response_status, survey_access_code, survey_link}. Column names are
 * compared ignoring case, spaces and underscores, so "Survey Link" matches too.
 */
public final class ParticipantListReader {

    /** Links by participant id (from record or identifier) and by lower-case email. */
    public record Links(Map<String, String> byId, Map<String, String> byEmail) {
    }

    private ParticipantListReader() {
    }

    public static Links read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot read the participant list: " + e.getMessage());
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get().parse(new StringReader(text))) {
            Map<String, String> columns = new HashMap<>();
            parser.getHeaderNames().forEach(h -> columns.put(key(h), h));
            String link = columns.get("surveylink");
            if (link == null) {
                throw new InvalidInputException(file + ":1", "no survey_link column; expected a REDCap survey participant"
                        + " list export with survey_link and record, identifier or email columns");
            }
            List<String> idColumns = List.of("record", "identifier").stream().filter(columns::containsKey)
                    .map(columns::get).toList();
            String email = columns.get("email");
            if (idColumns.isEmpty() && email == null) {
                throw new InvalidInputException(file + ":1", "no record, identifier or email column to find the"
                        + " participant of each link by");
            }
            Map<String, String> byId = new HashMap<>();
            Map<String, String> byEmail = new HashMap<>();
            for (CSVRecord row : parser) {
                String url = row.isMapped(link) && row.isSet(link) ? row.get(link).strip() : "";
                if (url.isEmpty()) {
                    continue; // a participant REDCap has no link for yet: no personal link, the message says so
                }
                for (String column : idColumns) {
                    String id = row.isSet(column) ? row.get(column).strip() : "";
                    if (!id.isEmpty()) {
                        byId.putIfAbsent(id, url);
                    }
                }
                if (email != null && row.isSet(email) && !row.get(email).isBlank()) {
                    byEmail.putIfAbsent(row.get(email).strip().toLowerCase(Locale.ROOT), url);
                }
            }
            return new Links(byId, byEmail);
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInputException(file.toString(), "not a readable CSV participant list: " + e.getMessage());
        }
    }

    private static String key(String header) {
        return header.toLowerCase(Locale.ROOT).replace("_", "").replace(" ", "").strip();
    }
}
