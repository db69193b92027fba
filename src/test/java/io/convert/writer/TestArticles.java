package io.convert.writer;

import io.convert.io.NetworkPolicy;
import io.convert.io.PolicyResourceLoader;
import io.convert.model.Article;
import io.convert.model.Block;
import io.convert.model.Direction;
import io.convert.model.Image;
import io.convert.model.Inline;
import io.convert.model.Language;
import io.convert.model.Metadata;
import io.convert.spi.Diagnostics;
import io.convert.spi.ResourceLoader;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;

/** Articles built directly in the model, for writer tests that must not depend on any reader. */
public final class TestArticles {
    public static final String FORBIDDEN = "bell\u0007 nul\u0000 esc\u001B c1\u0085 nonchar\uFFFE lone\uD800 end";

    private TestArticles() {
    }

    public static List<Inline> text(String s) {
        return List.of(new Inline.Text(s));
    }

    public static Block.Paragraph paragraph(String s) {
        return new Block.Paragraph(text(s));
    }

    /** A real PNG of the given size, drawn with ImageIO. */
    public static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0x2b6cb0));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static String dataUri(String mediaType, byte[] data) {
        return "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(data);
    }

    public static String svgDataUri(String svg) {
        return dataUri("image/svg+xml", svg.getBytes(StandardCharsets.UTF_8));
    }

    /** A PNG header that claims 100000 x 100000 pixels: a decompression bomb by its size alone. */
    public static byte[] bombPngHeader() {
        byte[] real = png(2, 2);
        byte[] bomb = real.clone();
        int size = 100_000;
        for (int i = 0; i < 2; i++) {
            int at = 16 + 4 * i;
            bomb[at] = (byte) (size >>> 24);
            bomb[at + 1] = (byte) (size >>> 16);
            bomb[at + 2] = (byte) (size >>> 8);
            bomb[at + 3] = (byte) size;
        }
        return bomb;
    }

    /** The loader the CLI would configure for an input in {@code folder}: that folder only, no network. */
    public static ResourceLoader resources(Path folder) {
        return new PolicyResourceLoader(folder.toUri(), List.of(folder), NetworkPolicy.OFF, 16 << 20);
    }

    /** Collects warnings so tests can check that each dropped thing was reported once. */
    public static final class Warnings implements Diagnostics {
        public final List<String> messages = new ArrayList<>();

        @Override
        public synchronized void warn(String message) {
            messages.add(message);
        }

        @Override
        public void debug(String message) {
        }
    }

    /**
     * An Arabic article using every block and inline type, English blocks and spans inside it,
     * images that load, one that is missing, and text with characters XML forbids.
     */
    public static Article everything() {
        Language english = new Language("en", Direction.LTR);
        Metadata m = Metadata.builder()
                .title("روسيا وأمريكا تبحثان نتائج محادثات إسطنبول " + FORBIDDEN)
                .subtitle("اتصال هاتفي بين لافروف وروبيو")
                .authors(List.of("إسلام عيسى", "سارة أحمد"))
                .site("القاهرة الإخبارية")
                .published("2025-05-17T14:32:00+03:00")
                .language("ar")
                .direction(Direction.RTL)
                .source("https://example.com/news/2025/05/17/russia-usa?id=1&x=<y>")
                .description("ملخص المقال")
                .tags(List.of("روسيا", "أوكرانيا"))
                .leadImage(new Metadata.LeadImage(new Image(dataUri("image/png", png(64, 40)), "صورة"),
                        text("لقاء سابق بين الوزيرين"), "رويترز"))
                .build();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, text("العنوان الأول")));
        blocks.add(new Block.Paragraph(List.of(
                new Inline.Text("نص "), new Inline.Emphasis(text("مائل")), new Inline.Text(" و"),
                new Inline.Strong(text("عريض")), new Inline.Text(" ورابط "),
                new Inline.Link("https://example.com/a b", "عنوان", text("آمن")), new Inline.Text(" و"),
                new Inline.Link("javascript:alert(1)", null, text("خطير")), new Inline.Text(" و"),
                new Inline.Link("JaVa\tScRiPt:alert(2)", null, text("خطير٢")), new Inline.Text(" ونسبي "),
                new Inline.Link("/world/other", null, text("نسبي")), new Inline.Text(" ومرجع "),
                new Inline.Link("#section", null, text("داخلي")), new Inline.Text(" وبريد "),
                new Inline.Link("mailto:news@example.com", null, text("بريد")), new Inline.Text(" "),
                new Inline.Code("x < y && z"), new Inline.LineBreak(), new Inline.Text("H"),
                new Inline.Subscript(text("2")), new Inline.Text("O و E=mc"), new Inline.Superscript(text("2")),
                new Inline.Text(" "), new Inline.Span(english, text("Marco Rubio said")),
                new Inline.Text(" " + FORBIDDEN))));
        blocks.add(new Block.Heading(2, text("قسم فرعي")));
        blocks.add(new Block.Quote(List.of(paragraph("لا يمكن السماح لروسيا باستخدام محادثات إسطنبول ذريعة")),
                text("وزير الخارجية الأوكراني"), Language.INHERIT));
        blocks.add(new Block.Quote(List.of(paragraph("The United States welcomes the exchange.")), List.of(), english));
        blocks.add(new Block.ListBlock(false, 1, List.of(
                new Block.ListItem(List.of(paragraph("البند الأول"))),
                new Block.ListItem(List.of(paragraph("البند الثاني"),
                        new Block.ListBlock(true, 3, List.of(
                                new Block.ListItem(List.of(paragraph("فرعي ٣"))),
                                new Block.ListItem(List.of(paragraph("فرعي ٤")))), Language.INHERIT)))),
                Language.INHERIT));
        blocks.add(new Block.Figure(new Image(dataUri("image/png", png(120, 80)), "خريطة"), text("خريطة المنطقة"),
                "أسوشيتد برس", Language.INHERIT));
        blocks.add(new Block.Figure(new Image("images/missing.jpg", "مفقودة"), text("صورة لم تعد موجودة"), null,
                Language.INHERIT));
        blocks.add(new Block.Heading(3, text("جدول")));
        blocks.add(new Block.Table(
                List.of(new Block.Row(List.of(new Block.Cell(text("البلد"), true, 1, 1),
                        new Block.Cell(text("العدد"), true, 1, 1)))),
                List.of(new Block.Row(List.of(new Block.Cell(text("روسيا"), false, 1, 1),
                                new Block.Cell(text("1000"), false, 1, 1))),
                        new Block.Row(List.of(new Block.Cell(text("المجموع"), false, 2, 1)))),
                text("أسرى الحرب"), Language.INHERIT));
        blocks.add(new Block.CodeBlock("if (a < b) {\n  return \"&\";\n}", "java", Language.INHERIT));
        blocks.add(new Block.ThematicBreak());
        blocks.add(new Block.Heading(2, List.of(new Inline.Text("English section")), english));
        blocks.add(new Block.Paragraph(text("This paragraph is in English inside an Arabic article."), english));
        blocks.add(new Block.Paragraph(text("Bonjour"), new Language("fr", null)));
        return new Article(m, blocks);
    }

    /** The same article shape in English, left to right. */
    public static Article english() {
        Metadata m = Metadata.builder()
                .title("Russia and the US discuss the Istanbul talks")
                .authors(List.of("Jane Doe"))
                .site("Example News")
                .published("2025-05-17")
                .language("en")
                .direction(Direction.LTR)
                .source("https://news.example.org/world/istanbul-talks")
                .build();
        return new Article(m, List.of(
                paragraph("Russian Foreign Minister Sergei Lavrov spoke with Marco Rubio on Saturday."),
                new Block.Heading(2, text("A ceasefire")),
                new Block.Paragraph(List.of(new Inline.Text("Quoting "),
                        new Inline.Span(new Language("ar", Direction.RTL), text("وقف فوري لإطلاق النار")),
                        new Inline.Text(" in Arabic."))),
                new Block.Paragraph(text("فقرة عربية في مقال إنجليزي."), new Language("ar", Direction.RTL))));
    }
}
