package io.convert.plugin;

import io.convert.model.Article;
import io.convert.model.Block;
import io.convert.model.PlainText;
import io.convert.spi.ArticleWriter;
import io.convert.spi.WriteOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A third-party writer as a plug-in jar would ship it: registered only in the test class path's
 * META-INF/services, it must become {@code --to shout} without any change to the core.
 */
public final class ShoutWriter implements ArticleWriter {
    @Override
    public String format() {
        return "shout";
    }

    @Override
    public List<String> aliases() {
        return List.of("loud");
    }

    @Override
    public String extension() {
        return "shout.txt";
    }

    @Override
    public String description() {
        return "test plug-in: the article's headings in capitals";
    }

    @Override
    public void write(Article article, OutputStream out, WriteOptions options) throws IOException {
        StringBuilder text = new StringBuilder();
        text.append(String.valueOf(article.metadata().title()).toUpperCase(Locale.ROOT)).append('\n');
        for (Block block : article.blocks()) {
            if (block instanceof Block.Heading h) text.append(PlainText.of(h.content()).toUpperCase(Locale.ROOT)).append('\n');
        }
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
