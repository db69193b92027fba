package io.convert.writer.pdf.internal;

import io.convert.lang.Wording;
import io.convert.model.Direction;
import io.convert.typeset.Align;
import io.convert.typeset.Justification;
import io.convert.typeset.StyledRun;
import io.convert.typeset.TextEngine;
import io.convert.typeset.TextLine;
import io.convert.typeset.TextStyle;
import java.io.IOException;
import java.util.List;

/**
 * The running header (the title, shortened to fit) on the start side and the footer ("page n
 * of N") on the end side, mirrored for RTL pages; the opening page, which carries the title
 * block, has neither (in a book: each article's first page; the numbers run through the book).
 * Both are artifacts: a screen reader reads the title once and no page numbers.
 */
public final class RunningHeads {
    private static final String ELLIPSIS = "…";

    private final TextEngine engine;
    private final PageGeometry geometry;
    private final Wording wording;
    private final TextStyle style;
    private final Direction direction;
    private final String lang;
    private final TextLine header;

    public RunningHeads(TextEngine engine, PageGeometry geometry, Theme theme, Wording wording, String title,
            String lang) {
        this.engine = engine;
        this.geometry = geometry;
        this.wording = wording;
        this.style = theme.small().withSize(theme.size() * 0.78f);
        this.direction = geometry.direction();
        this.lang = lang;
        this.header = title == null || title.isBlank() ? null
                : line(shortened(title.strip(), geometry.contentWidth() * 0.7f), Align.START);
    }

    /** Cuts the title at a word boundary, with an ellipsis, until it fits {@code width}. */
    private String shortened(String title, float width) {
        // A title longer than any header could show is cut before it is measured word by word.
        String text = title.substring(0, Math.min(title.length(), 300)).replaceAll("\\s+", " ");
        if (measure(text) <= width) return text;
        String[] words = text.split(" ");
        StringBuilder fit = new StringBuilder();
        for (String word : words) {
            String next = fit.length() == 0 ? word : fit + " " + word;
            if (measure(next + ELLIPSIS) > width) break;
            fit.setLength(0);
            fit.append(next);
        }
        return fit.length() == 0 ? ELLIPSIS : fit + ELLIPSIS;
    }

    private float measure(String text) {
        return engine.measure(List.of(new StyledRun(text, style)), direction, lang);
    }

    private TextLine line(String text, Align align) {
        return engine.layout(List.of(new StyledRun(text, style)), direction, lang, geometry.contentWidth(), align,
                Justification.NONE, 1.2f).lines().get(0);
    }

    /**
     * Draws the header and footer of page {@code page} (1-based) of {@code pages}; an
     * {@code opening} page, which carries the title block, has neither.
     */
    public void draw(PageCanvas canvas, int page, int pages, boolean opening) throws IOException {
        if (opening) return;
        float left = geometry.contentLeft();
        if (header != null) {
            float baseline = geometry.headerBaseline();
            canvas.drawLine(header, left, baseline, null);
            canvas.paint(null, g -> {
                g.setNonStrokingColor(Theme.RULE);
                g.addRect(left, baseline - header.descent() - 3f, geometry.contentWidth(), 0.4f);
                g.fill();
            });
        }
        canvas.drawLine(line(wording.pageOf(page, pages), Align.END), left, geometry.footerBaseline(), null);
    }
}
