package io.convert.spi;

import java.nio.file.Path;
import java.util.List;

/**
 * What a conversion may read besides its input: files only in the input's own folder and in
 * {@code folders}; the network only when {@code network} is on (a URL input may always fetch its
 * own page and images), and then only public addresses unless {@code privateNetwork} is on.
 *
 * @param network allow http(s) for the images of a file or standard-input article
 * @param privateNetwork allow private, loopback and link-local addresses
 * @param userAgent the User-Agent of http requests, or null for the default
 * @param folders further folders whose files may be read
 */
public record ResourcePolicy(boolean network, boolean privateNetwork, String userAgent, List<Path> folders) {
    /** Only the input's own folder; no network beyond a URL input's own page. */
    public static final ResourcePolicy DEFAULT = new ResourcePolicy(false, false, null, List.of());

    public ResourcePolicy {
        folders = folders == null ? List.of() : List.copyOf(folders);
    }
}
