package io.convert.model;

import java.util.List;

/**
 * A block of the article body. Every block carries a {@link Language}; {@link Language#INHERIT}
 * means it is in the article's language and direction.
 */
public sealed interface Block {

    Language language();

    /**
     * Dispatches to the {@link Visitor} method for this kind of block. A new kind of block adds a
     * method to {@link Visitor}, so every writer that does not handle it fails to compile.
     */
    <R> R accept(Visitor<R> visitor);

    /** The same block in {@code language}. */
    Block withLanguage(Language language);

    /** One method per kind of block; see {@link #accept}. */
    interface Visitor<R> {
        R visit(Heading heading);

        R visit(Paragraph paragraph);

        R visit(Quote quote);

        R visit(ListBlock list);

        R visit(Figure figure);

        R visit(Table table);

        R visit(CodeBlock code);

        R visit(ThematicBreak thematicBreak);
    }

    /** A section heading, level 1 to 6. */
    record Heading(int level, List<Inline> content, Language language) implements Block {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        public Heading withLanguage(Language language) {
            return new Heading(level, content, language);
        }

        public Heading {
            if (level < 1 || level > 6) throw new IllegalArgumentException("heading level " + level);
            content = List.copyOf(content);
            language = nonNull(language);
        }

        public Heading(int level, List<Inline> content) {
            this(level, content, Language.INHERIT);
        }
    }

    record Paragraph(List<Inline> content, Language language) implements Block {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        public Paragraph withLanguage(Language language) {
            return new Paragraph(content, language);
        }

        public Paragraph {
            content = List.copyOf(content);
            language = nonNull(language);
        }

        public Paragraph(List<Inline> content) {
            this(content, Language.INHERIT);
        }
    }

    /** A quotation; {@code attribution} is empty when the source gave none. */
    record Quote(List<Block> content, List<Inline> attribution, Language language) implements Block {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        public Quote withLanguage(Language language) {
            return new Quote(content, attribution, language);
        }

        public Quote {
            content = List.copyOf(content);
            attribution = attribution == null ? List.of() : List.copyOf(attribution);
            language = nonNull(language);
        }
    }

    /** An ordered or unordered list; items hold blocks, so lists nest. */
    record ListBlock(boolean ordered, int start, List<ListItem> items, Language language) implements Block {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        public ListBlock withLanguage(Language language) {
            return new ListBlock(ordered, start, items, language);
        }

        public ListBlock {
            items = List.copyOf(items);
            language = nonNull(language);
        }
    }

    record ListItem(List<Block> content) {
        public ListItem {
            content = List.copyOf(content);
        }
    }

    /**
     * An image with caption and credit. {@code image} is null for a caption whose image was
     * lost (scraped text keeps captions but not pictures).
     */
    record Figure(Image image, List<Inline> caption, String credit, Language language) implements Block {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        public Figure withLanguage(Language language) {
            return new Figure(image, caption, credit, language);
        }

        public Figure {
            caption = caption == null ? List.of() : List.copyOf(caption);
            language = nonNull(language);
        }
    }

    record Table(List<Row> header, List<Row> body, List<Inline> caption, Language language) implements Block {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        public Table withLanguage(Language language) {
            return new Table(header, body, caption, language);
        }

        public Table {
            header = List.copyOf(header);
            body = List.copyOf(body);
            caption = caption == null ? List.of() : List.copyOf(caption);
            language = nonNull(language);
        }
    }

    record Row(List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    record Cell(List<Inline> content, boolean header, int colspan, int rowspan) {
        public Cell {
            content = List.copyOf(content);
            colspan = Math.max(1, colspan);
            rowspan = Math.max(1, rowspan);
        }
    }

    /** Preformatted text; {@code syntax} (e.g. "java") may be null. */
    record CodeBlock(String text, String syntax, Language language) implements Block {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        public CodeBlock withLanguage(Language language) {
            return new CodeBlock(text, syntax, language);
        }

        public CodeBlock {
            text = text == null ? "" : text;
            language = nonNull(language);
        }
    }

    record ThematicBreak(Language language) implements Block {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        public ThematicBreak withLanguage(Language language) {
            return new ThematicBreak(language);
        }

        public ThematicBreak {
            language = nonNull(language);
        }

        public ThematicBreak() {
            this(Language.INHERIT);
        }
    }

    private static Language nonNull(Language language) {
        return language == null ? Language.INHERIT : language;
    }
}
