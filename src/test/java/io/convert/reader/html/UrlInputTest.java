package io.convert.reader.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.convert.Converter;
import io.convert.cli.ConvertCommand;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A page fetched from a local HTTP server through the CLI: the URL is the base of its relative
 * links and images, and the extracted article comes out as JSON.
 */
class UrlInputTest {
    private static final String PAGE = """
            <!DOCTYPE html><html lang="en"><head><meta charset="windows-1252">
            <title>Harbour reopens after storm - Coast News</title>
            <meta property="og:site_name" content="Coast News"></head><body>
            <nav class="menu"><a href="/">Home</a> <a href="/sport">Sport</a></nav>
            <article><h1>Harbour reopens after storm</h1>
            <p class="byline">By Lena Sørensen</p>
            <p>The harbour reopened on Monday morning after three days of repairs, the port authority said, and the
            first ferries left on time.</p>
            <figure><img src="data:image/gif;base64,R0lGOD" data-src="media/harbour.jpg" alt="Ferries"><figcaption>Ferries
            leaving the harbour</figcaption></figure>
            <p>Workers replaced two damaged pontoons and cleared debris from the main channel, which had been closed
            to larger vessels since Friday.</p>
            <p>See <a href="../timeline.html">the storm timeline</a> for what happened day by day, and what comes next.</p>
            <img src="/img/chart.png" alt="Wind speeds over the weekend" width="800" height="400">
            <p>Officials warned that more wind is expected later in the week, but said the repairs should hold.</p>
            </article><footer class="site-footer">© Coast News</footer></body></html>""";

    private HttpServer server;
    private String url;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/news/story", exchange -> {
            byte[] body = PAGE.replace("ø", "\u00f8").getBytes(StandardCharsets.ISO_8859_1);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=windows-1252");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().set("Location", "/gone");
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort() + "/news/story";
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void fetchedPageResolvesRelativeImagesAgainstItsUrl() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int exit = ConvertCommand.execute(Converter.create(), Map.of(), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                url, "--to", "json", "-o", "-", "--allow-private-network", "--quiet");
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        JsonNode json = new ObjectMapper().readTree(out.toByteArray());
        assertEquals("Harbour reopens after storm", json.get("title").asText());
        assertEquals("Lena Sørensen", json.get("authors").get(0).asText());
        assertEquals("Coast News", json.get("site").asText());
        assertEquals("en", json.get("lang").asText());
        assertEquals("ltr", json.get("dir").asText());
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        String all = json.toString();
        assertTrue(all.contains(base + "/news/media/harbour.jpg"), all);
        assertTrue(all.contains(base + "/img/chart.png"), all);
        assertTrue(all.contains(base + "/timeline.html"), all);
        assertTrue(!all.contains("Home") && !all.contains("© Coast News") && !all.contains("By Lena"), all);
        assertTrue(json.get("blocks").get(0).get("text").asText().startsWith("The harbour reopened on Monday"));
    }

    @Test
    void aFailedFetchNamesTheUrlOnceAndARedirectsTarget() {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ConvertCommand.execute(Converter.create(), Map.of(), new ByteArrayInputStream(new byte[0]),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                base + "/missing", base + "/moved", "--to", "md", "-o", "-", "--allow-private-network", "--quiet");
        assertEquals(1, exit);
        assertEquals(List.of("convert: " + base + "/missing: HTTP 404",
                "convert: " + base + "/moved: " + base + "/gone: HTTP 404"),
                err.toString(StandardCharsets.UTF_8).lines().toList());
    }
}
