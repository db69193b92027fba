package io.convert.bench;

import io.convert.reader.html.ReadabilityCorpus;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

/**
 * Benchmark, not a test: milliseconds per page for the HTML reader over the 130-page corpus in
 * a warm JVM (warm-up rounds first), reporting the median and 95th percentile. Run
 * {@code src/bench/run.sh io.convert.bench.HtmlReaderBench [rounds]}.
 */
public final class HtmlReaderBench {
    private static final int WARMUP_ROUNDS = 5;

    private HtmlReaderBench() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<ReadabilityCorpus.Page> pages = ReadabilityCorpus.pages();
        for (int i = 0; i < WARMUP_ROUNDS; i++) for (ReadabilityCorpus.Page p : pages) ReadabilityCorpus.read(p);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] wall = new double[pages.size()], cpu = new double[pages.size()];
        for (int i = 0; i < pages.size(); i++) {
            long bestWall = Long.MAX_VALUE, bestCpu = Long.MAX_VALUE;
            for (int r = 0; r < rounds; r++) {
                long c0 = threads.getCurrentThreadCpuTime(), t0 = System.nanoTime();
                ReadabilityCorpus.read(pages.get(i));
                bestWall = Math.min(bestWall, System.nanoTime() - t0);
                bestCpu = Math.min(bestCpu, threads.getCurrentThreadCpuTime() - c0);
            }
            wall[i] = bestWall / 1e6;
            cpu[i] = bestCpu / 1e6;
        }
        System.out.printf("html reader over %d pages (best of %d runs each, after %d warm-up rounds)%n", pages.size(),
                rounds, WARMUP_ROUNDS);
        report("wall time", wall, pages);
        // On a shared machine wall time includes waiting for a core; CPU time does not.
        report("CPU time ", cpu, pages);
    }

    private static void report(String what, double[] perPage, List<ReadabilityCorpus.Page> pages) {
        double[] sorted = perPage.clone();
        Arrays.sort(sorted);
        int slowest = 0;
        for (int i = 1; i < perPage.length; i++) if (perPage[i] > perPage[slowest]) slowest = i;
        // The total is what a batch pays: a few long pages weigh more in it than in the median.
        System.out.printf("  %s: median %.2f ms, p95 %.2f ms, max %.2f ms (%s), all pages %.0f ms%n", what,
                percentile(sorted, 50), percentile(sorted, 95), sorted[sorted.length - 1], pages.get(slowest).name(),
                Arrays.stream(perPage).sum());
    }

    private static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
