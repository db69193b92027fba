package io.convert.io;

import io.convert.spi.ConvertException;
import io.convert.spi.Input;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
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
     * A loaded input, and the folder its relative file references resolve against and may be
     * read from (null for URL inputs, whose references resolve against the page URL).
     */
    public record Loaded(Input input, Path folder, boolean fromNetwork) {
    }

    public static boolean isUrl(String arg) {
        String a = arg.toLowerCase(Locale.ROOT);
        return a.startsWith("http://") || a.startsWith("https://");
    }

    public Loaded load(String arg, InputStream stdin) {
        if (arg.equals("-")) return loadStdin(stdin);
        if (isUrl(arg)) return loadUrl(arg);
        return loadFile(Path.of(arg), arg);
    }

    private Loaded loadStdin(InputStream stdin) {
        byte[] data;
        try {
            data = HttpFetcher.readCapped(stdin, maxBytes, "<stdin>");
        } catch (IOException e) {
            throw ConvertException.badInput(e.getMessage(), e);
        }
        Path cwd = Path.of("").toAbsolutePath();
        String text = TextDecoder.decode(data, null).text();
        return new Loaded(new Input(text, "<stdin>", null, null), cwd, false);
    }

    private Loaded loadUrl(String arg) {
        URI uri;
        try {
            uri = new URI(arg);
        } catch (URISyntaxException e) {
            throw ConvertException.badInput("not a valid URL");
        }
        HttpFetcher.Response r;
        try {
            r = new HttpFetcher(network).fetch(uri);
        } catch (IOException e) {
            throw ConvertException.badInput(e.getMessage(), e);
        }
        String text = TextDecoder.decode(r.body(), r.charset()).text();
        String path = r.uri().getPath() == null ? "" : r.uri().getPath();
        String fileName = path.isEmpty() || path.endsWith("/") ? null : path.substring(path.lastIndexOf('/') + 1);
        // A page served as text/html is HTML whatever its URL ends with.
        if (r.mediaType() != null && r.mediaType().contains("html")) fileName = "page.html";
        else if ("text/plain".equals(r.mediaType())) fileName = "page.txt";
        return new Loaded(new Input(text, arg, fileName, r.uri().toString()), null, true);
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
            throw ConvertException.badInput("cannot read: " + e.getClass().getSimpleName().replace("Exception", ""), e);
        }
        Path folder = path.toAbsolutePath().normalize().getParent();
        String text = TextDecoder.decode(data, null).text();
        String fileName = path.getFileName() == null ? null : path.getFileName().toString();
        // No base URI: relative references stay relative, so Markdown and HTML outputs keep
        // them as the page wrote them and never leak local absolute paths; the resource
        // loader resolves them against the folder when a writer needs the bytes.
        return new Loaded(new Input(text, arg, fileName, null), folder, false);
    }
}
