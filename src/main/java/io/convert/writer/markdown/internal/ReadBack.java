package io.convert.writer.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The last guard on emphasis: CommonMark pairs delimiter runs by rules (runs that merge, the
 * "multiple of three" rule) that {@link Delimiters} does not model in full. A block whose
 * inline content would not read back as built is parsed again here, and if its emphasis still
 * comes out different, the block keeps its text and links without emphasis.
 */
final class ReadBack {
    private static final Parser PARSER = Parser.builder().build();

    private ReadBack() {
    }

    /** Whether the block's emphasis had to go. */
    static boolean removedEmphasis(Node block) {
        if (!hasEmphasis(block)) return false;
        String intended = signature(block);
        Paragraph probe = new Paragraph();
        moveChildren(block, probe);
        Document document = new Document();
        document.appendChild(probe);
        String markdown = MarkdownText.render(document);
        moveChildren(probe, block);
        Node parsed = PARSER.parse(markdown).getFirstChild();
        if (parsed != null && intended.equals(signature(parsed))) return false;
        removeEmphasis(block);
        return true;
    }

    private static boolean hasEmphasis(Node parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Emphasis || n instanceof StrongEmphasis || hasEmphasis(n)) return true;
        }
        return false;
    }

    /** The inline structure and text, with adjacent text joined as a parser would. */
    private static String signature(Node parent) {
        StringBuilder out = new StringBuilder();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) out.append(t.getLiteral());
            else if (n instanceof Code c) out.append("\u0001code:").append(c.getLiteral()).append('\u0002');
            else if (n instanceof HardLineBreak) out.append("\u0001br\u0002");
            else if (n instanceof Link l) out.append("\u0001a:").append(l.getDestination()).append(signature(n)).append('\u0002');
            else out.append('\u0001').append(n.getClass().getSimpleName()).append(signature(n)).append('\u0002');
        }
        return out.toString();
    }

    private static void moveChildren(Node from, Node to) {
        List<Node> children = new ArrayList<>();
        for (Node n = from.getFirstChild(); n != null; n = n.getNext()) children.add(n);
        children.forEach(to::appendChild);
    }

    private static void removeEmphasis(Node parent) {
        Node node = parent.getFirstChild();
        while (node != null) {
            Node next = node.getNext();
            removeEmphasis(node);
            if (node instanceof Emphasis || node instanceof StrongEmphasis) Delimiters.unwrap(node);
            node = next;
        }
    }
}
