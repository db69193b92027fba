package io.convert.hostile;

import io.convert.fixture.EpubValidator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Checks that bytes are a valid document of a format, with the real parsers: PDFBox for PDF,
 * the zip reader and an XML parser for EPUB, an XML parser for HTML, Jackson for JSON, a strict
 * UTF-8 decoder for Markdown and text, and {@code qpdf --check} when installed; and that no
 * script, event handler, {@code javascript:} link or local file's content reached the output.
 * Returns null when valid, else what is wrong.
 */
final class OutputValidator {
    private OutputValidator() {
    }

    /**
     * What must never reach an output as markup or a link target, whatever the input said. Text
     * is inert: a page whose markup was broken into text may show "<script" as words, which is
     * harmless in plain text, JSON strings and drawn PDF text, so those are checked only for local
     * files' content and link targets.
     */
    static final String PASSWD = "root:x:0:0";

    /** Jackson with its default limits (1,000 levels), as a consumer of the JSON would read it. */
    private static final ObjectMapper JSON = new ObjectMapper();

    static String problem(String format, byte[] data) {
        try {
            if (format.equals("pdf")) return pdfProblem(data);
            String forbidden = forbiddenContent(format, data);
            if (forbidden != null) return "output contains " + forbidden;
            switch (format) {
                case "epub" -> {
                    return epubProblem(data);
                }
                case "html" -> parseXml(data);
                case "json" -> {
                    JSON.readTree(data);
                    return pythonJsonProblem(data);
                }
                case "md", "txt" -> {
                    String text = strictUtf8(data);
                    for (int i = 0; i < text.length(); i++) {
                        char c = text.charAt(i);
                        if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F)) {
                            return "control character U+" + Integer.toHexString(c) + " at " + i;
                        }
                    }
                }
                default -> throw new IllegalArgumentException(format);
            }
            return null;
        } catch (Exception e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /**
     * Whether the output holds a letter or a digit of article text: for text, anywhere; for JSON,
     * in the title or a block's text. Other formats are made from the same model, so these two
     * tell an empty success for all of them; true for the formats not checked here.
     */
    static boolean hasArticleText(String format, byte[] data) throws IOException {
        return switch (format) {
            case "txt" -> hasLetterOrDigit(new String(data, StandardCharsets.UTF_8));
            case "json" -> {
                var article = JSON.readTree(data);
                boolean text = hasLetterOrDigit(article.path("title").asText(""));
                for (var block : article.path("blocks")) text |= hasLetterOrDigit(block.path("text").asText(""));
                yield text;
            }
            default -> true;
        };
    }

    private static boolean hasLetterOrDigit(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /**
     * PDFBox reads the PDF and extracts its text and link targets once, for both checks, then
     * qpdf checks the file.
     */
    private static String pdfProblem(byte[] data) throws IOException, InterruptedException {
        StringBuilder text = new StringBuilder();
        try (PDDocument doc = Loader.loadPDF(data)) {
            if (doc.getNumberOfPages() < 1) return "PDF without pages";
            text.append(new PDFTextStripper().getText(doc));
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        text.append(LINK_MARK).append(uri.getURI());
                    }
                }
            }
        }
        String found = text.toString().toLowerCase(Locale.ROOT);
        if (found.contains(PASSWD)) return "output contains " + PASSWD;
        if (found.contains(LINK_MARK + "javascript:")) return "output contains a javascript: link";
        return qpdfProblem(data);
    }

    /** The first forbidden thing found in a PDF-less output, by what each format makes active. */
    private static String forbiddenContent(String format, byte[] data) throws IOException {
        String text = (format.equals("epub") ? epubText(data) : new String(data, StandardCharsets.UTF_8))
                .toLowerCase(Locale.ROOT);
        if (text.contains(PASSWD)) return PASSWD;
        return switch (format) {
            case "html", "epub" -> MARKUP_ACTIVE.matcher(text).find() ? "active markup: " + MARKUP_ACTIVE.matcher(text)
                    .results().findFirst().map(java.util.regex.MatchResult::group).orElse("") : null;
            case "md" -> activeMarkdown(new String(data, StandardCharsets.UTF_8));
            case "json" -> javascriptUrl(JSON.readTree(data));
            default -> null;
        };
    }

    /** Script-bearing elements, event-handler attributes and javascript: attribute values, in markup (not escaped text). */
    private static final java.util.regex.Pattern MARKUP_ACTIVE = java.util.regex.Pattern.compile(
            "<(script|iframe|form|!entity)\\b|<[^<>]*\\son[a-z]+\\s*=|<[^<>]*=\\s*[\"']?\\s*javascript:");

    private static final String LINK_MARK = "\n\u0000link:";

    private static String epubText(byte[] data) throws IOException {
        StringBuilder out = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(data), StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (!e.getName().matches(".*\\.(xhtml|html|opf|ncx|xml|css|svg)")) continue;
                out.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            }
        }
        return out.toString();
    }

    /** {@code qpdf --check} on the PDF when qpdf is installed (CI installs it); null when it passes or is absent. */
    private static String qpdfProblem(byte[] data) throws IOException, InterruptedException {
        if (!QPDF) return null;
        Path file = Files.createTempFile("hostile", ".pdf");
        try {
            Files.write(file, data);
            Process p = new ProcessBuilder("qpdf", "--check", file.toString()).redirectErrorStream(true).start();
            String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            // qpdf exits 0 when clean, 3 for warnings it recovered from, 2 for errors
            return p.waitFor() == 2 ? "qpdf --check: " + report.lines().limit(3).toList() : null;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static final boolean QPDF = onPath("qpdf");
    private static final boolean PYTHON = onPath("python3");

    /** Python's json module, which stops at about 1,000 levels, on the JSON when python3 is installed. */
    private static String pythonJsonProblem(byte[] data) throws IOException {
        if (!PYTHON) return null;
        Path file = Files.createTempFile("hostile", ".json");
        try {
            Files.write(file, data);
            String verdict = PythonJson.INSTANCE.check(file);
            return verdict.equals("ok") ? null : "python json: " + verdict;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * One python3 process that parses the files it is named, a line each: starting Python for
     * every JSON cost the campaign more than all the conversions to JSON.
     */
    private static final class PythonJson {
        static final PythonJson INSTANCE = new PythonJson();
        private static final String SCRIPT = String.join("\n",
                "import json, sys",
                "for line in sys.stdin:",
                "    try:",
                "        with open(line.rstrip('\\n'), 'rb') as f: json.load(f)",
                "        print('ok', flush=True)",
                "    except Exception as e:",
                "        print((type(e).__name__ + ': ' + str(e)).replace('\\n', ' '), flush=True)");
        private Process process;
        private java.io.BufferedReader replies;
        private java.io.Writer requests;

        synchronized String check(Path file) throws IOException {
            if (process == null || !process.isAlive()) {
                process = new ProcessBuilder("python3", "-c", SCRIPT).redirectErrorStream(true).start();
                replies = process.inputReader(StandardCharsets.UTF_8);
                requests = process.outputWriter(StandardCharsets.UTF_8);
            }
            requests.write(file.toAbsolutePath() + "\n");
            requests.flush();
            String reply = replies.readLine();
            return reply == null ? "python3 stopped" : reply;
        }
    }

    /**
     * The Markdown re-parsed as CommonMark with GFM tables, as a renderer would read it: raw HTML
     * (which the writer never writes) or a link or image to a javascript: URL. Text that only
     * looks like either, escaped, is inert.
     */
    private static String activeMarkdown(String text) {
        var parser = org.commonmark.parser.Parser.builder()
                .extensions(List.of(org.commonmark.ext.gfm.tables.TablesExtension.create())).build();
        String[] found = {null};
        parser.parse(text).accept(new org.commonmark.node.AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.HtmlBlock html) {
                found[0] = "raw HTML block: " + html.getLiteral().strip();
            }

            @Override
            public void visit(org.commonmark.node.HtmlInline html) {
                found[0] = "raw inline HTML: " + html.getLiteral();
            }

            @Override
            public void visit(org.commonmark.node.Link link) {
                if (isJavascript(link.getDestination())) found[0] = "a javascript: link";
                visitChildren(link);
            }

            @Override
            public void visit(org.commonmark.node.Image image) {
                if (isJavascript(image.getDestination())) found[0] = "a javascript: image";
                visitChildren(image);
            }
        });
        return found[0];
    }

    /** A link or image field ({@code href}, {@code src}) anywhere in the JSON that is a javascript: URL. */
    private static String javascriptUrl(com.fasterxml.jackson.databind.JsonNode node) {
        for (var field : (Iterable<java.util.Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>>) node::fields) {
            if ((field.getKey().equals("href") || field.getKey().equals("src")) && isJavascript(field.getValue().asText())) {
                return "a javascript: URL in " + field.getKey();
            }
        }
        for (var child : node) {
            String found = javascriptUrl(child);
            if (found != null) return found;
        }
        return null;
    }

    private static boolean isJavascript(String url) {
        return url != null && url.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "")
                .startsWith("javascript:");
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        return Arrays.stream(path.split(java.io.File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }

    /** EPUBCheck's warnings and errors, then an XML parse of every XML entry. */
    private static String epubProblem(byte[] data) throws Exception {
        List<String> problems = EpubValidator.problems(data, "hostile.epub");
        if (!problems.isEmpty()) return "EPUBCheck: " + problems.get(0);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(data), StandardCharsets.UTF_8)) {
            ZipEntry first = zip.getNextEntry();
            if (first == null || !first.getName().equals("mimetype")) return "mimetype is not the first entry";
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                byte[] content = zip.readAllBytes();
                String name = e.getName();
                if (name.endsWith(".xhtml") || name.endsWith(".opf") || name.endsWith(".ncx") || name.endsWith(".xml")) {
                    parseXml(content);
                }
            }
        }
        return null;
    }

    private static void parseXml(byte[] data) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        var builder = f.newDocumentBuilder();
        builder.setErrorHandler(null);
        builder.parse(new ByteArrayInputStream(data));
    }

    static String strictUtf8(byte[] data) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
    }
}
