package io.convert.writer.markdown.internal;

import io.convert.model.Inline;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.text.Characters;

/**
 * Turns model inlines into commonmark inline nodes, reshaping only what CommonMark cannot say
 * as the model says it: whitespace at the edges of emphasis (a delimiter next to a space does
 * not open or close), emphasis inside the same emphasis and links inside links (meaningless or
 * invalid), empty code spans, whitespace at line edges (dropped by any CommonMark parser, see
 * {@link LineEdges}) and emphasis whose delimiters would not be read as such ({@link Delimiters}).
 * Superscript, subscript and language spans have no CommonMark syntax without HTML, so their
 * content is kept as plain inline content.
 */
final class InlineNodes {
    /** Characters some reader could take for the end of a line; inline text has no line ends. */
    private static final Pattern LINE_SEPARATORS = Pattern.compile("[\\r\\n\\x0B\\f\\x{85}\\x{2028}\\x{2029}]+");
    private static final Pattern ENTITY_LIKE = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");
    /** Compiled once: String's replaceAll compiles its pattern on each call, and every link asks it. */
    private static final Pattern TAB_OR_NEWLINE = Pattern.compile("[\t\r\n]");

    private final boolean lineBreaks;

    /** @param lineBreaks false where a line break would end the construct (headings, table cells) */
    private InlineNodes(boolean lineBreaks) {
        this.lineBreaks = lineBreaks;
    }

    static final InlineNodes FLOWING = new InlineNodes(true);
    static final InlineNodes ONE_LINE = new InlineNodes(false);

    /** Appends {@code inlines} to {@code parent} (a paragraph, heading, cell or emphasis). */
    void appendTo(Node parent, List<Inline> inlines) {
        append(parent, inlines, new Context(false, false, false));
        joinAdjacent(parent);
        LineEdges.trim(parent);
        Delimiters.settle(parent);
        joinAdjacent(parent);
        if (ReadBack.removedEmphasis(parent)) joinAdjacent(parent);
    }

    private record Context(boolean inEmphasis, boolean inStrong, boolean inLink) {
    }

    private void append(Node parent, List<Inline> inlines, Context context) {
        Appender appender = new Appender(parent, context);
        for (Inline inline : inlines) inline.accept(appender);
    }

    /** Appends each kind of inline to one parent node, in one context. */
    private final class Appender implements Inline.Visitor<Void> {
        private final Node parent;
        private final Context context;

        Appender(Node parent, Context context) {
            this.parent = parent;
            this.context = context;
        }

        @Override
        public Void visit(Inline.Text t) {
            appendText(parent, LINE_SEPARATORS.matcher(t.text()).replaceAll(" "));
            return null;
        }

        @Override
        public Void visit(Inline.Code c) {
            String code = LINE_SEPARATORS.matcher(c.text()).replaceAll(" ");
            if (!code.isEmpty()) parent.appendChild(new Code(code));
            return null;
        }

        @Override
        public Void visit(Inline.LineBreak br) {
            if (lineBreaks) parent.appendChild(new HardLineBreak());
            else appendText(parent, " ");
            return null;
        }

        @Override
        public Void visit(Inline.Emphasis e) {
            if (context.inEmphasis()) append(parent, e.content(), context);
            else wrap(parent, new Emphasis(), e.content(), new Context(true, context.inStrong(), context.inLink()));
            return null;
        }

        @Override
        public Void visit(Inline.Strong s) {
            if (context.inStrong()) append(parent, s.content(), context);
            else wrap(parent, new StrongEmphasis(), s.content(), new Context(context.inEmphasis(), true, context.inLink()));
            return null;
        }

        @Override
        public Void visit(Inline.Link l) {
            if (context.inLink() || l.href() == null || l.href().isBlank()) {
                append(parent, l.content(), context);
                return null;
            }
            Link link = new Link(destination(l.href()), title(l.title()));
            append(link, l.content(), new Context(context.inEmphasis(), context.inStrong(), true));
            // A link with nothing to show cannot be followed: keep only its spacing.
            if (showsNothing(link)) appendText(parent, link.getFirstChild() == null ? "" : " ");
            else parent.appendChild(link);
            return null;
        }

        /** CommonMark has no superscript: its text stays, in the flow. */
        @Override
        public Void visit(Inline.Superscript s) {
            append(parent, s.content(), context);
            return null;
        }

        @Override
        public Void visit(Inline.Subscript s) {
            append(parent, s.content(), context);
            return null;
        }

        /** Markdown without raw HTML cannot mark a language: the text stays. */
        @Override
        public Void visit(Inline.Span s) {
            append(parent, s.content(), context);
            return null;
        }
    }

    /** Whether inline content is no more than whitespace and line breaks. */
    private static boolean showsNothing(Node parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            boolean blank = n instanceof Text t ? t.getLiteral().isBlank()
                    : n instanceof HardLineBreak || (n.getFirstChild() != null && showsNothing(n));
            if (!blank) return false;
        }
        return true;
    }

    /**
     * Adds {@code container} holding {@code content}, with whitespace at its inner edges moved
     * outside it; a container left with nothing but whitespace becomes that whitespace.
     */
    private void wrap(Node parent, Node container, List<Inline> content, Context context) {
        append(container, content, context);
        String leading = takeEdgeWhitespace(container.getFirstChild(), true);
        String trailing = takeEdgeWhitespace(container.getLastChild(), false);
        appendText(parent, leading);
        if (container.getFirstChild() != null) parent.appendChild(container);
        appendText(parent, trailing);
    }

    /** Removes and returns the whitespace at one end of a text node (removing it if emptied). */
    private static String takeEdgeWhitespace(Node node, boolean start) {
        if (!(node instanceof Text text)) return "";
        String literal = text.getLiteral();
        int cut = start ? 0 : literal.length();
        if (start) {
            while (cut < literal.length() && isWhitespace(literal.charAt(cut))) cut++;
        } else {
            while (cut > 0 && isWhitespace(literal.charAt(cut - 1))) cut--;
        }
        String taken = start ? literal.substring(0, cut) : literal.substring(cut);
        String kept = start ? literal.substring(cut) : literal.substring(0, cut);
        if (kept.isEmpty()) node.unlink();
        else text.setLiteral(kept);
        return taken;
    }

    /** CommonMark's "Unicode whitespace", which decides whether a delimiter run can open or close. */
    private static boolean isWhitespace(char c) {
        return Characters.isWhitespaceCodePoint(c);
    }

    /** Appends text, joining it to a text node just before it so escaping sees whole runs. */
    private static void appendText(Node parent, String literal) {
        if (literal.isEmpty()) return;
        if (parent.getLastChild() instanceof Text previous) previous.setLiteral(previous.getLiteral() + literal);
        else parent.appendChild(new Text(literal));
    }

    /**
     * Joins code that directly follows code, emphasis after emphasis and strong after strong
     * (however the model nested them): written one after the other ({@code `a``b`},
     * {@code *a**b*}) their delimiters would run together and parse as something else.
     */
    private static void joinAdjacent(Node parent) {
        Node node = parent.getFirstChild();
        while (node != null) {
            Node next = node.getNext();
            if (node instanceof Code a && next instanceof Code b) {
                a.setLiteral(a.getLiteral() + b.getLiteral());
                b.unlink();
            } else if (next != null && next.getClass() == node.getClass()
                    && (node instanceof Emphasis || node instanceof StrongEmphasis)) {
                while (next.getFirstChild() != null) node.appendChild(next.getFirstChild());
                next.unlink();
            } else {
                joinAdjacent(node);
                node = next;
            }
        }
    }

    /**
     * A link or image destination as a browser would resolve it: no surrounding spaces, tabs and
     * newlines removed (as the URL standard does; the renderer would write a tab bare, ending the
     * destination), other control characters percent-encoded.
     */
    static String destination(String href) {
        String url = TAB_OR_NEWLINE.matcher(href.strip()).replaceAll("");
        StringBuilder out = new StringBuilder(url.length());
        for (char c : url.toCharArray()) {
            if (c < 0x20 || c == 0x7F) out.append(String.format("%%%02X", (int) c));
            else out.append(c);
        }
        return keepAmpersands(out.toString());
    }

    private static String title(String title) {
        return title == null || title.isBlank() ? null : keepAmpersands(title);
    }

    /**
     * Markdown readers decode character references in destinations and titles, where the
     * renderer (0.30.0) does not escape {@code &}: one that starts something like a reference is
     * written as the reference {@code &amp;}, which reads back as itself.
     */
    private static String keepAmpersands(String s) {
        return ENTITY_LIKE.matcher(s).replaceAll("&amp;");
    }

}
