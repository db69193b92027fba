package io.convert.reader.text;

import io.convert.reader.text.internal.Rule;
import io.convert.reader.text.internal.ScrapedTextParser;
import io.convert.spi.Input;
import io.convert.spi.ReadOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The labelled sets a learned model is fitted on, each named {@code DIR:tuned} (the set's tuning
 * pages) or {@code DIR:all} (every page): the title, byline and heading trainers read them the same
 * way, as the bench does.
 */
final class TrainingSets {
    private TrainingSets() {
    }

    /** What a weights file says it was trained on: each set's folder and which of its pages. */
    static String describe(List<String> sets) {
        List<String> out = new ArrayList<>();
        for (String s : sets) out.add(folder(s) + (s.endsWith(":all") ? " (all pages)" : " (tuning pages)"));
        return String.join(" ", out);
    }

    /** The folder name of {@code set}, which prefixes its pages' names in a trainer's reports. */
    private static String folder(String set) {
        return dir(set).getFileName().toString();
    }

    /** A page a model may learn from: its set's folder and its name, the labelled page, and what a trainer reads in it. */
    record Read<T>(String name, LabelledPagesBench.Page page, T view) {
    }

    /**
     * The pages of {@code sets} a model may learn from, in name order, each read as {@code
     * LabelledPagesBench} reads it (through {@link TextReader}) with every rule but {@code model}, the
     * one being fitted, so that the features are the rules' view of the text: {@code view} is what the
     * trainer makes of the text the reader hands its parser. A page the reader takes for Markdown never
     * reaches the parser and teaches the model nothing, so it is left out (and named on standard error).
     */
    static <T> List<Read<T>> read(List<String> sets, Rule model, BiFunction<ScrapedTextParser, String, T> view) throws IOException {
        Set<Rule> rules = Rule.all();
        rules.remove(model);
        TextReader reader = new TextReader(rules);
        List<Read<T>> out = new ArrayList<>();
        for (String set : sets) {
            boolean all = set.endsWith(":all");
            List<Path> files;
            try (var list = Files.list(dir(set))) {
                files = list.filter(p -> p.toString().endsWith(".lab")).sorted().toList();
            }
            for (Path file : files) {
                LabelledPagesBench.Page page = LabelledPagesBench.Page.load(file);
                // The held-out quarter is never opened unless the whole set is for training.
                if (!all && page.heldOut()) continue;
                String name = folder(set) + "/" + page.name();
                Read<T> read = reader.read(Input.of(page.text()), ReadOptions.defaults(),
                        (parser, text) -> new Read<>(name, page, view.apply(parser, text)), article -> null);
                if (read == null) System.err.println(name + ": read as Markdown, left out");
                else out.add(read);
            }
        }
        return out;
    }

    /**
     * Writes a model's weights as {@code ModelWeights} reads them: {@code comments} as "#" lines, one
     * {@code NAME<TAB>WEIGHT} row per feature, then a row for each of {@code settings} with its {@code
     * values} entry; to standard output when {@code out} is null.
     */
    static void writeWeights(Path out, List<String> comments, List<String> names, double[] weights, List<String> settings,
            double... values) throws IOException {
        StringBuilder tsv = new StringBuilder();
        for (String comment : comments) tsv.append("# ").append(comment).append('\n');
        for (int k = 0; k < weights.length; k++) tsv.append(names.get(k)).append('\t').append(String.format(Locale.ROOT, "%.4f", weights[k])).append('\n');
        for (int k = 0; k < settings.size(); k++) tsv.append(settings.get(k)).append('\t').append(String.format(Locale.ROOT, "%s", values[k])).append('\n');
        if (out == null) System.out.print(tsv);
        else Files.writeString(out, tsv, StandardCharsets.UTF_8);
    }

    private static Path dir(String set) {
        return Path.of(set.replaceFirst(":(tuned|all)$", ""));
    }
}
