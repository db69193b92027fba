package io.convert.reader.text.internal;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits scraped text into {@link Unit}s: removes what text-mode browsers add (the numbered
 * link list at the end, {@code [12]} link markers, image and form placeholders) and joins lines
 * that a fixed-width dump or an e-mail client wrapped.
 */
public final class SourceLines {
    private static final Pattern REFERENCES_HEADING =
            Pattern.compile("\\s*(References|Visible links:?|Hidden links:?|Links:?)\\s*");
    private static final Pattern REFERENCE_ENTRY = Pattern.compile("\\s*\\d+\\.\\s+\\S+.*");
    private static final Pattern LINK_MARKER = Pattern.compile("\\[\\d+\\]");
    private static final Pattern GLUED_LINK_MARKER = Pattern.compile("\\[\\d+\\](?=\\S)");
    private static final Pattern IMAGE_MARKER = Pattern.compile(
            "\\[(?:IMG|INLINE|LINK|USEMAP|image|img|photo|icon|logo|[^\\]\\s]*\\.(?:gif|png|jpe?g|svg|webp|avif))\\]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WHOLE_LINE_BRACKET = Pattern.compile("\\[[^\\]\\d][^\\]]*\\]");
    /**
     * "[0b8dc164-1024x784]", "[2a6e7385-ocl_v1_screenshot] [svg]": w3m names a picture without alt text by its
     * file, which may open with a digit; letters in it tell it from a link number ("[12]").
     */
    private static final Pattern IMAGE_FILE_NAMES = Pattern.compile("(?:\\[[^\\]\\s]*\\p{L}[^\\]\\s]*\\]\\s*)+");
    /** One such name within a line ("[17632479_crop_55] Monthly Playlists"): letters and digits, no space. */
    private static final Pattern IMAGE_FILE_NAME = Pattern.compile("\\[(?=[^\\]\\s]*\\p{L})(?=[^\\]\\s]*\\d)[^\\]\\s]{6,}\\]");
    private static final Pattern FORM_JUNK =
            Pattern.compile("\\((?:BUTTON|RADIO|CHECKBOX)\\)|\\[(?:BUTTON|_+|X| )\\]|\\( \\)|\\(\\*\\)|_{4,}");
    /**
     * A paragraph's or a phrase's own tags left in a copy ("<p dir="rtl">", "</strong>", "<br />", "<h4>"), and the
     * comments a page's editor wraps each block in ("<!-- wp:paragraph -->"), with the spaces around them: the text
     * inside is the page's. Tags that load or link something stay, for the chrome rules to judge.
     */
    private static final Pattern FORMATTING_TAG = Pattern.compile(
            "(?i)(?:\\s*(?:</?(?:p|br|div|span|strong|em|b|i|u|h[1-6])(?:\\s+(?:dir|class|style|align|lang)\\s*=\\s*\"[^\"<>]*\")*\\s*/?>|<!--.*?-->))+\\s*");
    private static final Pattern LEADING_LINK = Pattern.compile("\\s*(?:[-*+•·o#]\\s+|\\d+\\.\\s+)?\\[\\d+\\]");
    private static final Pattern SENTENCE_CLOSE = Pattern.compile("[.!?؟…:\"”»]$");
    /** A row of a table as a text browser draws it: box-drawing lines, or cells set apart by runs of spaces. */
    private static final Pattern TABLE_ROW = Pattern.compile("[\\u2500-\\u257F]|\\S {3,}\\S");
    /**
     * A horizontal rule as a text browser draws it ("━━━━…" for {@code <hr>}, its last character maybe cut in
     * half at the margin): a break between blocks, however wide. A table's borders have corners and joints.
     */
    private static final Pattern DRAWN_RULE = Pattern.compile("\\s*([━─═])\\1{2,}\uFFFD?\\s*");
    private static final Pattern LIST_START = Pattern.compile("\\s*(?:[-*+•·▪◦o–—]\\s|[0-9\\u0660-\\u0669]+[.)\\-]\\s).*");

    private SourceLines() {
    }

    public static List<Unit> split(String text, boolean joinWrapped) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').replace("\t", "    ").split("\n", -1);
        int end = referencesStart(lines);
        lines = Arrays.copyOf(lines, end);
        boolean browserLinks = end < countLines(text) || countGlued(lines) >= 5;
        List<Raw> raws = new ArrayList<>();
        boolean blank = true;
        for (String line : lines) {
            Raw raw = Raw.of(stripTrailing(line), browserLinks);
            if (raw == null) {
                blank = true;
                continue;
            }
            raws.add(raw.withBlankBefore(blank));
            blank = false;
        }
        int width = joinWrapped ? wrapWidth(raws) : 0;
        return join(raws, width);
    }

    private static int countLines(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1).length;
    }

    /**
     * Where a text-mode browser's numbered link list starts ("References", "Visible links",
     * "Hidden links:" followed by numbered URLs), or the line count when there is none. The
     * list starts at the first such heading after which nearly every line is an entry: a long
     * address may wrap onto a line of its own, and lynx prints image maps after the list.
     */
    private static int referencesStart(String[] lines) {
        // Entries and other lines below each line, counted in one pass from the end: trying
        // every heading by scanning what follows it would be quadratic on a hostile input.
        int entries = 0, other = 0, start = lines.length;
        for (int i = lines.length - 1; i >= 0; i--) {
            boolean heading = REFERENCES_HEADING.matcher(lines[i]).matches();
            if (heading && entries > 0 && other * 10 <= entries) start = i;
            if (lines[i].isBlank()) continue;
            if (heading || REFERENCE_ENTRY.matcher(lines[i]).matches()) {
                entries++;
            } else {
                other++;
            }
        }
        return start;
    }

    private static int countGlued(String[] lines) {
        int n = 0;
        for (String line : lines) {
            Matcher m = GLUED_LINK_MARKER.matcher(line);
            while (m.find()) n++;
        }
        return n;
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) end--;
        return s.substring(0, end);
    }

    /**
     * The width a text was wrapped at, or 0 when it was not: many full lines end within a few
     * columns of one right margin, which unwrapped paragraphs of free length never do. A tenth
     * of the lines is enough, since a page's menus and link lists add many shorter lines; a few
     * longer lines (unbreakable URLs, preformatted text) do not hide the margin.
     */
    private static int wrapWidth(List<Raw> raws) {
        // A table's rows run as wide as its columns need, past any margin: they say nothing of it.
        raws = raws.stream().filter(r -> !TABLE_ROW.matcher(r.line.strip()).find()).toList();
        int[] lengths = raws.stream().mapToInt(r -> columns(r.line)).filter(n -> n >= 20).sorted().toArray();
        if (lengths.length < 6) return 0;
        int width = lengths[(int) Math.floor((lengths.length - 1) * 0.93)];
        // Below 50 columns the "margin" is a run of short lines (teasers, dates) of a page copied unwrapped.
        if (width > 140 || width < 50) return 0;
        long nearMargin = Arrays.stream(lengths).filter(n -> n >= width - 20 && n <= width).count();
        // A wrap breaks sentences at whatever word meets the margin; lines near it that nearly all
        // close a sentence are a short page's paragraphs that happen to be of a length.
        long closed = raws.stream().map(r -> r.line).filter(l -> SENTENCE_CLOSE.matcher(l).find())
                .mapToInt(SourceLines::columns).filter(n -> n >= width - 20 && n <= width).count();
        if (closed * 4 > nearMargin * 3) return 0;
        return nearMargin >= 3 && (nearMargin * 10 >= lengths.length || nearMargin >= 40) ? width : 0;
    }

    private static List<Unit> join(List<Raw> raws, int width) {
        List<Unit> units = new ArrayList<>();
        Raw current = null;
        StringBuilder text = new StringBuilder();
        int links = 0;
        boolean image = false;
        for (Raw raw : raws) {
            if (current != null && continues(current, raw, text, width)) {
                if (text.length() > 1 && text.charAt(text.length() - 1) == '-'
                        && Character.isLetter(text.charAt(text.length() - 2)) && Character.isLowerCase(raw.text.charAt(0))
                        || breaksAnywhere(text.codePointBefore(text.length())) && breaksAnywhere(raw.text.codePointAt(0))) {
                    text.append(raw.text);
                } else {
                    text.append(' ').append(raw.text);
                }
                links += raw.links;
                image |= raw.image;
                current = current.withLastLine(raw.line);
                continue;
            }
            if (current != null) units.add(unit(current, text, links, image));
            current = raw;
            text.setLength(0);
            text.append(raw.text);
            links = raw.links;
            image = raw.image;
        }
        if (current != null) units.add(unit(current, text, links, image));
        return units;
    }

    /** The line or lines joined from {@code first}, as one unit. */
    private static Unit unit(Raw first, CharSequence text, int links, boolean image) {
        return new Unit(DoubledLine.withoutLeadingTwice(text.toString()), first.indent, first.blankBefore, links, image, first.linkFirst);
    }

    private static boolean continues(Raw unit, Raw next, CharSequence text, int width) {
        if (width == 0 || next.blankBefore || next.text.isEmpty() || text.length() == 0) return false;
        if (next.indent < unit.indent || LIST_START.matcher(next.line).matches()) return false;
        if (DRAWN_RULE.matcher(next.line).matches() || DRAWN_RULE.matcher(unit.lastLine).matches()) return false;
        // Chinese and Japanese break between any two characters, so the next line's first character is what did not fit.
        if (breaksAnywhere(next.text.codePointAt(0))) return columns(unit.lastLine) + 2 > width - 3;
        int firstWord = next.text.indexOf(' ');
        firstWord = firstWord < 0 ? next.text.length() : firstWord;
        return columns(unit.lastLine) + 1 + columns(next.text.substring(0, firstWord)) > width - 3;
    }

    /** The columns a fixed-width dump gives {@code line}: Chinese, Japanese and Korean characters and full-width forms take two. */
    private static int columns(String line) {
        return line.codePoints().map(c -> isWide(c) ? 2 : 1).sum();
    }

    /** Whether a line may break before or after {@code c} with no space: wide characters other than Korean, which spaces its words. */
    private static boolean breaksAnywhere(int c) {
        return isWide(c) && UCharacter.getIntPropertyValue(c, UProperty.SCRIPT) != UScript.HANGUL;
    }

    private static boolean isWide(int c) {
        // Nothing below U+1100 (Hangul Jamo) is wide: Latin and Arabic text never asks ICU.
        if (c < 0x1100) return false;
        int width = UCharacter.getIntPropertyValue(c, UProperty.EAST_ASIAN_WIDTH);
        return width == UCharacter.EastAsianWidth.WIDE || width == UCharacter.EastAsianWidth.FULLWIDTH;
    }

    /** One source line after removing browser markup; {@code lastLine} is the raw line a join ends with. */
    private record Raw(String line, String lastLine, String text, int indent, boolean blankBefore, int links,
            boolean image, boolean linkFirst) {

        static Raw of(String line, boolean browserLinks) {
            if (line.isBlank()) return null;
            String text = line.strip();
            int links = 0;
            if (browserLinks) {
                Matcher m = LINK_MARKER.matcher(text);
                while (m.find()) links++;
                text = LINK_MARKER.matcher(text).replaceAll("");
            }
            boolean linkFirst = links > 0 && LEADING_LINK.matcher(line).lookingAt();
            // A picture's marks, by type or by file name, are never empty: the line changes when one is taken out.
            String unmarked = IMAGE_FILE_NAME.matcher(IMAGE_MARKER.matcher(text).replaceAll("")).replaceAll("");
            boolean image = !unmarked.equals(text);
            text = unmarked;
            if (WHOLE_LINE_BRACKET.matcher(text.strip()).matches() || IMAGE_FILE_NAMES.matcher(text.strip()).matches()) {
                image = true;
                text = "";
            }
            text = FORMATTING_TAG.matcher(FORM_JUNK.matcher(text).replaceAll("")).replaceAll(" ").strip();
            if (text.isEmpty() && !image && links == 0) return null;
            int indent = 0;
            while (indent < line.length() && line.charAt(indent) == ' ') indent++;
            return new Raw(line, line, text, indent, false, links, image, linkFirst);
        }

        Raw withBlankBefore(boolean b) {
            return new Raw(line, lastLine, text, indent, b, links, image, linkFirst);
        }

        Raw withLastLine(String l) {
            return new Raw(line, l, text, indent, blankBefore, links, image, linkFirst);
        }
    }
}
