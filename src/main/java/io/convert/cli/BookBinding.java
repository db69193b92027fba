package io.convert.cli;

import io.convert.BatchInput;
import io.convert.Converter;
import io.convert.Document;
import io.convert.Overrides;
import io.convert.spi.ArticleWriter;
import io.convert.spi.ConvertException;
import io.convert.spi.Diagnostics;
import io.convert.spi.ReadOptions;
import io.convert.spi.WriteOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * Several inputs bound into one book ({@code --book}, or several inputs with {@code -o FILE}):
 * every input is read, one after another, and the articles read are written as one document
 * through {@link Converter#writeBook}. An input that fails is reported with one line and left
 * out; the book is still written from the others (exit 1), unless none is left (exit 1, no
 * output). {@code --title} titles the book; the other overrides apply to each article.
 */
final class BookBinding {
    /** The output when neither -o nor standard output is asked for: {@code book.<ext>} here. */
    static final String DEFAULT_NAME = "book";

    private final Converter converter;
    private final String from;
    private final PrintWriter err;
    private final PrintStream stdout;
    private final boolean quiet;
    private final boolean verbose;

    BookBinding(Converter converter, String from, PrintWriter err, PrintStream stdout, boolean quiet,
            boolean verbose) {
        this.converter = converter;
        this.from = from;
        this.err = err;
        this.stdout = stdout;
        this.quiet = quiet;
        this.verbose = verbose;
    }

    /**
     * Reads {@code inputs} and writes the book to {@code output} (a file, {@code -} for standard
     * output, or null for {@code book.<ext>}); returns the exit code, the worst of all inputs'.
     */
    int bind(Iterator<? extends BatchInput> inputs, ArticleWriter writer, String title, Overrides perArticle,
            Function<Diagnostics, ReadOptions> readOptions, Function<Diagnostics, WriteOptions> writeOptions,
            String output) {
        int exit = 0;
        List<Document> documents = new ArrayList<>();
        while (inputs.hasNext()) {
            BatchInput input = inputs.next();
            CliDiagnostics diagnostics = diagnostics(input.name());
            try {
                documents.add(input.read(converter, from, readOptions.apply(diagnostics))
                        .withArticle(perArticle::apply));
                diagnostics.print();
            } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
                ConvertException failure = ConvertException.of(e);
                exit = Math.max(exit, fail(diagnostics, failure.getMessage(), e, failure.kind().exitCode));
            }
        }
        if (documents.isEmpty()) {
            err.println("convert: no article left to bind into a book; nothing written");
            err.flush();
            return Math.max(exit, 1);
        }
        String target = output == null ? DEFAULT_NAME + "." + writer.extension() : output;
        String targetName = target.equals("-") ? "<stdout>" : target;
        CliDiagnostics diagnostics = diagnostics(targetName);
        WriteOptions options = writeOptions.apply(diagnostics);
        try {
            if (target.equals("-")) {
                // Written whole before anything reaches standard output, so a failure leaves none of it.
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                converter.writeBook(documents, title, writer.format(), buffer, options);
                buffer.writeTo(stdout);
                stdout.flush();
            } else {
                converter.writeBook(documents, title, writer.format(), Path.of(target), options);
            }
            diagnostics.debug("bound " + documents.size() + " articles into " + targetName);
            diagnostics.print();
            return exit;
        } catch (IllegalArgumentException e) {
            return Math.max(exit, fail(diagnostics, e.getMessage(), e, 2));
        } catch (ConvertException e) {
            return Math.max(exit, fail(diagnostics, e.getMessage(), e, e.kind().exitCode));
        } catch (IOException | UncheckedIOException e) {
            return Math.max(exit, fail(diagnostics, "cannot write to standard output: " + ConvertException.oneLine(e), e, 3));
        } catch (OutOfMemoryError | StackOverflowError e) {
            return Math.max(exit, fail(diagnostics, "the book is too large to write", e, 1));
        } catch (RuntimeException e) {
            return Math.max(exit, fail(diagnostics, "internal error: " + ConvertException.oneLine(e), e, 4));
        }
    }

    private CliDiagnostics diagnostics(String name) {
        return new CliDiagnostics(name, err, quiet, verbose);
    }

    /** Prints what {@code diagnostics} gathered, then the failure of what it is about; returns {@code code}. */
    private int fail(CliDiagnostics diagnostics, String message, Throwable e, int code) {
        diagnostics.print();
        err.println("convert: " + diagnostics.inputName() + ": " + message);
        if (verbose) e.printStackTrace(err);
        err.flush();
        return code;
    }
}
