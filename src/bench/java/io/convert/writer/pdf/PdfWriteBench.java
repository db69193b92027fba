package io.convert.writer.pdf;

import io.convert.Converter;
import io.convert.Document;
import io.convert.spi.ReadOptions;
import io.convert.spi.WriteOptions;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Benchmark, not a test: the PDF writer alone, warm. Reads the inputs listed in a file once, then
 * writes them all to PDF in memory, round after round on one thread, and prints each round's CPU
 * time (ThreadMXBean) and wall time, and the median per input.
 * {@code PdfWriteBench LIST [ROUNDS]}.
 */
public final class PdfWriteBench {
    private PdfWriteBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Converter converter = Converter.create();
        List<Document> documents = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (!line.isBlank()) documents.add(converter.read(Path.of(line), "auto", ReadOptions.defaults()));
        }
        WriteOptions options = WriteOptions.builder().timestamp(Instant.ofEpochSecond(1_700_000_000)).build();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] cpu = new double[rounds];
        long bytes = 0;
        for (int r = 0; r < rounds; r++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            bytes = 0;
            for (Document d : documents) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                converter.write(d, "pdf", out, options);
                bytes += out.size();
            }
            cpu[r] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            System.out.printf("round %d: cpu %.0f ms, wall %.0f ms, %d bytes%n", r, cpu[r],
                    (System.nanoTime() - t0) / 1e6, bytes);
        }
        double[] warm = Arrays.copyOfRange(cpu, Math.min(1, rounds - 1), rounds);
        Arrays.sort(warm);
        System.out.printf("median warm round cpu %.0f ms = %.2f ms per input (%d inputs)%n", warm[warm.length / 2],
                warm[warm.length / 2] / documents.size(), documents.size());
    }
}
