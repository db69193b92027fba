package io.convert.io;

import io.convert.spi.ConvertException;
import io.convert.spi.Input;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads one input named on the command line, a file path, {@code -} for standard input or an
 * http(s) URL, into decoded text, refusing what is missing, unreadable, binary or too large. A
 * gzip-compressed input ("story.html.gz", a mirror's or a corpus's pages) is read as what it holds.
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
            data = uncompressed(HttpFetcher.readCapped(stdin, maxBytes, "<stdin>"));
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
        byte[] body;
        try {
            body = uncompressed(r.body());
        } catch (IOException e) {
            throw unreadable(e, arg);
        }
        String text = TextDecoder.decode(body, r.charset()).text();
        String path = r.uri().getPath() == null ? "" : r.uri().getPath();
        String fileName = path.isEmpty() || path.endsWith("/") ? null : withoutGzipSuffix(path.substring(path.lastIndexOf('/') + 1));
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
                data = uncompressed(HttpFetcher.readCapped(in, maxBytes, size, arg));
            }
        } catch (NoSuchFileException e) {
            throw ConvertException.badInput("no such file");
        } catch (IOException e) {
            throw unreadable(e, arg);
        }
        Path folder = path.toAbsolutePath().normalize().getParent();
        String text = TextDecoder.decode(data, null).text();
        String fileName = path.getFileName() == null ? null : withoutGzipSuffix(path.getFileName().toString());
        // No base URI: relative references stay relative, so Markdown and HTML outputs keep
        // them as the page wrote them and never leak local absolute paths; the resource
        // loader resolves them against the folder when a writer needs the bytes.
        return new Loaded(new Input(text, arg, fileName, null), folder, false, path, baseName(path));
    }

    /**
     * What gzip-compressed {@code data} holds, under the same size limit as any input (a small file
     * can inflate to gigabytes); other data as it is.
     */
    private byte[] uncompressed(byte[] data) throws IOException {
        if (data.length < 2 || (data[0] & 0xFF) != 0x1F || (data[1] & 0xFF) != 0x8B) return data;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
            byte[] inner = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (inner.length > maxBytes) {
                throw ConvertException.badInput("larger than the input limit of " + maxBytes
                        + " bytes once uncompressed (see --max-input-size)");
            }
            return inner;
        } catch (ZipException | EOFException e) {
            throw ConvertException.badInput("damaged gzip data", e);
        }
    }

    /** "story.html.gz" is read as "story.html": its reader and its outputs' names go by the name inside. */
    public static String withoutGzipSuffix(String fileName) {
        return fileName.length() > 3 && fileName.regionMatches(true, fileName.length() - 3, ".gz", 0, 3)
                ? fileName.substring(0, fileName.length() - 3) : fileName;
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
        String fileName = file.getFileName() == null ? null : withoutGzipSuffix(file.getFileName().toString());
        if (fileName == null) return "article";
        return fileName.lastIndexOf('.') > 0 ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
    }

    /**
     * The stem an output of the page at {@code uri} is named after: its last path segment without
     * its extension, else its host whole ({@code example.org}), made safe ({@link OutputNames}).
     */
    public static String baseName(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
        String last = path.isEmpty() ? uri.getHost() : withoutGzipSuffix(path.substring(path.lastIndexOf('/') + 1));
        if (last == null) return "article";
        int dot = last.lastIndexOf('.');
        if (!path.isEmpty() && dot > 0) last = last.substring(0, dot);
        return OutputNames.safe(last, "article");
    }
}
