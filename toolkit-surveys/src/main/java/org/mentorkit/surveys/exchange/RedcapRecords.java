package org.mentorkit.surveys.exchange;

import java.util.ArrayList;
import java.util.List;
import org.mentorkit.surveys.Choice;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.Item;
import org.mentorkit.surveys.ItemKind;
import org.mentorkit.surveys.Response;
import org.mentorkit.surveys.ResponseSet;
import org.mentorkit.surveys.internal.CsvText;
import org.mentorkit.surveys.internal.RedcapNames;

/**
 * Responses as a REDCap "raw" record CSV: {@code record_id}, one column per variable (checkbox options as
 * {@code field___code} with 1/0), then {@code <form>_complete} = 2. This is the layout REDCap exports and its Data
 * Import Tool accepts, so responses collected elsewhere can be moved into a REDCap project built from
 * {@link RedcapDictionary}, and the file imports back with {@code mentorkit survey import}.
 */
public final class RedcapRecords {

    private RedcapRecords() {
    }

    /**
     * The records CSV of the set, one row per returned response (partial ones kept aside are not written), each marked
     * complete. {@code record_id} holds the participant id or code; the file holds participants' answers, free text
     * included.
     *
     * @param set the responses
     * @return the CSV text, header first; variables are the items' REDCap names as {@link RedcapDictionary#write(
     *         org.mentorkit.surveys.Instrument)} writes them for this instrument alone
     */
    public static String write(ResponseSet set) {
        Instrument instrument = set.instrument();
        List<String> header = new ArrayList<>();
        header.add(RedcapNames.RECORD_ID);
        for (Item item : instrument.items()) {
            String variable = RedcapNames.variable(item.id());
            if (item.kind() == ItemKind.DESCRIPTIVE) {
                continue;
            }
            if (item.kind() == ItemKind.MULTIPLE_CHOICE) {
                item.choices().forEach(c -> header.add(RedcapNames.checkboxColumn(variable, c.code())));
            } else {
                header.add(variable);
            }
        }
        header.add(RedcapNames.completeColumn(RedcapNames.form(instrument.id())));
        CsvText csv = new CsvText().row(header);
        for (Response response : set.responses()) {
            List<String> row = new ArrayList<>();
            row.add(response.participantId());
            for (Item item : instrument.items()) {
                if (item.kind() == ItemKind.DESCRIPTIVE) {
                    continue;
                }
                // The participant-code item holds the code the participant typed: their id.
                List<String> answer = item.isParticipantCode() ? List.of(response.participantId())
                        : response.answer(item.id());
                if (item.kind() == ItemKind.MULTIPLE_CHOICE) {
                    for (Choice choice : item.choices()) {
                        row.add(answer.contains(choice.code()) ? "1" : "0");
                    }
                } else {
                    row.add(answer.isEmpty() ? "" : answer.get(0));
                }
            }
            row.add("2");
            csv.row(row);
        }
        return csv.toString();
    }
}
