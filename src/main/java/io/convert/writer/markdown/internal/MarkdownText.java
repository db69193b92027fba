package io.convert.writer.markdown.internal;

import java.util.List;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.markdown.MarkdownNodeRendererContext;
import org.commonmark.renderer.markdown.MarkdownNodeRendererFactory;
import org.commonmark.renderer.markdown.MarkdownRenderer;

/** commonmark-java's Markdown renderer, set up for article bodies and metadata values. */
public final class MarkdownText {
    private MarkdownText() {
    }

    /**
     * The renderer escapes most syntax characters but not two that start a block at the
     * beginning of a line: {@code +} (a list item) and {@code ~} (a code fence; also pandoc's
     * subscript and strike-out). Declaring them special makes it escape them through its own
     * mechanism wherever they occur in text.
     */
    private static final MarkdownNodeRendererFactory MISSED_BLOCK_STARTS = new MarkdownNodeRendererFactory() {
        @Override
        public NodeRenderer create(MarkdownNodeRendererContext context) {
            return new NodeRenderer() {
                @Override
                public Set<Class<? extends Node>> getNodeTypes() {
                    return Set.of();
                }

                @Override
                public void render(Node node) {
                    throw new IllegalStateException("renders no node types");
                }
            };
        }

        @Override
        public Set<Character> getSpecialCharacters() {
            return Set.of('+', '~');
        }
    };

    private static final MarkdownRenderer RENDERER = MarkdownRenderer.builder()
            .extensions(List.of(TablesExtension.create()))
            .nodeRendererFactory(MISSED_BLOCK_STARTS)
            .build();

    /**
     * The Markdown of a document tree, ending with a newline. Control characters other than
     * tab and newline say nothing in Markdown and trip up readers, so none is written; nor is
     * an unpaired surrogate, which UTF-8 cannot carry.
     */
    public static String render(Document document) {
        return printable(RENDERER.render(document));
    }

    private static String printable(String markdown) {
        int first = firstUnprintable(markdown);
        if (first == markdown.length()) return markdown;
        StringBuilder out = new StringBuilder(markdown.length()).append(markdown, 0, first);
        for (int i = first; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < markdown.length() && Character.isLowSurrogate(markdown.charAt(i + 1))) {
                out.append(c).append(markdown.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Where the first character {@link #printable} drops or replaces stands; the length when
     * there is none, as in nearly every document (the input decoder already removed control
     * characters): the text is then kept as it is rather than copied a character at a time.
     */
    private static int firstUnprintable(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F || c == '\n' || c == '\t') continue;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || Character.isISOControl(c)) {
                return i;
            }
        }
        return n;
    }

    /** {@code text} escaped so that a Markdown reader (pandoc reading metadata) reads it back as is. */
    public static String escape(String text) {
        Document document = new Document();
        Paragraph paragraph = new Paragraph();
        paragraph.appendChild(new Text(text));
        document.appendChild(paragraph);
        return RENDERER.render(document).strip();
    }
}
