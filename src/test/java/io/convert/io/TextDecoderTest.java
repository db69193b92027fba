package io.convert.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.convert.spi.ConvertException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    static String seed;
    static final Charset CP1256 = Charset.forName("windows-1256");

    @BeforeAll
    static void readSeed() throws IOException {
        seed = Files.readString(Path.of("examples/article-ar.txt"));
    }

    @Test
    void utf8WithAndWithoutBom() {
        byte[] utf8 = seed.getBytes(StandardCharsets.UTF_8);
        assertEquals(seed, TextDecoder.decode(utf8, null).text());
        byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8);
        assertEquals(seed, TextDecoder.decode(bom, null).text());
    }

    @Test
    void aUtf8MarkOnWindows1256BytesIsDecodedByTheBytes() {
        byte[] marked = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, seed.getBytes(CP1256));
        TextDecoder.Decoded d = TextDecoder.decode(marked, null);
        assertEquals(CP1256, d.charset());
        assertEquals(seed, d.text());
    }

    @Test
    void windows1256WithoutDeclaration() {
        TextDecoder.Decoded d = TextDecoder.decode(seed.getBytes(CP1256), null);
        assertEquals(CP1256, d.charset());
        assertEquals(seed, d.text());
    }

    @Test
    void windows1256WithALyingLatinDeclaration() {
        String page = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>" + seed + "</p></body></html>";
        assertEquals(page, TextDecoder.decode(page.getBytes(CP1256), null).text());
        assertEquals(page, TextDecoder.decode(page.getBytes(CP1256), "ISO-8859-1").text());
    }

    @Test
    void utf8PageThatStillDeclaresWindows1256() {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">"
                + "</head><body><p>" + seed + "</p></body></html>";
        assertEquals(page, TextDecoder.decode(page.getBytes(StandardCharsets.UTF_8), null).text());
    }

    @Test
    void declaredCharsetIsUsedWhenTheBytesAreNotUtf8() {
        String greek = "<meta charset=\"iso-8859-7\"><p>Καλημέρα κόσμε</p>";
        assertEquals(greek, TextDecoder.decode(greek.getBytes(Charset.forName("iso-8859-7")), null).text());
    }

    @Test
    void aMetaCharsetAfterALongHeadIsRead() {
        // Polish in windows-1250 reads as other letters in windows-1252, the guess for undeclared Latin text.
        String page = "<html><head><style>" + ".teaser { margin: 0 0 12px; padding: 4px; }\n".repeat(150)
                + "</style><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1250\">"
                + "<title>Nowy most nad rzeką</title></head><body><p>Mieszkańcy czekali na ten most ponad "
                + "dwadzieścia lat, a budowa ruszy już wiosną.</p></body></html>";
        assertEquals(page, TextDecoder.decode(page.getBytes(Charset.forName("windows-1250")), null).text());
    }

    @Test
    void chineseInGbkWithoutDeclaration() {
        String page = "<html><head><title>河边的新图书馆</title></head><body><p>新图书馆今天开放，"
                + "馆内有两万册图书，周末也可以借阅。</p><p>附近的居民说，孩子们终于有了安静读书的地方。</p></body></html>";
        TextDecoder.Decoded d = TextDecoder.decode(page.getBytes(Charset.forName("GBK")), null);
        assertEquals("GB18030", d.charset().name());
        assertEquals(page, d.text());
    }

    @Test
    void big5WithoutDeclarationIsNotReadAsGbk() {
        // GB18030 reads Big5 bytes without an error, as other characters: frequencies tell them apart.
        String page = "<html><head><title>港口新開一條渡輪航線</title></head><body><p>從下個月開始，每天早上七點"
                + "有一班渡輪從北碼頭開往對面的小島，單程大約需要四十分鐘。</p><p>船公司表示，週末會增加兩個班次，"
                + "方便遊客和住在島上的學生來往。</p></body></html>";
        TextDecoder.Decoded d = TextDecoder.decode(page.getBytes(Charset.forName("Big5")), null);
        assertEquals("Big5-HKSCS", d.charset().name());
        assertEquals(page, d.text());
    }

    @Test
    void gbkWithALyingLatinDeclaration() {
        String page = "<html><head><meta charset=\"iso-8859-1\"><title>河边的新图书馆</title></head><body>"
                + "<p>新图书馆今天开放，馆内有两万册图书，周末也可以借阅。</p><p>附近的居民说，孩子们终于有了安静读书的地方。"
                + "</p></body></html>";
        assertEquals(page, TextDecoder.decode(page.getBytes(Charset.forName("GBK")), null).text());
        assertEquals(page, TextDecoder.decode(page.getBytes(Charset.forName("GBK")), "ISO-8859-1").text());
    }

    @Test
    void aGb2312LabelIsReadAsTheGbkItsPagesAreWrittenIn() {
        // 喆, 镕 and 堃 are GBK characters outside GB2312, common in names on pages that say gb2312.
        String page = "<html><head><meta charset=\"gb2312\"><title>社区图书馆</title></head><body>"
                + "<p>新馆长王喆介绍，志愿者朱镕和李堃每周都来帮忙整理图书。</p></body></html>";
        assertEquals(page, TextDecoder.decode(page.getBytes(Charset.forName("GBK")), null).text());
        assertEquals(page, TextDecoder.decode(page.getBytes(Charset.forName("GBK")), "GB2312").text());
    }

    @Test
    void utf8ThatWasEncodedTwiceIsReadAsWritten() {
        String meant = "<p>You’ll want a café nearby — it’s worth it.\u00a0Really.</p>";
        byte[] twice = new String(meant.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(meant, TextDecoder.decode(twice, null).text());
    }

    @Test
    void latinLettersWithoutAControlAreLeftAsTheyAre() {
        // "Ã" and "Â" before a symbol can be meant when nothing on the page was encoded twice.
        String text = "<p>SÃO PAULO: Ã© and Â« stay as written.</p>";
        assertEquals(text, TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8), null).text());
    }

    @Test
    void latinTextInWindows1252() {
        String french = "Le café était fermé à cause de la grève, a déclaré le préfet.";
        assertEquals(french, TextDecoder.decode(french.getBytes(Charset.forName("windows-1252")), null).text());
    }

    @Test
    void utf16WithAndWithoutBom() {
        assertEquals(seed, TextDecoder.decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                seed.getBytes(StandardCharsets.UTF_16LE)), null).text());
        assertEquals(seed, TextDecoder.decode(concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                seed.getBytes(StandardCharsets.UTF_16BE)), null).text());
        String english = "<html><body><p>Plain English page saved as UTF-16.</p></body></html>";
        assertEquals(english, TextDecoder.decode(english.getBytes(StandardCharsets.UTF_16LE), null).text());
        assertEquals(english, TextDecoder.decode(english.getBytes(StandardCharsets.UTF_16BE), null).text());
    }

    @Test
    void controlCharactersAndNoncharactersAreRemoved() {
        String dirty = "a\u0000b\u0001c\td\ne\r\nf\u007Fg\u0085h\uFFFEi\uFFFFj\uD800k";
        assertEquals("abc\td\ne\r\nfghijk", TextDecoder.clean(dirty));
        assertEquals("emoji 😀 kept", TextDecoder.clean("emoji 😀 kept"));
        assertEquals("lone ends", TextDecoder.clean("lone\uDC00 ends\uD83D"));
        assertEquals("plane 1 noncharacter  and -free", TextDecoder.clean(
                "plane 1 noncharacter \uD83F\uDFFE and \uFDD0\uFDEF-free"));
    }

    @Test
    void controlCharactersAndNoncharactersAreRemovedFromUtf8() {
        // Each two, three and four bytes long in UTF-8, with and without a byte order mark.
        String dirty = "a\u0000b\u0001c\td\ne\r\nf\u007Fg\u0085h\uFFFEi\uFFFFj\uFDD0k\uD83F\uDFFEl \u00e9\u062D\uD83D\uDE00";
        byte[] utf8 = dirty.getBytes(StandardCharsets.UTF_8);
        assertEquals("abc\td\ne\r\nfghijkl \u00e9\u062D\uD83D\uDE00", TextDecoder.decode(utf8, null).text());
        assertEquals("abc\td\ne\r\nfghijkl \u00e9\u062D\uD83D\uDE00",
                TextDecoder.decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8), null).text());
    }

    @Test
    void malformedUtf8IsNotReadAsUtf8() {
        byte[][] malformed = {
            {'a', (byte) 0xC3}, // cut short at the end
            {'a', (byte) 0xE2, (byte) 0x80, 'b'}, // cut short inside
            {'a', (byte) 0xC0, (byte) 0xAF, 'b'}, // overlong "/"
            {'a', (byte) 0xE0, (byte) 0x80, (byte) 0xAF, 'b'}, // overlong "/"
            {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'b'}, // a surrogate
            {'a', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80, 'b'}, // past U+10FFFF
            {'a', (byte) 0x80, 'b'}, // a continuation byte alone
        };
        for (byte[] bytes : malformed) {
            assertNotEquals(StandardCharsets.UTF_8, TextDecoder.decode(bytes, null).charset());
            assertNotEquals(StandardCharsets.UTF_8, TextDecoder.decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB,
                    (byte) 0xBF}, bytes), null).charset());
        }
    }

    @Test
    void binaryFilesAreRefused() {
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
        assertThrows(ConvertException.class, () -> TextDecoder.decode(pdf, null));
        byte[] random = new byte[4096];
        new java.util.Random(7).nextBytes(random);
        ConvertException e = assertThrows(ConvertException.class, () -> TextDecoder.decode(random, null));
        assertEquals(ConvertException.Kind.BAD_INPUT, e.kind());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
