package io.convert.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.convert.cli.ConvertCommand;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The job in local mode against the command line: same inputs, same options, same
 * SOURCE_DATE_EPOCH, and every output must be the same bytes; a bad page is a row with its error.
 */
class ConvertJobTest {
    static final String EPOCH = "1700000000";
    static final Instant CAPTURED = Instant.parse("2024-06-02T07:00:00Z");
    static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("convert-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    static String page(String title, String... paragraphs) {
        StringBuilder html = new StringBuilder("<html><head><meta charset=\"utf-8\"><title>").append(title)
                .append("</title></head><body><article><h1>").append(title).append("</h1>");
        for (String p : paragraphs) html.append("<p>").append(p).append("</p>");
        return html.append("</article></body></html>").toString();
    }

    static final String TRAM = page("Tram line reaches the hospital",
            "The new tram line now runs past the hospital gates, ending a bus transfer that patients had complained about for years.",
            "<img src=\"/media/tram.png\" alt=\"A tram at the new stop\">",
            "Trams run every seven minutes during the day and every quarter hour after nine in the evening.",
            "The city said the line came in under budget because the track was laid along an existing road.");
    static final String GARDEN = page("حديقة جديدة على ضفة النهر",
            "فتحت المدينة حديقة عامة جديدة على ضفة النهر بعد أن كانت الأرض موقفا للسيارات لسنوات طويلة.",
            "زرعت البلدية أكثر من مئتي شجرة، وأضافت ممرا للدراجات يمتد على طول الضفة.",
            "وتفتح الحديقة أبوابها من السادسة صباحا حتى منتصف الليل طوال أيام الأسبوع.");
    static final String CHOIR = page("School choir wins the regional contest",
            "Thirty pupils from the harbour school sang their way to first place on Saturday, ahead of eleven other choirs.",
            "Their teacher said the group had rehearsed twice a week since September, mostly in the school gym.",
            "The choir will represent the region at the national final in the spring.");

    static Path warc(Path file) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        BufferedImage image = new BufferedImage(90, 60, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().setColor(Color.ORANGE);
        image.getGraphics().fillRect(10, 10, 40, 30);
        ImageIO.write(image, "png", png);
        try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                WarcCompression.GZIP)) {
            respond(w, "https://city.example/transport/tram", "text/html; charset=utf-8", TRAM.getBytes(StandardCharsets.UTF_8));
            respond(w, "https://city.example/ar/garden", "text/html; charset=utf-8", GARDEN.getBytes(StandardCharsets.UTF_8));
            respond(w, "https://city.example/blank", "text/html", "<html><body></body></html>".getBytes(StandardCharsets.UTF_8));
            respond(w, "https://city.example/media/tram.png", "image/png", png.toByteArray());
        }
        return file;
    }

    static void respond(WarcWriter w, String uri, String type, byte[] body) throws IOException {
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] message = new byte[head.length + body.length];
        System.arraycopy(head, 0, message, 0, head.length);
        System.arraycopy(body, 0, message, head.length, body.length);
        w.write(new WarcResponse.Builder(URI.create(uri)).date(CAPTURED).body(MediaType.HTTP_RESPONSE, message).build());
    }

    /** A crawl of three pages (one blank) and a folder of two pages (one not text at all). */
    Path inputs() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        warc(in.resolve("crawl.warc.gz"));
        Files.writeString(in.resolve("choir.html"), CHOIR);
        Files.write(in.resolve("broken.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0});
        return in;
    }

    static int cli(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ConvertCommand.execute(Conversions.converter(), Map.of("SOURCE_DATE_EPOCH", EPOCH),
                new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        System.err.print(err.toString(StandardCharsets.UTF_8));
        return exit;
    }

    static JobOptions options(String... args) {
        return JobOptions.parse(args, Conversions.converter(), EPOCH);
    }

    @Test
    void filesWrittenByTheJobAreTheCommandLinesBytes() throws IOException {
        Path in = inputs();
        Path out = dir.resolve("spark");
        ConvertJob.Summary summary = ConvertJob.run(spark, options("--to", "epub", "--page-size", "a5", in.toString(),
                out.toString()));
        assertEquals(3, summary.converted(), summary.errors().toString());
        assertEquals(2, summary.failed(), summary.errors().toString());

        Path cli = dir.resolve("cli");
        cli("--to", "epub", "--page-size", "a5", "-o", cli + "/", in.resolve("crawl.warc.gz").toString(),
                in.resolve("choir.html").toString());
        List<String> expected = List.of("choir.epub", "city.example_ar_garden.epub", "city.example_transport_tram.epub");
        assertEquals(expected, files(cli));
        assertEquals(List.of("choir.epub", "crawl/city.example_ar_garden.epub", "crawl/city.example_transport_tram.epub"),
                files(out));
        for (String name : expected) {
            Path job = Files.exists(out.resolve(name)) ? out.resolve(name) : out.resolve("crawl").resolve(name);
            assertArrayEquals(Files.readAllBytes(cli.resolve(name)), Files.readAllBytes(job), name);
        }
    }

    @Test
    void theParquetTableHasARowPerArticleAndAnErrorRowPerBadOne() throws IOException {
        Path in = inputs();
        Path table = dir.resolve("table");
        ConvertJob.run(spark, options("--to", "md", "--parquet", in.toString(), table.toString()));
        List<Row> rows = new ArrayList<>(spark.read().parquet(table.toString()).orderBy("name").collectAsList());
        assertEquals(List.of("broken", "choir", "crawl/city.example_ar_garden", "crawl/city.example_blank",
                "crawl/city.example_transport_tram"), rows.stream().map(r -> r.<String>getAs("name")).toList());

        Row blank = rows.get(3);
        assertEquals("https://city.example/blank", blank.getAs("source"));
        assertEquals("no article text found", blank.getAs("error"));
        assertNull(blank.getAs("bytes"));
        assertTrue(rows.get(0).<String>getAs("error").startsWith("not a text document"), rows.get(0).toString());

        Row garden = rows.get(2);
        assertNull(garden.getAs("error"));
        assertEquals("حديقة جديدة على ضفة النهر", garden.getAs("title"));
        assertEquals("ar", garden.getAs("language"));
        assertEquals("md", garden.getAs("format"));
        Path cli = dir.resolve("cli");
        cli("--to", "md", "-o", cli + "/", in.resolve("crawl.warc.gz").toString());
        assertArrayEquals(Files.readAllBytes(cli.resolve("city.example_ar_garden.md")), garden.getAs("bytes"));
        String md = new String(garden.<byte[]>getAs("bytes"), StandardCharsets.UTF_8);
        assertTrue(md.contains("2024-06-02"), "the capture date stands in for the missing one:\n" + md);
    }

    /**
     * Mozilla's 130 test pages, when the corpus is beside the project (or named by
     * -Dconvert.corpus): the job's Markdown equals the command line's for each page.
     */
    @Test
    void theMozillaPagesComeOutAsTheCommandLineWritesThem() throws IOException {
        Path corpus = Path.of(System.getProperty("convert.corpus", "../../../shared/corpus"))
                .resolve("readability-test-pages");
        if (!Files.isDirectory(corpus)) {
            System.out.println("SKIPPED: corpus readability-test-pages not found in " + corpus.toAbsolutePath().normalize()
                    + ": run with -Dconvert.corpus=DIR");
            org.junit.jupiter.api.Assumptions.abort("no corpus");
        }
        List<String> pages;
        try (Stream<Path> folders = Files.list(corpus)) {
            pages = folders.map(f -> f.resolve("source.html")).filter(Files::isRegularFile).map(Path::toString).sorted()
                    .toList();
        }
        Path out = dir.resolve("spark");
        List<String> args = new ArrayList<>(List.of("--to", "md"));
        args.addAll(pages);
        args.add(out.toString());
        ConvertJob.Summary summary = ConvertJob.run(spark, options(args.toArray(String[]::new)));
        List<Unit> units = ConvertJob.units(pages, spark.sparkContext().hadoopConfiguration());
        Path cli = Files.createDirectories(dir.resolve("cli"));
        int compared = 0;
        for (Unit unit : units) {
            Path expected = cli.resolve(unit.name() + ".md");
            if (cli(Path.of(URI.create(unit.path())).toString(), "--to", "md", "-o", expected.toString()) != 0) continue;
            assertArrayEquals(Files.readAllBytes(expected), Files.readAllBytes(out.resolve(unit.name() + ".md")),
                    unit.path());
            compared++;
        }
        assertEquals(summary.converted(), compared);
        assertTrue(compared >= pages.size() - 5, compared + " of " + pages.size());
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> !n.contains("/.") && !n.startsWith(".") && !n.contains(".crc")).sorted().toList();
        }
    }
}
