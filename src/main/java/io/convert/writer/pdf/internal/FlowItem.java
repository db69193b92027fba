package io.convert.writer.pdf.internal;

import java.io.IOException;
import java.util.List;

/**
 * One unbreakable piece of the vertical flow: a line of text, a figure, a rule, a table row.
 * The paginator only sees heights, the space wanted above (dropped at the top of a page) and
 * whether a page may break before the item; drawing is the item's own business.
 */
public abstract class FlowItem {
    private float spaceBefore;
    private boolean keepWithPrevious;
    private List<Decoration> decorations = List.of();

    /** Height of the item itself, without the space before it. */
    public abstract float height();

    /** Draws the item with its top edge at {@code top} (page y, up). */
    public abstract void draw(PageCanvas canvas, float top) throws IOException;

    public float spaceBefore() {
        return spaceBefore;
    }

    void spaceBefore(float v) {
        spaceBefore = v;
    }

    /** True when a page break just before this item is not allowed. */
    public boolean keepWithPrevious() {
        return keepWithPrevious;
    }

    void keepWithPrevious(boolean v) {
        keepWithPrevious = v;
    }

    /** Bars and backgrounds of the containers this item sits in (quote rules, code shading). */
    public List<Decoration> decorations() {
        return decorations;
    }

    void decorations(List<Decoration> v) {
        decorations = List.copyOf(v);
    }
}
