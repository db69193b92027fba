package io.convert.reader.text.internal;

/**
 * One logical line of scraped text: a source line, or several when the text was hard-wrapped.
 *
 * @param text the line without surrounding spaces and without text-browser link markers
 * @param indent leading spaces of its first source line
 * @param blankBefore whether a blank line (or the start of the text) precedes it
 * @param links how many link markers ({@code [12]}) a text-mode browser put in it
 * @param imageMark whether a text-mode browser marked an image in it ({@code [IMG]}, {@code [photo.jpg]})
 * @param linkFirst whether it starts with a link marker (after any bullet): a linked headline or menu entry
 */
public record Unit(String text, int indent, boolean blankBefore, int links, boolean imageMark, boolean linkFirst) {

    public int words() {
        return Words.count(text);
    }
}
