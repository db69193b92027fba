package io.convert.writer.pdf.internal;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDLayoutAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * The PDF side of a {@link Tag} tree: the structure elements (all made up front, in reading
 * order, so that empty table cells keep their place), the marked-content references the pages
 * add as they draw, link annotations tied in through object references, and the parent tree
 * that leads from content back to its element.
 */
final class StructureTree {
    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final Map<Tag, PDStructureElement> elements = new IdentityHashMap<>();
    private final COSArray parents = new COSArray();
    private int nextKey;
    private int notes;
    private PDPage page;
    private COSArray pageParents;

    StructureTree(PDDocument doc, Tag document) {
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setStructureTreeRoot(root);
        PDMarkInfo mark = new PDMarkInfo();
        mark.setMarked(true);
        catalog.setMarkInfo(mark);
        build(document, root, document.language());
    }

    private void build(Tag tag, PDStructureNode parent, String inherited) {
        PDStructureElement e = new PDStructureElement(tag.role(), parent);
        parent.appendKid(e);
        // The catalog names the document's language; an element says so only where it differs.
        if (tag.language() != null && !Objects.equals(tag.language(), inherited)) e.setLanguage(tag.language());
        if (tag.alt() != null) e.setAlternateDescription(tag.alt());
        // PDF/UA asks every Note for an identifier unique in the document.
        if (tag.role().equals("Note")) e.setElementIdentifier("note-" + ++notes);
        if (!tag.tableAttributes().isEmpty()) {
            PDTableAttributeObject table = new PDTableAttributeObject();
            tag.tableAttributes().forEach((name, value) -> {
                if (value instanceof Integer n) table.getCOSObject().setInt(name, n);
                else table.getCOSObject().setName(name, value.toString());
            });
            e.addAttribute(table);
        }
        elements.put(tag, e);
        String language = tag.language() == null ? inherited : tag.language();
        for (Tag child : tag.children()) build(child, e, language);
    }

    /** Starts a page: the marked content drawn from now on belongs to it. */
    void page(PDPage p) {
        page = p;
        pageParents = new COSArray();
        p.setStructParents(nextKey);
        parents.add(COSInteger.get(nextKey++));
        parents.add(pageParents);
    }

    /** A new marked-content id on the current page for content of {@code tag}. */
    int mark(Tag tag) {
        PDStructureElement e = elements.get(tag);
        int mcid = pageParents.size();
        COSDictionary own = e.getCOSObject().getCOSDictionary(COSName.PG);
        if (own == null) e.setPage(page);
        if (own == null || own == page.getCOSObject()) {
            // Content on the element's own page is a bare MCID: an MCR for each line made the
            // 34-page benchmark article 5 % larger.
            e.appendKid(mcid);
        } else {
            PDMarkedContentReference ref = new PDMarkedContentReference();
            ref.setPage(page);
            ref.setMCID(mcid);
            ref.getCOSObject().setDirect(true);
            e.appendKid(ref);
        }
        pageParents.add(e);
        return mcid;
    }

    /** A Link element inside {@code tag}'s element, holding the annotation. */
    void link(Tag tag, PDAnnotation annotation) {
        PDStructureElement link = new PDStructureElement("Link", elements.get(tag));
        elements.get(tag).appendKid(link);
        PDObjectReference ref = new PDObjectReference();
        ref.setReferencedObject(annotation);
        ref.setPage(page);
        link.appendKid(ref);
        annotation.setStructParent(nextKey);
        parents.add(COSInteger.get(nextKey++));
        parents.add(link);
    }

    /**
     * The element's bounding box on its page, a layout attribute the PDF reference asks of every
     * figure shown whole on one page, so assistive tools can point at it or enlarge it.
     */
    void bounds(Tag tag, PDRectangle box) {
        PDLayoutAttributeObject layout = new PDLayoutAttributeObject();
        layout.setBBox(box);
        elements.get(tag).addAttribute(layout);
    }

    /** Writes the parent tree; once, after the last page. */
    void finish() {
        COSDictionary tree = new COSDictionary();
        tree.setItem(COSName.NUMS, parents);
        root.getCOSObject().setItem(COSName.PARENT_TREE, tree);
        root.setParentTreeNextKey(nextKey);
    }
}
