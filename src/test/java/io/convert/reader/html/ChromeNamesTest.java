package io.convert.reader.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.convert.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Class names that usually mean page chrome, on wrappers that hold the article. */
class ChromeNamesTest {
    @Test
    void articleInsideWrappersNamedForLayoutIsKeptAndTheRealSidebarIsNot() {
        Article a = HtmlFixtures.resource("layout-named-wrapper.html");
        List<String> texts = HtmlFixtures.texts(a);
        String all = String.join("\n", texts);
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("The public library on Mill Street")), all);
        assertTrue(all.contains("left with a book as well as a drill."), all);
        assertEquals(5, texts.stream().filter(t -> t.length() > 100).count(), all);
        assertFalse(all.contains("Farmers' market"), all);
    }
}
