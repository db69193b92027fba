package io.convert.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Fetches http(s) resources under a {@link NetworkPolicy}: every hop of a redirect chain is
 * checked against the policy, bodies are capped in size and the whole exchange in time.
 */
public final class HttpFetcher {
    private final NetworkPolicy policy;
    private final HttpClient client;

    public HttpFetcher(NetworkPolicy policy) {
        this.policy = policy;
        this.client = HttpClient.newBuilder()
                .connectTimeout(policy.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A fetched body, the final URL after redirects and the response's media type and charset. */
    public record Response(URI uri, byte[] body, String mediaType, String charset) {
    }

    /** Fetches {@code uri}; every failure is an {@link IOException} with a one-line message. */
    public Response fetch(URI uri) throws IOException {
        URI current = uri;
        for (int hop = 0; hop <= policy.maxRedirects(); hop++) {
            String refusal = policy.refusal(current);
            if (refusal != null) throw new IOException(current + ": " + refusal);
            HttpRequest request = HttpRequest.newBuilder(current)
                    .timeout(policy.timeout())
                    .header("User-Agent", policy.userAgent())
                    .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,image/*;q=0.8,*/*;q=0.5")
                    .GET()
                    .build();
            HttpResponse<InputStream> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(current + ": interrupted");
            } catch (IllegalArgumentException e) {
                throw new IOException(current + ": " + e.getMessage());
            }
            int status = response.statusCode();
            if (status >= 300 && status < 400) {
                response.body().close();
                Optional<String> location = response.headers().firstValue("Location");
                if (location.isEmpty()) throw new IOException(current + ": redirect without Location");
                current = current.resolve(location.get().trim());
                continue;
            }
            if (status != 200) {
                response.body().close();
                throw new IOException(current + ": HTTP " + status);
            }
            byte[] body;
            try (InputStream in = response.body()) {
                body = readCapped(in, policy.maxBytes(), current);
            }
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            return new Response(current, body, mediaType(contentType), charset(contentType));
        }
        throw new IOException(uri + ": more than " + policy.maxRedirects() + " redirects");
    }

    static byte[] readCapped(InputStream in, long max, Object what) throws IOException {
        byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (data.length > max) throw new IOException(what + ": larger than " + max + " bytes");
        return data;
    }

    /**
     * {@link #readCapped(InputStream, long, Object)} of a stream whose length is told beforehand (a
     * file's size): read into one array of that length, where a stream of unknown length is read in
     * chunks then joined, which allocated twice its bytes. A stream shorter than told gives what it
     * holds; one longer (a file growing meanwhile) is read on under the same limit.
     */
    static byte[] readCapped(InputStream in, long max, long length, Object what) throws IOException {
        if (length <= 0 || length > Math.min(max, Integer.MAX_VALUE - 8)) return readCapped(in, max, what);
        byte[] data = new byte[(int) length];
        int n = in.readNBytes(data, 0, data.length);
        if (n < data.length) return Arrays.copyOf(data, n);
        int next = in.read();
        if (next < 0) return data;
        InputStream read = new ByteArrayInputStream(data);
        InputStream more = new SequenceInputStream(new ByteArrayInputStream(new byte[] {(byte) next}), in);
        return readCapped(new SequenceInputStream(read, more), max, what);
    }

    private static String mediaType(String contentType) {
        int semi = contentType.indexOf(';');
        String t = (semi >= 0 ? contentType.substring(0, semi) : contentType).trim().toLowerCase(Locale.ROOT);
        return t.isEmpty() ? null : t;
    }

    private static String charset(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                return p.substring(8).replace("\"", "").replace("'", "").trim();
            }
        }
        return null;
    }
}
