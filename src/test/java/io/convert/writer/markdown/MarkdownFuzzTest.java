package io.convert.writer.markdown;

import static org.junit.jupiter.api.Assertions.fail;

import io.convert.fixture.Outputs;
import io.convert.model.Article;
import io.convert.model.Block;
import io.convert.model.Image;
import io.convert.model.Inline;
import io.convert.model.Metadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Random articles built from Markdown's syntax characters, nested inline markup and nested
 * blocks: whatever the writer has to reshape, the re-parsed output must have the model's
 * blocks and, word for word, its text, and never raw HTML.
 */
class MarkdownFuzzTest {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final String[] PIECES = {"*", "**", "_", "__", "`", "``", "[", "]", "(", ")", "<", ">", "!", "#",
        "+", "-", "=", "|", "\\", "&", ";", "&amp;", "~", "~~~", "1.", "2)", " ", "  ", "\t", "a", "word", "عربي",
        "كلمة", "«", "»", "\"", "'", ".", "،", "\u00A0", "<b>", "</i>", "http://x.y/z_w", "---", "***", ":"};

    @Test
    void randomArticlesKeepTheirStructureAndText() {
        Random random = new Random(20261129L);
        for (int n = 0; n < 400; n++) {
            Article article = new Article(Metadata.EMPTY, blocks(random, 0));
            String out = Outputs.write(new MarkdownArticleWriter(), article);
            String body = out.substring(out.indexOf("\n---\n") + 5);
            List<String> expected = withoutMarkup(Outline.of(article));
            List<String> actual = withoutMarkup(Outline.of(PARSER.parse(body)));
            int line = 0;
            while (line < Math.min(expected.size(), actual.size()) && expected.get(line).equals(actual.get(line))) line++;
            if (line < expected.size() || line < actual.size()) {
                fail("article " + n + ", outline line " + line + "\nexpected: " + at(expected, line) + "\nactual:   "
                        + at(actual, line) + "\n" + body);
            }
        }
    }

    private static String at(List<String> lines, int i) {
        return i < lines.size() ? lines.get(i) : "(end)";
    }

    /**
     * Outline lines without the inline tags (markup the writer may have to give up) and without
     * whitespace, which Markdown cannot always keep where the model has it; code keeps its
     * spacing but for whitespace at line ends, which a code line of nothing but spaces inside a
     * list or quote cannot keep.
     */
    private static List<String> withoutMarkup(List<String> outline) {
        return outline.stream()
                .map(l -> l.startsWith("code ") ? l.replaceAll("[ \t]+\n", "\n")
                        : l.replaceAll("⟨[^⟩]*⟩", "").replaceAll("\\s+", ""))
                .toList();
    }

    private static List<Block> blocks(Random random, int depth) {
        List<Block> blocks = new ArrayList<>();
        int count = 1 + random.nextInt(depth == 0 ? 6 : 3);
        for (int i = 0; i < count; i++) blocks.add(block(random, depth));
        return blocks;
    }

    private static Block block(Random random, int depth) {
        int kind = random.nextInt(depth < 2 ? 9 : 5);
        return switch (kind) {
            case 0, 1 -> new Block.Paragraph(inlines(random, 0));
            case 2 -> new Block.Heading(1 + random.nextInt(6), inlines(random, 0));
            case 3 -> new Block.CodeBlock(text(random) + "\n" + text(random), random.nextBoolean() ? "js" : null, null);
            case 4 -> new Block.Table(List.of(row(random)), List.of(row(random), row(random)), inlines(random, 1), null);
            case 5 -> new Block.Quote(blocks(random, depth + 1), random.nextBoolean() ? inlines(random, 1) : List.of(),
                    null);
            case 6, 7 -> new Block.ListBlock(random.nextBoolean(), random.nextInt(12), items(random, depth), null);
            default -> new Block.Figure(random.nextBoolean() ? new Image("img/" + random.nextInt(9) + ".png",
                    text(random)) : null, inlines(random, 1), random.nextBoolean() ? text(random) : null, null);
        };
    }

    private static List<Block.ListItem> items(Random random, int depth) {
        List<Block.ListItem> items = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) items.add(new Block.ListItem(blocks(random, depth + 1)));
        return items;
    }

    private static Block.Row row(Random random) {
        List<Block.Cell> cells = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            cells.add(new Block.Cell(inlines(random, 1), false, 1 + random.nextInt(2), 1));
        }
        return new Block.Row(cells);
    }

    private static List<Inline> inlines(Random random, int depth) {
        List<Inline> inlines = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            int kind = random.nextInt(depth < 3 ? 10 : 3);
            inlines.add(switch (kind) {
                case 0, 1, 2 -> new Inline.Text(text(random));
                case 3 -> new Inline.Emphasis(inlines(random, depth + 1));
                case 4 -> new Inline.Strong(inlines(random, depth + 1));
                case 5 -> new Inline.Link("https://e.example/" + text(random).strip(), random.nextBoolean()
                        ? text(random) : null, inlines(random, depth + 1));
                case 6 -> new Inline.Code(text(random));
                case 7 -> new Inline.LineBreak();
                case 8 -> new Inline.Superscript(inlines(random, depth + 1));
                default -> new Inline.Subscript(inlines(random, depth + 1));
            });
        }
        return inlines;
    }

    private static String text(Random random) {
        StringBuilder s = new StringBuilder();
        for (int i = 0, n = 1 + random.nextInt(5); i < n; i++) s.append(PIECES[random.nextInt(PIECES.length)]);
        return s.toString();
    }
}
