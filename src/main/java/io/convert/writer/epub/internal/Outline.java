package io.convert.writer.epub.internal;

import io.convert.writer.markup.ArticleMarkup.TocEntry;
import java.util.ArrayList;
import java.util.List;

/** Headings arranged as a tree by level, for the nested lists of nav.xhtml and toc.ncx. */
record Outline(TocEntry entry, List<Outline> children) {

    /** The forest of headings: a heading holds the following deeper ones. */
    static List<Outline> of(List<TocEntry> entries) {
        List<Outline> roots = new ArrayList<>();
        List<Outline> path = new ArrayList<>();
        for (TocEntry e : entries) {
            Outline node = new Outline(e, new ArrayList<>());
            while (!path.isEmpty() && path.get(path.size() - 1).entry().level() >= e.level()) {
                path.remove(path.size() - 1);
            }
            (path.isEmpty() ? roots : path.get(path.size() - 1).children()).add(node);
            path.add(node);
        }
        return roots;
    }

    static int depth(List<Outline> forest) {
        int depth = 0;
        for (Outline o : forest) depth = Math.max(depth, 1 + depth(o.children()));
        return depth;
    }
}
