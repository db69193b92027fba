package io.convert.reader.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The labelled sets a learned model is fitted on, each named {@code DIR:tuned} (the set's tuning
 * pages) or {@code DIR:all} (every page): the title and byline trainers read them the same way.
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
    static String folder(String set) {
        return dir(set).getFileName().toString();
    }

    /** The pages of {@code set} a model may learn from, in name order. */
    static List<LabelledPagesBench.Page> pages(String set) throws IOException {
        boolean all = set.endsWith(":all");
        List<Path> files;
        try (var list = Files.list(dir(set))) {
            files = list.filter(p -> p.toString().endsWith(".lab")).sorted().toList();
        }
        List<LabelledPagesBench.Page> out = new ArrayList<>();
        for (Path file : files) {
            LabelledPagesBench.Page page = LabelledPagesBench.Page.load(file);
            // The held-out quarter is never opened unless the whole set is for training.
            if (all || !page.heldOut()) out.add(page);
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
