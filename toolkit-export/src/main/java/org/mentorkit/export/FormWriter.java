package org.mentorkit.export;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentorkit.export.internal.AcroForms;
import org.mentorkit.export.internal.PacketTexts;
import org.mentorkit.model.i18n.Language;
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

    /** The form as PDF bytes, with English labels. */
    public static byte[] pdf(Instrument instrument, Branding branding) {
        return pdf(instrument, branding, Language.ENGLISH);
    }

    /** The form as PDF bytes, with its labels and language tag in the given language (the questions as given). */
    public static byte[] pdf(Instrument instrument, Branding branding, Language language) {
        return AcroForms.render(instrument, branding, PacketTexts.of(language));
    }

    /**
     * Writes one form per instrument into the folder; returns the files. Every form is drawn before the first is
     * written ({@link #render}), and all are written together ({@link AtomicFiles#writeAll}).
     */
    public static List<Path> writeAll(List<Instrument> instruments, Branding branding, Path folder) {
        return writeAll(instruments, branding, Language.ENGLISH, folder);
    }

    /** {@link #writeAll(List, Branding, Path)} with the forms' labels in the given language. */
    public static List<Path> writeAll(List<Instrument> instruments, Branding branding, Language language, Path folder) {
        Map<Path, byte[]> forms = render(instruments, branding, language, folder);
        AtomicFiles.writeAll(forms);
        return List.copyOf(forms.keySet());
    }

    /** Every form ({@code <folder>/<instrument id>.pdf}) and its bytes, in instrument order; writes nothing. */
    public static Map<Path, byte[]> render(List<Instrument> instruments, Branding branding, Path folder) {
        return render(instruments, branding, Language.ENGLISH, folder);
    }

    /** {@link #render(List, Branding, Path)} with the forms' labels in the given language. */
    public static Map<Path, byte[]> render(List<Instrument> instruments, Branding branding, Language language, Path folder) {
        Map<Path, byte[]> forms = new LinkedHashMap<>();
        for (Instrument instrument : instruments) {
            forms.put(folder.resolve(instrument.id() + ".pdf"), pdf(instrument, branding, language));
        }
        return forms;
    }
}
