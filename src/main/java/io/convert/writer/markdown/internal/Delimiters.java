package io.convert.writer.markdown.internal;

import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.text.Characters;

/**
 * Keeps emphasis only where its delimiters will be read as delimiters. CommonMark opens and
 * closes emphasis by what surrounds a delimiter run: {@code x*(y)*z} or {@code **"a"**b} are
 * literal asterisks, and an underscore never closes inside a word. No escape can fix that
 * without HTML, so such emphasis is dropped and its content kept as plain text, rather than
 * leaving stray asterisks in the text. Emphasis gets {@code _} exactly where the renderer
 * would choose it (right after a {@code *}), so the check predicts what is written.
 */
final class Delimiters {
    /** What stands before the first or after the last inline of a block: a line edge. */
    private static final int EDGE = ' ';

    private Delimiters() {
    }

    static void settle(Node parent) {
        settle(parent, EDGE, EDGE);
    }

    /** @param before the character written just before {@code parent}'s content, after its opener */
    private static void settle(Node parent, int before, int after) {
        Node node = parent.getFirstChild();
        while (node != null) {
            int previous = node.getPrevious() == null ? before : lastChar(node.getPrevious());
            int next = node.getNext() == null ? after : firstChar(node.getNext());
            char delimiter = delimiter(node, previous);
            if (delimiter != 0 && !fits(node, delimiter, previous, next)) {
                Node first = unwrap(node);
                node = first != null ? first : parent.getFirstChild();
                continue;
            }
            if (node.getFirstChild() != null) settle(node, firstChar(node), lastChar(node));
            node = node.getNext();
        }
    }

    /** The delimiter character of emphasis (0 for other nodes), fixing it on the node. */
    private static char delimiter(Node node, int previous) {
        if (node instanceof StrongEmphasis) return '*';
        if (node instanceof Emphasis emphasis) {
            char c = previous == '*' ? '_' : '*';
            emphasis.setDelimiter(String.valueOf(c));
            return c;
        }
        return 0;
    }

    private static boolean fits(Node node, char delimiter, int previous, int next) {
        int first = firstChar(node.getFirstChild());
        int last = lastChar(node.getLastChild());
        boolean opens = leftFlanking(previous, first)
                && (delimiter == '*' || !rightFlanking(previous, first) || isPunctuation(previous));
        boolean closes = rightFlanking(last, next)
                && (delimiter == '*' || !leftFlanking(last, next) || isPunctuation(next));
        return opens && closes;
    }

    private static boolean leftFlanking(int before, int after) {
        return !isWhitespace(after) && (!isPunctuation(after) || isWhitespace(before) || isPunctuation(before));
    }

    private static boolean rightFlanking(int before, int after) {
        return !isWhitespace(before) && (!isPunctuation(before) || isWhitespace(after) || isPunctuation(after));
    }

    /** Moves the node's children in its place; returns the first of them (null if none). */
    static Node unwrap(Node node) {
        Node first = node.getFirstChild();
        Node child = first;
        while (child != null) {
            Node next = child.getNext();
            node.insertBefore(child);
            child = next;
        }
        node.unlink();
        return first;
    }

    /**
     * The first character the renderer writes for a node: text's own (an escaped character is
     * punctuation like its backslash), else its markup. Text's first character is a safe
     * stand-in for a container's content too, which {@link #settle} sees before it.
     */
    private static int firstChar(Node node) {
        if (node instanceof Text t && !t.getLiteral().isEmpty()) return t.getLiteral().codePointAt(0);
        if (node instanceof Emphasis e && e.getOpeningDelimiter() != null) return e.getOpeningDelimiter().charAt(0);
        if (node instanceof Code) return '`';
        if (node instanceof Link) return '[';
        if (node instanceof Image) return '!';
        if (node instanceof HardLineBreak || node instanceof SoftLineBreak) return '\n';
        return '*';
    }

    private static int lastChar(Node node) {
        if (node instanceof Text t && !t.getLiteral().isEmpty()) return t.getLiteral().codePointBefore(t.getLiteral().length());
        if (node instanceof Emphasis e && e.getClosingDelimiter() != null) return e.getClosingDelimiter().charAt(0);
        if (node instanceof Code) return '`';
        if (node instanceof Link || node instanceof Image) return ')';
        if (node instanceof HardLineBreak || node instanceof SoftLineBreak) return '\n';
        return '*';
    }

    private static boolean isWhitespace(int c) {
        return Characters.isWhitespaceCodePoint(c);
    }

    private static boolean isPunctuation(int c) {
        return Characters.isPunctuationCodePoint(c);
    }
}
