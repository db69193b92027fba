package io.convert.reader.text.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One logical line of scraped text: a source line, or several when the text was hard-wrapped.
 * Its word count is computed once, since every rule asks for it.
 */
public final class Unit {
    private final String text;
    private final int indent;
    private final boolean blankBefore;
    private final int links;
    private final boolean imageMark;
    private final boolean linkFirst;
    private final int words;

    /**
     * @param text the line without surrounding spaces and without text-browser link markers
     * @param indent leading spaces of its first source line
     * @param blankBefore whether a blank line (or the start of the text) precedes it
     * @param links how many link markers ({@code [12]}) a text-mode browser put in it
     * @param imageMark whether a text-mode browser marked an image in it ({@code [IMG]}, {@code [photo.jpg]})
     * @param linkFirst whether it starts with a link marker (after any bullet): a linked headline or menu entry
     */
    public Unit(String text, int indent, boolean blankBefore, int links, boolean imageMark, boolean linkFirst) {
        this.text = text;
        this.indent = indent;
        this.blankBefore = blankBefore;
        this.links = links;
        this.imageMark = imageMark;
        this.linkFirst = linkFirst;
        this.words = Words.count(text);
    }

    public String text() {
        return text;
    }

    public int indent() {
        return indent;
    }

    public boolean blankBefore() {
        return blankBefore;
    }

    public int links() {
        return links;
    }

    public boolean imageMark() {
        return imageMark;
    }

    public boolean linkFirst() {
        return linkFirst;
    }

    public int words() {
        return words;
    }

    /** How many times each line's words ({@link Words#key}) are printed on the page: a line printed again is a template's or a teaser's. */
    public static Map<String, Integer> printings(List<Unit> units) {
        Map<String, Integer> printed = new HashMap<>();
        for (Unit u : units) printed.merge(Words.key(u.text()), 1, Integer::sum);
        return printed;
    }

    @Override
    public String toString() {
        return text;
    }
}
