package io.convert.cli;

import io.convert.Converter;
import io.convert.Document;
import io.convert.io.WebArchive;
import io.convert.spi.ConvertException;
import io.convert.spi.ReadOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The web archives among the inputs, each opened (read once for its pages) before anything is
 * converted, so that the number of outputs, and so whether {@code -o} may name a file, is known.
 * Every page of an archive is one conversion, named after its URI.
 */
final class ArchiveInputs {
    /** Converts one input, named {@code name} in messages, that {@code read} reads; returns its exit code. */
    interface Conversion {
        int convert(String name, Function<ReadOptions, Document> read);
    }

    private final Converter converter;
    private final String from;
    private final Map<String, WebArchive> archives = new LinkedHashMap<>();
    private final Map<String, ConvertException> unreadable = new LinkedHashMap<>();

    private ArchiveInputs(Converter converter, String from) {
        this.converter = converter;
        this.from = from;
    }

    static boolean isArchive(String input) {
        return !input.equals("-") && WebArchive.isArchiveName(input);
    }

    static ArchiveInputs open(Converter converter, List<String> inputs, String from, ReadOptions options) {
        ArchiveInputs result = new ArchiveInputs(converter, from);
        for (String input : inputs) {
            if (!isArchive(input)) continue;
            try {
                result.archives.put(input, converter.openArchive(Path.of(input), options));
            } catch (ConvertException e) {
                result.unreadable.put(input, e);
            }
        }
        return result;
    }

    /** How many outputs {@code inputs} make: one per input, but one per page for an archive. */
    int outputCount(List<String> inputs) {
        int count = 0;
        for (String input : inputs) {
            WebArchive archive = archives.get(input);
            count += archive != null ? archive.pages().size() : unreadable.containsKey(input) ? 0 : 1;
        }
        return count;
    }

    /**
     * Converts every page of the archive {@code input} with {@code conversion} and prints a
     * summary of pages converted and failed and of records skipped by kind.
     */
    int convert(String input, Conversion conversion, PrintWriter err, boolean quiet) {
        ConvertException failure = unreadable.get(input);
        if (failure != null) {
            err.println("convert: " + input + ": " + failure.getMessage());
            err.flush();
            return failure.kind().exitCode;
        }
        WebArchive archive = archives.get(input);
        int exit = 0;
        int failed = 0;
        for (WebArchive.Page page : archive.pages()) {
            int code = conversion.convert(page.uri(), options -> converter.read(archive, page, from, options));
            if (code != 0) failed++;
            exit = Math.max(exit, code);
        }
        if (!quiet) {
            err.println("convert: " + input + ": " + summary(archive.pages().size() - failed, failed, archive.skipped()));
            err.flush();
        }
        return exit;
    }

    static String summary(int converted, int failed, Map<String, Integer> skipped) {
        StringBuilder line = new StringBuilder();
        line.append(converted).append(converted == 1 ? " page" : " pages").append(" converted, ").append(failed)
                .append(" failed");
        if (!skipped.isEmpty()) {
            List<String> kinds = new ArrayList<>();
            skipped.forEach((kind, count) -> kinds.add(count + " " + kind));
            line.append("; records skipped: ").append(String.join(", ", kinds));
        }
        return line.toString();
    }
}
