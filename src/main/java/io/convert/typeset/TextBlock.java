package io.convert.typeset;

import java.util.List;

/** The lines of one laid-out paragraph, top to bottom. */
public final class TextBlock {
    private final List<TextLine> lines;

    TextBlock(List<TextLine> lines) {
        this.lines = List.copyOf(lines);
    }

    public List<TextLine> lines() {
        return lines;
    }

    /** Sum of the line heights. */
    public float height() {
        float h = 0;
        for (TextLine l : lines) h += l.height();
        return h;
    }
}
