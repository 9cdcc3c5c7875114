package org.mentorkit.surveys.internal;

import java.util.List;
import org.mentorkit.surveys.ImportSummary;

/** The rows of one file and what the reader noticed about the file as a whole. */
public record ReadResult(List<RawRow> rows, List<ImportSummary.Note> notes) {
}
