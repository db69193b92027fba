package io.convert.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Output names made from the addresses of pages given on the command line. */
class OutputNamesTest {

    @Test
    void aPageIsNamedAfterItsLastSegmentAndASiteAfterItsWholeHost() {
        assertEquals("ferry-strike", InputLoader.baseName(URI.create("https://news.example/2024/05/ferry-strike.html")));
        assertEquals("12345", InputLoader.baseName(URI.create("https://news.example/world/12345/")));
        assertEquals("news.example", InputLoader.baseName(URI.create("https://news.example/")));
        assertEquals("127.0.0.1", InputLoader.baseName(URI.create("http://127.0.0.1:8080")));
    }

    @Test
    void aLongArabicOrChineseSlugStillFitsAFileName() {
        String arabic = "محادثات-السلام-في-المدينة-تتواصل-لليوم-الثالث-".repeat(8);
        String chinese = "城市图书馆向公众开放一个世纪的地方报纸".repeat(8);
        for (String slug : new String[] {arabic, chinese}) {
            String stem = InputLoader.baseName(URI.create("https://news.example/story/"
                    + java.net.URLEncoder.encode(slug, StandardCharsets.UTF_8)));
            int bytes = stem.getBytes(StandardCharsets.UTF_8).length;
            assertTrue(bytes <= OutputNames.MAX_STEM_BYTES && bytes > OutputNames.MAX_STEM_BYTES - 4, bytes + ": " + stem);
            assertTrue(slug.startsWith(stem), "cut whole letters from the start: " + stem);
            assertTrue((stem + "-999.markdown").getBytes(StandardCharsets.UTF_8).length <= 255);
        }
    }

    @Test
    void nothingUnsafeOrReservedIsLeft() {
        assertEquals("a-b-c.d", OutputNames.safe("a/b\\c..d", "x"));
        assertEquals("x", OutputNames.safe("../..", "x"));
        assertEquals("nul_", OutputNames.safe("nul", "x"));
    }
}
