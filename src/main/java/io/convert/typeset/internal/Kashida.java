package io.convert.typeset.internal;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterEnums.ECharacterCategory;
import com.ibm.icu.lang.UProperty;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Kashida justification: where a justified Arabic line may be stretched with tatweel (U+0640).
 * An opportunity is a join between two letters that actually connect (the first joins on its
 * left, the second on its right), never inside the lam-alef or Allah ligatures; each word offers
 * its best one, ranked in the spirit of classical practice: after seen/sad, before a final
 * heh/teh marbuta/dal, before a final alef/tah/lam/kaf, before other final letters, then any
 * other medial join (the last in the word).
 */
public final class Kashida {
    public static final char TATWEEL = '\u0640';

    /** An insertion point (tatweel goes before {@code position}) with its rank, 1 = best. */
    public record Opportunity(int position, int rank) {}

    private Kashida() {
    }

    /** The best opportunity of each word of paragraph[start, end), best-ranked first. */
    public static List<Opportunity> opportunities(Paragraph p, int start, int end) {
        List<Opportunity> result = new ArrayList<>();
        int i = start;
        while (i < end) {
            while (i < end && !isArabicLetter(p.text[i])) i++;
            int wordStart = i;
            while (i < end && (isArabicLetter(p.text[i]) || isMark(p.text[i]))) i++;
            Opportunity best = bestInWord(p, wordStart, i);
            if (best != null) result.add(best);
        }
        result.sort(Comparator.comparingInt(Opportunity::rank));
        return result;
    }

    private static Opportunity bestInWord(Paragraph p, int from, int to) {
        String word = new String(p.text, from, to - from);
        if (word.replaceAll("\\p{M}", "").contains("\u0644\u0644\u0647")) return null; // Allah ligature
        Opportunity best = null;
        int prev = -1;
        for (int k = from; k < to; k++) {
            if (isMark(p.text[k])) continue;
            if (prev != -1 && joins(p, prev, k)) {
                int rank = rank(p, prev, k, to);
                if (best == null || rank <= best.rank()) best = new Opportunity(k, rank);
            }
            prev = k;
        }
        return best;
    }

    private static boolean joins(Paragraph p, int a, int b) {
        char x = p.text[a], y = p.text[b];
        if (p.face[a] != p.face[b] || p.style[a] != p.style[b] || p.inserted[b]) return false;
        if (x == '\u0644' && (y == '\u0627' || y == '\u0622' || y == '\u0623' || y == '\u0625')) return false;
        int jx = UCharacter.getIntPropertyValue(x, UProperty.JOINING_TYPE);
        int jy = UCharacter.getIntPropertyValue(y, UProperty.JOINING_TYPE);
        boolean leftJoining = jx == UCharacter.JoiningType.DUAL_JOINING || jx == UCharacter.JoiningType.JOIN_CAUSING;
        boolean rightJoining = jy == UCharacter.JoiningType.DUAL_JOINING || jy == UCharacter.JoiningType.RIGHT_JOINING
                || jy == UCharacter.JoiningType.JOIN_CAUSING;
        return leftJoining && rightJoining;
    }

    private static int rank(Paragraph p, int a, int b, int wordEnd) {
        char x = p.text[a], y = p.text[b];
        if ("سشصض".indexOf(x) >= 0) return 1;
        boolean finalLetter = true;
        for (int k = b + 1; k < wordEnd; k++) {
            if (!isMark(p.text[k])) {
                finalLetter = false;
                break;
            }
        }
        if (finalLetter) {
            if ("هةدذ".indexOf(y) >= 0) return 2;
            if ("اطظلكگ".indexOf(y) >= 0) return 3;
            return 4;
        }
        return 5;
    }

    private static boolean isArabicLetter(char c) {
        return c >= '\u0620' && c <= '\u064A' && c != TATWEEL || c >= '\u066E' && c <= '\u06D3' || c == '\u06D5'
                || c >= '\u06FA' && c <= '\u06FC' || c == '\u06FF' || c >= '\u0750' && c <= '\u077F';
    }

    private static boolean isMark(char c) {
        int type = UCharacter.getType(c);
        return type == ECharacterCategory.NON_SPACING_MARK || type == ECharacterCategory.ENCLOSING_MARK
                || type == ECharacterCategory.COMBINING_SPACING_MARK;
    }

    /**
     * The line with tatweels inserted at its words' best opportunities, as many as fit in the
     * free width (at most three per word, best-ranked words first); what is left is for the
     * caller to spread between words. The width a tatweel adds is measured by shaping, since
     * fonts draw it with contextual glyphs (Amiri's nominal tatweel has no advance). Returns the
     * line unchanged when there is nothing to do.
     */
    public static ShapedLine stretch(ShapedLine line, float width) {
        Paragraph p = line.paragraph;
        List<Integer> order = new ArrayList<>();
        List<Opportunity> opportunities = opportunities(p, line.start, line.end);
        for (int round = 0; round < 3; round++) {
            for (Opportunity o : opportunities) {
                if (p.face[o.position()].covers(TATWEEL)) order.add(o.position());
            }
        }
        if (order.isEmpty()) return line;
        ShapedLine one = withTatweels(line, order.subList(0, 1));
        float each = one.width() - line.width();
        if (each <= 0.01f) return line;
        int n = Math.min(order.size(), (int) ((width - line.width()) / each));
        for (; n > 0; n--) {
            ShapedLine stretched = n == 1 ? one : withTatweels(line, order.subList(0, n));
            if (stretched.width() <= width + 0.01f) return stretched;
        }
        return line;
    }

    private static ShapedLine withTatweels(ShapedLine line, List<Integer> positions) {
        int[] sorted = positions.stream().mapToInt(Integer::intValue).sorted().toArray();
        return ShapedLine.of(line.paragraph.withInserted(sorted, TATWEEL), line.start, line.end + sorted.length);
    }
}
