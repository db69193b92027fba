package io.convert.io;

import io.convert.spi.MediaTypes;
import io.convert.spi.Resource;
import io.convert.spi.ResourceLoader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@link ResourceLoader} the CLI configures: files only inside the allowed folders (the
 * input's own folder and {@code --resource-path} entries, symlinks resolved before the check),
 * {@code data:} URIs, and http(s) only under the {@link NetworkPolicy}.
 */
public final class PolicyResourceLoader implements ResourceLoader {
    private final URI base;
    private final List<Path> roots;
    private final NetworkPolicy network;
    private final long maxBytes;
    private final long maxImagePixels;
    private HttpFetcher fetcher;

    /**
     * @param base what relative references resolve against: the input's folder as a
     *     {@code file:} URI, a page URL, or null
     * @param roots folders whose files may be read
     * @param network when and where the network may be used
     * @param maxBytes largest resource accepted
     * @param maxImagePixels largest image decoded to check that its data is whole
     */
    public PolicyResourceLoader(URI base, List<Path> roots, NetworkPolicy network, long maxBytes,
            long maxImagePixels) {
        this.base = base;
        this.roots = new ArrayList<>();
        for (Path root : roots) {
            try {
                this.roots.add(root.toRealPath());
            } catch (IOException e) {
                // A root that does not exist allows nothing.
            }
        }
        this.network = network;
        this.maxBytes = maxBytes;
        this.maxImagePixels = maxImagePixels;
    }

    /** Loads {@code source}; an image whose data does not decode is refused like a missing file. */
    @Override
    public Resource load(String source) throws ResourceException {
        return ImageDecoding.checked(loadBytes(source), maxImagePixels);
    }

    @Override
    public Optional<Path> file(String source) {
        String s = source.trim();
        if (s.regionMatches(true, 0, "data:", 0, 5)) return Optional.empty();
        try {
            URI uri = resolve(s);
            if (!"file".equalsIgnoreCase(uri.getScheme())) return Optional.empty();
            return Optional.of(Path.of(uri).normalize());
        } catch (ResourceException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Resource loadBytes(String source) throws ResourceException {
        String s = source.trim();
        if (s.regionMatches(true, 0, "data:", 0, 5)) return DataUri.decode(s, maxBytes);
        URI uri = resolve(s);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        switch (scheme) {
            case "file":
                return loadFile(uri, source);
            case "http":
            case "https":
                return fetch(uri);
            default:
                throw new ResourceException(shorten(source) + ": scheme '" + scheme + "' is not allowed");
        }
    }

    private URI resolve(String s) throws ResourceException {
        URI uri;
        try {
            uri = new URI(s.replace(" ", "%20").replace("\\", "/"));
        } catch (URISyntaxException e) {
            throw new ResourceException(shorten(s) + ": not a valid reference");
        }
        if (uri.getScheme() != null) return uri;
        if (s.startsWith("/") && (base == null || "file".equalsIgnoreCase(base.getScheme()))) {
            return Path.of(s).toUri();
        }
        if (base == null) throw new ResourceException(shorten(s) + ": relative reference without a base");
        return base.resolve(uri);
    }

    private Resource loadFile(URI uri, String source) throws ResourceException {
        Path path;
        try {
            path = Path.of(uri).normalize();
        } catch (IllegalArgumentException e) {
            throw new ResourceException(shorten(source) + ": not a local file");
        }
        Path real;
        try {
            real = path.toRealPath();
        } catch (IOException e) {
            throw new ResourceException(shorten(source) + ": file not found");
        }
        if (roots.stream().noneMatch(real::startsWith)) {
            throw new ResourceException(shorten(source)
                    + ": outside the input's folder (allow it with --resource-path)");
        }
        if (!Files.isRegularFile(real)) throw new ResourceException(shorten(source) + ": not a regular file");
        try (InputStream in = Files.newInputStream(real)) {
            byte[] data = HttpFetcher.readCapped(in, maxBytes, Files.size(real), shorten(source));
            return new Resource(source, data, MediaTypes.sniff(data));
        } catch (IOException e) {
            throw new ResourceException(e.getMessage() == null ? shorten(source) + ": unreadable" : e.getMessage());
        }
    }

    private Resource fetch(URI uri) throws ResourceException {
        String refusal = network.refusal(uri);
        if (refusal != null) throw new ResourceException(shorten(uri.toString()) + ": " + refusal);
        try {
            synchronized (this) {
                if (fetcher == null) fetcher = new HttpFetcher(network.withMaxBytes(Math.min(maxBytes, network.maxBytes())));
            }
            HttpFetcher.Response r = fetcher.fetch(uri);
            return new Resource(uri.toString(), r.body(), MediaTypes.sniff(r.body()));
        } catch (IOException e) {
            throw new ResourceException(e.getMessage());
        }
    }

    static String shorten(String s) {
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }

    /** RFC 2397 {@code data:} URIs, base64 or percent-encoded. */
    static final class DataUri {
        private DataUri() {
        }

        static Resource decode(String s, long maxBytes) throws ResourceException {
            int comma = s.indexOf(',');
            if (comma < 0) throw new ResourceException("data: URI without data");
            String header = s.substring(5, comma).toLowerCase(Locale.ROOT);
            String payload = s.substring(comma + 1);
            // Base64 grows data by 4/3: refuse what cannot fit before decoding it.
            if (payload.length() > maxBytes * 4 / 3 + 4) throw new ResourceException("data: URI larger than the limit");
            byte[] data;
            try {
                if (header.endsWith(";base64")) {
                    data = Base64.getMimeDecoder().decode(payload.replaceAll("%[0-9A-Fa-f]{2}|\\s", ""));
                } else {
                    data = URLDecoder.decode(payload.replace("+", "%2B"), StandardCharsets.UTF_8)
                            .getBytes(StandardCharsets.UTF_8);
                }
            } catch (IllegalArgumentException e) {
                throw new ResourceException("data: URI is not valid");
            }
            return new Resource(shorten(s), data, MediaTypes.sniff(data));
        }
    }
}
