package io.convert.writer.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.convert.model.Article;
import io.convert.model.Block;
import io.convert.model.Image;
import io.convert.model.Inline;
import io.convert.model.Language;
import io.convert.model.Metadata;
import io.convert.model.PlainText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes the JSON shape of an article. Inline content appears twice where other tools may want
 * either: as plain text ({@code text}, {@code caption}, {@code attribution}) and as typed
 * inline objects ({@code inlines}, {@code captionInlines}, {@code attributionInlines}).
 */
public final class ArticleJson {
    private static final Pattern LONE_SURROGATE = Pattern.compile("[\\x{D800}-\\x{DFFF}]");

    private final JsonGenerator json;

    private ArticleJson(JsonGenerator json) {
        this.json = json;
    }

    public static void write(Article article, JsonGenerator json) throws IOException {
        try {
            new ArticleJson(json).article(article);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A step of writing that the visitors, which cannot throw checked exceptions, run. */
    @FunctionalInterface
    private interface Step {
        void run() throws IOException;
    }

    private static Void unchecked(Step step) {
        try {
            step.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }

    private void article(Article article) throws IOException {
        Metadata m = article.metadata();
        json.writeStartObject();
        string("title", m.title());
        string("subtitle", m.subtitle());
        strings("authors", m.authors());
        string("site", m.site());
        string("published", m.published());
        string("modified", m.modified());
        string("lang", m.language());
        string("dir", article.language().direction().code());
        string("source", m.source());
        string("description", m.description());
        strings("tags", m.tags());
        json.writeFieldName("image");
        leadImage(m.leadImage());
        json.writeFieldName("blocks");
        blocks(article.blocks());
        json.writeEndObject();
    }

    private void string(String name, String value) throws IOException {
        json.writeStringField(name, wellFormed(value));
    }

    /**
     * The text with any unpaired surrogate (which UTF-8 cannot carry and Jackson would write as
     * a {@code \\u} escape that strict readers reject) replaced by U+FFFD.
     */
    private static String wellFormed(String value) {
        return value == null ? null : LONE_SURROGATE.matcher(value).replaceAll("\uFFFD");
    }

    private void strings(String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) json.writeString(wellFormed(value));
        json.writeEndArray();
    }

    private void leadImage(Metadata.LeadImage lead) throws IOException {
        if (lead == null || lead.image() == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        imageFields(lead.image());
        caption(lead.caption());
        string("credit", lead.credit());
        json.writeEndObject();
    }

    private void imageFields(Image image) throws IOException {
        string("src", image.source());
        string("alt", image.alt());
        dimension("width", image.width());
        dimension("height", image.height());
    }

    private void dimension(String name, int pixels) throws IOException {
        if (pixels > 0) json.writeNumberField(name, pixels);
        else json.writeNullField(name);
    }

    private void caption(List<Inline> caption) throws IOException {
        string("caption", caption.isEmpty() ? null : PlainText.of(caption));
        inlines("captionInlines", caption);
    }

    private void blocks(List<Block> blocks) throws IOException {
        json.writeStartArray();
        for (Block block : blocks) block(block);
        json.writeEndArray();
    }

    private void block(Block block) throws IOException {
        json.writeStartObject();
        block.accept(blockFields);
        json.writeEndObject();
    }

    /** Each kind of block's type name and fields. */
    private final Block.Visitor<Void> blockFields = new Block.Visitor<>() {
        @Override
        public Void visit(Block.Heading h) {
            return fields("heading", h, () -> {
                json.writeNumberField("level", h.level());
                inlines("inlines", h.content());
            });
        }

        @Override
        public Void visit(Block.Paragraph p) {
            return fields("paragraph", p, () -> inlines("inlines", p.content()));
        }

        @Override
        public Void visit(Block.Quote q) {
            return fields("quote", q, () -> {
                json.writeFieldName("blocks");
                blocks(q.content());
                string("attribution", q.attribution().isEmpty() ? null : PlainText.of(q.attribution()));
                inlines("attributionInlines", q.attribution());
            });
        }

        @Override
        public Void visit(Block.ListBlock l) {
            return fields("list", l, () -> {
                json.writeBooleanField("ordered", l.ordered());
                json.writeNumberField("start", l.start());
                json.writeArrayFieldStart("items");
                for (Block.ListItem item : l.items()) blocks(item.content());
                json.writeEndArray();
            });
        }

        @Override
        public Void visit(Block.Figure f) {
            return fields("figure", f, () -> {
                json.writeFieldName("image");
                if (f.image() == null) {
                    json.writeNull();
                } else {
                    json.writeStartObject();
                    imageFields(f.image());
                    json.writeEndObject();
                }
                caption(f.caption());
                string("credit", f.credit());
            });
        }

        @Override
        public Void visit(Block.Table t) {
            return fields("table", t, () -> {
                caption(t.caption());
                rows("header", t.header());
                rows("rows", t.body());
            });
        }

        @Override
        public Void visit(Block.CodeBlock c) {
            return fields("code", c, () -> {
                string("code", c.text());
                string("syntax", c.syntax());
            });
        }

        @Override
        public Void visit(Block.ThematicBreak rule) {
            return fields("rule", rule, () -> { });
        }
    };

    /** What every block has (type, text, own language), then what its kind has. */
    private Void fields(String type, Block block, Step own) {
        return unchecked(() -> {
            string("type", type);
            string("text", PlainText.of(block));
            language(block.language());
            own.run();
        });
    }

    /** Only what the block sets itself: an absent key means "as the enclosing text". */
    private void language(Language language) throws IOException {
        if (language.tag() != null) string("lang", language.tag());
        if (language.direction() != null) string("dir", language.direction().code());
    }

    private void rows(String name, List<Block.Row> rows) throws IOException {
        json.writeArrayFieldStart(name);
        for (Block.Row row : rows) {
            json.writeStartArray();
            for (Block.Cell cell : row.cells()) {
                json.writeStartObject();
                string("text", PlainText.of(cell.content()));
                inlines("inlines", cell.content());
                json.writeBooleanField("header", cell.header());
                json.writeNumberField("colspan", cell.colspan());
                json.writeNumberField("rowspan", cell.rowspan());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndArray();
    }

    private void inlines(String name, List<Inline> inlines) throws IOException {
        json.writeFieldName(name);
        inlineArray(inlines);
    }

    private void inlineArray(List<Inline> inlines) throws IOException {
        json.writeStartArray();
        for (Inline inline : inlines) inline(inline);
        json.writeEndArray();
    }

    private void inline(Inline inline) throws IOException {
        json.writeStartObject();
        inline.accept(inlineFields);
        json.writeEndObject();
    }

    /** Each kind of inline's type name and fields. */
    private final Inline.Visitor<Void> inlineFields = new Inline.Visitor<>() {
        @Override
        public Void visit(Inline.Text t) {
            return unchecked(() -> {
                string("type", "text");
                string("text", t.text());
            });
        }

        @Override
        public Void visit(Inline.Code c) {
            return unchecked(() -> {
                string("type", "code");
                string("text", c.text());
            });
        }

        @Override
        public Void visit(Inline.LineBreak br) {
            return unchecked(() -> string("type", "break"));
        }

        @Override
        public Void visit(Inline.Emphasis e) {
            return unchecked(() -> container("emphasis", e.content()));
        }

        @Override
        public Void visit(Inline.Strong s) {
            return unchecked(() -> container("strong", s.content()));
        }

        @Override
        public Void visit(Inline.Superscript s) {
            return unchecked(() -> container("sup", s.content()));
        }

        @Override
        public Void visit(Inline.Subscript s) {
            return unchecked(() -> container("sub", s.content()));
        }

        @Override
        public Void visit(Inline.Link l) {
            return unchecked(() -> {
                string("type", "link");
                string("href", l.href());
                string("title", l.title());
                json.writeFieldName("content");
                inlineArray(l.content());
            });
        }

        @Override
        public Void visit(Inline.Span s) {
            return unchecked(() -> {
                string("type", "span");
                string("lang", s.language() == null ? null : s.language().tag());
                string("dir", s.language() == null || s.language().direction() == null ? null
                        : s.language().direction().code());
                json.writeFieldName("content");
                inlineArray(s.content());
            });
        }
    };

    private void container(String type, List<Inline> content) throws IOException {
        string("type", type);
        json.writeFieldName("content");
        inlineArray(content);
    }
}
