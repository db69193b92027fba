package io.convert.writer.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.convert.model.Article;
import io.convert.model.Block;
import io.convert.model.Direction;
import io.convert.model.Image;
import io.convert.model.Inline;
import io.convert.model.Language;
import io.convert.model.Metadata;
import io.convert.model.PlainText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the JSON writer's output back into the model, as another tool would, checking the type
 * of every field on the way; the JSON holds the whole model when the result equals the
 * original. Also checks each block's {@code text} against {@link PlainText}.
 */
final class ModelFromJson {
    private ModelFromJson() {
    }

    static Article article(JsonNode json) {
        Metadata m = Metadata.builder()
                .title(string(json, "title"))
                .subtitle(string(json, "subtitle"))
                .authors(list(array(json, "authors"), n -> textual(n).asText()))
                .site(string(json, "site"))
                .published(string(json, "published"))
                .modified(string(json, "modified"))
                .language(string(json, "lang"))
                .direction(Direction.fromCode(string(json, "dir")))
                .source(string(json, "source"))
                .description(string(json, "description"))
                .tags(list(array(json, "tags"), n -> textual(n).asText()))
                .leadImage(leadImage(json.get("image")))
                .build();
        return new Article(m, blocks(array(json, "blocks")));
    }

    private static Metadata.LeadImage leadImage(JsonNode json) {
        if (json.isNull()) return null;
        return new Metadata.LeadImage(image(json), caption(json), string(json, "credit"));
    }

    private static Image image(JsonNode json) {
        return new Image(string(json, "src"), string(json, "alt"), dimension(json, "width"), dimension(json, "height"));
    }

    private static int dimension(JsonNode json, String name) {
        JsonNode n = field(json, name);
        if (n.isNull()) return 0;
        assertTrue(n.isInt(), name + " is not an integer: " + n);
        return n.intValue();
    }

    /** The caption's inlines, after checking its plain-text copy. */
    private static List<Inline> caption(JsonNode json) {
        List<Inline> inlines = inlines(array(json, "captionInlines"));
        assertEquals(inlines.isEmpty() ? null : PlainText.of(inlines), string(json, "caption"));
        return inlines;
    }

    private static List<Block> blocks(JsonNode array) {
        return list(array, ModelFromJson::block);
    }

    private static Block block(JsonNode json) {
        Language language = Language.of(json.has("lang") ? string(json, "lang") : null,
                json.has("dir") ? Direction.fromCode(string(json, "dir")) : null);
        String type = string(json, "type");
        Block block = switch (type) {
            case "heading" -> new Block.Heading(field(json, "level").intValue(), inlines(array(json, "inlines")), language);
            case "paragraph" -> new Block.Paragraph(inlines(array(json, "inlines")), language);
            case "quote" -> {
                List<Inline> attribution = inlines(array(json, "attributionInlines"));
                assertEquals(attribution.isEmpty() ? null : PlainText.of(attribution), string(json, "attribution"));
                yield new Block.Quote(blocks(array(json, "blocks")), attribution, language);
            }
            case "list" -> {
                boolean ordered = field(json, "ordered").booleanValue();
                JsonNode start = field(json, "start");
                assertTrue(start.isInt(), "start " + start);
                List<Block.ListItem> items = list(array(json, "items"), item -> new Block.ListItem(blocks(item)));
                yield new Block.ListBlock(ordered, start.intValue(), items, language);
            }
            case "figure" -> {
                JsonNode image = field(json, "image");
                yield new Block.Figure(image.isNull() ? null : image(image), caption(json), string(json, "credit"),
                        language);
            }
            case "table" -> new Block.Table(rows(array(json, "header")), rows(array(json, "rows")), caption(json),
                    language);
            case "code" -> new Block.CodeBlock(string(json, "code"), string(json, "syntax"), language);
            case "rule" -> new Block.ThematicBreak(language);
            default -> throw new AssertionError("unknown block type " + type);
        };
        assertEquals(PlainText.of(block), string(json, "text"), "text of " + json);
        return block;
    }

    private static List<Block.Row> rows(JsonNode array) {
        return list(array, row -> new Block.Row(list(row, cell -> {
            List<Inline> content = inlines(array(cell, "inlines"));
            assertEquals(PlainText.of(content), string(cell, "text"));
            return new Block.Cell(content, field(cell, "header").booleanValue(), field(cell, "colspan").intValue(),
                    field(cell, "rowspan").intValue());
        })));
    }

    private static List<Inline> inlines(JsonNode array) {
        return list(array, ModelFromJson::inline);
    }

    private static Inline inline(JsonNode json) {
        String type = string(json, "type");
        return switch (type) {
            case "text" -> new Inline.Text(string(json, "text"));
            case "code" -> new Inline.Code(string(json, "text"));
            case "break" -> new Inline.LineBreak();
            case "emphasis" -> new Inline.Emphasis(inlines(array(json, "content")));
            case "strong" -> new Inline.Strong(inlines(array(json, "content")));
            case "sup" -> new Inline.Superscript(inlines(array(json, "content")));
            case "sub" -> new Inline.Subscript(inlines(array(json, "content")));
            case "link" -> new Inline.Link(string(json, "href"), string(json, "title"), inlines(array(json, "content")));
            case "span" -> new Inline.Span(Language.of(string(json, "lang"), Direction.fromCode(string(json, "dir"))),
                    inlines(array(json, "content")));
            default -> throw new AssertionError("unknown inline type " + type);
        };
    }

    private static JsonNode field(JsonNode json, String name) {
        assertTrue(json.isObject(), "not an object: " + json);
        if (!json.has(name)) fail("missing \"" + name + "\" in " + json);
        return json.get(name);
    }

    /** A string field, which may be null but must be present. */
    private static String string(JsonNode json, String name) {
        JsonNode n = field(json, name);
        return n.isNull() ? null : textual(n).asText();
    }

    private static JsonNode textual(JsonNode n) {
        assertTrue(n.isTextual(), "not a string: " + n);
        return n;
    }

    private static JsonNode array(JsonNode json, String name) {
        JsonNode n = field(json, name);
        assertTrue(n.isArray(), name + " is not an array: " + n);
        return n;
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> element) {
        assertTrue(array.isArray(), "not an array: " + array);
        List<T> out = new ArrayList<>();
        array.forEach(n -> out.add(element.apply(n)));
        return out;
    }
}
