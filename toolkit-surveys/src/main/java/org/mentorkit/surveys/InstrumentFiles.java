package org.mentorkit.surveys;

import java.nio.file.Path;
import org.mentorkit.model.internal.io.AtomicFiles;
import org.mentorkit.surveys.internal.JsonSupport;

/** Reads and writes instruments as JSON files (the format of the built-in instruments). */
public final class InstrumentFiles {

    private InstrumentFiles() {
    }

    /**
     * Reads and validates an instrument file.
     *
     * @param file an instrument JSON file (UTF-8, or UTF-16 with a byte-order mark)
     * @return the valid instrument
     * @throws org.mentorkit.model.InvalidInputException when the file cannot be read, is not JSON of an instrument, or
     *         breaks the rules of {@link InstrumentValidator}: every problem at once, each with the file name and a
     *         JSON path
     */
    public static Instrument read(Path file) {
        return parse(JsonSupport.read(file), file.toString());
    }

    /**
     * Parses and validates instrument JSON.
     *
     * @param json   the instrument's JSON text
     * @param source names the text in problems (a file name)
     * @return the valid instrument
     * @throws org.mentorkit.model.InvalidInputException with every problem at once, as {@link #read(Path)}
     */
    public static Instrument parse(String json, String source) {
        Instrument instrument = JsonSupport.fromJson(json, Instrument.class, source);
        return InstrumentValidator.requireValid(instrument, source);
    }

    /**
     * The instrument as pretty-printed JSON, which {@link #parse} reads back to an equal instrument.
     *
     * @param instrument any instrument (not validated here)
     * @return the JSON text, ending with a newline
     */
    public static String toJson(Instrument instrument) {
        return JsonSupport.toJson(instrument);
    }

    /**
     * Writes the instrument as {@link #toJson} does, atomically: a reader sees the old file or the new one, never half.
     *
     * @param instrument the instrument to write
     * @param file       the target; replaced if it exists
     * @throws org.mentorkit.model.ToolkitException when the file cannot be written; the old file is then untouched
     */
    public static void write(Instrument instrument, Path file) {
        AtomicFiles.writeString(file, toJson(instrument));
    }
}
