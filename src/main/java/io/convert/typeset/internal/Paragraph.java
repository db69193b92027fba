package io.convert.typeset.internal;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Bidi;
import io.convert.typeset.StyledRun;
import io.convert.typeset.TextStyle;
import java.util.Arrays;
import java.util.List;

/**
 * A paragraph ready for line breaking: its text (controls normalised, '\n' = forced break), the
 * style and face of every character, its bidi levels, its items (maximal ranges of one level,
 * face and style, the units of shaping) and the shaped advance of every character.
 */
public final class Paragraph {
    public final char[] text;
    public final TextStyle[] style;
    public final FontFace[] face;
    /** Characters inserted by the typesetter (kashida): drawn, but not part of the text layer. */
    public final boolean[] inserted;
    public final byte baseLevel;
    public final Bidi bidi;
    private final FontSession fonts;
    /** The shaped glyphs of each item; null for a paragraph that is only drawn (kashida). */
    private final Shaped[] shapedItems;
    /** Item boundaries: item k is [itemStart[k], itemStart[k + 1]). */
    public final int[] itemStart;
    /** Shaped advance of each character in points (a cluster's width is on its first character); null once inserted into. */
    public final float[] advance;

    private Paragraph(char[] text, TextStyle[] style, FontFace[] face, boolean[] inserted, byte baseLevel,
                      FontSession fonts, boolean measure) {
        this.text = text;
        this.style = style;
        this.face = face;
        this.inserted = inserted;
        this.baseLevel = baseLevel;
        this.fonts = fonts;
        this.bidi = new Bidi(text.length, 0);
        bidi.setPara(text, baseLevel, null);
        this.itemStart = items();
        this.shapedItems = measure ? new Shaped[itemStart.length - 1] : null;
        this.advance = measure ? advances() : null;
    }

    public int length() {
        return text.length;
    }

    public boolean rtlBase() {
        return baseLevel == 1;
    }

    public static Paragraph of(List<StyledRun> runs, boolean rtl, FontSession fonts) {
        int capacity = 0;
        for (StyledRun run : runs) capacity += run.text().length();
        char[] chars = new char[capacity];
        TextStyle[] styles = new TextStyle[capacity];
        int n = normalise(runs, chars, styles);
        // Plain arrays, copied to their length, rather than a StringBuilder and a list of styles:
        // the JIT inlines ArrayList.toArray with a guess at the array's class taken from every
        // caller in the program, and threw this method's compiled code away three times in a
        // batch of 130 pages when the guess failed.
        char[] text = new char[n];
        System.arraycopy(chars, 0, text, 0, n);
        TextStyle[] style = new TextStyle[n];
        System.arraycopy(styles, 0, style, 0, n);
        FontFace[] face = assignFaces(text, style, rtl, fonts);
        return new Paragraph(text, style, face, new boolean[text.length], (byte) (rtl ? 1 : 0), fonts, true);
    }

    /**
     * Puts the characters of {@code runs} and their styles into {@code chars} and {@code styles},
     * line and paragraph separators as '\n', tabs and form feeds as spaces, other controls left
     * out; returns how many there are. A method of its own, not a loop of {@link #of}: a long
     * paragraph made the JIT compile {@code of}, with all it inlines, once more for the loop
     * alone (on-stack replacement).
     */
    private static int normalise(List<StyledRun> runs, char[] chars, TextStyle[] styles) {
        int n = 0;
        for (StyledRun run : runs) {
            String t = run.text();
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == '\r') {
                    if (i + 1 < t.length() && t.charAt(i + 1) == '\n') continue;
                    c = '\n';
                } else if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
                    c = '\n';
                } else if (c == '\t' || c == '\u000B' || c == '\u000C') {
                    c = ' ';
                } else if (c != '\n' && Character.isISOControl(c)) {
                    continue;
                }
                chars[n] = c;
                styles[n] = run.style();
                n++;
            }
        }
        return n;
    }

    /**
     * This paragraph with characters inserted before the given positions (sorted), e.g. tatweels;
     * it is only drawn, never measured again, so its advances are not computed.
     */
    public Paragraph withInserted(int[] positions, char c) {
        int n = text.length + positions.length;
        char[] t = new char[n];
        TextStyle[] s = new TextStyle[n];
        FontFace[] f = new FontFace[n];
        boolean[] ins = new boolean[n];
        int p = 0, o = 0;
        for (int i = 0; i <= text.length; i++) {
            while (p < positions.length && positions[p] == i) {
                int from = Math.max(0, i - 1);
                t[o] = c;
                s[o] = style[from];
                f[o] = face[from];
                ins[o] = true;
                o++;
                p++;
            }
            if (i == text.length) break;
            t[o] = text[i];
            s[o] = style[i];
            f[o] = face[i];
            ins[o] = inserted[i];
            o++;
        }
        return new Paragraph(t, s, f, ins, baseLevel, fonts, false);
    }

    /**
     * Picks the face of every character: the first face of its style's stack that has it.
     * Characters of no particular script (spaces, digits, punctuation) and marks stay in the
     * face of the text around them when that face has them, so a run of Arabic keeps its
     * spaces and punctuation in the Arabic face; their stack follows the nearest strong script.
     */
    private static FontFace[] assignFaces(char[] text, TextStyle[] style, boolean rtl, FontSession fonts) {
        FontFace[] face = new FontFace[text.length];
        boolean[] arabicContext = scriptContext(text, rtl);
        FontFace previous = null;
        TextStyle previousStyle = null;
        for (int i = 0; i < text.length; ) {
            int cp = Character.codePointAt(text, i);
            int len = Character.charCount(cp);
            TextStyle st = style[i];
            FontCatalog catalog = fonts.catalog();
            List<FontFace> stack = catalog.stack(st.family(), st.bold(), st.italic(), arabicContext[i]);
            if (previousStyle != st && (previousStyle == null || !sameFont(previousStyle, st))) previous = null;
            FontFace chosen;
            if (cp == '\n' || UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)) {
                chosen = previous != null ? previous : stack.get(0);
            } else {
                int script = UScript.getScript(cp);
                boolean neutral = script == UScript.COMMON || script == UScript.INHERITED;
                if (neutral && previous != null && previous.covers(cp)) {
                    chosen = previous;
                } else {
                    chosen = fonts.faceFor(stack, cp);
                    if (chosen == null) chosen = previous != null ? previous : stack.get(0);
                }
            }
            for (int k = 0; k < len; k++) face[i + k] = chosen;
            previous = chosen;
            previousStyle = st;
            i += len;
        }
        return face;
    }

    private static boolean sameFont(TextStyle a, TextStyle b) {
        return a.family() == b.family() && a.bold() == b.bold() && a.italic() == b.italic();
    }

    /** For each character: is the nearest strong script (before it, else after it) Arabic? */
    private static boolean[] scriptContext(char[] text, boolean rtl) {
        int n = text.length;
        int[] script = new int[n];
        for (int i = 0; i < n; i++) {
            int s = UScript.getScript(Character.codePointAt(text, i));
            script[i] = s == UScript.COMMON || s == UScript.INHERITED || s == UScript.UNKNOWN ? -1 : s;
        }
        int[] before = new int[n];
        int last = -1;
        for (int i = 0; i < n; i++) {
            if (script[i] != -1) last = script[i];
            before[i] = last;
        }
        boolean[] arabic = new boolean[n];
        int next = -1;
        for (int i = n - 1; i >= 0; i--) {
            if (script[i] != -1) next = script[i];
            int s = before[i] != -1 ? before[i] : next;
            arabic[i] = s == -1 ? rtl : isArabicScript(s);
        }
        return arabic;
    }

    private static boolean isArabicScript(int script) {
        return script == UScript.ARABIC || script == UScript.SYRIAC || script == UScript.THAANA || script == UScript.NKO;
    }

    /** Index of the item holding character {@code pos}. */
    int itemOf(int pos) {
        int lo = 0, hi = itemStart.length - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (itemStart[mid] <= pos) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    /**
     * The glyphs of text[start, limit), which lies inside one item: a slice of the item's shaped
     * glyphs when the range begins and ends at word edges, else shaped afresh in context.
     */
    Shaped shaped(int start, int limit, boolean rtl) {
        int k = itemOf(start);
        if (shapedItems != null && limit <= itemStart[k + 1]) {
            Shaped item = shapedItems[k];
            if (start == itemStart[k] && limit == itemStart[k + 1]) return item;
            boolean edges = (start == itemStart[k] || isWordEdge(text[start - 1]))
                    && (limit == itemStart[k + 1] || isWordEdge(text[limit]));
            Shaped slice = edges ? item.slice(face[start], start, limit, rtl) : null;
            if (slice != null) return slice;
        }
        return fonts.shape(face[start], text, start, limit, rtl);
    }

    private static boolean isWordEdge(char c) {
        return c == ' ' || c == '\n';
    }

    private int[] items() {
        int[] starts = new int[text.length + 1];
        int count = 0;
        for (int i = 0; i < text.length; i++) {
            if (i == 0 || face[i] != face[i - 1] || style[i] != style[i - 1]
                    || bidi.getLevelAt(i) != bidi.getLevelAt(i - 1)) {
                starts[count++] = i;
            }
        }
        starts[count++] = text.length;
        return Arrays.copyOf(starts, count);
    }

    private float[] advances() {
        float[] adv = new float[text.length];
        for (int k = 0; k + 1 < itemStart.length; k++) {
            int a = itemStart[k], b = itemStart[k + 1];
            Shaped s = fonts.shape(face[a], text, a, b, (bidi.getLevelAt(a) & 1) != 0);
            shapedItems[k] = s;
            float scale = Segment.effectiveSize(style[a]) / FontFace.LAYOUT_SIZE;
            for (int i = 0; i < s.gids.length; i++) {
                float next = i + 1 < s.gids.length ? s.x[i + 1] : s.advance;
                adv[s.cluster[i]] += (next - s.x[i]) * scale;
            }
        }
        return adv;
    }
}
