package io.convert.reader.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

    private static Path dir(String set) {
        return Path.of(set.replaceFirst(":(tuned|all)$", ""));
    }
}
