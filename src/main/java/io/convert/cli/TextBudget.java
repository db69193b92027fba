package io.convert.cli;

import io.convert.model.Article;
import io.convert.model.Block;
import io.convert.model.Inline;
import io.convert.model.PlainText;
import io.convert.spi.Diagnostics;
import io.convert.spi.Limits;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts what a reader kept to what every writer can lay out in bounded time: at most
 * {@link Limits#maxTextChars()} characters in all, and at most {@link #MAX_BLOCK_CHARS} in one
 * paragraph, heading or code block. Typesetting a block costs more than linear time in its
 * length (line breaking, bidi, shaping), so one huge block is what turns a big input into a hang.
 */
final class TextBudget {
    /** Fifty times a long paragraph; a whole long article fits in one block this size. */
    static final int MAX_BLOCK_CHARS = 50_000;

    private final Limits limits;
    private final Diagnostics diagnostics;
    private long used;
    private int cutBlocks;
    private boolean dropped;

    private TextBudget(Limits limits, Diagnostics diagnostics) {
        this.limits = limits;
        this.diagnostics = diagnostics;
    }

    static Article apply(Article article, Limits limits, Diagnostics diagnostics) {
        TextBudget budget = new TextBudget(limits, diagnostics);
        List<Block> kept = budget.blocks(article.blocks());
        if (budget.cutBlocks > 0) {
            diagnostics.warn(budget.cutBlocks + " block(s) longer than " + MAX_BLOCK_CHARS + " characters were cut");
        }
        if (kept.size() < article.blocks().size()) {
            diagnostics.warn("the text is longer than " + limits.maxTextChars() + " characters; dropped the last "
                    + (article.blocks().size() - kept.size()) + " block(s)");
        }
        // Not kept.equals(...): a deep comparison of every record costs a cold run more than the cut.
        return budget.cutBlocks == 0 && !budget.dropped ? article : new Article(article.metadata(), kept);
    }

    private List<Block> blocks(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (used > limits.maxTextChars()) {
                dropped = true;
                break;
            }
            out.add(block(b));
        }
        return out;
    }

    private Block block(Block b) {
        if (b instanceof Block.Quote q) return new Block.Quote(blocks(q.content()), q.attribution(), q.language());
        if (b instanceof Block.ListBlock l) {
            List<Block.ListItem> items = new ArrayList<>(l.items().size());
            for (Block.ListItem item : l.items()) items.add(new Block.ListItem(blocks(item.content())));
            return new Block.ListBlock(l.ordered(), l.start(), items, l.language());
        }
        if (b instanceof Block.CodeBlock c) {
            used += c.text().length();
            if (c.text().length() <= MAX_BLOCK_CHARS) return c;
            cutBlocks++;
            return new Block.CodeBlock(cut(c.text()), c.syntax(), c.language());
        }
        String text = b instanceof Block.Paragraph || b instanceof Block.Heading ? PlainText.of(b) : null;
        if (text == null) {
            used += PlainText.of(b).length();
            return b;
        }
        used += text.length();
        if (text.length() <= MAX_BLOCK_CHARS) return b;
        cutBlocks++;
        List<Inline> content = List.of(new Inline.Text(cut(text)));
        return b instanceof Block.Heading h ? new Block.Heading(h.level(), content, h.language())
                : new Block.Paragraph(content, ((Block.Paragraph) b).language());
    }

    private static String cut(String text) {
        int end = MAX_BLOCK_CHARS;
        if (Character.isHighSurrogate(text.charAt(end - 1))) end--;
        return text.substring(0, end) + " …";
    }
}
