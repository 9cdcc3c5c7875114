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

    /**
     * Draws one instrument's fillable form with English labels.
     *
     * @param instrument the survey instrument
     * @param branding   the society's look (colours, fonts, page size)
     * @return the PDF's bytes
     * @throws org.mentorkit.model.ToolkitException with {@link org.mentorkit.model.ErrorCode#PDF} if the PDF cannot
     *         be drawn
     */
    public static byte[] pdf(Instrument instrument, Branding branding) {
        return pdf(instrument, branding, Language.ENGLISH);
    }

    /**
     * Draws one instrument's fillable form, its labels and language tag in the given language.
     *
     * @param instrument the survey instrument; its questions are printed as given, whatever the language
     * @param branding   the society's look (colours, fonts, page size)
     * @param language   the language of the form's own labels
     * @return the PDF's bytes
     * @throws org.mentorkit.model.ToolkitException with {@link org.mentorkit.model.ErrorCode#PDF} if the PDF cannot
     *         be drawn
     */
    public static byte[] pdf(Instrument instrument, Branding branding, Language language) {
        return AcroForms.render(instrument, branding, PacketTexts.of(language));
    }

    /**
     * Writes one form per instrument into the folder, with English labels. Every form is drawn before the first is
     * written ({@link #render}), and all are written together ({@link AtomicFiles#writeAll}), so a failure leaves the
     * folder as it was.
     *
     * @param instruments the instruments, one form each
     * @param branding    the society's look
     * @param folder      the folder, created if missing; a form is {@code <instrument id>.pdf} there
     * @return the files written, in instrument order
     * @throws org.mentorkit.model.ToolkitException if a form cannot be drawn or the files cannot be written
     */
    public static List<Path> writeAll(List<Instrument> instruments, Branding branding, Path folder) {
        return writeAll(instruments, branding, Language.ENGLISH, folder);
    }

    /**
     * Writes the forms as {@link #writeAll(List, Branding, Path)} does, with their labels in the given language.
     *
     * @param instruments the instruments, one form each
     * @param branding    the society's look
     * @param language    the language of the forms' own labels
     * @param folder      the folder, created if missing
     * @return the files written, in instrument order
     * @throws org.mentorkit.model.ToolkitException if a form cannot be drawn or the files cannot be written
     */
    public static List<Path> writeAll(List<Instrument> instruments, Branding branding, Language language, Path folder) {
        Map<Path, byte[]> forms = render(instruments, branding, language, folder);
        AtomicFiles.writeAll(forms);
        return List.copyOf(forms.keySet());
    }

    /**
     * Draws every form with English labels and writes nothing, for an application that stores them itself.
     *
     * @param instruments the instruments, one form each
     * @param branding    the society's look
     * @param folder      the folder the paths are resolved against; not touched
     * @return each form's path ({@code <folder>/<instrument id>.pdf}) and bytes, in instrument order
     * @throws org.mentorkit.model.ToolkitException if a form cannot be drawn
     */
    public static Map<Path, byte[]> render(List<Instrument> instruments, Branding branding, Path folder) {
        return render(instruments, branding, Language.ENGLISH, folder);
    }

    /**
     * Draws every form as {@link #render(List, Branding, Path)} does, with their labels in the given language.
     *
     * @param instruments the instruments, one form each
     * @param branding    the society's look
     * @param language    the language of the forms' own labels
     * @param folder      the folder the paths are resolved against; not touched
     * @return each form's path and bytes, in instrument order
     * @throws org.mentorkit.model.ToolkitException if a form cannot be drawn
     */
    public static Map<Path, byte[]> render(List<Instrument> instruments, Branding branding, Language language, Path folder) {
        Map<Path, byte[]> forms = new LinkedHashMap<>();
        for (Instrument instrument : instruments) {
            forms.put(folder.resolve(instrument.id() + ".pdf"), pdf(instrument, branding, language));
        }
        return forms;
    }
}
