package io.convert.writer.pdf.internal;

import io.convert.typeset.TextLine;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * One line of a book's contents entry: part of an article's title, the whole line a link to
 * the article's first page. The entry's last line also carries the page number, at the end
 * side of the measure, and a dotted leader from the title to it, so the eye can follow a short
 * title across to its number as in a printed book. The leader is an artifact: copying the
 * contents gives the title and the number, not a row of dots.
 */
final class ContentsLine extends FlowItem {
    /** Distance between the dots of a leader; they sit on this grid of the page, so the rows line up. */
    private static final float DOT_PITCH = 4.5f;
    private static final float DOT_SIZE = 0.9f;

    private final TextLine line;
    private final Tag tag;
    private final float x;
    private final float rowX;
    private final float rowWidth;
    private final int target;
    private final String description;
    private final LineItem.Marker number;

    /**
     * {@code x}: the page x of the left edge of the title's measure; {@code rowX} and
     * {@code rowWidth}: the whole row, number included, which is the link's area; {@code target}:
     * the index of the page the entry leads to; {@code number}: null but on an entry's last line.
     */
    ContentsLine(TextLine line, Tag tag, float x, float rowX, float rowWidth, int target, String description,
            LineItem.Marker number) {
        this.line = line;
        this.tag = tag;
        this.x = x;
        this.rowX = rowX;
        this.rowWidth = rowWidth;
        this.target = target;
        this.description = description;
        this.number = number;
    }

    @Override
    public float height() {
        return line.height();
    }

    @Override
    public void draw(PageCanvas canvas, float top) throws IOException {
        float baseline = LineItem.baseline(line, top);
        if (number != null) {
            canvas.drawLine(number.line(), number.x(), baseline, number.label());
            leader(canvas, baseline);
        }
        canvas.drawLine(line, x, baseline, tag);
        canvas.jump(tag, new PDRectangle(rowX, baseline - line.descent(), rowWidth, line.height()), target, description);
    }

    /** Dots across the gap between the title and the number, whichever side of the title the number is on. */
    private void leader(PageCanvas canvas, float baseline) throws IOException {
        float titleStart = x + line.offset(), titleEnd = titleStart + line.width();
        float numberStart = number.x() + number.line().offset(), numberEnd = numberStart + number.line().width();
        float gap = DOT_PITCH;
        float from = numberStart >= titleEnd ? titleEnd + gap : numberEnd + gap;
        float to = numberStart >= titleEnd ? numberStart - gap : titleStart - gap;
        float first = (float) Math.ceil(from / DOT_PITCH) * DOT_PITCH;
        if (to - first < DOT_PITCH * 2) return;
        canvas.paint(null, cs -> {
            cs.setNonStrokingColor(Theme.MUTED);
            for (float dot = first; dot <= to; dot += DOT_PITCH) {
                cs.addRect(dot - DOT_SIZE / 2, baseline, DOT_SIZE, DOT_SIZE);
            }
            cs.fill();
        });
    }
}
