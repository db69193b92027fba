package io.convert.hostile;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/**
 * Generators for the families of broken and hostile input that {@code convert} must survive:
 * each case is a file name (its extension chooses the reader) and its bytes.
 */
final class HostileInputs {
    /** One input; {@code neighbours} are files placed beside it (referenced by it). */
    record Case(String family, String fileName, byte[] data, Map<String, byte[]> neighbours) {
        Case(String family, String fileName, byte[] data) {
            this(family, fileName, data, Map.of());
        }

        boolean big() {
            return data.length > 2_000_000;
        }

        @Override
        public String toString() {
            return family + " (" + fileName + ", " + data.length + " bytes)";
        }
    }

    private static final Path EXAMPLES = Path.of("examples");

    private HostileInputs() {
    }

    static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        cases.addAll(brokenHtml());
        cases.addAll(hugeInputs());
        cases.addAll(badText());
        cases.addAll(encodings());
        cases.addAll(unicodeStress());
        cases.addAll(images());
        cases.addAll(tables());
        cases.addAll(fuzzRegressions());
        cases.addAll(notDocuments());
        return cases;
    }

    static List<Case> brokenHtml() {
        String page = example("article-ar.html");
        List<Case> cases = new ArrayList<>();
        for (int cut : new int[] {1, 40, 1500, page.length() / 2, page.length() - 30}) {
            cases.add(html("truncated at " + cut, page.substring(0, Math.min(cut, page.length()))));
        }
        cases.add(html("unclosed tags", "<html><body>" + "<div><p><b><i>unclosed ".repeat(2000) + "end"));
        cases.add(html("100k nested divs", "<html><body>" + "<div>".repeat(100_000)
                + "<p>text at the bottom of a very deep page</p>"));
        cases.add(html("10000 nested blockquotes", "<body>" + "<blockquote>".repeat(10_000) + "deep quote"));
        cases.add(html("10000 nested lists", "<body>" + "<ul><li>".repeat(10_000) + "deep item"));
        cases.add(html("entity flood", "<p>" + "&amp;&lt;&#x41;&nbsp;".repeat(200_000) + "</p>"));
        cases.add(html("invalid code point references", "<html><head><title>&#0;&#xD800;t&#xFFFE;</title></head><body><p>"
                + "nul &#0; surrogate &#xD800;&#xDFFF; nonchar &#xFFFE;&#xFFFF; too big &#1114112;&#x110000;"
                + " c1 &#x85;&#x9F; fine &#x1F600;</p></body></html>"));
        cases.add(html("controls in text and attributes", "<html lang=\"a\u0001r\"><body><p title=\"\u0007x\u009B\">"
                + "bell\u0007 esc\u001B nul\u0000 del\u007F c1\u0085\u009C end</p><a href=\"http://e\u0000x.org\">l\u0008ink</a></body></html>"));
        cases.add(html("scripts, forms, iframes and handlers", "<html><body onload=\"alert(1)\"><article><h1>Title</h1>"
                + "<p onclick=\"steal()\">Paragraph with <a href=\"javascript:alert(1)\">a script link</a> and "
                + "<a href=\" JaVaScRiPt:alert(2)\">another</a>.</p><script>alert(3)</script>"
                + "<iframe src=\"http://127.0.0.1:1/\"></iframe><form action=\"/x\"><input name=a></form>"
                + "<svg onload=\"alert(4)\"><script>alert(5)</script><circle r=\"3\"/></svg>"
                + "<object data=\"x.swf\"></object><embed src=\"y.swf\"><p>After.</p></article></body></html>"));
        cases.add(html("svg with entities", "<!DOCTYPE svg [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">"
                + "<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
                + "<html><body><p>&xxe; &lol2;</p><img src=\"data:image/svg+xml;utf8,<!DOCTYPE svg [<!ENTITY x SYSTEM "
                + "'file:///etc/passwd'>]><svg xmlns='http://www.w3.org/2000/svg'><text>%26x;</text><script>alert(1)</script></svg>\">"
                + "</body></html>"));
        cases.add(html("100k character pre line", "<body><pre>" + "0123456789".repeat(10_000) + "</pre></body>"));
        return cases;
    }

    static List<Case> hugeInputs() {
        List<Case> cases = new ArrayList<>();
        StringBuilder flat = new StringBuilder("<html><body><article>");
        for (int i = 0; i < 1_000_000; i++) flat.append("<span>w").append(i % 97).append("</span> ");
        flat.append("</article></body></html>");
        cases.add(html("1M elements", flat.toString()));
        StringBuilder big = new StringBuilder("<html><body><article>");
        String sentence = "<p>This paragraph is one of very many in a page of fifty megabytes, which must be cut or refused, never exhaust memory.</p>\n";
        while (big.length() < 50_000_000) big.append(sentence);
        cases.add(html("50 MB page", big.toString()));
        cases.add(html("20 MB text node without spaces", "<html><body><p>" + "a".repeat(20_000_000) + "</p></body></html>"));
        return cases;
    }

    static List<Case> badText() {
        List<Case> cases = new ArrayList<>();
        cases.add(text("1M short lines", "ab\n".repeat(1_000_000)));
        cases.add(text("one 10 MB line", "word ".repeat(2_000_000)));
        cases.add(text("only punctuation", ".,;:!?()[]{}«»،؛؟\"'-–—…\n".repeat(500)));
        cases.add(text("only marks", "\u064E\u064F\u0650\u0651\u0652\u0301\u0308 ".repeat(2000)));
        cases.add(text("NULs", "Title\n\nSome\u0000 text\u0000 with NULs\u0000 in it.\n"));
        cases.add(text("CR-only line endings", "A title\r\rFirst paragraph of the story.\rStill the first.\r\rSecond one.\r"));
        cases.add(text("10000 nested quotes", "Title\n\n" + ">".repeat(10_000) + " deep\n"));
        cases.add(text("10000 nested list levels", "Title\n\n" + nestedMarkdownList(10_000)));
        cases.add(text("empty file", ""));
        cases.add(text("whitespace only", " \n\t\n   \r\n"));
        return cases;
    }

    static List<Case> encodings() {
        String seed = example("article-ar.txt");
        List<Case> cases = new ArrayList<>();
        byte[] utf8 = seed.getBytes(StandardCharsets.UTF_8);
        Random random = new Random(11);
        byte[] broken = utf8.clone();
        for (int i = 0; i < 200; i++) broken[random.nextInt(broken.length)] = (byte) (0x80 + random.nextInt(0x7F));
        cases.add(new Case("invalid UTF-8", "invalid.txt", broken));
        cases.add(new Case("UTF-16LE with BOM", "u16.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                seed.getBytes(StandardCharsets.UTF_16LE))));
        cases.add(new Case("UTF-16BE without BOM", "u16be.txt", seed.getBytes(StandardCharsets.UTF_16BE)));
        Charset cp1256 = Charset.forName("windows-1256");
        cases.add(new Case("windows-1256 undeclared", "cp1256.txt", seed.getBytes(cp1256)));
        String lying = "<html><head><meta charset=\"utf-8\"></head><body><article><h1>عنوان</h1><p>" + seed
                + "</p></article></body></html>";
        cases.add(new Case("windows-1256 with a lying declaration", "lying.html", lying.getBytes(cp1256)));
        return cases;
    }

    static List<Case> unicodeStress() {
        List<Case> cases = new ArrayList<>();
        cases.add(html("unbalanced bidi controls", "<body><p>" + "\u202Eabc \u2067عربي\u202A".repeat(500)
                + "\u202C\u2069</p></body>"));
        cases.add(html("50 combining marks on one letter", "<body><h1>marks</h1><p>ب" + "\u064B\u0651".repeat(25)
                + " a" + "\u0301".repeat(50) + " end.</p></body>"));
        cases.add(html("zero-width joiners everywhere", "<body><p>" + "م\u200Dر\u200Dح\u200Cب\u200Dا \u200D".repeat(2000)
                + "</p></body>"));
        cases.add(html("scripts no bundled font covers", "<html lang=\"mul\"><body><h1>多语言 देवनागरी ግዕዝ</h1>"
                + "<p>中文文本测试，日本語のテキスト、한국어 텍스트. हिन्दी में पाठ। የአማርኛ ጽሑፍ። "
                + "Emoji: 👩‍👩‍👧‍👦 🏳️‍🌈 🇪🇬 👍🏽 and math 𝔸𝕓𝒞 ∮ ≠ ∞.</p></body></html>"));
        return cases;
    }

    static List<Case> images() {
        String png = Base64.getEncoder().encodeToString(tinyPng(false));
        String badCrc = Base64.getEncoder().encodeToString(tinyPng(true));
        String bomb = Base64.getEncoder().encodeToString(pngHeader(100_000, 100_000));
        String gifBomb = Base64.getEncoder().encodeToString(gifHeader(65_535, 65_535));
        String jpeg = Base64.getEncoder().encodeToString(imageBytes("jpg", BufferedImage.TYPE_INT_RGB));
        String truncatedJpeg = Base64.getEncoder().encodeToString(
                java.util.Arrays.copyOf(imageBytes("jpg", BufferedImage.TYPE_INT_RGB), 300));
        String png16 = Base64.getEncoder().encodeToString(imageBytes("png", BufferedImage.TYPE_USHORT_GRAY));
        String webp = Base64.getEncoder().encodeToString(fakeWebp());
        StringBuilder page = new StringBuilder("<html><body><article><h1>Images of every kind</h1>");
        String[] sources = {
            "file:///etc/passwd", "/etc/passwd", "../../../../etc/passwd", "/proc/self/environ",
            "http://127.0.0.1:9/x.png", "http://169.254.169.254/latest/meta-data/", "http://[::1]/a.png",
            "data:image/png;base64," + png, "data:image/png;base64," + badCrc, "data:image/png;base64," + bomb,
            "data:image/gif;base64," + gifBomb, "data:image/jpeg;base64," + jpeg,
            "data:image/jpeg;base64," + truncatedJpeg, "data:image/png;base64," + png16,
            "data:image/webp;base64," + webp, "data:image/png;base64,%%%not-base64%%%", "data:,", "page.png",
            "javascript:alert(1)", "ftp://example.org/a.png", "\u0000weird\u0001.png"
        };
        for (String src : sources) {
            page.append("<figure><img src=\"").append(src.replace("\"", "&quot;")).append("\" alt=\"picture\">")
                    .append("<figcaption>Caption stays when the image goes.</figcaption></figure><p>Text between images.</p>");
        }
        page.append("</article></body></html>");
        byte[] htmlNamedPng = "<html><body>not an image</body></html>".getBytes(StandardCharsets.UTF_8);
        return List.of(new Case("hostile and broken images", "page.html",
                page.toString().getBytes(StandardCharsets.UTF_8), Map.of("page.png", htmlNamedPng)));
    }

    static List<Case> tables() {
        List<Case> cases = new ArrayList<>();
        cases.add(html("colspan of a million", "<body><table><tr><td colspan=\"1000000\" rowspan=\"1000000\">x</td></tr>"
                + "<tr><td>y</td></tr></table></body>"));
        StringBuilder wide = new StringBuilder("<body><table><tr>");
        for (int i = 0; i < 10_000; i++) wide.append("<th>h").append(i).append("</th>");
        wide.append("</tr><tr>");
        for (int i = 0; i < 10_000; i++) wide.append("<td>").append(i).append("</td>");
        cases.add(html("10000 columns", wide.append("</tr></table></body>").toString()));
        cases.add(html("tables nested 500 deep", "<body>" + "<table><tr><td>".repeat(500) + "deep cell"
                + "</td></tr></table>".repeat(500) + "</body>"));
        return cases;
    }

    /**
     * Inputs the fuzzer once broke, replayed from their case seeds exactly as FuzzTest built them:
     * a warning quoting the input split over lines (8914652468220591879), markup broken into text
     * that the checks mistook for script (6202182941362909823, 8068253070768199901,
     * -1453866591234200938).
     */
    static List<Case> fuzzRegressions() {
        List<byte[]> corpus = List.of(example("article-ar.txt").getBytes(StandardCharsets.UTF_8),
                example("article-ar.html").getBytes(StandardCharsets.UTF_8),
                example("article-en.html").getBytes(StandardCharsets.UTF_8));
        String[] names = {"doc.txt", "doc.html", "doc.html"};
        List<Case> cases = new ArrayList<>();
        for (long seed : new long[] {8914652468220591879L, 6202182941362909823L, 8068253070768199901L,
            -1453866591234200938L}) {
            Random r = new Random(seed);
            int pick = r.nextInt(corpus.size());
            cases.add(new Case("fuzz seed " + seed, names[pick], FuzzTest.mutate(corpus.get(pick), r)));
        }
        return cases;
    }

    static List<Case> notDocuments() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("PNG named .html", "picture.html", tinyPng(false)));
        cases.add(new Case("PDF named .txt", "doc.txt", "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(StandardCharsets.ISO_8859_1)));
        cases.add(new Case("ZIP named .html", "archive.html", zipBytes()));
        byte[] random = new byte[100_000];
        new Random(5).nextBytes(random);
        cases.add(new Case("random bytes named .txt", "random.txt", random));
        return cases;
    }

    private static String nestedMarkdownList(int depth) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < depth; i++) b.append("  ".repeat(i)).append("- level ").append(i).append('\n');
        return b.toString();
    }

    private static Case html(String family, String content) {
        return new Case(family, "page.html", content.getBytes(StandardCharsets.UTF_8));
    }

    private static Case text(String family, String content) {
        return new Case(family, "text.txt", content.getBytes(StandardCharsets.UTF_8));
    }

    static String example(String name) {
        try {
            return Files.readString(EXAMPLES.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] tinyPng(boolean corruptCrc) {
        byte[] data = imageBytes("png", BufferedImage.TYPE_INT_RGB);
        if (corruptCrc) data[29] ^= 0x55; // inside the IHDR CRC
        return data;
    }

    private static byte[] imageBytes(String format, int type) {
        BufferedImage image = new BufferedImage(24, 16, type);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 24; x++) image.setRGB(x, y, (x * 10) << 16 | (y * 15) << 8 | 0x40);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) throw new IllegalStateException("no writer for " + format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A PNG signature and IHDR claiming a huge size, followed by a tiny IDAT: a decompression bomb's shape. */
    private static byte[] pngHeader(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(8 + 25 + 12);
        b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        ByteBuffer ihdr = ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        b.putInt(13).put(ihdr.array());
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        b.putInt((int) crc.getValue());
        b.putInt(0).put("IEND".getBytes(StandardCharsets.US_ASCII)).putInt(0xAE426082);
        return b.array();
    }

    private static byte[] gifHeader(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(32).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put("GIF89a".getBytes(StandardCharsets.US_ASCII)).putShort((short) width).putShort((short) height)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        b.put((byte) 0x2C).putShort((short) 0).putShort((short) 0).putShort((short) width).putShort((short) height)
                .put((byte) 0).put((byte) 2).put((byte) 2).put((byte) 0x44).put((byte) 0x01).put((byte) 0).put((byte) 0x3B);
        return java.util.Arrays.copyOf(b.array(), b.position());
    }

    private static byte[] fakeWebp() {
        byte[] b = new byte[40];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, b, 0, 4);
        b[4] = 32;
        System.arraycopy("WEBPVP8 ".getBytes(StandardCharsets.US_ASCII), 0, b, 8, 8);
        return b;
    }

    private static byte[] zipBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("index.html"));
            zip.write("<p>inside a zip</p>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
