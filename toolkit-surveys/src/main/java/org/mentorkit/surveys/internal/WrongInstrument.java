package org.mentorkit.surveys.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Problem;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.Instruments;
import org.mentorkit.surveys.internal.RedcapNames;

/**
 * Refuses a response file made for another instrument (a pre-program export imported as the post-program survey
 * would otherwise give a wrong report with only a few notes): a REDCap {@code <form>_complete} column of another form
 * without the instrument's own, or a file most of whose item columns the instrument does not know.
 */
final class WrongInstrument {

    private WrongInstrument() {
    }

    /**
     * @param location       the file and line of its header
     * @param itemColumns    the columns that are neither the id nor status/system columns
     * @param known          how many of them belong to the instrument
     * @param otherForms     {@code <form>_complete} columns of other forms
     * @param ownStatus      whether the instrument's own {@code <form>_complete} column is there
     */
    static void check(String location, Instrument instrument, boolean labelHeaders, List<String> itemColumns, int known,
                      List<String> otherForms, boolean ownStatus) {
        List<Problem> problems = new ArrayList<>();
        String hint = lookAlike(instrument, labelHeaders, itemColumns, known)
                .map(id -> "; its columns look like the built-in instrument '" + id + "' (import it as instrument " + id + ")")
                .orElse("");
        if (!otherForms.isEmpty() && !ownStatus) {
            problems.add(new Problem(location, "the file is a REDCap export of form "
                    + String.join(", ", otherForms.stream().map(c -> "'" + c.substring(0, c.length() - "_complete".length()) + "'").toList())
                    + " (column " + String.join(", ", otherForms) + "), not of '" + RedcapNames.form(instrument.id())
                    + "' (expected a column " + RedcapNames.completeColumn(RedcapNames.form(instrument.id()))
                    + ") for instrument '" + instrument.id() + "'" + hint));
        } else if (!ownStatus && itemColumns.size() - known > known) {
            problems.add(new Problem(location, (itemColumns.size() - known) + " of the file's " + itemColumns.size()
                    + " answer columns are not items of instrument '" + instrument.id()
                    + "'; is this a file of another survey?" + hint));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The built-in instrument (other than this one) that knows more than half of the columns and most of them. */
    private static Optional<String> lookAlike(Instrument instrument, boolean labelHeaders, List<String> columns, int known) {
        String best = null;
        int bestKnown = known;
        for (Instrument candidate : Instruments.builtIn()) {
            if (candidate.id().equals(instrument.id())) {
                continue;
            }
            ItemColumns candidateColumns = new ItemColumns(candidate, labelHeaders);
            int matched = (int) columns.stream().filter(c -> candidateColumns.find(c).isPresent()).count();
            if (matched > bestKnown && 2 * matched > columns.size()) {
                best = candidate.id();
                bestKnown = matched;
            }
        }
        return Optional.ofNullable(best);
    }
}
