package org.mentorkit.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mentorkit.export.internal.AcroForms;
import org.mentorkit.model.io.AtomicFiles;
import org.mentorkit.surveys.Instrument;

/**
 * Writes each instrument as a fillable PDF form ({@code <instrument id>.pdf}): one AcroForm field per item, named by
 * the item id; radio groups export the choice codes; a multiple-choice item is a field with one check box per code
 * ({@code item.code}); the participant writes their id or code in {@code participant_id}.
 */
public final class FormWriter {

    private FormWriter() {
    }

    /** The form as PDF bytes. */
    public static byte[] pdf(Instrument instrument, Branding branding) {
        return AcroForms.render(instrument, branding);
    }

    /** Writes one form per instrument into the folder; returns the files. */
    public static List<Path> writeAll(List<Instrument> instruments, Branding branding, Path folder) {
        List<Path> files = new ArrayList<>();
        for (Instrument instrument : instruments) {
            Path file = folder.resolve(instrument.id() + ".pdf");
            AtomicFiles.write(file, pdf(instrument, branding));
            files.add(file);
        }
        return files;
    }
}
