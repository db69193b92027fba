package io.convert;

import io.convert.model.Article;
import io.convert.model.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Closes up the levels of an article's headings: the highest becomes 2, under the title, and no
 * heading is more than one level below the one before it. Pages rank headings for their own
 * layout (an article's sections as h3 because the sidebar's are h2; h2, then h4 for the points
 * under it; a kicker in h3 over the headline's h2), and a reader keeps the ranks it finds. Every
 * output outlines the article from them, and an outline that skips a level is an error to HTML
 * checkers (the Nu validator reports h1 followed by h3), a gap to screen readers, and a
 * bookmark or contents entry with no parent.
 */
final class HeadingLevels {
    /** Each level the page used, ranked among the levels it used: 2 for the highest. */
    private final int[] rank = new int[7];
    private int previous = 1;
    private boolean changed;

    private HeadingLevels() {
    }

    static Article compact(Article article) {
        SortedSet<Integer> used = new TreeSet<>();
        collect(article.blocks(), used);
        HeadingLevels levels = new HeadingLevels();
        int next = 2;
        for (int level : used) levels.rank[level] = Math.min(6, next++);
        List<Block> blocks = levels.ranked(article.blocks());
        return levels.changed ? new Article(article.metadata(), blocks) : article;
    }

    private static void collect(List<Block> blocks, SortedSet<Integer> used) {
        for (Block block : blocks) {
            if (block instanceof Block.Heading h) used.add(h.level());
            else if (block instanceof Block.Quote q) collect(q.content(), used);
            else if (block instanceof Block.ListBlock l) l.items().forEach(item -> collect(item.content(), used));
        }
    }

    /** The blocks with each heading at its rank, or one below the heading before it if that is higher. */
    private List<Block> ranked(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            if (block instanceof Block.Heading h) {
                int level = Math.min(rank[h.level()], previous + 1);
                previous = level;
                changed |= level != h.level();
                out.add(level == h.level() ? h : new Block.Heading(level, h.content(), h.language()));
            } else if (block instanceof Block.Quote q) {
                out.add(new Block.Quote(ranked(q.content()), q.attribution(), q.language()));
            } else if (block instanceof Block.ListBlock l) {
                List<Block.ListItem> items = new ArrayList<>(l.items().size());
                for (Block.ListItem item : l.items()) items.add(new Block.ListItem(ranked(item.content())));
                out.add(new Block.ListBlock(l.ordered(), l.start(), items, l.language()));
            } else {
                out.add(block);
            }
        }
        return out;
    }
}
