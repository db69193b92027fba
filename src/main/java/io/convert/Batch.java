package io.convert;

import io.convert.model.Article;
import io.convert.spi.ConvertException;
import io.convert.spi.Diagnostics;
import io.convert.spi.ReadOptions;
import io.convert.spi.WriteOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * Converts many inputs to one format, several at a time, with the same bounds as one: the policy
 * for a run of many inputs, for the command line and a Java caller alike.
 *
 * <ul>
 *   <li>At most {@code jobs} inputs are being converted at any moment, each on its own thread with
 *       a large stack (deeply nested documents cannot overflow it) and under the time limit. The
 *       inputs are taken from an iterator only as a slot frees, so memory is bounded by the number
 *       of jobs, not the number of inputs.</li>
 *   <li>Every output is named when its input is taken, in input order: an output folder mirrors
 *       the folders the inputs were found in, and a name already given in this run gets a suffix
 *       ({@code -2}, {@code -3}, ...). Names and bytes therefore do not depend on the number of
 *       jobs, nor on which conversion finishes first.</li>
 *   <li>A failed input is reported and the others go on; with {@link Builder#failFast} no input
 *       is started after the first failure. An input that runs out of time is reported at once
 *       and its conversion abandoned: it never moves an output into place afterwards.</li>
 *   <li>A {@link Listener} hears when each input starts and finishes, one call at a time, with
 *       the warnings of that input gathered, so a caller can print each input's lines together.</li>
 * </ul>
 *
 * Readers, writers and fonts are shared by the jobs; they are thread-safe (see {@link Converter}).
 */
public final class Batch {
    /**
     * The stack each conversion runs on. Only the pages a conversion touches are committed; the
     * reserve lets a reader recurse through the deepest document the limits allow.
     */
    public static final long STACK_BYTES = 512L << 20;

    private final Converter converter;
    private final String format;
    private final String from;
    private final ReadOptions readOptions;
    private final WriteOptions writeOptions;
    private final UnaryOperator<Article> change;
    private final Path folder;
    private final Path file;
    private final OutputStream stream;
    private final String streamName;
    private final int jobs;
    private final Duration timeout;
    private final boolean failFast;

    private Batch(Builder b) {
        converter = b.converter;
        format = converter.writer(b.format).format();
        from = b.from;
        readOptions = b.readOptions;
        writeOptions = b.writeOptions;
        change = b.change;
        folder = b.folder;
        file = b.file;
        stream = b.stream;
        streamName = b.streamName;
        // One stream takes one output after another, in input order.
        jobs = stream != null ? 1 : b.jobs;
        timeout = b.timeout;
        failFast = b.failFast;
    }

    /** A batch writing {@code format} with {@code converter}; by default into the current folder. */
    public static Builder builder(Converter converter, String format) {
        return new Builder(converter, format);
    }

    /** A note an input's reading or writing left: a warning, or a detail ({@link Diagnostics#debug}). */
    public record Note(boolean warning, String message) {
    }

    /**
     * How one input ended.
     *
     * @param index the input's place in the run, from 0
     * @param name the input in messages
     * @param output the file written (or that would have been), null for a stream
     * @param failure null on success, else the kind of failure (its exit code)
     * @param message null on success, else one line saying what went wrong
     * @param cause the exception behind the failure, if any (for a stack trace on request)
     * @param notes the input's warnings and details, in the order they came
     * @param time how long the input took
     */
    public record Outcome(long index, String name, Path output, ConvertException.Kind failure, String message,
            Throwable cause, List<Note> notes, Duration time) {
        public boolean ok() {
            return failure == null;
        }

        public int exitCode() {
            return failure == null ? 0 : failure.exitCode;
        }
    }

    /**
     * The run as a whole.
     *
     * @param converted inputs written
     * @param failed inputs that failed or ran out of time
     * @param skipped inputs never started, after a failure with fail-fast
     * @param exitCode the worst input's exit code (0 when all were written)
     */
    public record Summary(int converted, int failed, int skipped, Duration time, int exitCode) {
    }

    /** Hears about a run's inputs; called one call at a time, from the batch's threads. */
    public interface Listener {
        /** {@code name} (the input at {@code index}) is being converted now. */
        default void started(long index, String name) {
        }

        void finished(Outcome outcome);
    }

    /**
     * Converts every input {@code inputs} yields and returns when each has finished or been
     * abandoned. Inputs are taken as slots free; after a failure with fail-fast the rest are only
     * counted, as skipped.
     */
    public Summary run(Iterator<? extends BatchInput> inputs, Listener listener) {
        Run run = new Run(Objects.requireNonNull(listener, "listener"));
        try {
            long index = 0;
            while (inputs.hasNext()) {
                BatchInput input = inputs.next();
                run.slots.acquireUninterruptibly();
                if (run.stopped.get()) {
                    run.slots.release();
                    run.skipped.incrementAndGet();
                    break;
                }
                run.start(new Task(run, index++, input, outputFor(run, input)));
            }
            while (inputs.hasNext()) {
                inputs.next();
                run.skipped.incrementAndGet();
            }
            run.slots.acquireUninterruptibly(jobs);
        } finally {
            run.watchdog.shutdownNow();
        }
        return new Summary(run.converted.get(), run.failed.get(), run.skipped.get(),
                Duration.ofNanos(System.nanoTime() - run.startNanos), run.worst.get());
    }

    /** The output of {@code input}: decided here, in input order, so that it never depends on timing. */
    private Path outputFor(Run run, BatchInput input) {
        if (stream != null) return null;
        if (file != null) return file;
        String extension = converter.writer(format).extension();
        Path dir = folder.resolve(input.folder());
        for (int n = 1; ; n++) {
            Path candidate = dir.resolve(input.baseName() + (n == 1 ? "" : "-" + n) + "." + extension);
            // Case folded: on a case-insensitive file system "A.pdf" and "a.pdf" are one file.
            String key = candidate.toAbsolutePath().normalize().toString().toLowerCase(Locale.ROOT);
            if (run.claimed.add(key)) return candidate;
        }
    }

    /** The state of one call to {@link #run}. */
    private final class Run {
        final Listener listener;
        final Semaphore slots = new Semaphore(jobs);
        final AtomicBoolean stopped = new AtomicBoolean();
        final AtomicInteger converted = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final AtomicInteger skipped = new AtomicInteger();
        final AtomicInteger worst = new AtomicInteger();
        final Set<String> claimed = new HashSet<>();
        final long startNanos = System.nanoTime();
        final ScheduledExecutorService watchdog;

        Run(Listener listener) {
            this.listener = listener;
            ScheduledThreadPoolExecutor w = new ScheduledThreadPoolExecutor(1, r -> {
                Thread t = new Thread(r, "convert-watchdog");
                t.setDaemon(true);
                return t;
            });
            w.setRemoveOnCancelPolicy(true);
            watchdog = w;
        }

        void start(Task task) {
            Thread worker = new Thread(null, task, "convert-worker-" + task.index, STACK_BYTES);
            // A conversion abandoned on time-out must not keep the process alive.
            worker.setDaemon(true);
            task.thread = worker;
            worker.start();
            task.deadline = watchdog.schedule(task::abandon, timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        void report(Outcome outcome) {
            if (outcome.ok()) {
                converted.incrementAndGet();
            } else {
                failed.incrementAndGet();
                worst.accumulateAndGet(outcome.exitCode(), Math::max);
                if (failFast) stopped.set(true);
            }
            synchronized (listener) {
                listener.finished(outcome);
            }
        }
    }

    /** One input's conversion; it ends exactly once, by finishing or by being abandoned. */
    private final class Task implements Runnable {
        private static final int RUNNING = 0;
        private static final int ENDED = 1;
        private static final int ABANDONED = 2;

        final Run run;
        final long index;
        final BatchInput input;
        final Path output;
        final AtomicInteger state = new AtomicInteger(RUNNING);
        final Notes notes = new Notes();
        final long startNanos = System.nanoTime();
        volatile Thread thread;
        volatile ScheduledFuture<?> deadline;

        Task(Run run, long index, BatchInput input, Path output) {
            this.run = run;
            this.index = index;
            this.input = input;
            this.output = output;
        }

        @Override
        public void run() {
            synchronized (run.listener) {
                run.listener.started(index, input.name());
            }
            Outcome outcome;
            try {
                convert();
                outcome = outcome(null, null, null);
            } catch (RuntimeException | Error e) {
                ConvertException failure = ConvertException.of(e);
                outcome = outcome(failure.kind(), failure.getMessage(), e);
            }
            if (!state.compareAndSet(RUNNING, ENDED)) return;
            ScheduledFuture<?> d = deadline;
            if (d != null) d.cancel(false);
            try {
                run.report(outcome);
            } finally {
                run.slots.release();
            }
        }

        private void convert() {
            Document document = input.read(converter, from, readOptions.withDiagnostics(notes)).withArticle(change);
            WriteOptions options = writeOptions.toBuilder().diagnostics(notes).build();
            if (output == null) {
                writeToStream(document, options);
                return;
            }
            converter.write(document, format, output, options, this::abandoned);
            notes.debug("wrote " + output);
        }

        /** Written whole before any of it reaches the stream, so a failure leaves none of it there. */
        private void writeToStream(Document document, WriteOptions options) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            converter.write(document, format, buffer, options);
            if (abandoned()) throw new ConvertException(ConvertException.Kind.BAD_INPUT, "abandoned");
            try {
                synchronized (stream) {
                    buffer.writeTo(stream);
                    stream.flush();
                }
            } catch (IOException | UncheckedIOException e) {
                throw new ConvertException(ConvertException.Kind.OUTPUT, "cannot write to " + streamName + ": "
                        + ConvertException.oneLine(e), e);
            }
        }

        boolean abandoned() {
            return state.get() == ABANDONED;
        }

        /** Called by the watchdog when the time is up: the input fails now, whatever its thread does later. */
        void abandon() {
            if (!state.compareAndSet(RUNNING, ABANDONED)) return;
            Thread t = thread;
            if (t != null) t.interrupt();
            try {
                run.report(outcome(ConvertException.Kind.BAD_INPUT, "gave up after " + timeout.toSeconds()
                        + " s (see --timeout)", null));
            } finally {
                run.slots.release();
            }
        }

        private Outcome outcome(ConvertException.Kind failure, String message, Throwable cause) {
            return new Outcome(index, input.name(), output, failure, message, cause, notes.taken(),
                    Duration.ofNanos(System.nanoTime() - startNanos));
        }
    }

    /**
     * Gathers an input's warnings (each distinct one once) and details, to be reported together:
     * what a batch gives each input, and what a caller reading inputs outside one can use.
     */
    public static final class Notes implements Diagnostics {
        private final List<Note> notes = new ArrayList<>();
        private final Set<String> warned = new HashSet<>();

        @Override
        public synchronized void warn(String message) {
            if (warned.add(message)) notes.add(new Note(true, message));
        }

        @Override
        public synchronized void debug(String message) {
            notes.add(new Note(false, message));
        }

        /** The notes gathered so far, in the order they came. */
        public synchronized List<Note> taken() {
            return List.copyOf(notes);
        }
    }


    /** What a batch converts to, where its outputs go, and how many at a time. */
    public static final class Builder {
        private final Converter converter;
        private final String format;
        private String from = "auto";
        private ReadOptions readOptions = ReadOptions.defaults();
        private WriteOptions writeOptions = WriteOptions.defaults();
        private UnaryOperator<Article> change = UnaryOperator.identity();
        private Path folder = Path.of("");
        private Path file;
        private OutputStream stream;
        private String streamName;
        private int jobs = Runtime.getRuntime().availableProcessors();
        private Duration timeout = Duration.ofSeconds(120);
        private boolean failFast;

        private Builder(Converter converter, String format) {
            this.converter = Objects.requireNonNull(converter, "converter");
            this.format = Objects.requireNonNull(format, "format");
        }

        /** The reader to use ({@code auto}, the default: by extension, then content). */
        public Builder from(String v) {
            from = v == null ? "auto" : v;
            return this;
        }

        /** How inputs are read; their diagnostics are replaced by the batch's, per input. */
        public Builder readOptions(ReadOptions v) {
            readOptions = Objects.requireNonNull(v);
            return this;
        }

        /** How outputs are written; their diagnostics are replaced by the batch's, per input. */
        public Builder writeOptions(WriteOptions v) {
            writeOptions = Objects.requireNonNull(v);
            return this;
        }

        /** A change made to every article after it is read (metadata overrides, say). */
        public Builder change(UnaryOperator<Article> v) {
            change = Objects.requireNonNull(v);
            return this;
        }

        /** One output per input in {@code dir} (created as needed), mirroring the inputs' folders. */
        public Builder toFolder(Path dir) {
            folder = Objects.requireNonNull(dir);
            file = null;
            stream = null;
            return this;
        }

        /** The output of the one input to the file {@code target}. */
        public Builder toFile(Path target) {
            file = Objects.requireNonNull(target);
            stream = null;
            return this;
        }

        /** Every output, whole, one after another in input order, to {@code out} (named {@code name} in messages). */
        public Builder toStream(OutputStream out, String name) {
            stream = Objects.requireNonNull(out);
            streamName = name;
            file = null;
            return this;
        }

        /** How many inputs are converted at once (default: the number of processors). */
        public Builder jobs(int v) {
            if (v < 1) throw new IllegalArgumentException("jobs must be at least 1, not " + v);
            jobs = v;
            return this;
        }

        /** How long one input may take before it is given up (default 120 s). */
        public Builder timeout(Duration v) {
            if (v.isNegative() || v.isZero()) throw new IllegalArgumentException("the time-out must be positive");
            timeout = v;
            return this;
        }

        /** Whether to start no input after the first failure. */
        public Builder failFast(boolean v) {
            failFast = v;
            return this;
        }

        /**
         * @throws IllegalArgumentException when the format names no writer
         */
        public Batch build() {
            return new Batch(this);
        }
    }
}
