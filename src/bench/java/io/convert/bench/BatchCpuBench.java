package io.convert.bench;

import io.convert.Batch;
import io.convert.BatchInput;
import io.convert.Converter;
import io.convert.Document;
import io.convert.spi.ReadOptions;
import io.convert.spi.WriteOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Benchmark, not a test (issue 16): the CPU a run of many inputs spends. Other programs on the
 * machine blur it less than pages per second, though not wholly (on the 2-core machine at a load
 * of 8-13 the same pass took from 31 to 48 ms a page): compare interleaved runs. Converts every
 * {@code *\/source.html} under a corpus folder (Mozilla's Readability test pages) several times in
 * one JVM and prints, per pass, the process CPU per page, the parts of it spent collecting
 * garbage and compiling, and the CPU of each kind of thread; the first pass is the cold one a
 * single run of the command line pays.
 *
 * <pre>
 *   src/bench/run.sh io.convert.bench.BatchCpuBench CORPUS FORMAT PASSES JOBS
 * </pre>
 *
 * JOBS 1 or more runs {@link Batch} as the command line does, into a temporary folder; JOBS 0
 * converts one page after another on this thread and splits its CPU into reading (loading,
 * decoding, the reader), writing the output in memory, and putting it in a file, and counts the
 * bytes allocated per page, which do not depend on the machine's load. Run it with the
 * launcher's flags (-XX:+UseSerialGC -XX:TieredStopAtLevel=1 ...) to measure what users get.
 */
public final class BatchCpuBench {
    private BatchCpuBench() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        String format = args.length > 1 ? args[1] : "pdf";
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int jobs = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        List<Path> pages;
        try (Stream<Path> s = Files.walk(corpus, 2)) {
            pages = s.filter(p -> p.getFileName().toString().equals("source.html")).sorted(Comparator.naturalOrder())
                    .toList();
        }
        Converter converter = Converter.create();
        converter.writer(format).prepare();
        WriteOptions writeOptions = WriteOptions.builder().timestamp(Instant.ofEpochSecond(1_700_000_000L)).build();
        Path out = Files.createTempDirectory("batch-cpu");
        System.out.printf("%d pages -> %s, %s%n", pages.size(), format, jobs == 0 ? "phases on one thread" : jobs + " jobs");
        for (int pass = 1; pass <= passes; pass++) {
            Map<String, Long> threads0 = threadTicks();
            long cpu0 = processCpu(), gc0 = gcMillis(), jit0 = jitMillis(), wall0 = System.nanoTime();
            String phases = jobs == 0 ? phases(converter, pages, format, writeOptions, out) : "";
            if (jobs > 0) {
                Batch.builder(converter, format).jobs(jobs).writeOptions(writeOptions).toFolder(out).build()
                        .run(pages.stream().map(p -> BatchInput.file(p, corpus.relativize(p.getParent()))).iterator(),
                                outcome -> {
                                    if (!outcome.ok()) System.err.println(outcome.name() + ": " + outcome.message());
                                });
            }
            double n = pages.size();
            System.out.printf("pass %d: CPU %6.2f ms/page (GC %5.2f, compiling %5.2f), wall %6.2f ms/page%s%n", pass,
                    (processCpu() - cpu0) / 1e6 / n, (gcMillis() - gc0) / n, (jitMillis() - jit0) / n,
                    (System.nanoTime() - wall0) / 1e6 / n, phases);
            long cpu = processCpu() - cpu0;
            Map<String, Long> threads1 = threadTicks();
            StringBuilder split = new StringBuilder("        CPU by thread (ms/page):");
            long live = 0;
            for (Map.Entry<String, Long> e : threads1.entrySet()) {
                long t = e.getValue() - threads0.getOrDefault(e.getKey(), 0L);
                live += t;
                if (t > 0) split.append(String.format(" %s %.2f", e.getKey(), t * 10 / n));
            }
            // A batch's workers are threads of their own, gone by now: theirs is the rest.
            split.append(String.format(", ended threads %.2f", (cpu / 1e6 - live * 10) / n));
            System.out.println(split);
        }
    }

    /**
     * User and system CPU of this process's threads, in clock ticks (1/100 s), by the kind of
     * thread: what the JVM's own threads (the compiler, the VM thread that runs the serial
     * collector) take is not visible through ThreadMXBean. Linux only; empty elsewhere.
     */
    private static Map<String, Long> threadTicks() {
        Map<String, Long> ticks = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    // fields 14 and 15 of stat (utime, stime), counted from the state field (3)
                    long t = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    ticks.merge(name.replaceAll("[-#]?\\d+$", "").strip(), t, Long::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException e) {
            return ticks;
        }
        return ticks;
    }

    /** One page after another on this thread; the thread's CPU per page in each phase. */
    private static String phases(Converter converter, List<Path> pages, String format, WriteOptions options, Path out) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long read = 0, write = 0, file = 0;
        long allocated0 = allocated();
        for (Path page : pages) {
            long t0 = threads.getCurrentThreadCpuTime();
            Document document = converter.read(page, "auto", ReadOptions.defaults());
            long t1 = threads.getCurrentThreadCpuTime();
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            converter.write(document, format, buffer, options);
            long t2 = threads.getCurrentThreadCpuTime();
            try {
                Files.write(out.resolve("out." + format), buffer.toByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            long t3 = threads.getCurrentThreadCpuTime();
            read += t1 - t0;
            write += t2 - t1;
            file += t3 - t2;
        }
        double n = pages.size() * 1e6;
        return String.format("; this thread: read %.2f, write %.2f, file %.2f ms/page, allocated %.2f MB/page",
                read / n, write / n, file / n, (allocated() - allocated0) / n);
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long gcMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) sum += gc.getCollectionTime();
        return sum;
    }

    private static long jitMillis() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }
}
