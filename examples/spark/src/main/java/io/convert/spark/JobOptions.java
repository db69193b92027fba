package io.convert.spark;

import io.convert.Converter;
import io.convert.spi.ArticleWriter;
import io.convert.spi.Setting;
import io.convert.spi.WriteOptions;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The job's arguments, as the command line takes them: {@code --to FORMAT}, {@code --from},
 * {@code --no-extract}, {@code --timeout SECONDS}, every writer setting as {@code --NAME VALUE}
 * (or {@code --NAME} for a flag), then the inputs and the output, last. {@code --parquet} writes
 * one table instead of one file per article.
 */
public record JobOptions(String to, String from, boolean extract, int timeoutSeconds, boolean parquet,
        Long timestampSeconds, Map<String, List<String>> settings, List<String> inputs, String output)
        implements Serializable {

    static final String USAGE = "usage: ConvertJob --to FORMAT [--parquet] [--from FORMAT] [--no-extract] "
            + "[--timeout SECONDS] [--WRITER-SETTING VALUE]... INPUT... OUTPUT";

    /**
     * Parses {@code args}; the writer settings are those {@code converter}'s writers declare,
     * checked here so a bad value fails before any task runs.
     *
     * @param sourceDateEpoch SOURCE_DATE_EPOCH, or null: fixes the timestamps written into outputs
     * @throws IllegalArgumentException with a one-line reason
     */
    public static JobOptions parse(String[] args, Converter converter, String sourceDateEpoch) {
        String to = null;
        String from = "auto";
        boolean extract = true;
        int timeout = 120;
        boolean parquet = false;
        Map<String, List<String>> settings = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                positional.add(a);
                continue;
            }
            String name = a.substring(2);
            switch (name) {
                case "to" -> to = value(args, ++i, a);
                case "from" -> from = value(args, ++i, a);
                case "no-extract" -> extract = false;
                case "parquet" -> parquet = true;
                case "timeout" -> timeout = Integer.parseInt(value(args, ++i, a));
                default -> {
                    Setting<?> setting = setting(converter, name);
                    String v = setting.arity() == Setting.Arity.FLAG ? "true" : value(args, ++i, a);
                    settings.computeIfAbsent(name, n -> new ArrayList<>()).add(v);
                }
            }
        }
        if (to == null) throw new IllegalArgumentException("missing --to FORMAT");
        if (positional.size() < 2) throw new IllegalArgumentException("give at least one INPUT and the OUTPUT");
        Long timestamp = sourceDateEpoch == null || sourceDateEpoch.isBlank() ? null
                : Long.parseLong(sourceDateEpoch.trim());
        JobOptions options = new JobOptions(to, from, extract, timeout, parquet, timestamp, settings,
                List.copyOf(positional.subList(0, positional.size() - 1)), positional.get(positional.size() - 1));
        options.writeOptions().check(converter.writer(to));
        return options;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) throw new IllegalArgumentException(option + " needs a value");
        return args[i];
    }

    private static Setting<?> setting(Converter converter, String name) {
        for (ArticleWriter writer : converter.formats().writers()) {
            for (Setting<?> s : writer.settings()) {
                if (s.name().equals(name)) return s;
            }
        }
        throw new IllegalArgumentException("unknown option --" + name);
    }

    /** The writer options the command line would build from the same arguments. */
    WriteOptions writeOptions() {
        WriteOptions.Builder builder = WriteOptions.builder()
                .timestamp(timestampSeconds == null ? null : Instant.ofEpochSecond(timestampSeconds));
        settings.forEach((name, values) -> values.forEach(v -> builder.set(name, v)));
        return builder.build();
    }
}
