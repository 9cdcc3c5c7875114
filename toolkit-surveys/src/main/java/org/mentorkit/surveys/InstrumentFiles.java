package org.mentorkit.surveys;

import java.nio.file.Path;
import org.mentorkit.model.internal.io.AtomicFiles;
import org.mentorkit.surveys.internal.JsonSupport;

/** Reads and writes instruments as JSON files (the format of the built-in instruments). */
public final class InstrumentFiles {

    private InstrumentFiles() {
    }

    /** Reads and validates an instrument file; every problem is reported with the file name and a JSON path. */
    public static Instrument read(Path file) {
        return parse(JsonSupport.read(file), file.toString());
    }

    /** Parses and validates instrument JSON; {@code source} names it in problems. */
    public static Instrument parse(String json, String source) {
        Instrument instrument = JsonSupport.fromJson(json, Instrument.class, source);
        return InstrumentValidator.requireValid(instrument, source);
    }

    /** The instrument as pretty-printed JSON. */
    public static String toJson(Instrument instrument) {
        return JsonSupport.toJson(instrument);
    }

    /** Writes the instrument atomically. */
    public static void write(Instrument instrument, Path file) {
        AtomicFiles.writeString(file, toJson(instrument));
    }
}
