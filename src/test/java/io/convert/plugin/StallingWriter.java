package io.convert.plugin;

import io.convert.model.Article;
import io.convert.spi.ArticleWriter;
import io.convert.spi.WriteOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * A writer that stalls on an article whose title says "stall", and ignores being interrupted
 * while it does, as a writer deep in a library call would: a time-out must give up on it, and
 * its output must never appear once it has been given up.
 */
public final class StallingWriter implements ArticleWriter {
    public static final long STALL_MILLIS = 2500;

    @Override
    public String format() {
        return "stall";
    }

    @Override
    public String extension() {
        return "stall.txt";
    }

    @Override
    public String description() {
        return "test plug-in: the title, after a long pause for a title with \"stall\" in it";
    }

    @Override
    public void write(Article article, OutputStream out, WriteOptions options) throws IOException {
        String title = String.valueOf(article.metadata().title());
        if (title.contains("stall")) {
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STALL_MILLIS);
            while (System.nanoTime() < end) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    // ignored on purpose: the batch must not rely on a writer giving up when told to
                }
            }
        }
        out.write((title + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
