package io.convert.reader.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jsoup.internal.StringUtil;
import org.junit.jupiter.api.Test;

class UrlsTest {

    @Test
    void linksResolveAgainstThePagesBaseAsJsoupResolvesThem() {
        Urls urls = new Urls("https://news.example/world/2025/ferry.html");
        for (String link : new String[] {"../img/a.jpg", "/about", "b.html?x=1#top", "//cdn.example/c.png",
            "https://other.example/d", "e\tf.html", "\n/g.html", "mailto:desk@news.example", "h i.html"}) {
            assertEquals(StringUtil.resolve("https://news.example/world/2025/ferry.html", link.strip()), urls.resolve(link), link);
        }
    }

    @Test
    void withoutAUsableBaseAnAbsoluteLinkStaysAndScriptsAreRefused() {
        assertEquals("https://other.example/d", new Urls("not a url").resolve("https://other.example/d"));
        assertEquals("/about", new Urls("").resolve("/about"));
        assertNull(new Urls("https://news.example/").resolve(" javascript:alert(1)"));
        assertNull(new Urls("https://news.example/").resolve("  "));
    }
}
