package io.convert.cli;

import io.convert.BatchInput;
import io.convert.Converter;
import io.convert.Document;
import io.convert.io.InputLoader;
import io.convert.io.WebArchive;
import io.convert.spi.ConvertException;
import io.convert.spi.ReadOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The inputs of a run, as the command line names them: the INPUT arguments, then the lines of
 * {@code --inputs-from}, each a file, a folder (its documents, in name order, keeping their
 * sub-folders), a web archive (its HTML pages), an http(s) URL or {@code -}. Taken one argument at a time, so a list read from a
 * pipe starts converting before the pipe is closed.
 */
final class InputList implements Iterator<BatchInput> {
    private final Iterator<String> arguments;
    private final BufferedReader list;
    private final boolean listIsStdin;
    private final Converter converter;
    private final InputStream stdin;
    private final PrintWriter err;
    private final ReadOptions archiveOptions;
    private final boolean quiet;
    private final Deque<BatchInput> pending = new ArrayDeque<>();
    private boolean listDone;

    /**
     * {@code list}: the lines of --inputs-from, or null; {@code listIsStdin}: whether they come
     * from standard input; {@code archiveOptions}: the limits web archives are opened with.
     */
    InputList(List<String> arguments, BufferedReader list, boolean listIsStdin, Converter converter, InputStream stdin,
            PrintWriter err, ReadOptions archiveOptions, boolean quiet) {
        this.arguments = arguments.iterator();
        this.list = list;
        this.listIsStdin = listIsStdin;
        this.converter = converter;
        this.stdin = stdin;
        this.err = err;
        this.archiveOptions = archiveOptions;
        this.quiet = quiet;
        listDone = list == null;
    }

    /** Whether the list comes from a pipe that must be read as it goes, so its length is not known ahead. */
    boolean streamed() {
        return listIsStdin;
    }

    /** How many inputs there are, up to {@code enough}; reads ahead (names only) as far as needed. */
    int countUpTo(int enough) {
        while (pending.size() < enough && expandNext()) {
            // each call adds the inputs of one argument or line
        }
        return pending.size();
    }

    @Override
    public boolean hasNext() {
        while (pending.isEmpty()) {
            if (!expandNext()) return false;
        }
        return true;
    }

    @Override
    public BatchInput next() {
        if (!hasNext()) throw new NoSuchElementException();
        return pending.poll();
    }

    /** Adds the inputs of the next argument or list line; false when there are none left. */
    private boolean expandNext() {
        if (arguments.hasNext()) {
            expand(arguments.next());
            return true;
        }
        while (!listDone) {
            String line;
            try {
                line = list.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (line == null) {
                listDone = true;
                return false;
            }
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) continue;
            expand(entry);
            return true;
        }
        return false;
    }

    private void expand(String input) {
        if (input.equals("-")) {
            pending.add(listIsStdin ? failing(input, "standard input is the list of inputs, not an input")
                    : BatchInput.stream(stdin));
        } else if (InputLoader.isUrl(input)) {
            pending.add(url(input));
        } else {
            Path p = Path.of(input);
            if (Files.isDirectory(p)) {
                expandFolder(p, input);
            } else if (WebArchive.isArchiveName(input)) {
                expandArchive(p, input);
            } else {
                pending.add(BatchInput.file(p));
            }
        }
    }

    /**
     * Every HTML page of a web archive, in record order, named after its URI; the archive is
     * read once here for where its pages and images are, and a line says what it holds.
     */
    private void expandArchive(Path file, String input) {
        WebArchive archive;
        try {
            archive = converter.openArchive(file, archiveOptions);
        } catch (ConvertException e) {
            pending.add(failing(input, e.getMessage()));
            return;
        }
        if (!quiet) {
            err.println("convert: " + input + ": " + contents(archive));
            err.flush();
        }
        for (WebArchive.Page page : archive.pages()) {
            pending.add(new BatchInput() {
                @Override
                public String name() {
                    return page.uri();
                }

                @Override
                public String baseName() {
                    return page.baseName();
                }

                @Override
                public Document read(Converter c, String from, ReadOptions options) {
                    return c.read(archive, page, from, options);
                }
            });
        }
    }

    /** "3 pages; records skipped: 1 metadata, 2 request": what an archive gives and leaves out. */
    static String contents(WebArchive archive) {
        int pages = archive.pages().size();
        StringBuilder line = new StringBuilder().append(pages).append(pages == 1 ? " page" : " pages");
        if (!archive.skipped().isEmpty()) {
            List<String> kinds = new java.util.ArrayList<>();
            archive.skipped().forEach((kind, count) -> kinds.add(count + " " + kind));
            line.append("; records skipped: ").append(String.join(", ", kinds));
        }
        return line.toString();
    }

    /**
     * A folder's documents in name order, each keeping its place in the folder's tree. Hidden
     * files and folders are passed over, and so is the folder a browser saves beside a page for
     * its parts ("Story.html" and "Story_files/"): the frames and widgets in it are not articles.
     * Each folder is judged once, and a folder passed over is not walked.
     */
    private void expandFolder(Path folder, String input) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return dir.equals(folder) || !isHidden(dir) && !isSavedParts(dir) ? FileVisitResult.CONTINUE
                            : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (!isHidden(file) && Files.isRegularFile(file) && claimedByReader(file)) files.add(file);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            err.println("convert: " + input + ": cannot list folder");
            return;
        }
        files.sort(null);
        for (Path f : files) {
            if (WebArchive.isArchiveName(f.getFileName().toString())) expandArchive(f, f.toString());
            else pending.add(BatchInput.file(f, folder.relativize(f.getParent())));
        }
    }

    private static boolean isHidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }

    /** Whether {@code dir} is "NAME_files" beside a saved page "NAME.html" or "NAME.htm". */
    private static boolean isSavedParts(Path dir) {
        String name = dir.getFileName().toString();
        if (!name.endsWith("_files")) return false;
        String page = name.substring(0, name.length() - "_files".length());
        return Files.isRegularFile(dir.resolveSibling(page + ".html")) || Files.isRegularFile(dir.resolveSibling(page + ".htm"));
    }

    private boolean claimedByReader(Path file) {
        String name = file.getFileName().toString();
        return WebArchive.isArchiveName(name)
                || converter.formats().readerClaiming(InputLoader.withoutGzipSuffix(name)).isPresent();
    }

    /** A URL input; one that does not parse fails as that input, not the run. */
    private static BatchInput url(String input) {
        try {
            return BatchInput.url(new URI(input));
        } catch (URISyntaxException e) {
            return failing(input, "not a valid URL");
        }
    }

    /** An input that fails with {@code message} when it is read: one bad line must not stop the others. */
    private static BatchInput failing(String input, String message) {
        return new BatchInput() {
            @Override
            public String name() {
                return input;
            }

            @Override
            public String baseName() {
                return "article";
            }

            @Override
            public Document read(Converter c, String from, ReadOptions options) {
                throw ConvertException.badInput(message);
            }
        };
    }
}
