package org.mentorkit.export.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDNonTerminalField;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.internal.input.InputFiles;
import org.mentorkit.model.internal.input.Limits;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.Item;
import org.mentorkit.surveys.ItemKind;

/**
 * Reads a filled form back as one row of the surveys module's generic CSV ({@code participant_id}, then one column
 * per item, several codes of a multiple choice joined by {@code ;}), so that the surveys module checks the answers
 * and reports problems exactly as for any other import.
 */
public final class FormReading {

    private FormReading() {
    }

    /** Opens a PDF through the one bounded input path (regular file, size limit); damaged files are input problems. */
    private static PDDocument load(Path pdf) throws IOException {
        byte[] bytes = InputFiles.readBytes(pdf, Limits.PDF_BYTES, "a filled PDF form");
        try {
            return Loader.loadPDF(bytes);
        } catch (RuntimeException damaged) {
            // PDFBox reports some damage with unchecked exceptions; for the user it is the same damaged file.
            throw new IOException(damaged.getMessage(), damaged);
        }
    }

    private static InvalidInputException notAPdf(Path pdf, Exception e) {
        String reason = e.getMessage() == null || e.getMessage().isBlank() ? "the file is damaged" : e.getMessage();
        return new InvalidInputException(pdf.toString(), "cannot be read as a PDF (" + reason + "); expected a form "
                + "written by 'mentorkit packet', filled and saved");
    }

    /** The instrument id the form was made for, as recorded in its document information or its form dictionary. */
    public static Optional<String> instrumentId(Path pdf) {
        try (PDDocument document = load(pdf)) {
            String id = document.getDocumentInformation().getCustomMetadataValue(AcroForms.INSTRUMENT_KEY);
            PDAcroForm form = document.getDocumentCatalog().getAcroForm();
            if ((id == null || id.isBlank()) && form != null) {
                // Re-saved by a tool that dropped the document information: the form's own copy.
                id = form.getCOSObject().getString(COSName.getPDFName(AcroForms.INSTRUMENT_KEY));
            }
            return Optional.ofNullable(id).filter(s -> !s.isBlank());
        } catch (IOException e) {
            throw notAPdf(pdf, e);
        }
    }

    /** The form's answers as the generic CSV text (header and one row). */
    public static String asCsv(Path pdf, Instrument instrument) {
        try (PDDocument document = load(pdf)) {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm();
            if (form == null || form.getField(AcroForms.PARTICIPANT_FIELD) == null) {
                throw new InvalidInputException(pdf.toString(), "has no mentorkit form fields; expected a form written by"
                        + " 'mentorkit packet' (forms/<instrument>.pdf), filled and saved");
            }
            List<String> header = new ArrayList<>(List.of(AcroForms.PARTICIPANT_FIELD));
            List<String> row = new ArrayList<>(List.of(form.getField(AcroForms.PARTICIPANT_FIELD).getValueAsString().strip()));
            for (Item item : instrument.items()) {
                if (item.kind() == ItemKind.DESCRIPTIVE || item.isParticipantCode()) {
                    continue;
                }
                header.add(item.id());
                row.add(value(form.getField(item.id())));
            }
            return csvLine(header) + "\n" + csvLine(row) + "\n";
        } catch (IOException e) {
            throw notAPdf(pdf, e);
        }
    }

    /** Whether the CSV's answer row (second line) has no value at all. */
    public static boolean isBlank(String csv) {
        String[] lines = csv.split("\n");
        return lines.length < 2 || lines[1].replace("\"", "").replace(",", "").isBlank();
    }

    private static String value(PDField field) {
        if (field == null) {
            return "";
        }
        if (field instanceof PDRadioButton radio) {
            return radioValue(radio);
        }
        if (field instanceof PDNonTerminalField parent) {
            List<String> codes = new ArrayList<>();
            for (PDField kid : parent.getChildren()) {
                if (kid instanceof PDCheckBox box && isChecked(box)) {
                    codes.add(kid.getPartialName());
                }
            }
            return String.join(";", codes);
        }
        return field.getValueAsString().strip();
    }

    /**
     * The chosen code of a radio group. Viewers (Acrobat, Preview, browsers) and pdftk write {@code /V} as a name; pypdf's
     * {@code update_page_form_field_values} writes it as a string (sometimes with the name's slash) and sets the
     * widgets' appearance states right. So: {@code /V} when it names one of the group's on-states, as a name or a
     * string; otherwise the on-state of the widget whose appearance state ({@code /AS}) is on.
     */
    private static String radioValue(PDRadioButton radio) {
        Set<String> onValues = radio.getOnValues();
        String v = stateName(radio.getCOSObject().getDictionaryObject(COSName.V));
        if (onValues.contains(v)) {
            return v;
        }
        for (PDAnnotationWidget widget : radio.getWidgets()) {
            String state = appearanceState(widget);
            if (!state.isEmpty() && onValues.contains(state)) {
                return state;
            }
        }
        return "";
    }

    /** A check box is ticked when {@code /V} (name or string) or its widget's appearance state is its on-state. */
    private static boolean isChecked(PDCheckBox box) {
        String on = box.getOnValue();
        if (on.isEmpty()) {
            return false;
        }
        if (on.equals(stateName(box.getCOSObject().getDictionaryObject(COSName.V)))) {
            return true;
        }
        return box.getWidgets().stream().anyMatch(w -> on.equals(appearanceState(w)));
    }

    private static String appearanceState(PDAnnotationWidget widget) {
        COSName state = widget.getAppearanceState();
        return state == null || state.getName().equals("Off") ? "" : state.getName();
    }

    /** A state written as a name ({@code /3}) or as a string ({@code (3)} or {@code (/3)}); "" for none or Off. */
    private static String stateName(COSBase value) {
        String name = value instanceof COSName n ? n.getName() : value instanceof COSString s ? s.getString() : "";
        name = name.startsWith("/") ? name.substring(1) : name;
        return name.equals("Off") ? "" : name;
    }

    private static String csvLine(List<String> fields) {
        List<String> quoted = new ArrayList<>();
        for (String field : fields) {
            quoted.add("\"" + field.replace("\"", "\"\"") + "\"");
        }
        return String.join(",", quoted);
    }
}
