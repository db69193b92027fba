package io.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.convert.model.Article;
import io.convert.model.Block;
import io.convert.model.Inline;
import io.convert.model.Metadata;
import io.convert.spi.Input;
import io.convert.spi.ReadOptions;
import io.convert.spi.WriteOptions;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HeadingLevelsTest {
    private static Block heading(int level, String text) {
        return new Block.Heading(level, List.of(new Inline.Text(text)));
    }

    private static Block paragraph(String text) {
        return new Block.Paragraph(List.of(new Inline.Text(text)));
    }

    private static List<Integer> levels(List<Block> blocks) {
        List<Integer> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Heading h) out.add(h.level());
            if (b instanceof Block.Quote q) out.addAll(levels(q.content()));
        }
        return out;
    }

    @Test
    void theHighestLevelComesUnderTheTitleAndNoneIsSkipped() {
        Article page = new Article(Metadata.builder().title("Harbour works").build(), List.of(
                heading(3, "The storm"), paragraph("Waves broke over the wall."), heading(5, "Damage"),
                paragraph("Two pontoons sank."), heading(3, "The repairs"),
                new Block.Quote(List.of(heading(5, "Quoted notice"), paragraph("Closed until Friday.")), List.of(), null)));
        assertEquals(List.of(2, 3, 2, 3), levels(HeadingLevels.compact(page).blocks()));
    }

    @Test
    void noHeadingIsMoreThanOneLevelBelowTheOneBeforeIt() {
        Article page = new Article(Metadata.EMPTY, List.of(heading(3, "Kicker"), heading(2, "Headline"),
                paragraph("Text."), heading(2, "Section"), heading(4, "Point"), heading(3, "Subsection")));
        assertEquals(List.of(2, 2, 2, 3, 3), levels(HeadingLevels.compact(page).blocks()));
    }

    @Test
    void anOutlineAlreadyClosedUpIsLeftAsItIs() {
        Article page = new Article(Metadata.EMPTY, List.of(heading(2, "One"), paragraph("Text."), heading(3, "Two")));
        assertSame(page, HeadingLevels.compact(page));
    }

    @Test
    void aPageRankingItsSectionsUnderTheSidebarsIsReadWithSectionsUnderTheTitle() {
        String page = """
                <html lang="en"><head><title>Ferry timetable changes for the winter</title></head><body>
                <aside><h2>Most read</h2><a href="/a">Another story</a></aside>
                <article><h1>Ferry timetable changes for the winter</h1>
                <p>The ferry company will run fewer crossings from November, it said on Tuesday, and the first boat
                of the day will leave half an hour later than it does in summer.</p>
                <h3>Fewer evening boats</h3>
                <p>The last crossing will leave at eight in the evening instead of ten, which the company said
                reflects how few passengers travel late once the tourist season is over.</p>
                <h5>What the unions say</h5>
                <p>Crew representatives said they had been consulted and accepted the change, as no jobs would be
                lost and the summer timetable returns in April.</p>
                </article></body></html>""";
        Article article = Converter.create().read(Input.of(page), "html", ReadOptions.defaults());
        assertEquals(List.of(2, 3), levels(article.blocks()));
        String html = new String(render(article), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<h([1-6])").matcher(html);
        List<Integer> ranks = new ArrayList<>();
        while (m.find()) ranks.add(Integer.parseInt(m.group(1)));
        assertEquals(List.of(1, 2, 3), ranks, "the HTML output's ranks: title, section, point");
    }

    private static byte[] render(Article article) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Converter.create().write(article, "html", out, WriteOptions.defaults());
        return out.toByteArray();
    }
}
