package io.convert.reader.text;

import io.convert.model.Article;
import io.convert.model.Block;
import io.convert.model.PlainText;
import io.convert.reader.text.internal.Rule;
import io.convert.reader.text.internal.Words;
import io.convert.spi.Input;
import io.convert.spi.ReadOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores the text reader on a set of pages labelled line by line as {@code
 * src/bench/text-reader/LABELLING.md} describes (not a test: the pages are third-party text kept
 * outside the repository). Run:
 *
 * <pre>
 * src/bench/run.sh io.convert.reader.text.LabelledPagesBench DIR [-v] [--truncate] [--tune-all] [-RULE,...]
 * </pre>
 *
 * Prints, for the tuned sites, the held-out sites and all, the figures of the issue's table:
 * title accuracy, personal byline accuracy and the author false-positive rate, in-body heading
 * recall and precision (heading blocks made of a line labelled {@code heading}), body F1 (word 4-grams, as {@link FourGramScore}, macro-averaged over pages) and the
 * share of chrome lines leaked into the body; then the same body and chrome figures for keeping
 * every line. {@code -v} lists each tuned page's misses; {@code -RULE,...} switches rules off;
 * {@code --truncate} scores copies that stop mid-article (each page cut after half its body
 * lines, the figures then against what is left), which the issue says are normal. {@code --tune-all}
 * counts every page as tuned, for a set whose held-out measure is another set of sites.
 */
public final class LabelledPagesBench {
    private static final List<String> LABELS = List.of("title", "byline", "date", "caption", "heading", "body", "chrome");

    private LabelledPagesBench() {
    }

    /** One labelled page: its lines with their labels, and the header fields. */
    record Page(String name, Map<String, String> header, List<String> labels, List<String> lines) {
        static Page load(Path file) throws IOException {
            Map<String, String> header = new LinkedHashMap<>();
            List<String> labels = new ArrayList<>(), lines = new ArrayList<>();
            for (String row : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (row.startsWith("#")) {
                    int colon = row.indexOf(':');
                    header.put(row.substring(1, colon).strip(), row.substring(colon + 1).strip());
                    continue;
                }
                int tab = row.indexOf('\t');
                String label = tab < 0 ? "" : row.substring(0, tab);
                if (tab < 0 && !row.isBlank() || tab >= 0 && !LABELS.contains(label)) {
                    throw new IllegalArgumentException(file + ": not a labelled line: " + row);
                }
                labels.add(label);
                lines.add(tab < 0 ? "" : row.substring(tab + 1));
            }
            String name = file.getFileName().toString().replaceFirst("\\.lab$", "");
            return new Page(name, header, labels, lines);
        }

        /**
         * The page as a copy that stopped mid-article: up to and including half its body lines,
         * with the writers the kept lines still name.
         */
        Page truncated() {
            int body = (int) labels.stream().filter("body"::equals).count(), seen = 0, end = lines.size();
            for (int i = 0; i < lines.size(); i++) {
                if (labels.get(i).equals("body") && ++seen == (body + 1) / 2) {
                    end = i + 1;
                    break;
                }
            }
            List<String> kept = lines.subList(0, end);
            // A writer named only below the cut cannot be found in the copy: the copy names none.
            String keptKey = Words.key(String.join(" ", kept));
            Map<String, String> keptHeader = new LinkedHashMap<>(header);
            keptHeader.put("authors", String.join(";", authors().stream().filter(a -> keptKey.contains(a)).toList()));
            return new Page(name, keptHeader, labels.subList(0, end), kept);
        }

        String text() {
            return String.join("\n", lines) + "\n";
        }

        List<String> linesLabelled(String... wanted) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (List.of(wanted).contains(labels.get(i)) && !Words.key(lines.get(i)).isEmpty()) out.add(lines.get(i));
            }
            return out;
        }

        Set<String> authors() {
            Set<String> out = new TreeSet<>();
            for (String a : header.getOrDefault("authors", "").split(";")) if (!a.isBlank()) out.add(Words.key(a));
            return out;
        }

        /**
         * Held out when the site's name falls in one quarter of a fixed hash: no page of such a
         * site may be looked at while rules are written, so its figures tell how they generalise.
         */
        boolean heldOut() {
            return Math.floorMod(name.hashCode(), 4) == 0;
        }
    }

    /** Sums of one set's figures. */
    static final class Tally {
        int pages, titled, titleRight, bylined, bylineRight, unbylined, authorFalse, headings, headingsFound, headingBlocks,
                headingBlocksRight, chrome,
                chromeLeaked, chromeKeptAll;
        double bodyF1, bodyF1All;

        void add(Tally t) {
            pages += t.pages;
            titled += t.titled;
            titleRight += t.titleRight;
            bylined += t.bylined;
            bylineRight += t.bylineRight;
            unbylined += t.unbylined;
            authorFalse += t.authorFalse;
            headings += t.headings;
            headingsFound += t.headingsFound;
            headingBlocks += t.headingBlocks;
            headingBlocksRight += t.headingBlocksRight;
            chrome += t.chrome;
            chromeLeaked += t.chromeLeaked;
            chromeKeptAll += t.chromeKeptAll;
            bodyF1 += t.bodyF1;
            bodyF1All += t.bodyF1All;
        }

        String row(String set) {
            return String.format("| %-9s | %5d | %5s | %15s | %9s | %16s | %17s | %7.3f | %19s |%n", set, pages,
                    ratio(titleRight, titled), ratio(bylineRight, bylined), ratio(authorFalse, unbylined),
                    ratio(headingsFound, headings), ratio(headingBlocksRight, headingBlocks), bodyF1 / pages,
                    ratio(chromeLeaked, chrome))
                    + String.format("| %-9s | %5d | %5s | %15s | %9s | %16s | %17s | %7.3f | %19s |%n", "every line",
                    pages, "", "", "", "", "", bodyF1All / pages, ratio(chromeKeptAll, chrome));
        }

        private static String ratio(int a, int b) {
            return b == 0 ? "-" : String.format("%.2f (%d/%d)", (double) a / b, a, b);
        }
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        boolean verbose = false, truncate = false, tuneAll = false;
        Set<Rule> off = EnumSet.noneOf(Rule.class);
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("-v")) verbose = true;
            else if (args[i].equals("--truncate")) truncate = true;
            else if (args[i].equals("--tune-all")) tuneAll = true;
            else for (String r : args[i].substring(1).split(",")) off.add(Rule.valueOf(r));
        }
        Set<Rule> rules = EnumSet.allOf(Rule.class);
        rules.removeAll(off);
        TextReader reader = new TextReader(rules);
        List<Path> files;
        try (var list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".lab")).sorted().toList();
        }
        Tally tuned = new Tally(), held = new Tally();
        Set<String> sites = new HashSet<>(), countries = new HashSet<>();
        for (Path file : files) {
            Page page = truncate ? Page.load(file).truncated() : Page.load(file);
            sites.add(page.name());
            countries.add(page.header().getOrDefault("country", "?"));
            Article article = reader.read(Input.of(page.text()), ReadOptions.defaults());
            boolean heldOut = !tuneAll && page.heldOut();
            Tally t = score(page, article, verbose && !heldOut);
            (heldOut ? held : tuned).add(t);
        }
        Tally all = new Tally();
        all.add(tuned);
        all.add(held);
        System.out.printf("%d pages, %d sites, %d countries%n", files.size(), sites.size(), countries.size());
        System.out.println("| set       | pages | title | byline (person) | author FP | in-body headings | heading precision | body F1 | chrome lines leaked |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        System.out.print(tuned.row("tuned"));
        System.out.print(held.row("held out"));
        System.out.print(all.row("all"));
    }

    private static Tally score(Page page, Article article, boolean verbose) {
        Tally t = new Tally();
        t.pages = 1;
        List<String> misses = new ArrayList<>();
        List<String> titles = page.linesLabelled("title");
        if (!titles.isEmpty()) {
            t.titled = 1;
            String got = article.metadata().title() == null ? "" : Words.key(article.metadata().title());
            // A title line that runs on into its byline ("HEADLINE بقلم NAME") is right without the byline.
            Set<String> writers = page.authors();
            if (titles.stream().anyMatch(x -> Words.key(x).equals(got) || !got.isEmpty() && Words.key(x).startsWith(got + " ")
                    && writers.stream().anyMatch(w -> Words.nameKey(x).endsWith(Words.nameKey(w)) || Words.key(x).contains(Words.key(w) + " ")))) {
                t.titleRight = 1;
            } else misses.add("title: " + article.metadata().title());
        }
        Set<String> expected = new TreeSet<>(), got = new TreeSet<>();
        for (String a : page.authors()) expected.add(Words.nameKey(a));
        for (String a : article.metadata().authors()) got.add(Words.nameKey(a));
        if (!expected.isEmpty()) {
            t.bylined = 1;
            if (got.equals(expected)) t.bylineRight = 1;
            else misses.add("authors: " + article.metadata().authors());
        } else if (!got.isEmpty()) {
            t.unbylined = 1;
            t.authorFalse = 1;
            misses.add("false authors: " + article.metadata().authors());
        } else {
            t.unbylined = 1;
        }
        List<String> kept = new ArrayList<>();
        Set<String> headingKeys = new HashSet<>(), labelledHeadings = new HashSet<>();
        for (String h : page.linesLabelled("heading")) labelledHeadings.add(Words.key(h));
        if (article.metadata().subtitle() != null) kept.add(article.metadata().subtitle());
        for (Block b : article.blocks()) {
            String text = PlainText.of(b);
            kept.addAll(List.of(text.split("\n")));
            if (b instanceof Block.Heading) {
                headingKeys.add(Words.key(text));
                t.headingBlocks++;
                if (labelledHeadings.contains(Words.key(text))) t.headingBlocksRight++;
                else misses.add("not a heading: " + text);
            }
        }
        for (String h : page.linesLabelled("heading")) {
            t.headings++;
            if (headingKeys.contains(Words.key(h))) t.headingsFound++;
            else misses.add("heading missed: " + h);
        }
        Set<String> keptKeys = new HashSet<>();
        for (String k : kept) keptKeys.add(Words.key(k));
        for (String c : page.linesLabelled("chrome")) {
            t.chrome++;
            t.chromeKeptAll++;
            if (keptKeys.contains(Words.key(c))) {
                t.chromeLeaked++;
                misses.add("chrome leaked: " + c);
            }
        }
        String truth = String.join("\n", page.linesLabelled("body", "heading", "caption"));
        t.bodyF1 = FourGramScore.f1(String.join("\n", kept), truth);
        t.bodyF1All = FourGramScore.f1(page.text(), truth);
        // Held-out pages are never listed: reading their misses would be tuning on them.
        if (verbose) {
            System.out.printf("%s  body F1 %.3f%n", page.name(), t.bodyF1);
            for (String m : misses) System.out.println("    " + m);
        }
        return t;
    }
}
