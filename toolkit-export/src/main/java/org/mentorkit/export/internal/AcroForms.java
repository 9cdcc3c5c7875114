package org.mentorkit.export.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceCharacteristicsDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceEntry;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDNonTerminalField;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.mentorkit.export.Branding;
import org.mentorkit.model.ErrorCode;
import org.mentorkit.model.ToolkitException;
import org.mentorkit.surveys.Choice;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.Item;
import org.mentorkit.surveys.ItemKind;
import org.mentorkit.surveys.internal.forms.AnswerIf;
import org.mentorkit.surveys.Section;

/**
 * Draws an instrument as a fillable AcroForm with PDFBox: one field per item, named by the item id (a text field, a
 * radio group whose export values are the choice codes, or for multiple choice a field {@code item} with one check
 * box per choice code, {@code item.code}), plus {@code participant_id}.
 *
 * <p>The form conforms to PDF/UA-1 ({@link FormTagging}): every field has a description ({@code TU}) taken from its
 * question, so a screen reader announces the question with the field; text is tagged (title {@code H1}, sections
 * {@code H2}, questions and choices {@code P}) and box outlines are artifacts. The society's branding is on it: the
 * logo and society name above the title, the title and marks in the primary colour, rules in the accent colour.
 *
 * <p>DejaVu Sans is embedded whole (not subset) so that whatever a participant types can be shown; labels are drawn
 * with it and, for characters it lacks (a Japanese form's questions), with Droid Sans Fallback as a subset
 * ({@link FormText}); a character neither has is drawn as "?" instead of failing. Check marks and radio dots are drawn as paths,
 * so no unembedded ZapfDingbats is needed.
 */
public final class AcroForms {

    /** The document-information key holding the instrument id, so that a filled form names its instrument. */
    public static final String INSTRUMENT_KEY = "MentorkitInstrument";
    public static final String PARTICIPANT_FIELD = "participant_id";

    private static final float MARGIN = 50;
    private static final float BOX = 10;

    private final PDDocument document;
    private final PDAcroForm form;
    private final PDType0Font font;
    private final FormText text;
    private final PDRectangle pageSize;
    private final PDColor ink;
    private final PDColor accent;
    private final Branding branding;
    private final FormTagging tagging;
    private final String runningHeader;
    private final PacketTexts texts;
    private PDColor textColor;
    private PDPage page;
    private PDPageContentStream content;
    private float y;

    private AcroForms(PDDocument document, Branding branding, Instrument instrument, PacketTexts texts) throws IOException {
        this.document = document;
        this.branding = branding;
        this.texts = texts;
        this.tagging = new FormTagging(document, instrument.title(), texts.language().tag());
        this.runningHeader = (branding.societyName().isBlank() ? "" : branding.societyName() + " \u00b7 ") + instrument.title();
        this.pageSize = branding.pageSize() == org.mentorkit.export.PageSize.LETTER ? PDRectangle.LETTER : PDRectangle.A4;
        try (InputStream in = Fonts.open(Fonts.DEJAVU_SANS)) {
            this.font = PDType0Font.load(document, in, false);
        }
        this.text = new FormText(document, font, texts.language().locale());
        this.form = new PDAcroForm(document);
        document.getDocumentCatalog().setAcroForm(form);
        PDResources resources = new PDResources();
        COSName fontName = resources.add(font);
        form.setDefaultResources(resources);
        form.setDefaultAppearance("/" + fontName.getName() + " 10 Tf 0 g");
        form.setNeedAppearances(false);
        this.ink = color(branding.primaryColor());
        this.accent = color(branding.accentColor());
        this.textColor = new PDColor(new float[] {0, 0, 0}, PDDeviceRGB.INSTANCE);
    }

    private static PDColor color(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return new PDColor(new float[] {((rgb >> 16) & 255) / 255f, ((rgb >> 8) & 255) / 255f, (rgb & 255) / 255f},
                PDDeviceRGB.INSTANCE);
    }

    /** The fillable form of an instrument, as PDF bytes. */
    public static byte[] render(Instrument instrument, Branding branding, PacketTexts texts) {
        try (PDDocument document = new PDDocument()) {
            AcroForms forms = new AcroForms(document, branding, instrument, texts);
            forms.draw(instrument);
            forms.tagging.finish();
            document.getDocumentInformation().setTitle(instrument.title());
            document.getDocumentInformation().setSubject(texts.label("form.subject", "instrument", instrument.id()));
            document.getDocumentInformation().setCreator("mentorkit");
            document.getDocumentInformation().setCustomMetadataValue(INSTRUMENT_KEY, instrument.id());
            // Also in the form's own dictionary: tools that re-save the document (pypdf's writers) keep the form but
            // may drop the document information.
            document.getDocumentCatalog().getAcroForm().getCOSObject()
                    .setString(org.apache.pdfbox.cos.COSName.getPDFName(INSTRUMENT_KEY), instrument.id());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new ToolkitException(ErrorCode.PDF, "could not write the form of " + instrument.id() + ": " + e.getMessage(), e);
        }
    }

    private void draw(Instrument instrument) throws IOException {
        newPage();
        masthead();
        textColor = ink;
        y -= write(StandardStructureTypes.H1, instrument.title(), 16, MARGIN, y, pageSize.getWidth() - 2 * MARGIN, true) + 4;
        textColor = new PDColor(new float[] {0, 0, 0}, PDDeviceRGB.INSTANCE);
        rule(y);
        y -= 10;
        if (!instrument.description().isBlank()) {
            y -= write(StandardStructureTypes.P, instrument.description(), 9.5f, MARGIN, y, pageSize.getWidth() - 2 * MARGIN, false) + 8;
        }
        String participant = texts.label("form.participant");
        y -= write(StandardStructureTypes.P, participant, 10, MARGIN, y, 200, true) + 2;
        textField(PARTICIPANT_FIELD, participant, MARGIN, y - 18, 200, 18, false);
        y -= 30;
        int number = 0;
        for (Section section : instrument.sections()) {
            if (!section.title().isBlank()) {
                ensure(40);
                y -= 6;
                textColor = ink;
                y -= write(StandardStructureTypes.H2, section.title(), 12, MARGIN, y, pageSize.getWidth() - 2 * MARGIN, true) + 6;
                textColor = new PDColor(new float[] {0, 0, 0}, PDDeviceRGB.INSTANCE);
            }
            for (Item item : section.items()) {
                if (item.isParticipantCode()) {
                    continue; // asked once, in the participant field above
                }
                if (item.kind() == ItemKind.DESCRIPTIVE) {
                    ensure(30);
                    y -= write(StandardStructureTypes.P, item.text(), 9.5f, MARGIN, y, pageSize.getWidth() - 2 * MARGIN, false) + 6;
                    continue;
                }
                number++;
                item(instrument, item, number);
            }
        }
        content.close();
    }

    private void item(Instrument instrument, Item item, int number) throws IOException {
        List<Choice> choices = InstrumentData.choices(item);
        float width = pageSize.getWidth() - 2 * MARGIN;
        ensure(choices.isEmpty() ? 60 : 30 + 16 * Math.min(choices.size(), 6));
        String label = number + ". " + item.text() + (item.required() ? " *" : "");
        y -= write(StandardStructureTypes.P, label, 10, MARGIN, y, width, true) + 4;
        String answerIf = AnswerIf.text(instrument, item, texts.language());
        if (!answerIf.isEmpty()) {
            // A form cannot hide a question the way a web survey does: say when it applies.
            y -= write(StandardStructureTypes.P, answerIf + ".", 9, MARGIN, y, width, false) + 4;
        }
        // The field's description (TU) is the question, so a screen reader announces it with the field.
        String question = item.required() ? texts.label("form.required", "question", item.text().strip()) : item.text().strip();
        if (choices.isEmpty()) {
            boolean longText = item.kind() == ItemKind.LONG_TEXT;
            float height = longText ? 54 : 18;
            textField(item.id(), question, MARGIN, y - height, width, height, longText);
            y -= height + 12;
        } else if (item.kind() == ItemKind.MULTIPLE_CHOICE) {
            PDNonTerminalField parent = new PDNonTerminalField(form);
            parent.setPartialName(item.id());
            parent.setAlternateFieldName(question);
            List<PDField> kids = new ArrayList<>();
            for (Choice choice : choices) {
                ensure(16);
                PDCheckBox box = new PDCheckBox(form);
                box.setPartialName(choice.code());
                box.getCOSObject().setItem(COSName.PARENT, parent);
                box.setAlternateFieldName(question + ": " + choice.label());
                // The check box's own dictionary is its widget (merged field and annotation).
                widget(box.getWidgets().get(0), MARGIN + 4, y - BOX - 1, choice.code(), false, "");
                kids.add(box);
                write(StandardStructureTypes.P, choice.label(), 9.5f, MARGIN + 20, y, width - 20, false);
                y -= 15;
            }
            parent.setChildren(kids);
            form.getFields().add(parent);
            y -= 6;
        } else {
            PDRadioButton radio = new PDRadioButton(form);
            radio.setPartialName(item.id());
            radio.setAlternateFieldName(question);
            radio.setRadiosInUnison(false);
            List<PDAnnotationWidget> widgets = new ArrayList<>();
            boolean inline = choices.size() <= 7 && choices.stream().mapToInt(c -> c.label().length()).sum() < 70;
            float x = MARGIN + 4;
            for (Choice choice : choices) {
                float labelWidth = text.width(choice.label(), 9.5f) + 30;
                if (!inline || x + labelWidth > MARGIN + width) {
                    if (x > MARGIN + 4) {
                        y -= 15;
                    }
                    ensure(16);
                    x = MARGIN + 4;
                }
                PDAnnotationWidget widget = widget(new PDAnnotationWidget(), x, y - BOX - 1, choice.code(), true,
                        question + ": " + choice.label());
                widget.getCOSObject().setItem(COSName.PARENT, radio);
                widgets.add(widget);
                write(StandardStructureTypes.P, choice.label(), 9.5f, x + 16, y, labelWidth, false);
                x += labelWidth;
                if (!inline) {
                    y -= 15;
                    x = MARGIN + 4;
                }
            }
            if (inline) {
                y -= 15;
            }
            radio.setWidgets(widgets);
            form.getFields().add(radio);
            y -= 6;
        }
    }

    private PDAnnotationWidget widget(PDAnnotationWidget widget, float x, float yBottom, String onValue, boolean round,
            String alternativeDescription) throws IOException {
        PDRectangle rect = new PDRectangle(x, yBottom, BOX, BOX);
        widget.setRectangle(rect);
        // The outline is also drawn on the page itself, so printed forms and viewers that do not draw button widgets
        // (poppler) still show where to tick. The outline is decoration (the widget is the tagged content): an artifact.
        tagging.beginArtifact(content);
        content.setLineWidth(0.8f);
        content.setStrokingColor(0.3f, 0.3f, 0.3f);
        if (round) {
            circle(content, x + BOX / 2, yBottom + BOX / 2, BOX / 2 - 0.6f);
        } else {
            content.addRect(x + 0.4f, yBottom + 0.4f, BOX - 0.8f, BOX - 0.8f);
        }
        content.stroke();
        tagging.end(content);
        widget.setPage(page);
        widget.setPrinted(true);
        page.getAnnotations().add(widget);
        tagging.widget(widget, alternativeDescription);
        PDAppearanceCharacteristicsDictionary mk = new PDAppearanceCharacteristicsDictionary(new COSDictionary());
        mk.setBorderColour(new PDColor(new float[] {0.3f, 0.3f, 0.3f}, PDDeviceRGB.INSTANCE));
        widget.setAppearanceCharacteristics(mk);
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(0.8f);
        widget.setBorderStyle(border);
        COSDictionary normal = new COSDictionary();
        normal.setItem(COSName.getPDFName(onValue), mark(rect, round, true).getCOSObject());
        normal.setItem(COSName.Off, mark(rect, round, false).getCOSObject());
        PDAppearanceDictionary appearance = new PDAppearanceDictionary();
        appearance.setNormalAppearance(new PDAppearanceEntry(normal));
        widget.setAppearance(appearance);
        widget.setAppearanceState("Off");
        return widget;
    }

    /** The on or off look of a box: an outline, and when on a dot (radio) or a check mark drawn as a path. */
    private PDAppearanceStream mark(PDRectangle rect, boolean round, boolean on) throws IOException {
        PDAppearanceStream stream = new PDAppearanceStream(document);
        stream.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
        stream.setResources(new PDResources());
        try (PDPageContentStream cs = new PDPageContentStream(document, stream)) {
            cs.setLineWidth(0.8f);
            cs.setStrokingColor(0.3f, 0.3f, 0.3f);
            float s = BOX;
            if (round) {
                circle(cs, s / 2, s / 2, s / 2 - 0.6f);
                cs.stroke();
                if (on) {
                    cs.setNonStrokingColor(ink);
                    circle(cs, s / 2, s / 2, s / 4);
                    cs.fill();
                }
            } else {
                cs.addRect(0.4f, 0.4f, s - 0.8f, s - 0.8f);
                cs.stroke();
                if (on) {
                    cs.setStrokingColor(ink);
                    cs.setLineWidth(1.5f);
                    cs.moveTo(2, s / 2);
                    cs.lineTo(s * 0.42f, 2.2f);
                    cs.lineTo(s - 1.8f, s - 2);
                    cs.stroke();
                }
            }
        }
        return stream;
    }

    private static void circle(PDPageContentStream cs, float cx, float cy, float r) throws IOException {
        float k = 0.552f * r;
        cs.moveTo(cx + r, cy);
        cs.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        cs.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        cs.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        cs.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        cs.closePath();
    }

    private void textField(String name, String description, float x, float yBottom, float width, float height,
            boolean multiline) throws IOException {
        PDTextField field = new PDTextField(form);
        field.setPartialName(name);
        field.setAlternateFieldName(description);
        field.setMultiline(multiline);
        field.setDefaultAppearance(form.getDefaultAppearance());
        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setRectangle(new PDRectangle(x, yBottom, width, height));
        widget.setPage(page);
        widget.setPrinted(true);
        PDAppearanceCharacteristicsDictionary mk = new PDAppearanceCharacteristicsDictionary(new COSDictionary());
        mk.setBorderColour(new PDColor(new float[] {0.45f, 0.45f, 0.45f}, PDDeviceRGB.INSTANCE));
        mk.setBackground(new PDColor(new float[] {0.96f, 0.97f, 0.98f}, PDDeviceRGB.INSTANCE));
        widget.setAppearanceCharacteristics(mk);
        page.getAnnotations().add(widget);
        tagging.widget(widget, "");
        form.getFields().add(field);
        field.setValue("");
    }

    private void ensure(float needed) throws IOException {
        if (y - needed < MARGIN) {
            content.close();
            newPage();
        }
    }

    private void newPage() throws IOException {
        boolean first = page == null;
        page = new PDPage(pageSize);
        document.addPage(page);
        tagging.startPage(page);
        content = new PDPageContentStream(document, page);
        y = pageSize.getHeight() - MARGIN;
        if (!first) {
            // A running header on the following pages: pagination, so an artifact, in the accent colour.
            tagging.beginArtifact(content);
            content.beginText();
            content.setNonStrokingColor(accent);
            content.newLineAtOffset(MARGIN, pageSize.getHeight() - MARGIN / 2);
            text.show(content, text.safe(runningHeader), 8);
            content.endText();
            tagging.end(content);
            rule(pageSize.getHeight() - MARGIN / 2 - 4);
        }
    }

    /** The society's logo (a figure with its alternative text) and name above the title of the first page. */
    private void masthead() throws IOException {
        float top = y;
        float textWidth = pageSize.getWidth() - 2 * MARGIN;
        if (branding.logo().isPresent()) {
            PDImageXObject logo = PDImageXObject.createFromFileByContent(branding.logo().get().toFile(), document);
            float height = 36;
            float width = Math.min(160, logo.getWidth() * height / Math.max(1, logo.getHeight()));
            float drawnHeight = width * logo.getHeight() / Math.max(1, logo.getWidth());
            PDStructureElement figure = tagging.element(StandardStructureTypes.Figure);
            figure.setAlternateDescription(branding.societyName().isBlank() ? texts.label("logo.alt.unnamed")
                    : texts.label("logo.alt", "society", branding.societyName()));
            tagging.begin(figure, content);
            content.drawImage(logo, pageSize.getWidth() - MARGIN - width, top - drawnHeight, width, drawnHeight);
            tagging.end(content);
            textWidth -= width + 12;
            y = Math.min(y, top - drawnHeight - 8);
        }
        if (!branding.societyName().isBlank()) {
            textColor = accent;
            float used = write(StandardStructureTypes.P, branding.societyName(), 9, MARGIN, top, textWidth, true);
            textColor = new PDColor(new float[] {0, 0, 0}, PDDeviceRGB.INSTANCE);
            y = Math.min(y, top - used - 8);
        }
    }

    /** A thin rule across the page in the accent colour (decoration: an artifact). */
    private void rule(float at) throws IOException {
        tagging.beginArtifact(content);
        content.setStrokingColor(accent);
        content.setLineWidth(1.2f);
        content.moveTo(MARGIN, at);
        content.lineTo(pageSize.getWidth() - MARGIN, at);
        content.stroke();
        tagging.end(content);
    }

    /** Writes wrapped text with its top at {@code top}, tagged as one element of {@code type}; returns the height used. */
    private float write(String type, String words, float size, float x, float top, float width, boolean bold) throws IOException {
        List<String> lines = text.wrap(text.safe(words), size, width);
        float leading = size * 1.3f;
        float at = top - size;
        tagging.begin(tagging.element(type), content);
        content.setNonStrokingColor(textColor);
        content.setStrokingColor(textColor);
        for (String line : lines) {
            content.beginText();
            if (bold) {
                // DejaVu Sans is embedded once, whole; bold labels are drawn with a thin stroke instead of a second font.
                content.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.FILL_STROKE);
                content.setLineWidth(size / 40);
            } else {
                content.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.FILL);
            }
            content.newLineAtOffset(x, at);
            text.show(content, line, size);
            content.endText();
            at -= leading;
        }
        tagging.end(content);
        return lines.size() * leading;
    }
}
