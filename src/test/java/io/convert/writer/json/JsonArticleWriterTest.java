package io.convert.writer.json;

import static io.convert.fixture.Articles.paragraph;
import static io.convert.fixture.Articles.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.convert.Formats;
import io.convert.fixture.Articles;
import io.convert.fixture.Examples;
import io.convert.fixture.Outputs;
import io.convert.model.Article;
import io.convert.model.Dates;
import io.convert.model.Metadata;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JsonArticleWriterTest {
    private static final JsonArticleWriter WRITER = new JsonArticleWriter();
    private static final List<String> TOP_LEVEL = List.of("title", "subtitle", "authors", "site", "published",
            "modified", "lang", "dir", "source", "description", "tags", "image", "blocks");
    private static final Set<String> BLOCK_TYPES =
            Set.of("heading", "paragraph", "quote", "list", "figure", "table", "code", "rule");

    private static JsonNode parse(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON:\n" + json, e);
        }
    }

    private static List<String> keys(JsonNode object) {
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void holdsTheWholeModel() {
        Article article = Articles.mixed();
        JsonNode json = parse(Outputs.write(WRITER, article));
        assertEquals(TOP_LEVEL, keys(json));
        assertEquals(article, ModelFromJson.article(json));
    }

    @Test
    void blocksCarryTheirTypeTextAndOnlyTheirOwnLanguage() {
        JsonNode blocks = parse(Outputs.write(WRITER, Articles.mixed())).get("blocks");
        for (JsonNode block : blocks) {
            assertTrue(BLOCK_TYPES.contains(block.get("type").asText()), block.toString());
            assertTrue(block.get("text").isTextual(), block.toString());
        }
        assertEquals(List.of("type", "text", "lang", "dir", "inlines"), keys(blocks.get(3)));
        assertEquals("en", blocks.get(3).get("lang").asText());
        assertEquals("ltr", blocks.get(3).get("dir").asText());
        assertFalse(blocks.get(0).has("lang"));
        JsonNode list = blocks.get(5);
        assertEquals("list", list.get("type").asText());
        assertEquals("تبادل الأسرى\nوقف إطلاق النار\nالمرحلة الأولى\nالمرحلة الثانية\nPhase two, part A\n- dash start\n"
                + "+ plus start", list.get("text").asText());
        JsonNode nested = list.get("items").get(1).get(1);
        assertEquals(3, nested.get("start").intValue());
        assertTrue(nested.get("ordered").booleanValue());
    }

    @Test
    void isPrettyUtf8WithoutAsciiEscapes() {
        String json = Outputs.write(WRITER, Articles.mixed());
        assertTrue(json.startsWith("{\n  \"title\": \"" + Articles.MIXED_TITLE + "\""), json);
        assertFalse(json.contains("\\u"), "non-ASCII text was escaped");
        assertTrue(json.endsWith("}\n"));
    }

    @Test
    void outputIsTheSameEveryTime() {
        Article article = Articles.mixed();
        assertEquals(Outputs.write(WRITER, article), Outputs.write(WRITER, article));
    }

    @Test
    void unknownMetadataIsNullAndListsAreEmpty() {
        JsonNode json = parse(Outputs.write(WRITER, new Article(Metadata.EMPTY, List.of())));
        assertEquals(TOP_LEVEL, keys(json));
        for (String key : List.of("title", "subtitle", "site", "published", "modified", "lang", "source",
                "description", "image")) {
            assertTrue(json.get(key).isNull(), key);
        }
        assertEquals(0, json.get("authors").size());
        assertEquals(0, json.get("tags").size());
        assertEquals(0, json.get("blocks").size());
        assertEquals("ltr", json.get("dir").asText());
    }

    @Test
    void unpairedSurrogatesStillGiveValidJson() {
        Article article = new Article(Metadata.builder().title("broken \uD800 title").build(),
                List.of(paragraph(plain("tail \uDC00"))));
        JsonNode json = parse(Outputs.write(WRITER, article));
        assertEquals("broken \uFFFD title", json.get("title").asText());
        assertEquals("tail \uFFFD", json.get("blocks").get(0).get("text").asText());
    }

    @Test
    void isRegisteredAsJson() {
        assertInstanceOf(JsonArticleWriter.class, Formats.discover().writer("json").orElseThrow());
        assertEquals("json", WRITER.extension());
    }

    @ParameterizedTest
    @MethodSource("io.convert.fixture.Examples#files")
    void examplesHoldTheirWholeModel(String file) {
        Article article = Examples.read(file);
        JsonNode json = parse(Outputs.write(WRITER, article));
        assertEquals(TOP_LEVEL, keys(json));
        assertEquals(article, ModelFromJson.article(json));
        assertTrue(Set.of("ltr", "rtl").contains(json.get("dir").asText()));
        JsonNode published = json.get("published");
        assertTrue(published.isNull() || Dates.parse(published.asText()) != null, published.toString());
        assertFalse(json.get("blocks").isEmpty(), "no blocks read from " + file);
    }

    @Test
    void theArabicExampleIsArabicRightToLeft() {
        JsonNode json = parse(Outputs.write(WRITER, Examples.read("examples/article-ar.txt")));
        assertEquals("ar", json.get("lang").asText());
        assertEquals("rtl", json.get("dir").asText());
    }
}
