package io.convert.writer.pdf;

import io.convert.io.NetworkPolicy;
import io.convert.io.PolicyResourceLoader;
import io.convert.model.Article;
import io.convert.model.Block;
import io.convert.model.Direction;
import io.convert.model.Image;
import io.convert.model.Inline;
import io.convert.model.Language;
import io.convert.model.Metadata;
import io.convert.spi.ResourceLoader;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Hand-built articles with every block type, in Arabic and in English, and real PNG and JPEG
 * files written with ImageIO into a folder the resource policy allows.
 */
final class SampleArticles {
    static final String PNG = "lead.png";
    static final String JPEG = "figure.jpg";

    private SampleArticles() {
    }

    static void writeImages(Path dir) throws IOException {
        ImageIO.write(picture(320, 200, BufferedImage.TYPE_INT_ARGB, Color.ORANGE), "png", dir.resolve(PNG).toFile());
        ImageIO.write(picture(640, 360, BufferedImage.TYPE_INT_RGB, Color.BLUE), "jpeg", dir.resolve(JPEG).toFile());
    }

    private static BufferedImage picture(int w, int h, int type, Color color) {
        BufferedImage img = new BufferedImage(w, h, type);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, color, w, h, Color.WHITE));
        g.fillRect(0, 0, w, h);
        g.setColor(Color.DARK_GRAY);
        g.fillOval(w / 4, h / 4, w / 2, h / 2);
        g.dispose();
        return img;
    }

    static ResourceLoader loader(Path dir) {
        return new PolicyResourceLoader(dir.toUri(), List.of(dir), NetworkPolicy.OFF, 10 << 20);
    }

    static List<Inline> text(String s) {
        return List.of(new Inline.Text(s));
    }

    static Article arabic() {
        Metadata m = Metadata.builder()
                .title("روسيا وأمريكا تبحثان نتائج محادثات إسطنبول")
                .subtitle("اتصال هاتفي بين وزيري الخارجية لافروف وروبيو")
                .authors(List.of("إسلام عيسى", "سارة أحمد"))
                .site("القاهرة الإخبارية")
                .published("2025-05-17T10:30:00+03:00")
                .source("https://example.org/ar/news/123")
                .description("ملخص المحادثات بين روسيا والولايات المتحدة")
                .tags(List.of("روسيا", "أمريكا"))
                .language("ar").direction(Direction.RTL)
                .leadImage(new Metadata.LeadImage(new Image(PNG, "صورة"), text("لقاء سابق بين الوزيرين"), "رويترز"))
                .build();
        List<Block> blocks = List.of(
                new Block.Paragraph(List.of(new Inline.Text("بحث وزير الخارجية الروسي سيرجي لافروف، اليوم السبت، "),
                        new Inline.Strong(text("في اتصال هاتفي")), new Inline.Text(" مع نظيره الأمريكي "),
                        new Inline.Link("https://example.org/rubio", null, text("ماركو روبيو")),
                        new Inline.Text("، سبل تعزيز الاتصالات بين روسيا والولايات المتحدة (30 يومًا) "),
                        new Inline.Emphasis(text("كما تبادلا الآراء")), new Inline.Text(" حول نتائج مفاوضات إسطنبول م"),
                        new Inline.Superscript(text("2")), new Inline.Text(" و H"), new Inline.Subscript(text("2")),
                        new Inline.Text("O والأمر "), new Inline.Code("ls -l"), new Inline.Text("."))),
                new Block.Heading(2, text("وقف فوري وغير مشروط لإطلاق النار")),
                new Block.Paragraph(text("طالبت أوكرانيا والحكومات الغربية، بما في ذلك الولايات المتحدة، روسيا "
                        + "بالموافقة على وقف فوري وغير مشروط لإطلاق النار 30 يومًا على الأقل.")),
                new Block.Quote(List.of(new Block.Paragraph(text("لا يمكن السماح لروسيا باستخدام المفاوضات "
                        + "لكسب الوقت وإطالة أمد الحرب."))), text("وزير الخارجية الأوكراني"), Language.INHERIT),
                new Block.Heading(3, text("النقاط الرئيسية")),
                new Block.ListBlock(true, 1, List.of(
                        new Block.ListItem(List.of(new Block.Paragraph(text("تبادل الأسرى بين الطرفين")))),
                        new Block.ListItem(List.of(new Block.Paragraph(text("وقف إطلاق النار")),
                                new Block.ListBlock(false, 1, List.of(
                                        new Block.ListItem(List.of(new Block.Paragraph(text("في البر")))),
                                        new Block.ListItem(List.of(new Block.Paragraph(text("في البحر"))))),
                                        Language.INHERIT))),
                        new Block.ListItem(List.of(new Block.Paragraph(text("محادثات جديدة في تركيا"))))),
                        Language.INHERIT),
                new Block.Figure(new Image(JPEG, "خريطة"), text("خريطة المناطق المتنازع عليها"), "وكالة الأنباء",
                        Language.INHERIT),
                new Block.Table(List.of(new Block.Row(List.of(cell("Alpha", true), cell("Beta", true)))),
                        List.of(new Block.Row(List.of(cell("موسكو", false), cell("1200", false))),
                                new Block.Row(List.of(cell("كييف", false), cell("800", false)))),
                        text("جدول المدن"), Language.INHERIT),
                new Block.CodeBlock("for (int i = 0; i < 3; i++) {\n    System.out.println(i);\n}", "java",
                        Language.INHERIT),
                new Block.ThematicBreak(),
                new Block.Paragraph(text("The ceasefire talks continued in English as well."), new Language("en",
                        Direction.LTR)),
                new Block.Paragraph(List.of(new Inline.Text("وقال مسؤول "),
                        new Inline.Span(new Language("en", Direction.LTR), text("(Reuters, 2025)")),
                        new Inline.Text(" إن المحادثات ستستمر."))));
        return new Article(m, blocks);
    }

    static Article english() {
        Metadata m = Metadata.builder()
                .title("Rivers of the North: a Field Report")
                .subtitle("What three summers of measurements say about the thaw")
                .authors(List.of("Ann Example", "Bob Sample"))
                .site("Example Times")
                .published("2025-05-17")
                .source("https://example.com/rivers")
                .description("A report on northern rivers")
                .tags(List.of("rivers", "climate"))
                .language("en").direction(Direction.LTR)
                .leadImage(new Metadata.LeadImage(new Image(PNG, "river"), text("The delta in June"), "Photo: A. E."))
                .build();
        List<Block> blocks = List.of(
                new Block.Paragraph(List.of(new Inline.Text("The rivers of the north are changing "),
                        new Inline.Emphasis(text("faster than expected")), new Inline.Text(", say "),
                        new Inline.Link("https://example.com/team", null, text("the survey team")),
                        new Inline.Text(". Discharge rose by 12 m"), new Inline.Superscript(text("3")),
                        new Inline.Text("/s and CO"), new Inline.Subscript(text("2")), new Inline.Text(" with "),
                        new Inline.Strong(text("strong")), new Inline.Text(" seasonality; run "),
                        new Inline.Code("measure --all"), new Inline.Text(" to reproduce."))),
                new Block.Heading(2, text("Method")),
                new Block.Paragraph(text("We sampled forty sites every week from May to September, recording "
                        + "temperature, turbidity and flow, and compared them with the records of the 1980s.")),
                new Block.Heading(3, text("Sites")),
                new Block.ListBlock(false, 1, List.of(
                        new Block.ListItem(List.of(new Block.Paragraph(text("Upper basin")))),
                        new Block.ListItem(List.of(new Block.Paragraph(text("Delta")),
                                new Block.ListBlock(true, 1, List.of(
                                        new Block.ListItem(List.of(new Block.Paragraph(text("East channel")))),
                                        new Block.ListItem(List.of(new Block.Paragraph(text("West channel"))))),
                                        Language.INHERIT)))),
                        Language.INHERIT),
                new Block.Quote(List.of(new Block.Paragraph(text("The ice used to hold until June; now it goes in "
                        + "May."))), text("a ferry operator"), Language.INHERIT),
                new Block.Figure(new Image(JPEG, "chart"), text("Flow at the delta, 1985–2024"), "Survey data",
                        Language.INHERIT),
                new Block.Table(List.of(new Block.Row(List.of(cell("Alpha", true), cell("Beta", true)))),
                        List.of(new Block.Row(List.of(cell("Upper basin", false), cell("1200", false))),
                                new Block.Row(List.of(cell("Delta", false), cell("800", false)))),
                        text("Sites and flows"), Language.INHERIT),
                new Block.CodeBlock("for site in sites:\n    print(site.flow)\n"
                        + "a_very_long_line = " + "x".repeat(30) + " + " + "y".repeat(120), "python", Language.INHERIT),
                new Block.ThematicBreak(),
                new Block.Heading(2, text("Arabic summary")),
                new Block.Paragraph(text("تتغير أنهار الشمال أسرع من المتوقع."), new Language("ar", Direction.RTL)),
                new Block.Paragraph(List.of(new Inline.Text("See also "),
                        new Inline.Link("https://example.com/data", null, text("the data")),
                        new Inline.Text(" and "), new Inline.Link("#notes", null, text("the notes")),
                        new Inline.Text("."))));
        return new Article(m, blocks);
    }

    /** An article long enough for 30+ A4 pages, with headings, a long table and figures. */
    static Article longEnglish(int sections) {
        List<Block> blocks = new ArrayList<>();
        String sentence = "The committee met again on Tuesday to weigh the evidence gathered over the winter, "
                + "and its members agreed that the figures needed a second reading before any report went out. ";
        for (int s = 1; s <= sections; s++) {
            blocks.add(new Block.Heading(2, text("Section " + s)));
            for (int p = 0; p < 6; p++) blocks.add(new Block.Paragraph(text(sentence.repeat(2 + (p + s) % 4))));
            if (s % 5 == 0) blocks.add(new Block.Heading(3, text("Notes on section " + s)));
            if (s % 7 == 0) {
                blocks.add(new Block.Figure(new Image(JPEG, ""), text("Figure for section " + s), null,
                        Language.INHERIT));
            }
        }
        List<Block.Row> rows = new ArrayList<>();
        for (int r = 1; r <= 90; r++) {
            rows.add(new Block.Row(List.of(cell("Row " + r, false), cell("Quantity " + r * 7, false))));
        }
        blocks.add(new Block.Table(List.of(new Block.Row(List.of(cell("Item", true), cell("Measured", true)))), rows,
                List.of(), Language.INHERIT));
        Metadata m = Metadata.builder().title("A Very Long Report on Everything the Committee Discussed This Year")
                .authors(List.of("The Committee")).language("en").direction(Direction.LTR).build();
        return new Article(m, blocks);
    }

    private static Block.Cell cell(String text, boolean header) {
        return new Block.Cell(text(text), header, 1, 1);
    }
}
