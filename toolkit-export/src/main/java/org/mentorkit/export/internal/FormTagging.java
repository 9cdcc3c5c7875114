package org.mentorkit.export.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * The PDF/UA-1 (ISO 14289-1) side of a form drawn with PDFBox: a structure tree under one {@code Document} element,
 * every piece of page content either tagged (its marked-content id registered in the parent tree) or marked as an
 * artifact, every widget in its own {@code Form} element through an object reference, {@code Tabs=S} on every page,
 * MarkInfo, the catalog language, DisplayDocTitle, and XMP metadata with {@code dc:title} and the PDF/UA
 * identification ({@code pdfuaid:part = 1}). veraPDF checks the result in the tests.
 */
final class FormTagging {

    private static final COSName ARTIFACT = COSName.getPDFName("Artifact");
    private static final COSName TABS = COSName.getPDFName("Tabs");

    private final PDStructureTreeRoot treeRoot = new PDStructureTreeRoot();
    private final PDStructureElement documentElement;
    /** The parent tree: a page's StructParents key maps to its elements by MCID, a widget's key to its Form element. */
    private final Map<Integer, COSBase> parentTree = new TreeMap<>();
    private int nextKey;
    private PDPage page;
    private COSArray pageElements;

    FormTagging(PDDocument document, String title, String language) throws IOException {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setStructureTreeRoot(treeRoot);
        documentElement = new PDStructureElement(StandardStructureTypes.DOCUMENT, treeRoot);
        treeRoot.appendKid(documentElement);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        catalog.setLanguage(language);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp(title).getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(metadata);
    }

    /** Starts tagging a new page: its own parent-tree entry and tab order by structure. */
    void startPage(PDPage newPage) {
        page = newPage;
        pageElements = new COSArray();
        int key = nextKey++;
        page.setStructParents(key);
        parentTree.put(key, pageElements);
        page.getCOSObject().setItem(TABS, COSName.S);
    }

    /** A new structure element of the given standard type, appended to the document in reading order. */
    PDStructureElement element(String type) {
        PDStructureElement element = new PDStructureElement(type, documentElement);
        element.setPage(page);
        documentElement.appendKid(element);
        return element;
    }

    /** Opens marked content belonging to {@code element}; close it with {@link #end}. */
    void begin(PDStructureElement element, PDPageContentStream content) throws IOException {
        int mcid = pageElements.size();
        content.beginMarkedContent(COSName.getPDFName(element.getStructureType()), mcid);
        element.appendKid(mcid);
        pageElements.add(element);
    }

    /** Opens content that is decoration only (box outlines, rules, running headers); close it with {@link #end}. */
    void beginArtifact(PDPageContentStream content) throws IOException {
        content.beginMarkedContent(ARTIFACT);
    }

    void end(PDPageContentStream content) throws IOException {
        content.endMarkedContent();
    }

    /**
     * Puts a widget in its own {@code Form} element (by an object reference), with an alternative description when the
     * field's own description ({@code TU}) does not say what this widget is (one choice of a radio group).
     */
    void widget(PDAnnotationWidget widget, String alternativeDescription) {
        PDStructureElement form = element(StandardStructureTypes.FORM);
        if (!alternativeDescription.isEmpty()) {
            form.setAlternateDescription(alternativeDescription);
        }
        PDObjectReference reference = new PDObjectReference();
        reference.setReferencedObject(widget);
        reference.setPage(page);
        form.appendKid(reference);
        int key = nextKey++;
        widget.setStructParent(key);
        parentTree.put(key, form.getCOSObject());
    }

    /** Writes the parent tree; call once, after the last page. */
    void finish() {
        COSArray nums = new COSArray();
        parentTree.forEach((key, value) -> {
            nums.add(COSInteger.get(key));
            nums.add(value);
        });
        COSDictionary tree = new COSDictionary();
        tree.setItem(COSName.NUMS, nums);
        treeRoot.getCOSObject().setItem(COSName.PARENT_TREE, tree);
        treeRoot.setParentTreeNextKey(nextKey);
    }

    private static String xmp(String title) {
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + Html.escape(title) + "</rdf:li></rdf:Alt></dc:title>\n"
                + "<pdfuaid:part>1</pdfuaid:part>\n"
                + "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    }
}
