package io.convert.plugin;

import io.convert.model.Article;
import io.convert.spi.ArticleWriter;
import io.convert.spi.Setting;
import io.convert.spi.WriteOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A writer that dies half-way through, after writing part of its output: the CLI must leave
 * no file behind and must not touch an existing one. Its setting chooses how it dies: with a
 * runtime exception (a bug) or with an I/O exception of its own, which is still the writer's
 * failure and not output that could not be written.
 */
public final class FailingWriter implements ArticleWriter {
    static final Setting<Boolean> IO = Setting.flag("fail-with-io", "Fail with an I/O exception of its own.");

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
    public List<Setting<?>> settings() {
        return List.of(IO);
    }

    @Override
    public void write(Article article, OutputStream out, WriteOptions options) throws IOException {
        out.write("partial output".getBytes(StandardCharsets.UTF_8));
        out.flush();
        if (options.get(IO)) throw new IOException("simulated failure inside the writer");
        throw new IllegalStateException("simulated writer failure");
    }
}
