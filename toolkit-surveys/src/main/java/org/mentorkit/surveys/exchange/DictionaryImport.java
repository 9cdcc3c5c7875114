package org.mentorkit.surveys.exchange;

import java.util.List;
import org.mentorkit.model.Problem;
import org.mentorkit.surveys.Instrument;

/**
 * What a REDCap data dictionary gave: one instrument per form, and notes on what could not be kept exactly
 * (for example a REDCap action tag, or a date validation read as plain text).
 *
 * @param instruments the instruments, in the order of their forms
 * @param notes       what was adapted, each with its line
 */
public record DictionaryImport(List<Instrument> instruments, List<Problem> notes) {

    /**
     * The result with its lists copied.
     *
     * @param instruments the instruments, in the order of their forms
     * @param notes       what was adapted, each with its line
     * @throws NullPointerException when a list or an element is null
     */
    public DictionaryImport {
        instruments = List.copyOf(instruments);
        notes = List.copyOf(notes);
    }
}
