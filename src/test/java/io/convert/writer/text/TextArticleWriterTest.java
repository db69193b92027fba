package io.convert.writer.text;

import static io.convert.fixture.Articles.paragraph;
import static io.convert.fixture.Articles.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.convert.Formats;
import io.convert.fixture.Articles;
import io.convert.fixture.Examples;
import io.convert.fixture.Outputs;
import io.convert.model.Article;
import io.convert.model.Block;
import io.convert.model.Direction;
import io.convert.model.Image;
import io.convert.model.Metadata;
import io.convert.model.PlainText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TextArticleWriterTest {
    private static final TextArticleWriter WRITER = new TextArticleWriter();
    private static final String RLM = "\u200F";
    private static final String LRM = "\u200E";

    @Test
    void mixedArticleReadsInBothDirections() {
        String expected = """
                روسيا وأمريكا تبحثان نتائج محادثات إسطنبول
                لافروف وروبيو: "اتصال هاتفي" مثمر
                إسلام عيسى وJane O'Neil · القاهرة الإخبارية · 17 مايو 2025

                لقاء سابق بين لافروف وروبيو — رويترز

                بحث وزير الخارجية الروسي سيرجي لافروف، اليوم السبت، في اتصال هاتفي مع نظيره Marco Rubio، سبل تعزيز الاتصالات بين روسيا والولايات المتحدة.

                ردود الفعل v2
                RLM-------------

                قالت وزارة الخارجية الأمريكية إن الاتفاق
                تم في تركيا. الماء H2O و E=mc2.

                The talks in Istanbul were productive and frank.

                | نحن مستعدون لمواصلة العمل المشترك.
                RLM|
                | — سيرجي لافروف

                • تبادل الأسرى
                • وقف إطلاق النار
                  3. المرحلة الأولى
                  4. المرحلة الثانية
                     • Phase two, part A
                     • - dash start
                RLM• + plus start

                • قائمة ثانية

                خريطة أوكرانيا — AFP

                صورة مفقودة

                البلد\tDelegates | count\tملاحظات
                روسيا\t12\ta b
                الولايات المتحدة\t\t
                الوفود

                for (int i = 0; i < n; i++) {
                        print("```");
                }

                RLM* * *

                RLM1. Not a list * _ # [x] <b>tag</b> `tick` | pipe & amp; \\ back + plus ~~~ tilde > gt ! [link](x)

                RLM# Hash and *stars*
                """.replace("RLM", RLM);
        assertEquals(expected, Outputs.write(WRITER, Articles.mixed()));
    }

    @Test
    void linesOfTheOtherDirectionGetAMark() {
        Article ltr = new Article(Metadata.builder().title("Title").language("en").direction(Direction.LTR).build(),
                List.of(paragraph(plain("عربي first")), paragraph(plain("English first")),
                        new Block.Paragraph(List.of(plain("2024 عربي")), Articles.ENGLISH)));
        assertEquals("Title\n\n" + LRM + "عربي first\n\nEnglish first\n\n" + LRM + "2024 عربي\n", Outputs.write(WRITER, ltr));
    }

    @Test
    void controlCharactersInTheModelDoNotReachTheOutput() {
        Article article = new Article(Metadata.builder().title("T\u0007itle\u0000").build(), List.of(
                paragraph(plain("a\u0001b\tc\u000Bd\u2028e\u0085f\u009Bg")),
                new Block.CodeBlock("x\u0007y\r\n\tz\r", null, null)));
        String out = Outputs.write(WRITER, article);
        assertEquals("Title\n\nab c d e fg\n\nxy\n        z\n", out);
        assertOnlyNewlinesAndTableTabs(out, article);
    }

    @Test
    void bylineJoinsWhatIsKnown() {
        Metadata onlySite = Metadata.builder().title("T").site("Site").build();
        assertEquals("T\nSite\n", Outputs.write(WRITER, new Article(onlySite, List.of())));
        Metadata authorsAndDate = Metadata.builder().authors(List.of("A", " ", "B")).published("2025-01-02").build();
        assertEquals("A and B · January 2, 2025\n\nx\n",
                Outputs.write(WRITER, new Article(authorsAndDate, List.of(paragraph(plain("x"))))));
    }

    @Test
    void leadImageCaptionIsNotRepeatedWhenTheBodyShowsTheImage() {
        Image image = new Image("lead.jpg", "alt");
        Metadata m = Metadata.builder().leadImage(new Metadata.LeadImage(image, List.of(plain("lead caption")), "AP"))
                .build();
        Article shown = new Article(m, List.of(new Block.Figure(image, List.of(), null, null)));
        assertEquals("alt\n", Outputs.write(WRITER, shown));
        Article notShown = new Article(m, List.of(paragraph(plain("body"))));
        assertEquals("lead caption — AP\n\nbody\n", Outputs.write(WRITER, notShown));
    }

    @Test
    void isRegisteredAsTxtAndText() {
        Formats formats = Formats.discover();
        assertInstanceOf(TextArticleWriter.class, formats.writer("txt").orElseThrow());
        assertInstanceOf(TextArticleWriter.class, formats.writer("text").orElseThrow());
        assertEquals("txt", WRITER.extension());
    }

    @ParameterizedTest
    @MethodSource("io.convert.fixture.Examples#files")
    void examplesKeepEveryParagraphAndNoControlCharacters(String file) {
        Article article = Examples.read(file);
        String out = Outputs.write(WRITER, article);
        assertOnlyNewlinesAndTableTabs(out, article);
        List<String> lines = out.lines().map(l -> l.replace(RLM, "").replace(LRM, "")).toList();
        if (article.metadata().title() != null) assertEquals(article.metadata().title().strip(), lines.get(0));
        for (Block block : article.blocks()) {
            if (!(block instanceof Block.Paragraph p)) continue;
            for (String line : PlainText.of(p.content()).split("\n")) {
                String expected = line.strip();
                if (!expected.isEmpty() && lines.stream().noneMatch(l -> l.contains(expected))) {
                    fail("paragraph text missing from " + file + ": " + expected);
                }
            }
        }
    }

    @Test
    void theArabicExampleIsLaidOutRightToLeft() {
        Article article = Examples.read("examples/article-ar.txt");
        String out = Outputs.write(WRITER, article);
        assertTrue(out.startsWith(article.metadata().title().strip() + "\n"), out);
        out.lines().filter(l -> !l.isEmpty())
                .forEach(l -> assertTrue(displaysRightToLeft(l), "laid out left to right: " + l));
    }

    /** Only newlines, and tabs on the lines of tables: anything else would be a control character. */
    private static void assertOnlyNewlinesAndTableTabs(String out, Article article) {
        boolean hasTables = article.blocks().stream().anyMatch(b -> b instanceof Block.Table);
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c == '\n' || (c == '\t' && hasTables)) continue;
            if (Character.isISOControl(c)) fail("control character U+%04X at %d".formatted((int) c, i));
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < out.length()
                    && Character.isLowSurrogate(out.charAt(++i)))) {
                fail("unpaired surrogate at " + i);
            }
        }
        assertTrue(out.isEmpty() || out.endsWith("\n"));
    }

    /** Whether a plain-text viewer would lay the line out right to left (its first strong letter is). */
    private static boolean displaysRightToLeft(String line) {
        for (int cp : line.codePoints().toArray()) {
            byte bidi = Character.getDirectionality(cp);
            if (bidi == Character.DIRECTIONALITY_RIGHT_TO_LEFT || bidi == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                    || cp == 0x200F) {
                return true;
            }
            if (bidi == Character.DIRECTIONALITY_LEFT_TO_RIGHT || cp == 0x200E) return false;
        }
        return false;
    }
}
