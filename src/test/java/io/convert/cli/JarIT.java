package io.convert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged fat jar, run as a separate process the way users and scripts run it. */
class JarIT {
    static final Path JAR = Path.of("target/convert.jar").toAbsolutePath();
    static final Path SEED = Path.of("examples/article-ar.txt").toAbsolutePath();

    @TempDir
    Path dir;

    record Run(int exit, String out, String err, long pid) {
    }

    Run run(String... args) throws IOException, InterruptedException {
        return runWith(List.of(), args);
    }

    /** Runs the jar with {@code jvmOptions} before -jar. */
    Run runWith(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java", "-Xmx1g"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve(".out").toFile()).redirectError(dir.resolve(".err").toFile())
                .start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
        Run r = new Run(p.exitValue(), Files.readString(dir.resolve(".out"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve(".err"), StandardCharsets.UTF_8), p.pid());
        Files.delete(dir.resolve(".out"));
        Files.delete(dir.resolve(".err"));
        return r;
    }

    @Test
    void withoutOutputOptionWritesInputNameWithExtensionInTheCurrentFolder() throws Exception {
        Run r = run(SEED.toString(), "--to", "md");
        assertEquals(0, r.exit(), r.err());
        String md = Files.readString(dir.resolve("article-ar.md"));
        assertTrue(md.startsWith("---\n"), md);
        assertTrue(md.contains("lang: 'ar'"), md);
        assertTrue(md.contains("روسيا وأمريكا تبحثان نتائج محادثات إسطنبول"), md);
    }

    @Test
    void everyFormatOfTheSeedFromTheJar() throws Exception {
        for (String format : List.of("pdf", "epub", "md", "html", "txt", "json")) {
            Run r = run(SEED.toString(), "--to", format, "-o", "seed." + format);
            assertEquals(0, r.exit(), format + ": " + r.err());
            assertTrue(Files.size(dir.resolve("seed." + format)) > 500, format);
        }
    }

    /**
     * A record's own equals, hashCode and toString are linked on their first call through
     * java.lang.runtime.ObjectMethods, whose method-handle set-up cost a cold seed -> PDF run
     * some 3% of its CPU time. The records the common conversions compare or hash write theirs
     * out (TextStyle, the shaping memo's key, Language, the EPUB images' key); one that does not
     * shows up here. Nor does picocli's reflective look-up of converters for java.sql types, which
     * the entry point turns off.
     */
    @Test
    void theCommonConversionsLinkNoRecordMethodAndNoSqlType() throws Exception {
        Path examples = SEED.getParent();
        List<List<String>> conversions = List.of(
                List.of(SEED.toString(), "--to", "pdf"),
                List.of(examples.resolve("article-en.html").toString(), "--to", "pdf"),
                List.of(examples.resolve("article-en.html").toString(), "--to", "md"),
                List.of(examples.resolve("article-ar.html").toString(), "--to", "epub"));
        for (List<String> conversion : conversions) {
            Path classes = dir.resolve("classes.log");
            List<String> args = new ArrayList<>(conversion);
            args.addAll(List.of("-o", "out." + conversion.get(2)));
            Run r = runWith(List.of("-Xlog:class+load:file=" + classes), args.toArray(String[]::new));
            assertEquals(0, r.exit(), conversion + ": " + r.err());
            String loaded = Files.readString(classes);
            assertTrue(loaded.contains("io.convert.Converter "), "the log lists the run's classes");
            assertFalse(loaded.contains("java.lang.runtime.ObjectMethods "), conversion + " linked a record method");
            assertFalse(loaded.contains("source: jrt:/java.sql"), conversion + " loaded java.sql classes");
        }
    }

    /**
     * A plain {@code java -jar} run keeps to the quick compiler ({@link QuickCompiler}): the
     * optimising compiler (tier 4) compiles some 260 methods of a cold seed -> PDF run without
     * the directive and only the few the JVM compiles before {@code main} with it. A compiler
     * chosen with flags stays chosen.
     */
    @Test
    void aPlainRunLeavesTheOptimisingCompilerOutUnlessFlagsChoseIt() throws Exception {
        Run plain = runWith(List.of("-XX:+PrintCompilation"), SEED.toString(), "--to", "pdf", "-o", "seed.pdf");
        assertEquals(0, plain.exit(), plain.err());
        assertTrue(optimisingCompilations(plain.out()) < 30, plain.out());
        Run chosen = runWith(List.of("-XX:+PrintCompilation", "-XX:TieredStopAtLevel=4"),
                SEED.toString(), "--to", "pdf", "-o", "seed.pdf");
        assertEquals(0, chosen.exit(), chosen.err());
        assertTrue(optimisingCompilations(chosen.out()) > 60, chosen.out());
        assertFalse(Files.exists(Path.of(System.getProperty("java.io.tmpdir"), "convert-jit-" + plain.pid() + ".json")),
                "the directive's file is deleted");
    }

    /** Lines of -XX:+PrintCompilation for tier 4 ("  1234  567 %  4  a.B::c (12 bytes)"). */
    private static long optimisingCompilations(String log) {
        return log.lines().filter(l -> l.matches("\\s*\\d+\\s+\\d+\\s+[%sbn! ]*4\\s+\\S+.*")).count();
    }

    @Test
    void theOutputFilesExtensionIsEnoughToNameTheFormat() throws Exception {
        Run r = run(SEED.toString(), "-o", "seed.epub");
        assertEquals(0, r.exit(), r.err());
        byte[] epub = Files.readAllBytes(dir.resolve("seed.epub"));
        assertEquals("PK", new String(epub, 0, 2, StandardCharsets.ISO_8859_1));
        assertTrue(new String(epub, StandardCharsets.ISO_8859_1).contains("application/epub+zip"));
    }

    /**
     * The jar leaves out ICU's locale data that nothing asks for (see the pom); what a book's
     * wording needs from it must still be there: the plural of its title, dates and a date range
     * in Arabic and English, a list of authors.
     */
    @Test
    void aBookFromTheJarIsWordedInItsLanguages() throws Exception {
        Path examples = SEED.getParent();
        Run r = run(SEED.toString(), examples.resolve("article-ar.html").toString(),
                examples.resolve("article-en.html").toString(), "--to", "html", "-o", "book.html");
        assertEquals(0, r.exit(), r.err());
        String html = Files.readString(dir.resolve("book.html"));
        for (String wording : List.of("<h1>3 مقالات</h1>", "4 مارس 2025 – 17 مايو 2025", ">17 مايو 2025</time>",
                ">March 4, 2025</time>", "Maya Lindqvist and Tomás Ferreira")) {
            assertTrue(html.contains(wording), wording);
        }
    }

    @Test
    void versionHelpAndExitCodesOfTheRealProcess() throws Exception {
        Run version = run("--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().startsWith("convert 0."), version.out());
        Run help = run("--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("--to") && help.out().contains("Exit codes"), help.out());
        assertEquals(1, run("missing.html", "--to", "md").exit());
        assertEquals(2, run(SEED.toString(), "--to", "nonsense").exit());
    }

    @Test
    void shellCompletionAndManPageAreGenerated() throws Exception {
        Run completion = run("generate-completion");
        assertEquals(0, completion.exit(), completion.err());
        assertTrue(completion.out().contains("--page-size"), "completion knows the options");
        Run man = run("gen-manpage", "--outdir=man");
        assertEquals(0, man.exit(), man.err());
        String page = Files.readString(dir.resolve("man/convert.adoc"));
        assertTrue(page.contains("--link-notes"), page);
    }
}
