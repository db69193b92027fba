package io.convert.cli;

import io.convert.Batch;
import io.convert.Converter;
import io.convert.Formats;
import io.convert.Overrides;
import io.convert.model.Dates;
import io.convert.model.Direction;
import io.convert.spi.ArticleReader;
import io.convert.spi.ArticleWriter;
import io.convert.spi.ConvertException;
import io.convert.spi.Diagnostics;
import io.convert.spi.Limits;
import io.convert.spi.ReadOptions;
import io.convert.spi.ResourcePolicy;
import io.convert.spi.Setting;
import io.convert.spi.WriteOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The {@code convert} command: a thin layer over {@link Converter}.
 *
 * <p>Its options are declared with picocli's programmatic API rather than annotations: reading
 * annotations by reflection (and spinning a proxy class per annotation type) took about 90 ms of
 * every run.
 */
public final class ConvertCommand implements Callable<Integer> {

    private CommandSpec spec;

    List<String> inputs;
    String to;
    String from;
    String output;
    String title;
    List<String> authors;
    String lang;
    String dir;
    String date;
    Map<String, String> metadata;
    String baseUrl;
    boolean noExtract;
    boolean allowNetwork;
    boolean allowPrivateNetwork;
    String userAgent;
    List<Path> resourcePath;
    long maxInputSize;
    /** Values given for writers' settings, by setting name, as typed. */
    Map<String, List<String>> settings;
    int timeoutSeconds;
    int jobs;
    boolean failFast;
    String inputsFrom;
    String progress;
    boolean listFormats;
    boolean verbose;
    boolean quiet;
    boolean book;

    /** The command's options, in the order --help lists them. */
    private static CommandSpec declare(ConvertCommand command) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
        spec.name("convert").versionProvider(new Version());
        spec.usageMessage()
                .sortOptions(false)
                .autoWidth(true)
                .description("Turns a news article (an HTML page, a URL or scraped text) into PDF, EPUB 3, Markdown, "
                        + "HTML, plain text or JSON.", "")
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(exitCodes());
        spec.addPositional(PositionalParamSpec.builder().paramLabel("INPUT").arity("0..*")
                .type(List.class).auxiliaryTypes(String.class)
                .description("Files, folders, http(s) URLs, or - for standard input.").build());
        option(spec, "FORMAT", String.class, null, "Output format: pdf, epub, md (markdown), html, txt (text), json, "
                + "or any registered. Default: the one the extension of -o FILE names.", "-t", "--to");
        option(spec, "FORMAT", String.class, "auto", "Input format: html, html-raw, text, auto (by extension, then "
                + "content). Default: ${DEFAULT-VALUE}.", "-f", "--from");
        option(spec, "OUTPUT", String.class, null, "Output file, - for standard output, or a folder (ending in /) for "
                + "several inputs. Default: <input name>.<ext> in the current folder.", "-o", "--output");
        flag(spec, "Bind all inputs into one book (title page, contents, one chapter per input); also implied by "
                + "several inputs with -o FILE. Default output: book.<ext>.", "--book");
        option(spec, "TITLE", String.class, null, "Override the title (with several inputs in one book: the book's "
                + "title).", "--title");
        list(spec, "NAME", String.class, "Override the authors (repeatable).", "--author");
        option(spec, "TAG", String.class, null, "Override the language (BCP 47, e.g. ar, en-GB).", "--lang");
        option(spec, "ltr|rtl", String.class, null, "Override the text direction.", "--dir");
        option(spec, "DATE", String.class, null, "Override the publication date (ISO-8601); also fixes output "
                + "timestamps.", "--date");
        map(spec, "Set other metadata: subtitle, site, source, description, tags, modified, ...", "-M", "--metadata");
        option(spec, "URL", String.class, null, "Base URL for relative links and images.", "--base-url");
        flag(spec, "Keep the whole HTML page instead of finding the article in it.", "--no-extract");
        flag(spec, "Allow fetching remote images (http/https only).", "--allow-network");
        flag(spec, "Allow fetching from private, loopback and link-local addresses.", "--allow-private-network");
        option(spec, "UA", String.class, null, "User-Agent for http requests.", "--user-agent");
        list(spec, "DIR", Path.class, "Another folder images may be read from (repeatable); default: the input's "
                + "folder only.", "--resource-path");
        spec.addOption(OptionSpec.builder("--max-input-size").paramLabel("BYTES").type(long.class)
                .converters(new ByteSizeConverter()).defaultValue("64M")
                .description("Largest input accepted (suffix K, M, G). Default: ${DEFAULT-VALUE}.").build());
        declareWriterSettings(spec, command.converter.formats());
        map(spec, "Set a writer setting by name (as its option would), e.g. for a plug-in writer.", "--variable");
        option(spec, "SECONDS", int.class, "120", "Give up on an input that takes longer than this. Default: "
                + "${DEFAULT-VALUE}.", "--timeout");
        option(spec, "N", int.class, String.valueOf(Runtime.getRuntime().availableProcessors()), "Convert N inputs at "
                + "once. Default: the number of processors (${DEFAULT-VALUE}).", "-j", "--jobs");
        option(spec, "FILE", String.class, null, "Also convert the inputs listed in FILE (- for standard input), one "
                + "path or URL per line; blank lines and lines starting with # are skipped.", "--inputs-from");
        flag(spec, "Start no input after the first one that fails.", "--fail-fast");
        option(spec, "WHEN", String.class, "auto", "Status line for several inputs: auto (when standard error is a "
                + "terminal), always, never. Default: ${DEFAULT-VALUE}.", "--progress");
        flag(spec, "List the input and output formats and exit.", "--list-formats");
        flag(spec, "Report details; show stack traces of internal errors.", "-v", "--verbose");
        flag(spec, "Print only errors: no warnings, status line or summary.", "-q", "--quiet");
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
        command.spec = spec;
        return spec;
    }

    private static Map<String, String> exitCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("0", "success");
        codes.put("1", "bad or unreadable input");
        codes.put("2", "usage error");
        codes.put("3", "output could not be written");
        codes.put("4", "internal error");
        return codes;
    }

    private static void option(CommandSpec spec, String label, Class<?> type, String defaultValue, String description,
            String... names) {
        spec.addOption(OptionSpec.builder(names).paramLabel(label).type(type).defaultValue(defaultValue)
                .description(description).build());
    }

    private static void flag(CommandSpec spec, String description, String... names) {
        spec.addOption(OptionSpec.builder(names).type(boolean.class).defaultValue("false").description(description).build());
    }

    private static void list(CommandSpec spec, String label, Class<?> element, String description, String... names) {
        spec.addOption(OptionSpec.builder(names).paramLabel(label).type(List.class).auxiliaryTypes(element)
                .description(description).build());
    }

    private static void map(CommandSpec spec, String description, String... names) {
        spec.addOption(OptionSpec.builder(names).paramLabel("KEY=VALUE").type(Map.class)
                .auxiliaryTypes(String.class, String.class).description(description).build());
    }

    /**
     * Offers every setting a writer declares as {@code --NAME}, so a writer's new setting needs no
     * change here. Writers are taken in format order; a name two writers share is offered once.
     */
    private static void declareWriterSettings(CommandSpec spec, Formats formats) {
        for (ArticleWriter writer : formats.writers()) {
            for (Setting<?> setting : writer.settings()) {
                String name = "--" + setting.name();
                if (spec.optionsMap().containsKey(name)) continue;
                String description = writer.format().toUpperCase(Locale.ROOT) + ": " + setting.description()
                        + (setting.defaultValue() == null ? "" : " Default: " + setting.defaultValue() + ".");
                OptionSpec.Builder option = OptionSpec.builder(name).description(description);
                switch (setting.arity()) {
                    case FLAG -> option.type(boolean.class).defaultValue("false");
                    case VALUE -> option.type(String.class).paramLabel(setting.label());
                    case LIST -> option.type(List.class).auxiliaryTypes(String.class).paramLabel(setting.label());
                }
                spec.addOption(option.build());
            }
        }
    }

    /** The writer settings given on the command line, by name; --variable entries first, options win. */
    private Map<String, List<String>> givenSettings() {
        Map<String, List<String>> given = new LinkedHashMap<>();
        Map<String, String> variables = pairs("--variable");
        variables.forEach((name, value) -> given.put(name, List.of(value)));
        for (ArticleWriter writer : converter.formats().writers()) {
            for (Setting<?> setting : writer.settings()) {
                OptionSpec option = spec.optionsMap().get("--" + setting.name());
                if (option == null || !spec.commandLine().getParseResult().hasMatchedOption(option)) continue;
                Object value = option.getValue();
                if (value instanceof Boolean flag) {
                    given.put(setting.name(), List.of(flag.toString()));
                } else if (value instanceof List<?> list) {
                    given.put(setting.name(), list.stream().map(String::valueOf).toList());
                } else if (value != null) {
                    given.put(setting.name(), List.of(value.toString()));
                }
            }
        }
        return given;
    }

    /** Copies the parsed values into the fields the conversion reads. */
    private void bind() {
        inputs = spec.positionalParameters().get(0).getValue();
        if (inputs == null) inputs = List.of();
        to = value("--to");
        from = value("--from");
        output = value("--output");
        title = value("--title");
        authors = values("--author");
        lang = value("--lang");
        dir = value("--dir");
        date = value("--date");
        metadata = pairs("--metadata");
        baseUrl = value("--base-url");
        noExtract = value("--no-extract");
        allowNetwork = value("--allow-network");
        allowPrivateNetwork = value("--allow-private-network");
        userAgent = value("--user-agent");
        resourcePath = values("--resource-path");
        maxInputSize = value("--max-input-size");
        settings = givenSettings();
        timeoutSeconds = value("--timeout");
        jobs = value("--jobs");
        failFast = value("--fail-fast");
        inputsFrom = value("--inputs-from");
        progress = value("--progress");
        if (!List.of("auto", "always", "never").contains(progress)) {
            throw usage("--progress must be auto, always or never, not '" + progress + "'");
        }
        listFormats = value("--list-formats");
        verbose = value("--verbose");
        quiet = value("--quiet");
        book = value("--book");
    }

    private <T> T value(String name) {
        // By the full name, in the spec's map: findOption walks every option's names, cutting a
        // string from each, at each call (a start-up pays some 50 of them).
        return spec.optionsMap().get(name).getValue();
    }

    private <T> List<T> values(String name) {
        List<T> list = value(name);
        return list == null ? List.of() : list;
    }

    private Map<String, String> pairs(String name) {
        Map<String, String> map = value(name);
        return map == null ? Map.of() : map;
    }

    private final Converter converter;
    private final Map<String, String> env;
    private final InputStream stdin;
    private final PrintStream stdout;
    /** Whether standard error is the process's own, which may be a terminal (not a test's capture). */
    private final boolean ownStderr;

    ConvertCommand(Converter converter, Map<String, String> env, InputStream stdin, PrintStream stdout,
            boolean ownStderr) {
        this.converter = converter;
        this.env = env;
        this.stdin = stdin;
        this.stdout = stdout;
        this.ownStderr = ownStderr;
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
        ConvertCommand command = new ConvertCommand(converter, env, in, out, err == System.err);
        CommandLine cl = new CommandLine(declare(command));
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
            w.println("convert: internal error: " + ConvertException.oneLine(e));
            if (command.verbose) e.printStackTrace(w);
            return 4;
        });
        return cl;
    }

    @Override
    public Integer call() {
        bind();
        PrintWriter err = spec.commandLine().getErr();
        if (listFormats) {
            printFormats(spec.commandLine().getOut());
            return 0;
        }
        if (inputs.isEmpty() && inputsFrom == null) throw usage("no INPUT given");
        if (jobs < 1) throw usage("--jobs must be at least 1");
        if (timeoutSeconds < 1) throw usage("--timeout must be at least 1 second");
        // Like pandoc and every filter, standard input alone goes to standard output.
        if (output == null && !book && inputsFrom == null && inputs.equals(List.of("-"))) output = "-";
        boolean listFromStdin = "-".equals(inputsFrom);
        if (listFromStdin && inputs.contains("-")) {
            throw usage("standard input cannot be both the list of inputs (--inputs-from -) and an input (-)");
        }
        ArticleWriter writer;
        Overrides overrides;
        try {
            writer = converter.writer(outputFormat());
            overrides = new Overrides(title, authors, lang, parseDirection(), date, metadata);
            writeOptions().check(writer);
            prepareInBackground(writer);
            if (!from.equalsIgnoreCase("auto")) converter.chooseReader(io.convert.spi.Input.of(""), from);
            if (baseUrl != null && !isAbsoluteUrl(baseUrl)) {
                throw new IllegalArgumentException("--base-url must be an absolute URL: " + baseUrl);
            }
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        InputList list = inputList(err);
        // A streamed list is read as it goes: only whether it names one input or more is needed now.
        int total = list.countUpTo(list.streamed() ? 2 : Integer.MAX_VALUE);
        if (total == 0) throw usage("no input files found");
        if ("-".equals(output) && writer.binary() && System.console() != null) {
            throw usage("refusing to write " + writer.format() + " to a terminal; use -o FILE");
        }
        if (book || total > 1 && output != null && !"-".equals(output) && !isFolder(output)) {
            return bindBook(list, total, writer, err);
        }
        Batch.Builder batch = Batch.builder(converter, writer.format()).from(from).jobs(jobs)
                .timeout(Duration.ofSeconds(timeoutSeconds)).failFast(failFast).writeOptions(writeOptions())
                .readOptions(readOptions(null))
                .change(overrides::apply);
        if ("-".equals(output)) {
            batch.toStream(stdout, "standard output");
        } else if (output == null) {
            batch.toFolder(Path.of(""));
        } else if (isFolder(output)) {
            Path folder = Path.of(output);
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                err.println("convert: cannot create folder " + folder);
                return ConvertException.Kind.OUTPUT.exitCode;
            }
            batch.toFolder(folder);
        } else {
            batch.toFile(Path.of(output));
        }
        Progress progress = new Progress(err, quiet, verbose, showsStatusLine(), columns(),
                list.streamed() ? -1 : total);
        Batch.Summary summary = batch.build().run(list, progress);
        progress.summary(summary);
        return summary.exitCode();
    }

    private ReadOptions readOptions(Diagnostics diagnostics) {
        return new ReadOptions(baseUrl, !noExtract, limits(),
                new ResourcePolicy(allowNetwork, allowPrivateNetwork, userAgent, resourcePath), diagnostics);
    }

    /**
     * Binds the inputs into one book (see {@link BookBinding}) on a worker thread with the
     * stack one conversion gets and {@code --timeout} for each input.
     */
    private int bindBook(InputList list, int total, ArticleWriter writer, PrintWriter err) {
        Overrides perArticle = new Overrides(null, authors, lang, parseDirection(), date, metadata);
        BookBinding binding = new BookBinding(converter, from, err, stdout, quiet, verbose);
        long seconds = (long) timeoutSeconds * (total + 1);
        int[] result = {4};
        Thread worker = new Thread(null, () -> result[0] = binding.bind(list, writer, title, perArticle,
                this::readOptions, this::writeOptions, output), "convert-book", Batch.STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        try {
            worker.join(seconds * 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (worker.isAlive()) {
            worker.interrupt();
            err.println("convert: gave up on the book after " + seconds + " s (see --timeout)");
            err.flush();
            return 1;
        }
        return result[0];
    }

    private Limits limits() {
        return Limits.DEFAULT.withMaxInputBytes(maxInputSize);
    }

    private WriteOptions writeOptions() {
        return writeOptions(Diagnostics.IGNORE);
    }

    private WriteOptions writeOptions(Diagnostics diagnostics) {
        // Standard output is most often redirected into the current folder; a file output is
        // pointed from its own folder by the converter.
        WriteOptions.Builder builder = WriteOptions.builder().diagnostics(diagnostics).timestamp(timestamp())
                .limits(limits()).outputFolder(Path.of("").toAbsolutePath());
        settings.forEach((name, values) -> values.forEach(v -> builder.set(name, v)));
        return builder.build();
    }

    /** Lets the writer set itself up on the second core while the input is read. */
    private static void prepareInBackground(ArticleWriter writer) {
        Thread t = new Thread(writer::prepare, "convert-prepare");
        t.setDaemon(true);
        t.start();
    }

    private InputList inputList(PrintWriter err) {
        BufferedReader lines = null;
        if (inputsFrom != null) {
            if (inputsFrom.equals("-")) {
                lines = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
            } else {
                try {
                    lines = Files.newBufferedReader(Path.of(inputsFrom), StandardCharsets.UTF_8);
                } catch (IOException | InvalidPathException e) {
                    throw usage("--inputs-from " + inputsFrom + ": cannot read the list");
                }
            }
        }
        return new InputList(inputs, lines, "-".equals(inputsFrom), converter, stdin, err, readOptions(null), quiet);
    }

    /** The --to format, else the one the -o file's extension names. */
    private String outputFormat() {
        if (to != null) return to;
        if (output == null || "-".equals(output) || isFolder(output)) throw usage("missing --to FORMAT");
        return converter.formats().writerFor(output).map(ArticleWriter::format).orElseThrow(() ->
                usage("missing --to FORMAT (the extension of " + output + " names no output format)"));
    }

    /** Whether {@code url} parses as an absolute URL ("http://x/a b", with its space, does not parse). */
    private static boolean isAbsoluteUrl(String url) {
        try {
            return URI.create(url).isAbsolute();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isFolder(String output) {
        return output.endsWith("/") || output.endsWith(java.io.File.separator) || Files.isDirectory(Path.of(output));
    }

    /**
     * Whether to redraw a status line: --progress always or never, or for auto whether standard
     * error is this process's and a terminal. Java 17 cannot ask that of standard error itself
     * (System.console() answers for standard input and output), so on Linux its file descriptor
     * is followed to its device; elsewhere System.console() stands in. Outputs written to standard
     * output may share the terminal with it, so auto draws none then.
     */
    private boolean showsStatusLine() {
        return switch (progress) {
            case "always" -> true;
            case "never" -> false;
            default -> ownStderr && !"-".equals(output) && !"dumb".equals(env.get("TERM")) && stderrIsTerminal();
        };
    }

    private static boolean stderrIsTerminal() {
        try {
            String device = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    private int columns() {
        try {
            return Integer.parseInt(env.getOrDefault("COLUMNS", "80").trim());
        } catch (NumberFormatException e) {
            return 80;
        }
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
