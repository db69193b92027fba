package io.convert.spark;

import io.convert.Converter;
import io.convert.Document;
import io.convert.io.TextDecoder;
import io.convert.io.WebArchive;
import io.convert.model.Article;
import io.convert.model.Metadata;
import io.convert.spi.ConvertException;
import io.convert.spi.Input;
import io.convert.spi.Limits;
import io.convert.spi.ReadOptions;
import io.convert.spi.ResourceLoader;
import io.convert.spi.WriteOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * What an executor does with one {@link Unit}: reads it with the library and writes each of its
 * articles to bytes. Every failure becomes a {@link Converted} with its reason, never an exception
 * that would fail the task and so the job.
 */
final class Conversions {
    /** Stack for one conversion: deeply nested pages recurse deeply, as in the command line. */
    private static final long STACK_BYTES = 512L << 20;

    private Conversions() {
    }

    /**
     * One converter per executor JVM, made on first use: its writers load their fonts once and
     * every task of the executor shares them (a converter is thread-safe).
     */
    private static final class Holder {
        static final Converter CONVERTER = Converter.create();
    }

    static Converter converter() {
        return Holder.CONVERTER;
    }

    /**
     * The articles of {@code unit}, converted one at a time as the iterator is walked.
     *
     * @param outputFolder the URI of the local folder the outputs are written into, from which
     *     Markdown links its images as the command line does; null when they go elsewhere
     */
    static Iterator<Converted> convert(Unit unit, JobOptions options, String outputFolder, Map<String, String> hadoop) {
        Converter converter = converter();
        ReadOptions read = ReadOptions.defaults().withExtract(options.extract());
        WriteOptions write = outputFolder == null ? options.writeOptions()
                : options.writeOptions().toBuilder().outputFolder(java.nio.file.Path.of(URI.create(outputFolder))).build();
        if (!unit.archive()) {
            return List.of(guarded(unit.path(), unit.name(), options,
                    () -> convertFile(converter, unit, options, read, write, hadoop))).iterator();
        }
        WebArchive archive;
        try {
            archive = openArchive(converter, unit, read, hadoop);
        } catch (ConvertException e) {
            return List.of(Converted.failed(unit.path(), unit.name(), options.to(), e.getMessage())).iterator();
        } catch (IOException e) {
            return List.of(Converted.failed(unit.path(), unit.name(), options.to(), "cannot read: " + e.getMessage()))
                    .iterator();
        }
        Iterator<WebArchive.Page> pages = archive.pages().iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return pages.hasNext();
            }

            @Override
            public Converted next() {
                WebArchive.Page page = pages.next();
                String name = unit.name() + "/" + page.baseName();
                return guarded(page.uri(), name, options,
                        () -> written(converter, converter.read(archive, page, options.from(), read), name, options, write));
            }
        };
    }

    private static WebArchive openArchive(Converter converter, Unit unit, ReadOptions read, Map<String, String> hadoop)
            throws IOException {
        URI uri = URI.create(unit.path());
        if (isLocal(uri)) return converter.openArchive(java.nio.file.Path.of(uri), read);
        Path path = new Path(uri);
        FileSystem fs = fileSystem(path, hadoop);
        return converter.openArchive(unit.path(), offset -> {
            FSDataInputStream in = fs.open(path);
            in.seek(offset);
            return in;
        }, read);
    }

    /**
     * A local file is read as the command line reads it, images from its folder included; a
     * file on other storage is read whole, and its images only from {@code data:} URIs.
     */
    private static Converted convertFile(Converter converter, Unit unit, JobOptions options, ReadOptions read,
            WriteOptions write, Map<String, String> hadoop) throws IOException {
        URI uri = URI.create(unit.path());
        if (isLocal(uri)) {
            Document document = converter.read(java.nio.file.Path.of(uri), options.from(), read);
            return written(converter, document, unit.name(), options, write);
        }
        Path path = new Path(uri);
        FileSystem fs = fileSystem(path, hadoop);
        long max = Limits.DEFAULT.maxInputBytes();
        if (fs.getFileStatus(path).getLen() > max) throw ConvertException.badInput("larger than the input limit");
        byte[] data;
        try (InputStream in = fs.open(path)) {
            data = in.readAllBytes();
        }
        Input input = new Input(TextDecoder.decode(data, null).text(), unit.path(), path.getName(), null);
        Article article = converter.read(input, options.from(), read);
        return written(converter, new Document(article, unit.path(), unit.name(), null, ResourceLoader.NONE), unit.name(),
                options, write);
    }

    private static Converted written(Converter converter, Document document, String name, JobOptions options,
            WriteOptions write) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        converter.write(document, options.to(), out, write);
        Metadata m = document.article().metadata();
        return new Converted(document.name(), name, options.to(), out.toByteArray(), m.title(), m.language(), null);
    }

    interface Work {
        Converted run() throws Exception;
    }

    /**
     * Runs {@code work} on its own thread with a large stack and under the time limit; whatever
     * goes wrong is the row's error. A timed-out thread is abandoned, as the command line does.
     */
    static Converted guarded(String source, String name, JobOptions options, Work work) {
        AtomicReference<Converted> result = new AtomicReference<>();
        Thread worker = new Thread(null, () -> result.set(attempt(source, name, options, work)), "convert-worker",
                STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        try {
            worker.join(options.timeoutSeconds() * 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (worker.isAlive()) {
            worker.interrupt();
            return Converted.failed(source, name, options.to(), "gave up after " + options.timeoutSeconds() + " s");
        }
        return result.get();
    }

    private static Converted attempt(String source, String name, JobOptions options, Work work) {
        try {
            return work.run();
        } catch (Exception | Error e) {
            return Converted.failed(source, name, options.to(), ConvertException.of(e).getMessage());
        }
    }

    static boolean isLocal(URI uri) {
        return "file".equalsIgnoreCase(uri.getScheme());
    }

    static FileSystem fileSystem(Path path, Map<String, String> hadoop) throws IOException {
        Configuration conf = new Configuration();
        hadoop.forEach(conf::set);
        return path.getFileSystem(conf);
    }
}
