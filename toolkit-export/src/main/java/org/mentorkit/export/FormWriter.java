package org.mentorkit.export;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentorkit.export.internal.AcroForms;
import org.mentorkit.model.internal.io.AtomicFiles;
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

    /**
     * Writes one form per instrument into the folder; returns the files. Every form is drawn before the first is
     * written ({@link #render}), and all are written together ({@link AtomicFiles#writeAll}).
     */
    public static List<Path> writeAll(List<Instrument> instruments, Branding branding, Path folder) {
        Map<Path, byte[]> forms = render(instruments, branding, folder);
        AtomicFiles.writeAll(forms);
        return List.copyOf(forms.keySet());
    }

    /** Every form ({@code <folder>/<instrument id>.pdf}) and its bytes, in instrument order; writes nothing. */
    public static Map<Path, byte[]> render(List<Instrument> instruments, Branding branding, Path folder) {
        Map<Path, byte[]> forms = new LinkedHashMap<>();
        for (Instrument instrument : instruments) {
            forms.put(folder.resolve(instrument.id() + ".pdf"), pdf(instrument, branding));
        }
        return forms;
    }
}
