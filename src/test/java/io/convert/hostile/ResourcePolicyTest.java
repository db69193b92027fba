package io.convert.hostile;

import io.convert.fixture.Outputs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.convert.cli.CliRunner;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No file outside the input's folder is read and no network is touched unless allowed: proven
 * with a real file outside the folder and a real HTTP server on 127.0.0.1 that counts requests.
 */
class ResourcePolicyTest {
    @TempDir
    Path root;
    Path inputDir;
    Path secret;
    HttpServer server;
    final AtomicInteger requests = new AtomicInteger();
    byte[] png;

    @BeforeEach
    void setUp() throws IOException {
        png = HostileInputs.tinyPng(false);
        inputDir = Files.createDirectories(root.resolve("site"));
        secret = Files.write(root.resolve("secret.png"), png);
        Files.write(inputDir.resolve("inside.png"), png);
        Files.createSymbolicLink(inputDir.resolve("link.png"), secret);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, png.length);
            exchange.getResponseBody().write(png);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void tearDown() {
        server.stop(0);
    }

    private Path page() throws IOException {
        String local = "http://127.0.0.1:" + server.getAddress().getPort() + "/image.png";
        String html = "<html lang=\"en\"><head><title>Policy</title><base href=\"file:///\"></head><body><article>"
                + "<h1>Policy</h1><p>Images that must not be read follow, each with a caption.</p>"
                + figure("../secret.png") + figure(secret.toString()) + figure(secret.toUri().toString())
                + figure("link.png") + figure("/proc/self/environ") + figure(local)
                + "<p>And one image that may be read.</p>" + figure("inside.png")
                + "</article></body></html>";
        return Files.writeString(inputDir.resolve("page.html"), html);
    }

    private static String figure(String src) {
        return "<figure><img src=\"" + src + "\" alt=\"x\"><figcaption>caption of " + src.length()
                + "</figcaption></figure><p>Some text after the figure, long enough to be kept as article text.</p>";
    }

    @Test
    void epubPackagesOnlyTheImageInsideTheFolder() throws IOException {
        Path out = root.resolve("out.epub");
        CliRunner.Result r = CliRunner.run(page().toString(), "--to", "epub", "-o", out.toString(), "--no-extract");
        assertEquals(0, r.exit(), r.stderr());
        assertEquals(1, imagesInEpub(out), r.stderr());
        assertEquals(0, requests.get(), "no request without --allow-network");
        assertTrue(r.stderr().contains("outside the input's folder"), r.stderr());
    }

    @Test
    void pdfDrawsOnlyTheImageInsideTheFolder() throws IOException {
        Path out = root.resolve("out.pdf");
        CliRunner.Result r = CliRunner.run(page().toString(), "--to", "pdf", "-o", out.toString(), "--no-extract");
        assertEquals(0, r.exit(), r.stderr());
        assertEquals(1, Outputs.imagesInPdf(out), r.stderr());
        assertEquals(0, requests.get());
    }

    @Test
    void loopbackStaysClosedEvenWithNetworkAllowed() throws IOException {
        Path out = root.resolve("net.epub");
        CliRunner.Result r = CliRunner.run(page().toString(), "--to", "epub", "-o", out.toString(), "--no-extract",
                "--allow-network");
        assertEquals(0, r.exit(), r.stderr());
        assertEquals(0, requests.get(), "loopback is private without --allow-private-network");
        assertTrue(r.stderr().contains("private"), r.stderr());
    }

    @Test
    void privateNetworkOnlyWhenExplicitlyAllowed() throws IOException {
        Path out = root.resolve("allowed.epub");
        CliRunner.Result r = CliRunner.run(page().toString(), "--to", "epub", "-o", out.toString(), "--no-extract",
                "--allow-network", "--allow-private-network");
        assertEquals(0, r.exit(), r.stderr());
        assertTrue(requests.get() >= 1, "the allowed fetch happened");
        assertEquals(2, imagesInEpub(out), "inside.png and the fetched image");
    }

    @Test
    void resourcePathOpensAnotherFolder() throws IOException {
        Path out = root.resolve("opened.epub");
        CliRunner.Result r = CliRunner.run(page().toString(), "--to", "epub", "-o", out.toString(), "--no-extract",
                "--resource-path", root.toString());
        assertEquals(0, r.exit(), r.stderr());
        assertTrue(imagesInEpub(out) >= 2, "the secret is readable once its folder is allowed");
        assertFalse(r.stderr().contains("../secret.png: outside"), r.stderr());
    }

    private static int imagesInEpub(Path epub) throws IOException {
        int images = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(epub)))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                String n = e.getName().toLowerCase(java.util.Locale.ROOT);
                if (n.endsWith(".png") || n.endsWith(".jpg") || n.endsWith(".jpeg") || n.endsWith(".gif")) images++;
            }
        }
        return images;
    }

}
