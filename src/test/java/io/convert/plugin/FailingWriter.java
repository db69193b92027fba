package io.convert.plugin;

import io.convert.model.Article;
import io.convert.spi.ArticleWriter;
import io.convert.spi.WriteOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A writer that dies half-way through, after writing part of its output: the CLI must leave
 * no file behind and must not touch an existing one.
 */
public final class FailingWriter implements ArticleWriter {
    @Override
    public String format() {
        return "half";
    }

    @Override
    public String extension() {
        return "half";
    }

    @Override
    public String description() {
        return "test plug-in: fails after writing part of its output";
    }

    @Override
    public void write(Article article, OutputStream out, WriteOptions options) throws IOException {
        out.write("partial output".getBytes(StandardCharsets.UTF_8));
        out.flush();
        throw new IllegalStateException("simulated writer failure");
    }
}
