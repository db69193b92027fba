package io.convert.cli;

import io.convert.Converter;
import io.convert.Formats;
import io.convert.Overrides;
import io.convert.io.AtomicOutput;
import io.convert.io.InputLoader;
import io.convert.io.NetworkPolicy;
import io.convert.io.PolicyResourceLoader;
import io.convert.model.Article;
import io.convert.model.Dates;
import io.convert.model.Direction;
import io.convert.spi.ArticleReader;
import io.convert.spi.ArticleWriter;
import io.convert.spi.ConvertException;
import io.convert.spi.Limits;
import io.convert.spi.ReadOptions;
import io.convert.spi.WriteOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code convert} command: a thin layer over {@link Converter}. */
@Command(name = "convert",
        mixinStandardHelpOptions = true,
        versionProvider = ConvertCommand.Version.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Turns a news article (an HTML page, a URL or scraped text) into PDF, EPUB 3, Markdown, HTML, "
                    + "plain text or JSON.",
            ""
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:bad or unreadable input",
            "2:usage error",
            "3:output could not be written",
            "4:internal error"
        })
public final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Files, folders, http(s) URLs, or - for standard input.")
    List<String> inputs = new ArrayList<>();

    @Option(names = {"-t", "--to"}, paramLabel = "FORMAT",
            description = "Output format: pdf, epub, md (markdown), html, txt (text), json, or any registered.")
    String to;

    @Option(names = {"-f", "--from"}, paramLabel = "FORMAT", defaultValue = "auto",
            description = "Input format: html, html-raw, text, auto (by extension, then content). Default: ${DEFAULT-VALUE}.")
    String from;

    @Option(names = {"-o", "--output"}, paramLabel = "OUTPUT",
            description = "Output file, - for standard output, or a folder (ending in /) for several inputs. "
                    + "Default: <input name>.<ext> in the current folder.")
    String output;

    @Option(names = "--title", description = "Override the title.")
    String title;

    @Option(names = "--author", paramLabel = "NAME", description = "Override the authors (repeatable).")
    List<String> authors = new ArrayList<>();

    @Option(names = "--lang", paramLabel = "TAG", description = "Override the language (BCP 47, e.g. ar, en-GB).")
    String lang;

    @Option(names = "--dir", paramLabel = "ltr|rtl", description = "Override the text direction.")
    String dir;

    @Option(names = "--date", paramLabel = "DATE",
            description = "Override the publication date (ISO-8601); also fixes output timestamps.")
    String date;

    @Option(names = {"-M", "--metadata"}, paramLabel = "KEY=VALUE",
            description = "Set other metadata: subtitle, site, source, description, tags, modified, ...")
    Map<String, String> metadata = new LinkedHashMap<>();

    @Option(names = "--base-url", paramLabel = "URL", description = "Base URL for relative links and images.")
    String baseUrl;

    @Option(names = "--no-extract", description = "Keep the whole HTML page instead of finding the article in it.")
    boolean noExtract;

    @Option(names = "--allow-network", description = "Allow fetching remote images (http/https only).")
    boolean allowNetwork;

    @Option(names = "--allow-private-network",
            description = "Allow fetching from private, loopback and link-local addresses.")
    boolean allowPrivateNetwork;

    @Option(names = "--user-agent", paramLabel = "UA", description = "User-Agent for http requests.")
    String userAgent;

    @Option(names = "--resource-path", paramLabel = "DIR",
            description = "Another folder images may be read from (repeatable); default: the input's folder only.")
    List<Path> resourcePath = new ArrayList<>();

    @Option(names = "--max-input-size", paramLabel = "BYTES", defaultValue = "64M",
            converter = ByteSizeConverter.class,
            description = "Largest input accepted (suffix K, M, G). Default: ${DEFAULT-VALUE}.")
    long maxInputSize;

    @Option(names = "--page-size", paramLabel = "SIZE", defaultValue = "A4",
            description = "PDF page size: A4, A5, Letter, or WxH with units (e.g. 6inx9in, 150mmx220mm).")
    String pageSize;

    @Option(names = "--justify", paramLabel = "MODE", defaultValue = "inter-word",
            description = "PDF justification: inter-word, kashida (Arabic), none. Default: ${DEFAULT-VALUE}.")
    String justify;

    @Option(names = "--link-notes", description = "PDF: list link URLs as numbered notes for print.")
    boolean linkNotes;

    @Option(names = "--font", paramLabel = "FILE", description = "Extra font file, used before the bundled fonts.")
    List<Path> fonts = new ArrayList<>();

    @Option(names = "--font-dir", paramLabel = "DIR", description = "Folder of extra font files.")
    List<Path> fontDirs = new ArrayList<>();

    @Option(names = "--cover", paramLabel = "IMAGE", description = "EPUB cover image (default: the lead image).")
    Path cover;

    @Option(names = "--embed-fonts", description = "EPUB: package the bundled fonts.")
    boolean embedFonts;

    @Option(names = "--variable", paramLabel = "KEY=VALUE", description = "Setting for a writer plug-in.")
    Map<String, String> variables = new LinkedHashMap<>();

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Give up on an input that takes longer than this. Default: ${DEFAULT-VALUE}.")
    int timeoutSeconds;

    @Option(names = "--list-formats", description = "List the input and output formats and exit.")
    boolean listFormats;

    @Option(names = {"-v", "--verbose"}, description = "Report details; show stack traces of internal errors.")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "Do not print warnings.")
    boolean quiet;

    private final Converter converter;
    private final Map<String, String> env;
    private final InputStream stdin;
    private final PrintStream stdout;

    ConvertCommand(Converter converter, Map<String, String> env, InputStream stdin, PrintStream stdout) {
        this.converter = converter;
        this.env = env;
        this.stdin = stdin;
        this.stdout = stdout;
    }

    /**
     * Words that reach a subcommand or list them. picocli models every subcommand by reflection
     * when the command line is built, a fifth of its start-up, so a conversion (which can name
     * none of them) goes without.
     */
    private static final Set<String> SUBCOMMAND_WORDS =
            Set.of("help", "generate-completion", "gen-manpage", "-h", "--help");

    /** Runs the command line on the process's own streams and returns its exit code. */
    public static int execute(String... args) {
        return execute(Converter.create(), System.getenv(), System.in, System.out, System.err, args);
    }

    /** Runs the command line with the given converter, environment and streams. */
    public static int execute(Converter converter, Map<String, String> env, InputStream in,
            PrintStream out, PrintStream err, String... args) {
        boolean subcommands = args.length == 0 || Stream.of(args).anyMatch(SUBCOMMAND_WORDS::contains);
        return commandLine(converter, env, in, out, err, subcommands).execute(args);
    }

    private static CommandLine commandLine(Converter converter, Map<String, String> env, InputStream in,
            PrintStream out, PrintStream err, boolean subcommands) {
        ConvertCommand command = new ConvertCommand(converter, env, in, out);
        CommandLine cl = new CommandLine(command);
        if (subcommands) {
            // Added first: settings below reach only the subcommands present when they are made.
            cl.addSubcommand(new CommandLine.HelpCommand());
            cl.addSubcommand(new picocli.AutoComplete.GenerateCompletion());
            cl.addSubcommand(new picocli.codegen.docgen.manpage.ManPageGenerator());
        }
        cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? 2 : 4);
        cl.setParameterExceptionHandler((e, args) -> {
            PrintWriter w = e.getCommandLine().getErr();
            w.println("convert: " + e.getMessage());
            w.println("Try 'convert --help' for more information.");
            return 2;
        });
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter w = commandLine.getErr();
            w.println("convert: internal error: " + oneLine(e));
            if (command.verbose) e.printStackTrace(w);
            return 4;
        });
        return cl;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (listFormats) {
            printFormats(spec.commandLine().getOut());
            return 0;
        }
        if (inputs.isEmpty()) throw usage("no INPUT given");
        if (to == null) throw usage("missing --to FORMAT");
        ArticleWriter writer;
        Overrides overrides;
        try {
            writer = converter.writer(to);
            if (!from.equalsIgnoreCase("auto")) converter.chooseReader(io.convert.spi.Input.of(""), from);
            overrides = new Overrides(title, authors, lang, parseDirection(), date, metadata);
            if (baseUrl != null && !URI.create(baseUrl).isAbsolute()) {
                throw new IllegalArgumentException("--base-url must be an absolute URL: " + baseUrl);
            }
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        List<String> expanded = expandInputs(err);
        if (expanded.isEmpty()) throw usage("no input files found");
        boolean toStdout = "-".equals(output);
        Path outputDir = outputDirectory(expanded.size());
        if (toStdout && writer.binary() && System.console() != null) {
            throw usage("refusing to write " + writer.format() + " to a terminal; use -o FILE");
        }
        int exit = 0;
        for (String input : expanded) {
            exit = Math.max(exit, convertGuarded(input, writer, overrides, toStdout, outputDir, err));
        }
        return exit;
    }

    /**
     * Runs one conversion on a worker thread with a large stack, so deeply nested documents
     * cannot overflow it, and under the time limit, so a pathological input cannot hang a
     * script. A timed-out worker is abandoned: the process exits when the CLI returns.
     */
    private int convertGuarded(String input, ArticleWriter writer, Overrides overrides, boolean toStdout,
            Path outputDir, PrintWriter err) {
        int[] result = {4};
        Thread worker = new Thread(null, () -> result[0] = convertOne(input, writer, overrides, toStdout, outputDir,
                err), "convert-worker", WORKER_STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        try {
            worker.join(timeoutSeconds * 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (worker.isAlive()) {
            worker.interrupt();
            err.println("convert: " + (input.equals("-") ? "<stdin>" : input) + ": gave up after " + timeoutSeconds
                    + " s (see --timeout)");
            err.flush();
            return 1;
        }
        return result[0];
    }

    private static final long WORKER_STACK_BYTES = 512L << 20;

    private int convertOne(String input, ArticleWriter writer, Overrides overrides, boolean toStdout, Path outputDir,
            PrintWriter err) {
        String name = input.equals("-") ? "<stdin>" : input;
        CliDiagnostics diagnostics = new CliDiagnostics(name, err, quiet, verbose);
        try {
            NetworkPolicy network = NetworkPolicy.OFF.withEnabled(allowNetwork).withAllowPrivate(allowPrivateNetwork)
                    .withUserAgent(userAgent);
            InputLoader.Loaded loaded = new InputLoader(maxInputSize, network).load(input, stdin);
            Limits limits = Limits.DEFAULT.withMaxInputBytes(maxInputSize);
            ReadOptions readOptions = new ReadOptions(baseUrl != null ? baseUrl : loaded.input().baseUri(),
                    !noExtract, limits, diagnostics);
            Article article = overrides.apply(converter.read(loaded.input(), from, readOptions));
            article = TextBudget.apply(article, limits, diagnostics);

            List<Path> roots = new ArrayList<>(resourcePath);
            if (loaded.folder() != null) roots.add(loaded.folder());
            URI resourceBase = readOptions.baseUrl() != null ? URI.create(readOptions.baseUrl())
                    : loaded.folder() != null ? loaded.folder().toUri() : null;
            PolicyResourceLoader resources = new PolicyResourceLoader(resourceBase, roots,
                    network.withEnabled(allowNetwork || loaded.fromNetwork()), maxInputSize);
            WriteOptions writeOptions = WriteOptions.builder()
                    .resources(resources)
                    .diagnostics(diagnostics)
                    .timestamp(timestamp())
                    .pageSize(pageSize)
                    .linkNotes(linkNotes)
                    .justify(justify)
                    .fonts(fonts)
                    .fontDirs(fontDirs)
                    .cover(cover)
                    .embedFonts(embedFonts)
                    .limits(limits)
                    .variables(variables)
                    .build();
            Article finalArticle = article;
            if (toStdout) {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                writer.write(finalArticle, buffer, writeOptions);
                buffer.writeTo(stdout);
                stdout.flush();
            } else {
                Path target = outputPath(input, loaded, writer, outputDir);
                refuseToOverwriteInput(target, input);
                try {
                    AtomicOutput.write(target, out -> writer.write(finalArticle, out, writeOptions));
                } catch (ConvertException e) {
                    throw e;
                } catch (IOException | UncheckedIOException e) {
                    if (isOutputProblem(e, target)) {
                        throw new ConvertException(ConvertException.Kind.OUTPUT, "cannot write " + target + ": "
                                + oneLine(e), e);
                    }
                    throw e;
                }
                diagnostics.debug("wrote " + target);
            }
            return 0;
        } catch (ConvertException e) {
            err.println("convert: " + name + ": " + e.getMessage());
            if (verbose) e.printStackTrace(err);
            return e.kind().exitCode;
        } catch (IOException | UncheckedIOException e) {
            err.println("convert: " + name + ": " + oneLine(e));
            if (verbose) e.printStackTrace(err);
            return 3;
        } catch (OutOfMemoryError | StackOverflowError e) {
            err.println("convert: " + name + ": input too large or too deeply nested to convert");
            if (verbose) e.printStackTrace(err);
            return 1;
        } catch (RuntimeException e) {
            err.println("convert: " + name + ": internal error: " + oneLine(e));
            if (verbose) e.printStackTrace(err);
            return 4;
        } finally {
            err.flush();
        }
    }

    /**
     * Tells a failure to write (disk full, permissions) from a failure while producing the
     * content, by whether the target's folder is writable at all.
     */
    private static boolean isOutputProblem(Exception e, Path target) {
        Path dir = target.toAbsolutePath().getParent();
        return e instanceof java.nio.file.FileSystemException || dir == null || !Files.isWritable(dir);
    }

    private void refuseToOverwriteInput(Path target, String input) {
        if (input.equals("-") || InputLoader.isUrl(input)) return;
        try {
            if (Files.exists(target) && Files.isSameFile(target, Path.of(input))) {
                throw new ConvertException(ConvertException.Kind.OUTPUT, "refusing to overwrite the input file "
                        + target);
            }
        } catch (IOException e) {
            throw new ConvertException(ConvertException.Kind.OUTPUT, "cannot check output " + target, e);
        }
    }

    private Path outputDirectory(int inputCount) {
        if (output == null) return inputCount > 1 || inputs.size() > 1 ? Path.of("") : null;
        if (output.equals("-")) return null;
        Path p = Path.of(output);
        boolean dir = output.endsWith("/") || output.endsWith(java.io.File.separator) || Files.isDirectory(p);
        if (dir) {
            try {
                Files.createDirectories(p);
            } catch (IOException e) {
                throw new ConvertException(ConvertException.Kind.OUTPUT, "cannot create folder " + p);
            }
            return p;
        }
        if (inputCount > 1) throw usage("several inputs need -o DIR/ (a folder), not a file");
        return null;
    }

    private Path outputPath(String input, InputLoader.Loaded loaded, ArticleWriter writer, Path outputDir) {
        if (output != null && outputDir == null) return Path.of(output);
        String base;
        if (input.equals("-")) {
            base = "stdin";
        } else if (loaded.fromNetwork()) {
            base = urlBaseName(input);
        } else {
            String fileName = Path.of(input).getFileName().toString();
            int dot = fileName.lastIndexOf('.');
            base = dot > 0 ? fileName.substring(0, dot) : fileName;
        }
        String fileName = base + "." + writer.extension();
        return outputDir == null ? Path.of(fileName) : outputDir.resolve(fileName);
    }

    private static String urlBaseName(String url) {
        URI uri = URI.create(url);
        String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
        String last = path.isEmpty() ? uri.getHost() : path.substring(path.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        if (dot > 0) last = last.substring(0, dot);
        String safe = last.replaceAll("[^\\p{L}\\p{N}._-]+", "-");
        return safe.isEmpty() ? "article" : safe;
    }

    /** Folders are expanded to the files in them that some reader claims by extension. */
    private List<String> expandInputs(PrintWriter err) {
        List<String> result = new ArrayList<>();
        for (String input : inputs) {
            Path p = input.equals("-") || InputLoader.isUrl(input) ? null : Path.of(input);
            if (p != null && Files.isDirectory(p)) {
                try (Stream<Path> files = Files.walk(p)) {
                    files.filter(Files::isRegularFile).filter(this::claimedByReader).sorted()
                            .forEach(f -> result.add(f.toString()));
                } catch (IOException e) {
                    err.println("convert: " + input + ": cannot list folder");
                }
            } else {
                result.add(input);
            }
        }
        return result;
    }

    private boolean claimedByReader(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot < 0) return false;
        String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return converter.formats().readers().stream().anyMatch(r -> r.extensions().contains(ext));
    }

    private Direction parseDirection() {
        if (dir == null) return null;
        Direction d = Direction.fromCode(dir);
        if (d == null) throw new IllegalArgumentException("--dir must be ltr or rtl, not '" + dir + "'");
        return d;
    }

    /**
     * The timestamp written into outputs: SOURCE_DATE_EPOCH when set (reproducible builds),
     * else {@code --date}, else null for the current time.
     */
    private Instant timestamp() {
        String epoch = env.get("SOURCE_DATE_EPOCH");
        if (epoch != null && !epoch.isBlank()) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(epoch.trim()));
            } catch (NumberFormatException e) {
                throw usage("SOURCE_DATE_EPOCH must be a number of seconds: " + epoch);
            }
        }
        if (date == null) return null;
        TemporalAccessor t = Dates.parse(Dates.normalize(date));
        if (t instanceof LocalDate d) return d.atStartOfDay(ZoneOffset.UTC).toInstant();
        return ((OffsetDateTime) t).toInstant();
    }

    private void printFormats(PrintWriter out) {
        Formats formats = converter.formats();
        out.println("Input formats (--from):");
        for (ArticleReader r : formats.readers()) {
            out.printf("  %-10s %s%s%n", r.name(), r.description(), r.aliases().isEmpty() ? ""
                    : " (also: " + String.join(", ", r.aliases()) + ")");
        }
        out.println("Output formats (--to):");
        for (ArticleWriter w : formats.writers()) {
            out.printf("  %-10s %s%s%n", w.format(), w.description(), w.aliases().isEmpty() ? ""
                    : " (also: " + String.join(", ", w.aliases()) + ")");
        }
        out.flush();
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) m = e.getClass().getSimpleName();
        m = m.replaceAll("\\s+", " ").trim();
        return m.length() > 300 ? m.substring(0, 297) + "..." : m;
    }

    /** The jar's version, from its manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = ConvertCommand.class.getPackage().getImplementationVersion();
            return new String[] {"convert " + (v == null ? "(development build)" : v),
                "Java " + System.getProperty("java.version")};
        }
    }

    /** Parses sizes such as {@code 64M}, {@code 512K}, {@code 1G} or a plain byte count. */
    static final class ByteSizeConverter implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            String v = value.trim().toUpperCase(Locale.ROOT);
            long unit = 1;
            if (v.endsWith("B")) v = v.substring(0, v.length() - 1);
            if (v.endsWith("K")) unit = 1L << 10;
            else if (v.endsWith("M")) unit = 1L << 20;
            else if (v.endsWith("G")) unit = 1L << 30;
            if (unit > 1) v = v.substring(0, v.length() - 1);
            try {
                long n = Long.parseLong(v.trim());
                if (n <= 0) throw new CommandLine.TypeConversionException("size must be positive: " + value);
                return n * unit;
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("not a size: " + value);
            }
        }
    }
}
