package io.convert.io;

import io.convert.spi.ConvertException;
import io.convert.spi.Input;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads one input named on the command line, a file path, {@code -} for standard input or an
 * http(s) URL, into decoded text, refusing what is missing, unreadable, binary or too large.
 */
public final class InputLoader {
    private final long maxBytes;
    private final NetworkPolicy network;

    /**
     * @param maxBytes largest input accepted
     * @param network the policy for URL inputs (enabled for them whatever the user's setting)
     */
    public InputLoader(long maxBytes, NetworkPolicy network) {
        this.maxBytes = maxBytes;
        this.network = network.withEnabled(true).withMaxBytes(Math.min(network.maxBytes(), maxBytes));
    }

    /**
     * A loaded input; the folder its relative file references resolve against and may be read
     * from (null for URL inputs, whose references resolve against the page URL); the file it
     * was read from (null for URLs and streams); a stem for output file names.
     */
    public record Loaded(Input input, Path folder, boolean fromNetwork, Path file, String baseName) {
    }

    public static boolean isUrl(String arg) {
        String a = arg.toLowerCase(Locale.ROOT);
        return a.startsWith("http://") || a.startsWith("https://");
    }

    public Loaded load(InputStream in) {
        return loadStdin(in);
    }

    public Loaded load(URI url) {
        return loadUrl(url);
    }

    public Loaded load(Path file) {
        return loadFile(file, file.toString());
    }

    private Loaded loadStdin(InputStream stdin) {
        byte[] data;
        try {
            data = HttpFetcher.readCapped(stdin, maxBytes, "<stdin>");
        } catch (IOException e) {
            throw unreadable(e, "<stdin>");
        }
        Path cwd = Path.of("").toAbsolutePath();
        String text = TextDecoder.decode(data, null).text();
        return new Loaded(new Input(text, "<stdin>", null, null), cwd, false, null, "stdin");
    }

    private Loaded loadUrl(URI uri) {
        String arg = uri.toString();
        HttpFetcher.Response r;
        try {
            r = new HttpFetcher(network).fetch(uri);
        } catch (IOException e) {
            throw unreadable(e, arg);
        }
        String text = TextDecoder.decode(r.body(), r.charset()).text();
        String path = r.uri().getPath() == null ? "" : r.uri().getPath();
        String fileName = path.isEmpty() || path.endsWith("/") ? null : path.substring(path.lastIndexOf('/') + 1);
        // A page served as text/html is HTML whatever its URL ends with.
        if (r.mediaType() != null && r.mediaType().contains("html")) fileName = "page.html";
        else if ("text/plain".equals(r.mediaType())) fileName = "page.txt";
        return new Loaded(new Input(text, arg, fileName, r.uri().toString()), null, true, null, baseName(uri));
    }

    private Loaded loadFile(Path path, String arg) {
        byte[] data;
        try {
            if (Files.isDirectory(path)) throw ConvertException.badInput("is a folder");
            long size = Files.size(path);
            if (size > maxBytes) {
                throw ConvertException.badInput("larger than the input limit of " + maxBytes
                        + " bytes (see --max-input-size)");
            }
            try (InputStream in = Files.newInputStream(path)) {
                data = HttpFetcher.readCapped(in, maxBytes, arg);
            }
        } catch (NoSuchFileException e) {
            throw ConvertException.badInput("no such file");
        } catch (IOException e) {
            throw unreadable(e, arg);
        }
        Path folder = path.toAbsolutePath().normalize().getParent();
        String text = TextDecoder.decode(data, null).text();
        String fileName = path.getFileName() == null ? null : path.getFileName().toString();
        // No base URI: relative references stay relative, so Markdown and HTML outputs keep
        // them as the page wrote them and never leak local absolute paths; the resource
        // loader resolves them against the folder when a writer needs the bytes.
        return new Loaded(new Input(text, arg, fileName, null), folder, false, path, baseName(path));
    }

    /**
     * Bad input, saying why {@code name} could not be read. The fetcher names the URL it failed
     * on, which for the input itself the caller prints already; a redirect's target stays named.
     */
    private static ConvertException unreadable(IOException e, String name) {
        String why = ConvertException.ioReason(e);
        if (why == null) why = "unreadable";
        if (why.startsWith(name + ": ")) why = why.substring(name.length() + 2);
        return ConvertException.badInput(e instanceof FileSystemException ? "cannot read: " + why : why, e);
    }

    /** The stem an output of {@code file} is named after: its name without the extension. */
    public static String baseName(Path file) {
        String fileName = file.getFileName() == null ? null : file.getFileName().toString();
        if (fileName == null) return "article";
        return fileName.lastIndexOf('.') > 0 ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
    }

    /**
     * The stem an output of the page at {@code uri} is named after: its last path segment without
     * its extension, else its host whole ({@code example.org}), made safe ({@link OutputNames}).
     */
    public static String baseName(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
        String last = path.isEmpty() ? uri.getHost() : path.substring(path.lastIndexOf('/') + 1);
        if (last == null) return "article";
        int dot = last.lastIndexOf('.');
        if (!path.isEmpty() && dot > 0) last = last.substring(0, dot);
        return OutputNames.safe(last, "article");
    }
}
