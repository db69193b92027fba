package io.convert.reader.html.internal;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text measures of every element under a root, computed in one iterative pass (no recursion,
 * so deep pages cannot overflow the stack): letters and digits, how many of them sit inside
 * links, how many of those outside links are of a dense script, and phrase punctuation, ASCII and
 * Arabic alike.
 */
final class TextStats {
    /** Measures of one element's subtree. */
    static final class Stat {
        int chars;
        int linkChars;
        /** Letters outside links of a script whose one character says what a short word does ({@link #isDense}). */
        int denseChars;
        int punctuation;
        int paragraphs;
        int images;
        int listItems;

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }

        void add(Stat o) {
            chars += o.chars;
            linkChars += o.linkChars;
            denseChars += o.denseChars;
            punctuation += o.punctuation;
            paragraphs += o.paragraphs;
            images += o.images;
            listItems += o.listItems;
        }

        void subtract(Stat o) {
            chars -= o.chars;
            linkChars -= o.linkChars;
            denseChars -= o.denseChars;
            punctuation -= o.punctuation;
            paragraphs -= o.paragraphs;
            images -= o.images;
            listItems -= o.listItems;
        }
    }

    private static final Stat EMPTY = new Stat();
    private final Map<Element, Stat> stats;

    private TextStats(Map<Element, Stat> stats) {
        this.stats = stats;
    }

    static TextStats of(Element root) {
        Map<Element, Stat> stats = new IdentityHashMap<>();
        Tally tally = new Tally();
        NodeTraversor.traverse(new NodeVisitor() {
            int linkDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    Stat s = new Stat();
                    stats.put(e, s);
                    if (e.nameIs("a")) linkDepth++;
                    else if (e.nameIs("p")) s.paragraphs = 1;
                    else if (e.nameIs("img")) s.images = 1;
                    else if (e.nameIs("li")) s.listItems = 1;
                } else if (node instanceof TextNode t && node.parent() instanceof Element parent) {
                    Stat s = stats.get(parent);
                    if (s == null) return;
                    tally.clear().add(t.getWholeText());
                    s.chars += tally.letters;
                    s.punctuation += tally.punctuation;
                    if (linkDepth > 0) s.linkChars += tally.letters;
                    else s.denseChars += tally.dense;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element e)) return;
                if (e.nameIs("a")) linkDepth--;
                if (node != root && e.parent() != null) {
                    Stat parent = stats.get(e.parent());
                    if (parent != null) parent.add(stats.get(e));
                }
            }
        }, root);
        return new TextStats(stats);
    }

    /**
     * The letters and digits under {@code root}, as {@code of(root).get(root).chars} counts them,
     * without measuring every element on the way: asked several times of a page's candidates.
     */
    static int letters(Element root) {
        int[] letters = {0};
        TextChars chars = new TextChars();
        NodeTraversor.traverse((node, depth) -> {
            if (!(node instanceof TextNode t)) return;
            String text = t.getWholeText();
            char[] a = chars.of(text);
            for (int i = 0, n = text.length(); i < n; i++) if (isLetterOrDigit(a[i])) letters[0]++;
        }, root);
        return letters[0];
    }

    /**
     * Letters and digits, those of a dense script among them ({@link #isDense}), and phrase punctuation, summed
     * over texts: an element's own text is measured as the whole tree's texts are.
     */
    static final class Tally {
        int letters;
        int dense;
        int punctuation;
        private final TextChars chars = new TextChars();

        Tally clear() {
            letters = dense = punctuation = 0;
            return this;
        }

        void add(String text) {
            char[] a = chars.of(text);
            for (int i = 0, n = text.length(); i < n; i++) {
                char c = a[i];
                if (isLetterOrDigit(c)) {
                    letters++;
                    if (isDense(c)) dense++;
                } else if (isPhrasePunctuation(c)) {
                    punctuation++;
                }
            }
        }
    }

    /**
     * One array the characters of a walk's texts are copied into, each text in turn, to be read
     * from there: read with {@code charAt}, every character cost a call with its own bounds
     * check under the quick (C1) compiler the launcher uses.
     */
    private static final class TextChars {
        private char[] a = new char[256];

        /** The characters of {@code text} at the start of the array (valid until the next call). */
        char[] of(String text) {
            int n = text.length();
            if (a.length < n) a = new char[Math.max(n, a.length * 2)];
            text.getChars(0, n, a, 0);
            return a;
        }
    }

    /**
     * {@link Character#isLetterOrDigit(char)}, answered for ASCII without the Unicode tables:
     * asked of every character of a page several times, the full lookup (four calls the quick
     * compiler the launcher uses does not inline) was a twentieth of reading a page.
     */
    static boolean isLetterOrDigit(char c) {
        if (c >= 0x80) return Character.isLetterOrDigit(c);
        int lower = c | 0x20;
        return lower >= 'a' && lower <= 'z' || c >= '0' && c <= '9';
    }

    /**
     * A Han character, a kana or a Hangul syllable: each says about what a short word or a syllable
     * of a Latin script does, in two or three letters.
     */
    static boolean isDense(char c) {
        return c >= 0x3040 && (c <= 0x30FF || c >= 0x3400 && c <= 0x9FFF || c >= 0xAC00 && c <= 0xD7AF
                || c >= 0xF900 && c <= 0xFAFF);
    }

    /** Commas and sentence ends of Latin, Arabic and CJK text. */
    static boolean isPhrasePunctuation(char c) {
        return switch (c) {
            case ',', '.', ';', '?', '!', '\u060C', '\u061B', '\u061F', '\u06D4', '\u3001', '\u3002', '\uFF0C',
                    '\uFF1F', '\uFF01' -> true;
            default -> false;
        };
    }

    /**
     * Takes the measures of {@code e}, about to be removed from the tree, from those of its
     * ancestors, which then are what measuring the tree without it gives: a page cleaned of its
     * chrome is searched for its article with the measures taken before the cleaning, where
     * measuring it again cost a fiftieth of reading it.
     */
    void removing(Element e) {
        Stat s = stats.get(e);
        if (s == null) return;
        // The ancestors above the root were not measured.
        for (Element p = e.parent(); p != null && stats.get(p) != null; p = p.parent()) stats.get(p).subtract(s);
    }

    Stat get(Element e) {
        Stat s = stats.get(e);
        return s == null ? EMPTY : s;
    }
}
