package io.convert;

import io.convert.model.Article;
import io.convert.model.Block;
import io.convert.model.Inline;
import io.convert.spi.Diagnostics;
import java.util.ArrayList;
import java.util.List;

/**
 * Flattens what nests deeper than {@link #MAX_DEPTH} quotes and lists, or inline spans, into its
 * ancestor, keeping the text. Every format nests its output as deep as the model: JSON gives two
 * or three levels per model level, and common parsers stop at 500 to 1,000 (Jackson, Python's
 * {@code json}, libxml2), so a page of 10,000 nested quotes must not become an output they refuse.
 */
final class NestingCap {
    /**
     * Far beyond any article (two or three levels of quotes or lists), and below the 50 nested
     * lists after which commonmark-java 0.30 reads a code fence that follows as a paragraph, so
     * a Markdown output would not re-read as written; 32 levels also keep JSON under 200.
     */
    static final int MAX_DEPTH = 32;

    private boolean flattened;

    private NestingCap() {
    }

    static Article apply(Article article, Diagnostics diagnostics) {
        if (depth(article.blocks()) <= MAX_DEPTH) return article;
        NestingCap cap = new NestingCap();
        Article capped = new Article(article.metadata(), cap.blocks(article.blocks(), 1));
        if (cap.flattened) {
            diagnostics.warn("content nested deeper than " + MAX_DEPTH + " levels was flattened into its ancestor");
        }
        return capped;
    }

    /** The deepest nesting of blocks, or of inlines within a block, whichever is deeper. */
    private static int depth(List<Block> blocks) {
        int max = 0;
        for (Block block : blocks) max = Math.max(max, block.accept(DEPTH));
        return max;
    }

    private static int inlineDepth(List<Inline> inlines) {
        int max = 0;
        for (Inline inline : inlines) max = Math.max(max, inline.accept(INLINE_DEPTH));
        return max;
    }

    private static final Block.Visitor<Integer> DEPTH = new Block.Visitor<>() {
        @Override
        public Integer visit(Block.Heading h) {
            return 1 + inlineDepth(h.content());
        }

        @Override
        public Integer visit(Block.Paragraph p) {
            return 1 + inlineDepth(p.content());
        }

        @Override
        public Integer visit(Block.Quote q) {
            return 1 + Math.max(depth(q.content()), inlineDepth(q.attribution()));
        }

        @Override
        public Integer visit(Block.ListBlock l) {
            int max = 0;
            for (Block.ListItem item : l.items()) max = Math.max(max, depth(item.content()));
            return 1 + max;
        }

        @Override
        public Integer visit(Block.Figure f) {
            return 1 + inlineDepth(f.caption());
        }

        @Override
        public Integer visit(Block.Table t) {
            int max = inlineDepth(t.caption());
            for (List<Block.Row> rows : List.of(t.header(), t.body())) {
                for (Block.Row row : rows) {
                    for (Block.Cell cell : row.cells()) max = Math.max(max, inlineDepth(cell.content()));
                }
            }
            return 1 + max;
        }

        @Override
        public Integer visit(Block.CodeBlock c) {
            return 1;
        }

        @Override
        public Integer visit(Block.ThematicBreak rule) {
            return 1;
        }
    };

    private static final Inline.Visitor<Integer> INLINE_DEPTH = new Inline.Visitor<>() {
        @Override
        public Integer visit(Inline.Text t) {
            return 1;
        }

        @Override
        public Integer visit(Inline.Emphasis e) {
            return 1 + inlineDepth(e.content());
        }

        @Override
        public Integer visit(Inline.Strong s) {
            return 1 + inlineDepth(s.content());
        }

        @Override
        public Integer visit(Inline.Link l) {
            return 1 + inlineDepth(l.content());
        }

        @Override
        public Integer visit(Inline.Code c) {
            return 1;
        }

        @Override
        public Integer visit(Inline.LineBreak br) {
            return 1;
        }

        @Override
        public Integer visit(Inline.Superscript s) {
            return 1 + inlineDepth(s.content());
        }

        @Override
        public Integer visit(Inline.Subscript s) {
            return 1 + inlineDepth(s.content());
        }

        @Override
        public Integer visit(Inline.Span s) {
            return 1 + inlineDepth(s.content());
        }
    };

    /** {@code blocks} at {@code level}; a container past the limit gives up its children to it. */
    private List<Block> blocks(List<Block> blocks, int level) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block block : blocks) out.addAll(block(block, level));
        return out;
    }

    private List<Block> block(Block block, int level) {
        return block.accept(new Block.Visitor<>() {
            @Override
            public List<Block> visit(Block.Heading h) {
                return List.of(new Block.Heading(h.level(), inlines(h.content(), 1), h.language()));
            }

            @Override
            public List<Block> visit(Block.Paragraph p) {
                return List.of(new Block.Paragraph(inlines(p.content(), 1), p.language()));
            }

            @Override
            public List<Block> visit(Block.Quote q) {
                List<Inline> attribution = inlines(q.attribution(), 1);
                if (level < MAX_DEPTH) return List.of(new Block.Quote(blocks(q.content(), level + 1), attribution, q.language()));
                flattened = true;
                List<Block> out = blocks(q.content(), level);
                if (!attribution.isEmpty()) out.add(new Block.Paragraph(attribution, q.language()));
                return out;
            }

            @Override
            public List<Block> visit(Block.ListBlock l) {
                if (level < MAX_DEPTH) {
                    List<Block.ListItem> items = new ArrayList<>(l.items().size());
                    for (Block.ListItem item : l.items()) items.add(new Block.ListItem(blocks(item.content(), level + 1)));
                    return List.of(new Block.ListBlock(l.ordered(), l.start(), items, l.language()));
                }
                flattened = true;
                List<Block> out = new ArrayList<>();
                for (Block.ListItem item : l.items()) out.addAll(blocks(item.content(), level));
                return out;
            }

            @Override
            public List<Block> visit(Block.Figure f) {
                return List.of(new Block.Figure(f.image(), inlines(f.caption(), 1), f.credit(), f.language()));
            }

            @Override
            public List<Block> visit(Block.Table t) {
                return List.of(new Block.Table(rows(t.header()), rows(t.body()), inlines(t.caption(), 1), t.language()));
            }

            @Override
            public List<Block> visit(Block.CodeBlock c) {
                return List.of(c);
            }

            @Override
            public List<Block> visit(Block.ThematicBreak rule) {
                return List.of(rule);
            }
        });
    }

    private List<Block.Row> rows(List<Block.Row> rows) {
        List<Block.Row> out = new ArrayList<>(rows.size());
        for (Block.Row row : rows) {
            List<Block.Cell> cells = new ArrayList<>(row.cells().size());
            for (Block.Cell c : row.cells()) cells.add(new Block.Cell(inlines(c.content(), 1), c.header(), c.colspan(), c.rowspan()));
            out.add(new Block.Row(cells));
        }
        return out;
    }

    private List<Inline> inlines(List<Inline> inlines, int level) {
        List<Inline> out = new ArrayList<>(inlines.size());
        for (Inline inline : inlines) out.addAll(inline(inline, level));
        return out;
    }

    /** An inline at {@code level}; a span past the limit is replaced by what it holds. */
    private List<Inline> inline(Inline inline, int level) {
        return inline.accept(new Inline.Visitor<>() {
            @Override
            public List<Inline> visit(Inline.Text t) {
                return List.of(t);
            }

            @Override
            public List<Inline> visit(Inline.Emphasis e) {
                return wrap(e.content(), Inline.Emphasis::new);
            }

            @Override
            public List<Inline> visit(Inline.Strong s) {
                return wrap(s.content(), Inline.Strong::new);
            }

            @Override
            public List<Inline> visit(Inline.Link l) {
                return wrap(l.content(), content -> new Inline.Link(l.href(), l.title(), content));
            }

            @Override
            public List<Inline> visit(Inline.Code c) {
                return List.of(c);
            }

            @Override
            public List<Inline> visit(Inline.LineBreak br) {
                return List.of(br);
            }

            @Override
            public List<Inline> visit(Inline.Superscript s) {
                return wrap(s.content(), Inline.Superscript::new);
            }

            @Override
            public List<Inline> visit(Inline.Subscript s) {
                return wrap(s.content(), Inline.Subscript::new);
            }

            @Override
            public List<Inline> visit(Inline.Span s) {
                return wrap(s.content(), content -> new Inline.Span(s.language(), content));
            }

            private List<Inline> wrap(List<Inline> content, java.util.function.Function<List<Inline>, Inline> rebuild) {
                if (level < MAX_DEPTH) return List.of(rebuild.apply(inlines(content, level + 1)));
                flattened = true;
                return inlines(content, level);
            }
        });
    }
}
