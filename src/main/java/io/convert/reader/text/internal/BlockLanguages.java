package io.convert.reader.text.internal;

import io.convert.lang.LanguageDetector;
import io.convert.model.Block;
import io.convert.model.Language;
import io.convert.model.PlainText;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives each top-level block its own language and direction when its text is in another
 * language than the article (a quoted English sentence in an Arabic report), and leaves it
 * inheriting otherwise.
 */
public final class BlockLanguages {
    private BlockLanguages() {
    }

    /** The article's language, judged from the title and all block text. */
    public static Language ofArticle(String title, List<Block> blocks) {
        StringBuilder sample = new StringBuilder(title == null ? "" : title);
        for (Block b : blocks) sample.append('\n').append(PlainText.of(b));
        return LanguageDetector.detect(sample);
    }

    public static List<Block> relativeTo(List<Block> blocks, Language article) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            Language own = LanguageDetector.detect(PlainText.of(b));
            boolean differs = own.direction() != null && own.direction() != article.direction()
                    || own.tag() != null && article.tag() != null && !own.tag().equals(article.tag());
            out.add(differs ? b.withLanguage(own) : b);
        }
        return out;
    }
}
