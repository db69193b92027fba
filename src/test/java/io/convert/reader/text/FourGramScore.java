package io.convert.reader.text;

import io.convert.model.Article;
import io.convert.model.Block;
import io.convert.model.PlainText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body-text measure: F1 over word 4-grams (as multisets) between the text a reader kept
 * and the true article body. Words are runs of letters and digits, compared in lower case, so
 * punctuation and spacing differences do not count.
 */
final class FourGramScore {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");

    private FourGramScore() {
    }

    static double f1(String kept, String truth) {
        Map<String, Integer> a = grams(kept), b = grams(truth);
        int keptCount = a.values().stream().mapToInt(Integer::intValue).sum();
        int truthCount = b.values().stream().mapToInt(Integer::intValue).sum();
        if (keptCount == 0 || truthCount == 0) return keptCount == truthCount ? 1 : 0;
        int overlap = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) overlap += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
        double precision = (double) overlap / keptCount, recall = (double) overlap / truthCount;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** The body text of an article: every block's plain text, one block per line. */
    static String body(Article article) {
        StringBuilder out = new StringBuilder();
        for (Block b : article.blocks()) out.append(PlainText.of(b)).append('\n');
        return out.toString();
    }

    private static Map<String, Integer> grams(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) words.add(m.group().toLowerCase(Locale.ROOT));
        Map<String, Integer> grams = new HashMap<>();
        for (int i = 0; i + 4 <= words.size(); i++) {
            grams.merge(String.join(" ", words.subList(i, i + 4)), 1, Integer::sum);
        }
        return grams;
    }
}
