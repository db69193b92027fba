package io.convert.io;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;

/**
 * Whether and how the network may be used: off unless the input is a URL or the user allowed
 * it; only http(s); no private, loopback or link-local addresses unless allowed; size and time
 * caps on every response.
 */
public record NetworkPolicy(boolean enabled, boolean allowPrivate, long maxBytes, Duration timeout,
        int maxRedirects, String userAgent) {

    public static final String DEFAULT_USER_AGENT =
            "Mozilla/5.0 (compatible; convert/0.1; +https://example.invalid/convert)";

    public static final NetworkPolicy OFF =
            new NetworkPolicy(false, false, 32L << 20, Duration.ofSeconds(20), 5, DEFAULT_USER_AGENT);

    public NetworkPolicy {
        userAgent = userAgent == null || userAgent.isBlank() ? DEFAULT_USER_AGENT : userAgent;
    }

    public NetworkPolicy withEnabled(boolean v) {
        return new NetworkPolicy(v, allowPrivate, maxBytes, timeout, maxRedirects, userAgent);
    }

    public NetworkPolicy withAllowPrivate(boolean v) {
        return new NetworkPolicy(enabled, v, maxBytes, timeout, maxRedirects, userAgent);
    }

    public NetworkPolicy withUserAgent(String v) {
        return new NetworkPolicy(enabled, allowPrivate, maxBytes, timeout, maxRedirects, v);
    }

    public NetworkPolicy withMaxBytes(long v) {
        return new NetworkPolicy(enabled, allowPrivate, v, timeout, maxRedirects, userAgent);
    }

    /**
     * Checks that {@code uri} may be fetched under this policy.
     *
     * @return null when allowed, else the reason it is refused
     */
    public String refusal(URI uri) {
        if (!enabled) return "network access is off (use --allow-network)";
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) return "only http and https URLs are fetched";
        String host = uri.getHost();
        if (host == null || host.isEmpty()) return "URL has no host";
        if (allowPrivate) return null;
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (isPrivate(address)) {
                    return "address " + address.getHostAddress() + " is private (use --allow-private-network)";
                }
            }
        } catch (UnknownHostException e) {
            return "unknown host " + host;
        }
        return null;
    }

    static boolean isPrivate(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            // fc00::/7 unique local addresses; IPv4-mapped addresses are checked as IPv4.
            if ((b[0] & 0xFE) == 0xFC) return true;
            boolean mapped = true;
            for (int i = 0; i < 10; i++) mapped &= b[i] == 0;
            mapped &= (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF;
            if (mapped) {
                try {
                    return isPrivate(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
            return false;
        }
        int first = b[0] & 0xFF, second = b[1] & 0xFF;
        return first == 0 // "this network"
                || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT
                || (first == 192 && second == 0 && (b[2] & 0xFF) == 0) // IETF protocol assignments
                || first >= 240; // reserved and broadcast
    }
}
