package io.convert.bench;

import io.convert.Converter;
import io.convert.io.TextDecoder;
import io.convert.model.Article;
import io.convert.spi.Input;
import io.convert.spi.ReadOptions;
import io.convert.spi.WriteOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Benchmark, not a test: warm in-process conversions per second (read + write) of each example
 * into each format, through the library API the CLI uses. Run {@code src/bench/convert-bench.sh [seconds-per-case]}.
 */
public final class ConvertBench {
    private static final List<String> EXAMPLES = List.of("article-ar.txt", "article-ar.html", "article-en.html");
    private static final List<String> FORMATS = List.of("md", "json", "txt", "html", "epub", "pdf");

    private ConvertBench() {
    }

    public static void main(String[] args) throws IOException {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3;
        Converter converter = Converter.create();
        System.out.printf("%-18s %-5s %10s %12s%n", "example", "to", "median ms", "per second");
        for (String example : EXAMPLES) {
            Path path = Path.of("examples", example);
            String text = TextDecoder.decode(Files.readAllBytes(path), null).text();
            Input input = new Input(text, example, example, null);
            for (String format : FORMATS) {
                double[] ms = run(converter, input, format, seconds);
                double median = ms[ms.length / 2];
                System.out.printf("%-18s %-5s %10.2f %12.1f%n", example, format, median, 1000 / median);
            }
        }
    }

    private static double[] run(Converter converter, Input input, String format, double seconds) throws IOException {
        WriteOptions options = WriteOptions.defaults();
        for (int i = 0; i < 5; i++) once(converter, input, format, options);
        double[] samples = new double[10_000];
        int n = 0;
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < end && n < samples.length) {
            long t0 = System.nanoTime();
            once(converter, input, format, options);
            samples[n++] = (System.nanoTime() - t0) / 1e6;
        }
        double[] taken = Arrays.copyOf(samples, n);
        Arrays.sort(taken);
        return taken;
    }

    private static void once(Converter converter, Input input, String format, WriteOptions options)
            throws IOException {
        Article article = converter.read(input, "auto", ReadOptions.defaults());
        converter.write(article, format, OutputStream.nullOutputStream(), options);
    }
}
