package io.convert.reader.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.convert.model.Article;
import io.convert.model.Block;
import io.convert.model.Direction;
import io.convert.model.Inline;
import io.convert.model.PlainText;
import io.convert.spi.Input;
import io.convert.spi.ReadOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {
    private final MarkdownReader reader = new MarkdownReader();

    @Test
    void frontMatterGivesMetadata() {
        String md = """
                ---
                title: "عنوان المقال"
                author:
                  - سارة محمود
                  - أحمد علي
                date: 2025-01-12
                lang: ar
                dir: rtl
                site: بوابة النيل
                ---
                فقرة أولى من المقال.

                A paragraph in English inside the Arabic article.
                """;
        Article article = reader.read(Input.of(md), ReadOptions.defaults());
        assertEquals("عنوان المقال", article.metadata().title());
        assertEquals(List.of("سارة محمود", "أحمد علي"), article.metadata().authors());
        assertEquals("2025-01-12", article.metadata().published());
        assertEquals("بوابة النيل", article.metadata().site());
        assertEquals(Direction.RTL, article.metadata().direction());
        assertEquals(2, article.blocks().size());
        assertEquals(Direction.LTR, article.blocks().get(1).language().direction());
    }

    @Test
    void inlinesTablesImagesAndCode() {
        String md = """
                # Title

                Text with **strong**, *emphasis*, `code` and [a link](https://example.org "Example").

                ![A chart](chart.png "Sales by year")

                | Year | Sales |
                |------|-------|
                | 2024 | 10    |

                ```java
                int x = 1;
                ```

                3. three
                4. four
                """;
        Article article = reader.read(Input.of(md), ReadOptions.defaults());
        List<Block> blocks = article.blocks();
        List<Inline> inlines = assertInstanceOf(Block.Paragraph.class, blocks.get(0)).content();
        assertEquals(List.of(new Inline.Text("Text with "), new Inline.Strong(List.of(new Inline.Text("strong"))),
                new Inline.Text(", "), new Inline.Emphasis(List.of(new Inline.Text("emphasis"))), new Inline.Text(", "),
                new Inline.Code("code"), new Inline.Text(" and "),
                new Inline.Link("https://example.org", "Example", List.of(new Inline.Text("a link"))), new Inline.Text(".")),
                inlines);
        Block.Figure figure = assertInstanceOf(Block.Figure.class, blocks.get(1));
        assertEquals("chart.png", figure.image().source());
        assertEquals("A chart", figure.image().alt());
        assertEquals("Sales by year", PlainText.of(figure.caption()));
        Block.Table table = assertInstanceOf(Block.Table.class, blocks.get(2));
        assertEquals("Year\tSales\n2024\t10", PlainText.of(table).strip());
        assertEquals(new Block.CodeBlock("int x = 1;", "java", blocks.get(3).language()), blocks.get(3));
        Block.ListBlock list = assertInstanceOf(Block.ListBlock.class, blocks.get(4));
        assertEquals(3, list.start());
        assertNull(article.metadata().subtitle());
    }
}
