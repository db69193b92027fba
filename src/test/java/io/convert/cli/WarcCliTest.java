package io.convert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.convert.fixture.Outputs;
import io.convert.fixture.EpubValidator;
import io.convert.fixture.Images;
import io.convert.fixture.WarcFixture;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCompression;

/** Web archives on the command line: every HTML page in, one output per page, the rest counted. */
class WarcCliTest {
    static final Instant CAPTURED = Instant.parse("2024-05-17T08:30:00Z");
    static final String FERRY_URI = "https://news.example/2024/night-ferry.html";
    static final String FERRY_TITLE = "Night ferry returns to the island route";
    static final String FERRY = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>%s</title></head>
            <body><header><a href="/">News Example</a></header><article><h1>%s</h1>
            <p>After two winters without it, the late crossing to the outer islands starts again next week, the
            harbour office said on Tuesday.</p>
            <figure><img src="../img/ferry.png#large" alt="The ferry at the quay"><figcaption>The ferry at the
            quay.</figcaption></figure>
            <p>Tickets for the late boat cost the same as daytime fares, and bicycles travel free of charge on
            every crossing after eight in the evening.</p>
            <p>Residents had asked for the service since the old vessel was sold, saying the last daytime boat
            left too early for anyone who works an evening shift on the mainland.</p>
            </article></body></html>
            """.formatted(FERRY_TITLE, FERRY_TITLE);
    static final String LIBRARY_PATH = "/ثقافة/مكتبة-جديدة";
    static final String LIBRARY_TITLE = "افتتاح مكتبة جديدة في وسط المدينة";
    static final String LIBRARY = """
            <html lang="ar" dir="rtl"><head><title>%s</title>
            <meta property="article:published_time" content="2024-03-01T09:00:00+03:00"></head>
            <body><article><h1>%s</h1>
            <p>افتتحت البلدية صباح السبت مكتبة عامة جديدة في مبنى البريد القديم، بعد عامين من أعمال الترميم.</p>
            <p>تضم المكتبة قاعة للقراءة تتسع لمئة شخص، وركنا خاصا بكتب الأطفال، وتفتح أبوابها حتى العاشرة مساء.</p>
            <p>وقال مدير المكتبة إن الاشتراك سيكون مجانيا لطلاب المدارس والجامعات طوال العام الأول.</p>
            </article></body></html>
            """.formatted(LIBRARY_TITLE, LIBRARY_TITLE);
    static final String MARKET_URI = "http://news.example/2024/market-hall";
    static final String MARKET_TITLE = "Market hall repairs finish a month early";
    static final String MARKET = """
            <html><head><title>%s</title></head><body><main><h1>%s</h1>
            <p>The roof of the covered market no longer leaks, and the stalls that moved to the car park during
            the works returned to their old places on Monday morning.</p>
            <p>The builders finished four weeks ahead of the plan because the dry spring let them work on the
            roof every day, the council's works department said.</p>
            <p>Traders said the first weekend back brought more shoppers than any weekend since the autumn.</p>
            </main></body></html>
            """.formatted(MARKET_TITLE, MARKET_TITLE);
    static final byte[] PNG = Images.png(120, 80);

    @TempDir
    Path dir;

    static String libraryUri() {
        try {
            return new URI("https", "akhbar.example", LIBRARY_PATH, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Three pages (English with an image, Arabic in windows-1256, English chunked and gzipped)
     * among the records a crawl also keeps.
     */
    static Path crawl(Path file, WarcCompression compression, MessageVersion version) throws IOException {
        Instant later = CAPTURED.plusSeconds(60);
        try (WarcFixture warc = WarcFixture.create(file, compression, version)) {
            warc.warcinfo()
                    .request(FERRY_URI, CAPTURED)
                    .ok(FERRY_URI, CAPTURED, "text/html; charset=utf-8", FERRY.getBytes(StandardCharsets.UTF_8))
                    .ok("https://news.example/site.css", CAPTURED, "text/css", "body{margin:0}".getBytes(StandardCharsets.UTF_8))
                    .response(libraryUri(), CAPTURED, "HTTP/1.1 200 OK\nContent-Type: text/html; charset=windows-1256",
                            LIBRARY.getBytes(Charset.forName("windows-1256")))
                    .metadata(FERRY_URI, CAPTURED)
                    .response("https://news.example/old-page", CAPTURED,
                            "HTTP/1.1 301 Moved Permanently\nLocation: " + FERRY_URI + "\nContent-Length: 0", new byte[0])
                    .response(MARKET_URI, CAPTURED, "HTTP/1.1 200 OK\nContent-Type: text/html\n"
                            + "Content-Encoding: gzip\nTransfer-Encoding: chunked",
                            WarcFixture.chunked(WarcFixture.gzip(MARKET.getBytes(StandardCharsets.UTF_8)), 100))
                    .response("https://news.example/brotli", CAPTURED, "HTTP/1.1 200 OK\nContent-Type: text/html\n"
                            + "Content-Encoding: br\nContent-Length: 4", new byte[] {1, 2, 3, 4})
                    .revisit(FERRY_URI, later, CAPTURED)
                    // The image comes after the page that shows it: the archive is indexed before pages are read.
                    .ok("https://news.example/img/ferry.png", CAPTURED, "image/png", PNG);
        }
        return file;
    }

    @Test
    void everyHtmlPageOfAGzippedWarc11BecomesOneMarkdownFileNamedAfterItsUri() throws IOException {
        Path warc = crawl(dir.resolve("crawl.warc.gz"), WarcCompression.GZIP, MessageVersion.WARC_1_1);
        Path out = dir.resolve("out");
        CliRunner.Result r = CliRunner.run(warc.toString(), "--to", "md", "-o", out + "/");
        assertEquals(0, r.exit(), r.stderr());

        assertEquals(List.of("akhbar.example_ثقافة_مكتبة-جديدة.md", "news.example_2024_market-hall.md",
                "news.example_2024_night-ferry.md"), names(out));
        String ferry = Files.readString(out.resolve("news.example_2024_night-ferry.md"));
        assertTrue(ferry.contains("title: " + FERRY_TITLE) || ferry.contains("title: '" + FERRY_TITLE + "'"), ferry);
        assertTrue(ferry.contains(FERRY_URI), "the target URI is the source:\n" + ferry);
        assertTrue(ferry.contains("2024-05-17"), "a page without a date takes the capture's:\n" + ferry);
        assertTrue(ferry.contains("bicycles travel free"), ferry);

        String library = Files.readString(out.resolve("akhbar.example_ثقافة_مكتبة-جديدة.md"));
        assertTrue(library.contains(LIBRARY_TITLE), "windows-1256 decoded as the HTTP header says:\n" + library);
        assertTrue(library.contains("2024-03-01") && !library.contains("2024-05-17"),
                "a page's own date wins over the capture's:\n" + library);
        assertTrue(library.contains("lang: 'ar'"), library);

        String market = Files.readString(out.resolve("news.example_2024_market-hall.md"));
        assertTrue(market.contains(MARKET_TITLE) && market.contains("dry spring"), "chunked and gzipped:\n" + market);

        String summary = r.stderr().lines().filter(l -> l.startsWith("convert: " + warc + ": ")).findFirst()
                .orElseThrow(() -> new AssertionError(r.stderr()));
        assertEquals("convert: " + warc + ": 3 pages; records skipped: 1 metadata, "
                + "2 non-HTML response, 1 redirect or error response, 1 request, "
                + "1 response in an unsupported encoding (br), 1 revisit, 1 warcinfo", summary);
        assertTrue(r.stderr().contains("convert: 3 converted, 0 failed, 0 skipped in "), r.stderr());
    }

    @Test
    void aPlainWarc10IsReadAsWell() throws IOException {
        Path warc = crawl(dir.resolve("crawl.warc"), WarcCompression.NONE, MessageVersion.WARC_1_0);
        assertTrue(Files.readString(warc, StandardCharsets.ISO_8859_1).startsWith("WARC/1.0\r\n"));
        Path out = dir.resolve("out");
        CliRunner.Result r = CliRunner.run(warc.toString(), "--to", "json", "-o", out + "/");
        assertEquals(0, r.exit(), r.stderr());
        assertEquals(3, names(out).size(), r.stderr());
        String market = Files.readString(out.resolve("news.example_2024_market-hall.json"));
        assertTrue(market.contains(MARKET_TITLE) && market.contains(MARKET_URI), market);
    }

    @Test
    void thePageImageIsTakenFromTheArchiveIntoEpubAndPdf() throws IOException {
        Path warc = crawl(dir.resolve("crawl.warc.gz"), WarcCompression.GZIP, MessageVersion.WARC_1_1);
        Path out = dir.resolve("out");
        Map<String, String> epoch = Map.of("SOURCE_DATE_EPOCH", "1700000000");
        CliRunner.Result epub = CliRunner.runWithInput(new byte[0], epoch, warc.toString(), "--to", "epub", "-o",
                out + "/");
        assertEquals(0, epub.exit(), epub.stderr());
        byte[] book = Files.readAllBytes(out.resolve("news.example_2024_night-ferry.epub"));
        assertTrue(zipEntries(book).stream().anyMatch(data -> Arrays.equals(data, PNG)),
                "the PNG of the archive is in the book");
        assertEquals(List.of(), EpubValidator.problems(book, "night-ferry.epub"));

        CliRunner.Result pdf = CliRunner.runWithInput(new byte[0], epoch, warc.toString(), "--to", "pdf", "-o",
                out + "/");
        assertEquals(0, pdf.exit(), pdf.stderr());
        assertEquals(1, Outputs.imagesInPdf(out.resolve("news.example_2024_night-ferry.pdf")));
        assertFalse(pdf.stderr().contains("warning"), pdf.stderr());
    }

    @Test
    void aBadPageIsCountedAsFailedAndTheOthersAreStillConverted() throws IOException {
        Path warc = dir.resolve("mixed.warc.gz");
        try (WarcFixture w = WarcFixture.create(warc, WarcCompression.GZIP, MessageVersion.WARC_1_1)) {
            w.ok("https://news.example/empty", CAPTURED, "text/html", "<html><body> </body></html>".getBytes(StandardCharsets.UTF_8))
                    .response("https://news.example/broken", CAPTURED, "HTTP/1.1 200 OK\nContent-Type: text/html\n"
                            + "Content-Encoding: gzip\nContent-Length: 6", "nogzip".getBytes(StandardCharsets.UTF_8))
                    .ok(FERRY_URI, CAPTURED, "text/html", FERRY.getBytes(StandardCharsets.UTF_8));
        }
        Path out = dir.resolve("out");
        CliRunner.Result r = CliRunner.run(warc.toString(), "--to", "md", "-o", out + "/");
        assertEquals(1, r.exit(), r.stderr());
        assertEquals(List.of("news.example_2024_night-ferry.md"), names(out));
        assertTrue(r.stderr().contains("convert: https://news.example/empty: no article text found"), r.stderr());
        assertTrue(r.stderr().contains("convert: https://news.example/broken: "), r.stderr());
        assertTrue(r.stderr().contains(": 3 pages"), r.stderr());
        assertTrue(r.stderr().contains("convert: 1 converted, 2 failed, 0 skipped in "), r.stderr());
        assertFalse(r.stderr().contains("\tat "), "no stack trace:\n" + r.stderr());
    }

    @Test
    void thePagesOfAnArchiveWithOneOutputFileAreBoundIntoOneBook() throws IOException {
        Path warc = crawl(dir.resolve("crawl.warc.gz"), WarcCompression.GZIP, MessageVersion.WARC_1_1);
        Path book = dir.resolve("crawl.json");
        CliRunner.Result r = CliRunner.run(warc.toString(), "--to", "json", "-o", book.toString());
        assertEquals(0, r.exit(), r.stderr());
        var articles = new com.fasterxml.jackson.databind.ObjectMapper().readTree(book.toFile()).path("articles");
        assertEquals(3, articles.size(), articles.toString());
        assertTrue(articles.toString().contains(MARKET_TITLE), articles.toString());
    }

    @Test
    void aFileNamedWarcThatIsNoArchiveIsOneClearError() throws IOException {
        Path fake = Files.writeString(dir.resolve("notes.warc"), "these are notes, not an archive\n");
        CliRunner.Result r = CliRunner.run(fake.toString(), "--to", "md", "-o", dir.resolve("out") + "/");
        assertEquals(1, r.exit(), r.stderr());
        assertEquals(1, r.stderr().lines().count(), r.stderr());
        assertTrue(r.stderr().startsWith("convert: " + fake + ": not a web archive (WARC)"), r.stderr());
    }

    @Test
    void aFolderOfArchivesIsExpandedToTheirPages() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        crawl(in.resolve("a.warc.gz"), WarcCompression.GZIP, MessageVersion.WARC_1_1);
        Path out = dir.resolve("out");
        CliRunner.Result r = CliRunner.run(in.toString(), "--to", "txt", "-o", out + "/");
        assertEquals(0, r.exit(), r.stderr());
        assertEquals(3, names(out).size());
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<byte[]> zipEntries(byte[] zip) throws IOException {
        List<byte[]> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) entries.add(in.readAllBytes());
        }
        return entries;
    }
}
