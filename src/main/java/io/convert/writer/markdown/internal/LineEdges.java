package io.convert.writer.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Makes a block's inline nodes say only what a CommonMark parser would read back: spaces and
 * tabs at the start or end of a line are dropped by parsers (and the renderer would write
 * leading ones as character references), a line break at a block's edge means nothing, and two
 * breaks in a row would leave a blank line that ends the paragraph.
 */
final class LineEdges {
    private LineEdges() {
    }

    static void trim(Node block) {
        List<List<Node>> lines = new ArrayList<>();
        List<HardLineBreak> breaks = new ArrayList<>();
        lines.add(new ArrayList<>());
        collect(block, lines, breaks);
        for (int i = 0; i < breaks.size(); i++) {
            if (isBlank(lines.get(i)) || lines.subList(i + 1, lines.size()).stream().allMatch(LineEdges::isBlank)) {
                breaks.get(i).unlink();
            }
        }
        for (List<Node> line : lines) {
            if (isBlank(line)) {
                line.forEach(Node::unlink);
            } else {
                trimEnd(line, true);
                trimEnd(line, false);
            }
        }
        removeEmptyEmphasis(block);
    }

    private static void collect(Node parent, List<List<Node>> lines, List<HardLineBreak> breaks) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof HardLineBreak br) {
                breaks.add(br);
                lines.add(new ArrayList<>());
            } else if (node.getFirstChild() == null) {
                lines.get(lines.size() - 1).add(node);
            } else {
                collect(node, lines, breaks);
            }
        }
    }

    /** A line of only spaces and tabs: what CommonMark calls blank. */
    private static boolean isBlank(List<Node> line) {
        return line.stream().allMatch(n -> n instanceof Text t && t.getLiteral().chars().allMatch(LineEdges::isSpaceOrTab));
    }

    private static void trimEnd(List<Node> line, boolean start) {
        for (int i = 0; i < line.size(); i++) {
            Node node = line.get(start ? i : line.size() - 1 - i);
            if (!(node instanceof Text text)) return;
            String literal = text.getLiteral();
            int from = 0;
            int to = literal.length();
            if (start) {
                while (from < to && isSpaceOrTab(literal.charAt(from))) from++;
            } else {
                while (to > from && isSpaceOrTab(literal.charAt(to - 1))) to--;
            }
            if (from == to) {
                text.unlink();
            } else {
                text.setLiteral(literal.substring(from, to));
                return;
            }
        }
    }

    private static boolean isSpaceOrTab(int c) {
        return c == ' ' || c == '\t';
    }

    private static void removeEmptyEmphasis(Node parent) {
        Node node = parent.getFirstChild();
        while (node != null) {
            Node next = node.getNext();
            removeEmptyEmphasis(node);
            if ((node instanceof Emphasis || node instanceof StrongEmphasis) && node.getFirstChild() == null) {
                node.unlink();
            }
            node = next;
        }
    }
}
