package org.mentorkit.export.internal;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * Gives every body cell of a table its column heading as {@code data-label}: at phone width the stylesheet shows
 * each row as a block of "heading: value" lines (the table reflows instead of sticking out of the page).
 */
final class CellLabels implements AttributeProvider {

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (!(node instanceof TableCell cell) || cell.isHeader() || !(cell.getParent() instanceof TableRow row)) {
            return;
        }
        int column = 0;
        for (Node sibling = row.getFirstChild(); sibling != null && sibling != cell; sibling = sibling.getNext()) {
            column++;
        }
        Node table = row.getAncestorOfType(TableBlock.class);
        if (table == null) {
            return;
        }
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            if (section instanceof TableHead && section.getFirstChild() instanceof TableRow header) {
                Node heading = header.getFirstChild();
                for (int i = 0; i < column && heading != null; i++) {
                    heading = heading.getNext();
                }
                if (heading != null) {
                    attributes.addValue("data-label", new TextCollectingVisitor().collectAndGetText(heading).strip());
                }
                return;
            }
        }
    }
}
