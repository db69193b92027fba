package io.convert.writer.pdf.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A node of the article's logical structure (PDF standard structure types: Document, H1–H6, P,
 * L/LI/Lbl/LBody, BlockQuote, Figure, Caption, Table/THead/TBody/TR/TH/TD, Code, Note). The flow
 * builder makes the tree in reading order while it sets the blocks, and every flow item knows
 * the nodes its content belongs to, so the page that draws the content can mark it; the tree
 * itself knows nothing of PDF objects ({@link StructureTree} writes it).
 */
public final class Tag {
    private final String role;
    private final Tag parent;
    private final String language;
    private final List<Tag> children = new ArrayList<>();
    private final Map<String, Object> tableAttributes = new LinkedHashMap<>();
    private String alt;

    private Tag(String role, Tag parent, String language) {
        this.role = role;
        this.parent = parent;
        this.language = language;
    }

    /** The root, a Document in the article's (or the book's) language. */
    static Tag document(String language) {
        return new Tag("Document", null, language);
    }

    /** A new last child of this node; {@code language} null: this node's. */
    Tag child(String role, String language) {
        Tag t = new Tag(role, this, language == null ? this.language : language);
        children.add(t);
        return t;
    }

    /** Forgets the children of a part whose layout is done again (a book's contents, once its page count is known). */
    void clear() {
        children.clear();
    }

    Tag child(String role) {
        return child(role, null);
    }

    public String role() {
        return role;
    }

    public Tag parent() {
        return parent;
    }

    public String language() {
        return language;
    }

    public List<Tag> children() {
        return children;
    }

    /** The replacement text of a figure, read instead of its content. */
    public String alt() {
        return alt;
    }

    void alt(String text) {
        alt = text;
    }

    /** Table attributes (Scope, ColSpan, RowSpan) of a cell. */
    public Map<String, Object> tableAttributes() {
        return tableAttributes;
    }

    void tableAttribute(String name, Object value) {
        tableAttributes.put(name, value);
    }
}
