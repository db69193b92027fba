package io.convert.typeset;

import io.convert.spi.Diagnostics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Benchmark (not a test): warm, in-process time to typeset the seed article and a long Arabic
 * article (the seed's paragraphs repeated to about 30 pages) into a finished PDF in memory:
 * layout, drawing, font subsetting and saving. Wall and thread CPU time are both reported, as
 * the machine may be shared.
 * {@code java -cp ... io.convert.typeset.TypesettingBenchmark [examples/article-ar.txt]}
 */
public final class TypesettingBenchmark {
    private TypesettingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String seed = Files.readString(Path.of(args.length > 0 ? args[0] : "examples/article-ar.txt"), StandardCharsets.UTF_8);
        List<PageSetter.Para> short_ = PageSetter.seedParagraphs(seed);
        List<PageSetter.Para> long_ = new ArrayList<>();
        for (int i = 0; i < 34; i++) long_.addAll(short_);
        run("seed", short_, 40);
        run("long", long_, 8);
    }

    private static void run(String name, List<PageSetter.Para> paras, int rounds) throws Exception {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] ms = new long[rounds];
        long[] cpu = new long[rounds];
        int pages = 0, bytes = 0;
        for (int warm = 0; warm < rounds; warm++) {
            PageSetter setter = new PageSetter(PageSetter.BUNDLED, Justification.INTER_WORD, 1.6f);
            long t0 = System.nanoTime(), c0 = threads.getCurrentThreadCpuTime();
            byte[] pdf = setter.set(paras, Diagnostics.IGNORE);
            ms[warm] = (System.nanoTime() - t0) / 1_000_000;
            cpu[warm] = (threads.getCurrentThreadCpuTime() - c0) / 1_000_000;
            bytes = pdf.length;
            pages = setter.pages;
        }
        long[] warm = Arrays.copyOfRange(ms, rounds / 2, rounds);
        long[] warmCpu = Arrays.copyOfRange(cpu, rounds / 2, rounds);
        Arrays.sort(warm);
        Arrays.sort(warmCpu);
        System.out.printf("%s: %d pages, %d KB, first run %d ms; warm wall median %d ms (min %d), warm CPU median %d ms (min %d)%n",
                name, pages, bytes / 1024, ms[0], warm[warm.length / 2], warm[0], warmCpu[warmCpu.length / 2], warmCpu[0]);
    }
}
