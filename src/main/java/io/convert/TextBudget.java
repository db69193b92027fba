package io.convert;

import io.convert.model.Article;
import io.convert.model.Block;
import io.convert.model.Inline;
import io.convert.model.Metadata;
import io.convert.model.PlainText;
import io.convert.spi.Diagnostics;
import io.convert.spi.Limits;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts what a reader kept to what every writer can lay out in bounded time: at most
 * {@link Limits#maxTextChars()} characters in all, and at most {@link #MAX_BLOCK_CHARS} in one
 * paragraph, heading or code block, and {@link #MAX_TITLE_CHARS} in a title. Typesetting a block
 * costs more than linear time in its length (line breaking, bidi, shaping), so one huge block is
 * what turns a big input into a hang.
 */
final class TextBudget implements Block.Visitor<Block> {
    /** Fifty times a long paragraph; a whole long article fits in one block this size. */
    static final int MAX_BLOCK_CHARS = 50_000;
    /**
     * Several times the longest headline; a page whose markup broke (a stray {@code <title>}
     * swallowing the body) gave a title of five million characters, which every writer repeats
     * (EPUB in its package, navigation and NCX) and some readers of the output take minutes over.
     */
    static final int MAX_TITLE_CHARS = 1_000;

    private final Limits limits;
    private long used;
    private int cutBlocks;
    private boolean dropped;

    private TextBudget(Limits limits) {
        this.limits = limits;
    }

    static Article apply(Article article, Limits limits, Diagnostics diagnostics) {
        TextBudget budget = new TextBudget(limits);
        List<Block> kept = budget.blocks(article.blocks());
        if (budget.cutBlocks > 0) {
            diagnostics.warn(budget.cutBlocks + " block(s) longer than " + MAX_BLOCK_CHARS + " characters were cut");
        }
        if (kept.size() < article.blocks().size()) {
            diagnostics.warn("the text is longer than " + limits.maxTextChars() + " characters; dropped the last "
                    + (article.blocks().size() - kept.size()) + " block(s)");
        }
        Metadata metadata = shortTitles(article.metadata(), diagnostics);
        // Not kept.equals(...): a deep comparison of every record costs a cold run more than the cut.
        if (budget.cutBlocks == 0 && !budget.dropped && metadata == article.metadata()) return article;
        return new Article(metadata, kept);
    }

    /** The metadata with its title and subtitle cut to {@link #MAX_TITLE_CHARS}; the same object when neither is longer. */
    private static Metadata shortTitles(Metadata metadata, Diagnostics diagnostics) {
        boolean longTitle = metadata.title() != null && metadata.title().length() > MAX_TITLE_CHARS;
        boolean longSubtitle = metadata.subtitle() != null && metadata.subtitle().length() > MAX_TITLE_CHARS;
        if (!longTitle && !longSubtitle) return metadata;
        diagnostics.warn("a title longer than " + MAX_TITLE_CHARS + " characters was cut");
        Metadata.Builder b = metadata.toBuilder();
        if (longTitle) b.title(cut(metadata.title(), MAX_TITLE_CHARS));
        if (longSubtitle) b.subtitle(cut(metadata.subtitle(), MAX_TITLE_CHARS));
        return b.build();
    }

    private List<Block> blocks(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (used > limits.maxTextChars()) {
                dropped = true;
                break;
            }
            out.add(b.accept(this));
        }
        return out;
    }

    @Override
    public Block visit(Block.Quote quote) {
        return new Block.Quote(blocks(quote.content()), quote.attribution(), quote.language());
    }

    @Override
    public Block visit(Block.ListBlock list) {
        List<Block.ListItem> items = new ArrayList<>(list.items().size());
        for (Block.ListItem item : list.items()) items.add(new Block.ListItem(blocks(item.content())));
        return new Block.ListBlock(list.ordered(), list.start(), items, list.language());
    }

    @Override
    public Block visit(Block.CodeBlock code) {
        String text = code.text();
        used += text.length();
        if (text.length() <= MAX_BLOCK_CHARS) return code;
        cutBlocks++;
        return new Block.CodeBlock(cut(text), code.syntax(), code.language());
    }

    @Override
    public Block visit(Block.Heading heading) {
        List<Inline> content = cutText(heading);
        return content == null ? heading : new Block.Heading(heading.level(), content, heading.language());
    }

    @Override
    public Block visit(Block.Paragraph paragraph) {
        List<Inline> content = cutText(paragraph);
        return content == null ? paragraph : new Block.Paragraph(content, paragraph.language());
    }

    /** Counts a block's text; null when it fits, else the text cut to one block's budget. */
    private List<Inline> cutText(Block block) {
        String text = PlainText.of(block);
        used += text.length();
        if (text.length() <= MAX_BLOCK_CHARS) return null;
        cutBlocks++;
        return List.of(new Inline.Text(cut(text)));
    }

    @Override
    public Block visit(Block.Figure figure) {
        return counted(figure);
    }

    @Override
    public Block visit(Block.Table table) {
        return counted(table);
    }

    @Override
    public Block visit(Block.ThematicBreak thematicBreak) {
        return thematicBreak;
    }

    /** Blocks bounded elsewhere (table cells, captions) still spend the budget. */
    private Block counted(Block block) {
        used += PlainText.of(block).length();
        return block;
    }

    private static String cut(String text) {
        return cut(text, MAX_BLOCK_CHARS);
    }

    private static String cut(String text, int length) {
        int end = length;
        if (Character.isHighSurrogate(text.charAt(end - 1))) end--;
        return text.substring(0, end) + " …";
    }
}
