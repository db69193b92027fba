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
            out.add(differs ? with(b, own) : b);
        }
        return out;
    }

    private static Block with(Block b, Language l) {
        if (b instanceof Block.Heading h) return new Block.Heading(h.level(), h.content(), l);
        if (b instanceof Block.Paragraph p) return new Block.Paragraph(p.content(), l);
        if (b instanceof Block.Quote q) return new Block.Quote(q.content(), q.attribution(), l);
        if (b instanceof Block.ListBlock li) return new Block.ListBlock(li.ordered(), li.start(), li.items(), l);
        if (b instanceof Block.Figure f) return new Block.Figure(f.image(), f.caption(), f.credit(), l);
        if (b instanceof Block.Table t) return new Block.Table(t.header(), t.body(), t.caption(), l);
        if (b instanceof Block.CodeBlock c) return new Block.CodeBlock(c.text(), c.syntax(), l);
        return b;
    }
}
