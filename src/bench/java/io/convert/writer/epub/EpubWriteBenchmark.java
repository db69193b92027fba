package io.convert.writer.epub;

import io.convert.fixture.Examples;
import io.convert.fixture.Outputs;
import io.convert.model.Article;
import io.convert.spi.WriteOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/**
 * Warm EPUB writes per second (not a test):
 * {@code src/bench/run.sh io.convert.writer.epub.EpubWriteBenchmark [input [--embed-fonts]]}.
 * Reads the input with the registered reader (default {@code examples/article-ar.txt}).
 */
public final class EpubWriteBenchmark {
    private EpubWriteBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path input = Path.of(args.length > 0 ? args[0] : "examples/article-ar.txt");
        boolean embedFonts = args.length > 1 && args[1].equals("--embed-fonts");
        Article article = Examples.read(input);
        WriteOptions options = WriteOptions.builder().resources(Outputs.resources(input.toAbsolutePath().getParent()))
                .timestamp(Instant.parse("2025-05-18T00:00:00Z")).set(EpubSettings.EMBED_FONTS.name(), String.valueOf(embedFonts)).build();
        EpubWriter writer = new EpubWriter();
        long size = 0;
        for (long end = System.nanoTime() + 3_000_000_000L; System.nanoTime() < end; ) size = write(writer, article, options);
        int count = 0;
        long start = System.nanoTime();
        while (System.nanoTime() - start < 5_000_000_000L) {
            write(writer, article, options);
            count++;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%s%s: %d EPUB writes in %.2f s = %.1f writes/s (%.2f ms each, %d bytes)%n", input,
                embedFonts ? " with embedded fonts" : "", count, seconds, count / seconds, 1000 * seconds / count, size);
    }

    private static long write(EpubWriter writer, Article article, WriteOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(article, out, options);
        return out.size();
    }
}
