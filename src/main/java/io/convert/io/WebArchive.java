package io.convert.io;

import io.convert.spi.ConvertException;
import io.convert.spi.Input;
import io.convert.spi.MediaTypes;
import io.convert.spi.Resource;
import io.convert.spi.ResourceLoader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * A web archive (WARC 1.0 or 1.1, ISO 28500; plain or gzip per record) seen as the HTML pages it
 * holds. Opening it reads the archive once, keeping only where each page and each other HTTP
 * response starts, never their bodies; a page's body is read again when it is asked for, and the
 * images it references are loaded from the archive's own responses, never the network. Records
 * that are no page (requests, metadata, revisits, images, redirects) are counted by kind.
 * Thread-safe once opened: every read opens the archive anew at its record.
 */
public final class WebArchive {
    /** Enough of a body to tell an HTML page from other bytes when its type is not declared. */
    private static final int SNIFF_BYTES = 1024;
    /** Content codings the JDK decodes; jwarc's others (br, zstd) need libraries this program leaves out. */
    private static final Set<String> DECODABLE = Set.of("gzip", "x-gzip", "deflate", "identity", "none");

    /** Opens the archive's bytes at an offset: a file, or a stream on any storage that can seek. */
    @FunctionalInterface
    public interface Source {
        InputStream openAt(long offset) throws IOException;
    }

    /**
     * One HTML page of the archive.
     *
     * @param uri the record's target URI: the page's address, its source and its base URL
     * @param captured the record's WARC-Date
     * @param baseName a file name stem from the URI, safe on any file system and unique in the archive
     * @param offset where its record starts in the archive
     * @param recordId its WARC-Record-ID, to check that the record read again is the same one
     * @param charset the charset its HTTP Content-Type names, or null
     */
    public record Page(String uri, Instant captured, String baseName, long offset, String recordId,
            String charset) {
    }

    private final String name;
    private final Source source;
    private final long maxBytes;
    private final long maxImagePixels;
    private final List<Page> pages = new ArrayList<>();
    /** Offsets of successful HTTP responses by normalised target URI, first capture first. */
    private final Map<String, Long> responses = new HashMap<>();
    private final Map<String, Integer> skipped = new TreeMap<>();

    private WebArchive(String name, Source source, long maxBytes, long maxImagePixels) {
        this.name = name;
        this.source = source;
        this.maxBytes = maxBytes;
        this.maxImagePixels = maxImagePixels;
    }

    /** Whether {@code fileName} names a web archive: {@code .warc} or {@code .warc.gz}. */
    public static boolean isArchiveName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz");
    }

    /** The archive in {@code file}. */
    public static WebArchive open(Path file, long maxBytes, long maxImagePixels) {
        if (Files.isDirectory(file)) throw ConvertException.badInput("is a folder");
        if (!Files.isReadable(file)) throw ConvertException.badInput("no such file");
        return open(file.toString(), offset -> {
            InputStream in = Files.newInputStream(file);
            in.skipNBytes(offset);
            return in;
        }, maxBytes, maxImagePixels);
    }

    /**
     * The archive whose bytes {@code source} opens, indexed in one pass.
     *
     * @param name the archive in messages
     * @param maxBytes largest page or image body read
     * @throws ConvertException bad input when its first record is no WARC record
     */
    public static WebArchive open(String name, Source source, long maxBytes, long maxImagePixels) {
        WebArchive archive = new WebArchive(name, source, maxBytes, maxImagePixels);
        archive.index();
        return archive;
    }

    public String name() {
        return name;
    }

    /** The HTML pages, in record order. */
    public List<Page> pages() {
        return Collections.unmodifiableList(pages);
    }

    /** How many records of each kind were not pages, by kind ("request", "revisit", ...). */
    public Map<String, Integer> skipped() {
        return Collections.unmodifiableMap(skipped);
    }

    private void index() {
        Set<String> names = new HashSet<>();
        try (WarcReader reader = reader(0)) {
            boolean first = true;
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    if (first) throw ConvertException.badInput("not a web archive (WARC): " + oneLine(e), e);
                    skip("unreadable rest of the archive");
                    return;
                }
                if (next.isEmpty()) {
                    if (first) throw ConvertException.badInput("not a web archive (WARC): no records");
                    return;
                }
                first = false;
                classify(next.get(), reader.position(), names);
            }
        } catch (IOException e) {
            throw ConvertException.badInput("cannot read: " + oneLine(e), e);
        }
    }

    private void classify(WarcRecord record, long offset, Set<String> names) {
        if (!(record instanceof WarcResponse response)) {
            skip(record.type());
            return;
        }
        String target = response.target();
        try {
            if (!response.contentType().base().equals(MediaType.HTTP)) {
                skip("non-HTTP response");
                return;
            }
            HttpResponse http = response.http();
            if (http.status() < 200 || http.status() > 299) {
                skip("redirect or error response");
                return;
            }
            List<String> codings = http.headers().all("Content-Encoding");
            if (codings.size() > 1 || codings.stream().anyMatch(c -> !DECODABLE.contains(c.trim().toLowerCase(Locale.ROOT)))) {
                skip("response in an unsupported encoding (" + String.join(", ", codings) + ")");
                return;
            }
            responses.putIfAbsent(key(target), offset);
            Optional<String> declared = http.headers().first("Content-Type");
            MediaType type = declared.map(MediaType::parseLeniently).orElse(null);
            if (!isHtml(type, http)) {
                skip("non-HTML response");
                return;
            }
            String charset = type == null ? null : type.parameters().get("charset");
            String id = response.id() == null ? null : response.id().toString();
            pages.add(new Page(target, response.date(), uniqueName(target, names), offset, id, charset));
        } catch (IOException | RuntimeException e) {
            skip("unreadable response");
        }
    }

    /** HTML by its declared type; a page served without a usable one is sniffed. */
    private static boolean isHtml(MediaType type, HttpResponse http) throws IOException {
        if (type != null && !type.type().isEmpty() && !type.subtype().isEmpty()) {
            String base = (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
            if (base.equals("text/html") || base.equals("application/xhtml+xml")) return true;
            if (!base.equals("application/octet-stream") && !base.equals("text/plain")) return false;
        }
        byte[] head = http.bodyDecoded().stream().readNBytes(SNIFF_BYTES);
        String text = new String(head, StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
        if (text.startsWith("\u00ef\u00bb\u00bf")) text = text.substring(3).stripLeading();
        return text.startsWith("<!doctype html") || text.startsWith("<html") || text.contains("<html")
                || text.contains("<head") || text.contains("<body");
    }

    private void skip(String kind) {
        skipped.merge(kind, 1, Integer::sum);
    }

    /**
     * The text of {@code page}, with its URI as name and base, decoded with the charset its
     * HTTP headers, then its own markup, declare.
     *
     * @throws ConvertException bad input when its record cannot be read again or is too large
     */
    public Input read(Page page) {
        byte[] body;
        try {
            body = body(page.offset(), page.recordId(), page.uri());
        } catch (IOException e) {
            throw ConvertException.badInput(oneLine(e), e);
        }
        return new Input(TextDecoder.decode(body, page.charset()).text(), page.uri(), "page.html", page.uri());
    }

    /** Loads the images {@code page} references from this archive, and from {@code data:} URIs. */
    public ResourceLoader resources(Page page) {
        URI base = parse(page.uri());
        return source -> {
            String s = source.trim();
            if (s.regionMatches(true, 0, "data:", 0, 5)) {
                return ImageDecoding.checked(PolicyResourceLoader.DataUri.decode(s, maxBytes), maxImagePixels);
            }
            URI ref = parse(s.replace(" ", "%20"));
            if (ref == null || (base == null && !ref.isAbsolute())) {
                throw new ResourceLoader.ResourceException(PolicyResourceLoader.shorten(source) + ": not a valid reference");
            }
            String target = (base == null ? ref : base.resolve(ref)).toString();
            Long offset = responses.get(key(target));
            if (offset == null) {
                throw new ResourceLoader.ResourceException(PolicyResourceLoader.shorten(target) + ": not in the archive");
            }
            try {
                byte[] data = body(offset, null, target);
                return ImageDecoding.checked(new Resource(source, data, MediaTypes.sniff(data)), maxImagePixels);
            } catch (IOException e) {
                throw new ResourceLoader.ResourceException(oneLine(e), e);
            }
        };
    }

    /** The decoded HTTP body of the response record at {@code offset}, which must be {@code recordId} when given. */
    private byte[] body(long offset, String recordId, String what) throws IOException {
        try (WarcReader reader = reader(offset)) {
            Optional<WarcRecord> record = reader.next();
            if (record.isEmpty() || !(record.get() instanceof WarcResponse response)
                    || (recordId != null && !recordId.equals(String.valueOf(record.get().id())))) {
                throw new IOException("the archive changed since it was opened, or is compressed as a whole "
                        + "rather than record by record");
            }
            return HttpFetcher.readCapped(response.http().bodyDecoded().stream(), maxBytes, PolicyResourceLoader.shorten(what));
        } catch (RuntimeException e) {
            throw new IOException(PolicyResourceLoader.shorten(what) + ": unreadable record (" + oneLine(e) + ")", e);
        }
    }

    private WarcReader reader(long offset) throws IOException {
        WarcReader reader = new WarcReader(Channels.newChannel(source.openAt(offset)));
        reader.setLenient(true);
        reader.onWarning(warning -> { });
        return reader;
    }

    /** The same resource whatever its fragment, or the case of its scheme and host. */
    private static String key(String target) {
        URI uri = parse(target);
        if (uri == null || uri.isOpaque() || uri.getRawAuthority() == null) {
            int hash = target.indexOf('#');
            return hash < 0 ? target : target.substring(0, hash);
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT) + path
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static URI parse(String s) {
        try {
            return new URI(s).normalize();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /**
     * A file name stem for {@code target}: its host and path, each character that is not a
     * letter, digit, dot, dash or underscore replaced, bounded in length, never a device name nor
     * hidden, and, compared without case, never one an earlier page took (a counter follows).
     */
    static String uniqueName(String target, Set<String> taken) {
        String stem = safeName(target);
        String name = stem;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) name = stem + "-" + n;
        return name;
    }

    static String safeName(String target) {
        URI uri = parse(target);
        String raw;
        if (uri != null && uri.getHost() != null) {
            String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
            int slash = path.lastIndexOf('/');
            int dot = path.lastIndexOf('.');
            if (dot > slash + 1) path = path.substring(0, dot);
            raw = uri.getHost() + path.replace('/', '_') + (uri.getRawQuery() == null ? "" : "_" + uri.getQuery());
        } else {
            raw = target.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*:/*", "");
        }
        return OutputNames.safe(raw, "page");
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null || e.getMessage().isBlank() ? "unreadable record" : e.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }
}
