package io.convert.reader.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.convert.Converter;
import io.convert.cli.ConvertCommand;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The canonical seed {@code examples/article-ar.txt} through the real command line, in
 * process: {@code --to json} must carry exactly the structure issue 4 lists, and
 * {@code --to md} must show it with no template line left.
 */
class SeedArticleTest {
    private static final String SEED = Fixtures.SEED.toString();

    @Test
    void jsonHasTheSeedStructure() throws Exception {
        JsonNode json = new ObjectMapper().readTree(run(SEED, "--to", "json", "-o", "-"));
        ExpectedStructure expected = ExpectedStructure.load(Fixtures.DIR.resolve("article-ar.expected"));
        assertEquals("القاهرة الاخبارية", json.get("site").asText());
        assertEquals("روسيا وأمريكا تبحثان نتائج محادثات إسطنبول", json.get("title").asText());
        assertEquals(List.of("إسلام عيسى"), texts(json.get("authors")));
        assertEquals("ar", json.get("lang").asText());
        assertEquals("rtl", json.get("dir").asText());
        List<String> blocks = new ArrayList<>();
        for (JsonNode block : json.get("blocks")) {
            String type = block.get("type").asText();
            String kind = switch (type) {
                case "paragraph" -> "p";
                case "heading" -> "h" + block.get("level").asInt();
                default -> type;
            };
            blocks.add(kind + ": " + block.get("text").asText());
        }
        assertEquals(String.join("\n", expected.blocks()), String.join("\n", blocks));
    }

    @Test
    void markdownShowsCaptionParagraphsAndHeadingsWithoutChrome() throws Exception {
        String md = run(SEED, "--to", "md", "-o", "-");
        assertTrue(md.startsWith("---\n"), md);
        String frontMatter = md.substring(0, md.indexOf("\n---\n", 4));
        for (String expected : List.of("روسيا وأمريكا تبحثان نتائج محادثات إسطنبول", "القاهرة الاخبارية", "إسلام عيسى",
                "lang: 'ar'", "dir: 'rtl'")) {
            assertTrue(frontMatter.contains(expected), expected + " in " + frontMatter);
        }
        for (String chrome : List.of("مشاركة", "post-title", "الموقع الرسمي", "•")) {
            assertFalse(md.contains(chrome), chrome);
        }
        String body = md.substring(frontMatter.length() + 5);
        Node document = Parser.builder().build().parse(body);
        List<String> headings = new ArrayList<>();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() == 2) headings.add(plain(h));
        }
        assertEquals(List.of("وقف فوري وغير مشروط لإطلاق النار", "مطالب أوكرانية", "ضغوط من ترامب"), headings);
        assertTrue(body.strip().contains("لقاء سابق بين وزير الخارجية الروسي سيرجي لافروف ونظيره الأمريكي ماركو روبيو"));
        assertTrue(body.indexOf("لقاء سابق") < body.indexOf("بحث وزير الخارجية"), "the caption opens the body");
    }

    private static String plain(Node node) {
        StringBuilder out = new StringBuilder();
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof org.commonmark.node.Text t) out.append(t.getLiteral());
            else out.append(plain(c));
        }
        return out.toString();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int exit = ConvertCommand.execute(Converter.create(), Map.of(), InputStream.nullInputStream(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
