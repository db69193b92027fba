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
        new ArticleJson(json).article(article);
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
        string("type", type(block));
        string("text", PlainText.of(block));
        language(block.language());
        if (block instanceof Block.Heading h) {
            json.writeNumberField("level", h.level());
            inlines("inlines", h.content());
        } else if (block instanceof Block.Paragraph p) {
            inlines("inlines", p.content());
        } else if (block instanceof Block.Quote q) {
            json.writeFieldName("blocks");
            blocks(q.content());
            string("attribution", q.attribution().isEmpty() ? null : PlainText.of(q.attribution()));
            inlines("attributionInlines", q.attribution());
        } else if (block instanceof Block.ListBlock l) {
            json.writeBooleanField("ordered", l.ordered());
            json.writeNumberField("start", l.start());
            json.writeArrayFieldStart("items");
            for (Block.ListItem item : l.items()) blocks(item.content());
            json.writeEndArray();
        } else if (block instanceof Block.Figure f) {
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
        } else if (block instanceof Block.Table t) {
            caption(t.caption());
            rows("header", t.header());
            rows("rows", t.body());
        } else if (block instanceof Block.CodeBlock c) {
            string("code", c.text());
            string("syntax", c.syntax());
        }
        json.writeEndObject();
    }

    private static String type(Block block) {
        if (block instanceof Block.Heading) return "heading";
        if (block instanceof Block.Paragraph) return "paragraph";
        if (block instanceof Block.Quote) return "quote";
        if (block instanceof Block.ListBlock) return "list";
        if (block instanceof Block.Figure) return "figure";
        if (block instanceof Block.Table) return "table";
        if (block instanceof Block.CodeBlock) return "code";
        return "rule";
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
        if (inline instanceof Inline.Text t) {
            string("type", "text");
            string("text", t.text());
        } else if (inline instanceof Inline.Code c) {
            string("type", "code");
            string("text", c.text());
        } else if (inline instanceof Inline.LineBreak) {
            string("type", "break");
        } else if (inline instanceof Inline.Emphasis e) {
            container("emphasis", e.content());
        } else if (inline instanceof Inline.Strong s) {
            container("strong", s.content());
        } else if (inline instanceof Inline.Superscript s) {
            container("sup", s.content());
        } else if (inline instanceof Inline.Subscript s) {
            container("sub", s.content());
        } else if (inline instanceof Inline.Link l) {
            string("type", "link");
            string("href", l.href());
            string("title", l.title());
            json.writeFieldName("content");
            inlineArray(l.content());
        } else if (inline instanceof Inline.Span s) {
            string("type", "span");
            string("lang", s.language() == null ? null : s.language().tag());
            string("dir", s.language() == null || s.language().direction() == null ? null
                    : s.language().direction().code());
            json.writeFieldName("content");
            inlineArray(s.content());
        }
        json.writeEndObject();
    }

    private void container(String type, List<Inline> content) throws IOException {
        string("type", type);
        json.writeFieldName("content");
        inlineArray(content);
    }
}
