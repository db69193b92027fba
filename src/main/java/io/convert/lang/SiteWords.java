package io.convert.lang;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a publication's name opens or closes with when a page's title carries it: "قناة"
 * (channel), "صحيفة" (newspaper), "موقع" (site), "خبرگزاری" (news agency), "روزنامہ" (daily) ...
 * in Arabic, Persian and Urdu, where site names rarely share a word with the page's Latin host
 * name; and whether a name in Arabic script is the one a Latin host or site name spells
 * ("الساحل" and "alsahil").
 */
public final class SiteWords {
    private static final Pattern LEAD = Pattern.compile("^(?:قناة|قناه|صحيفة|صحيفه|جريدة|جريده|موقع|بوابة|بوابه"
            + "|شبكة|شبكه|وكالة|وكاله|مجلة|مجله|راديو|تلفزيون|روزنامه|خبرگزاری|پایگاه|شبکه|سایت|روزنامہ|روزنامۂ"
            + "|ویب سائٹ)(?!\\p{L})");
    /**
     * The words a publication's name may close with instead: "الإخباري" (the news ...), and words
     * borrowed from English, "نيوز" (news), "أونلاين" (online), "تي في" (TV), "نت" (net), "تايمز"
     * (times), "بوست" (post), "برس" (press), as in "جيو نيوز" or "همشهری آنلاین", in Arabic,
     * Persian and Urdu spellings.
     */
    private static final Pattern TAIL = Pattern.compile("(?<![\\p{L}\\p{M}])(?:الإخباري|الاخباري|الإخبارية|الاخبارية"
            + "|نيوز|نیوز|أونلاين|اونلاين|آنلاین|انلاین|آن لائن|تي في|تيفي|تی وی|ٹی وی|نت|تايمز|تایمز|ٹائمز"
            + "|بوست|برس|ڈاٹ کام|دوت كوم)$");
    /**
     * The word a page's own masthead opens with to say what the outlet is: "صحيفة", "Le Journal" is a name, not a
     * kind. Beside {@link #LEAD}, the words a title bar's name opens with, as the two lists still differ (no Persian
     * or Urdu here, no "إذاعة" or "منصة" there): one list for both is a change to measure on the pages.
     */
    private static final Pattern MASTHEAD_KIND_FIRST = Pattern.compile(
            "^(?:صحيفة|صحيفه|جريدة|جريده|موقع|بوابة|بوابه|شبكة|شبكه|وكالة|وكاله|قناة|قناه|مجلة|مجله|إذاعة|اذاعة|منصة|منصه)\\s+(?=\\p{L})");
    /** The word a masthead closes with to say what the outlet is: "NAME الإخباري", "NAME News", "NAME Tribune". */
    private static final Pattern MASTHEAD_KIND_LAST = Pattern.compile(
            "(?iu)(?<=\\p{L})\\s+(?:الإخباري|الاخباري|الإخبارية|الاخبارية|الإلكترونية|الالكترونية|الإلكتروني|الالكتروني|نيوز|برس|بريس|بوست|تايمز|ميديا"
                    + "|news|times|press|post|tribune|herald|gazette|observer|journal|chronicle|courier|online|magazine|media)$");
    /** A site's name is short: longer segments are part of a headline that happens to start so. */
    private static final int MAX_WORDS = 5;
    private static final Pattern ARABIC_SCRIPT = Pattern.compile("\\p{IsArabic}");
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");
    /** Latin pairs of letters that write one Arabic consonant, each with the class {@link #arabicSounds} gives it. */
    private static final String[][] DIGRAPHS = {{"sh", "C"}, {"ch", "C"}, {"kh", "X"}, {"gh", "G"}, {"th", "T"},
        {"dh", "D"}, {"zh", "Z"}, {"ph", "F"}};
    /**
     * Consonants a name needs in common with a Latin one to be taken for it; fewer (two) when
     * they are all its sounds: a short word ends many a headline, and a host may open with it.
     */
    private static final int MIN_CONSONANTS = 3;

    private SiteWords() {
    }

    /** Whether {@code segment}, a piece of a page's title, reads as the name of a publication. */
    public static boolean namesPublication(String segment) {
        String s = segment.strip();
        return (LEAD.matcher(s).find() || TAIL.matcher(s).find()) && s.split("\\s+").length <= MAX_WORDS;
    }

    /** Where the name starts after the word that opens {@code name} to say what the outlet is ("صحيفة NAME"), or 0. */
    public static int mastheadKindEnd(String name) {
        Matcher m = MASTHEAD_KIND_FIRST.matcher(name);
        return m.lookingAt() ? m.end() : 0;
    }

    /** Where the word that closes {@code name} to say what the outlet is starts ("NAME الإخباري", "NAME News"), or -1. */
    public static int mastheadKindStart(String name) {
        Matcher m = MASTHEAD_KIND_LAST.matcher(name);
        return m.find() ? m.start() : -1;
    }

    /**
     * Whether {@code segment}, written in Arabic script, is the name {@code latinName} (a host's
     * label, a site's name in Latin letters) spells: the consonants agree, in order, and the
     * Latin name may go on ("الشرق" for "asharqnews"). Arabic script leaves short vowels out and
     * writes long ones as letters a Latin spelling sets as any vowel, so vowels, alef, waw and
     * yeh do not count, nor does ain, which Latin writes as a vowel or an apostrophe; the
     * article's lam, a final teh marbuta and a final heh may be spelt or not ("aljazeera",
     * "almadinat", "ruzname").
     */
    public static boolean spellsLatinName(String segment, String latinName) {
        if (!ARABIC_SCRIPT.matcher(segment).find() || LATIN.matcher(segment).find()) return false;
        if (ARABIC_SCRIPT.matcher(latinName).find() || !LATIN.matcher(latinName).find()) return false;
        String sounds = arabicSounds(segment);
        int sure = 0;
        StringBuilder pattern = new StringBuilder();
        for (int i = 0; i < sounds.length(); i++) {
            char c = sounds.charAt(i);
            if (Character.isLowerCase(c)) {
                pattern.append(Character.toUpperCase(c)).append('?');
            } else {
                pattern.append(c);
                sure++;
            }
        }
        String latin = latinSounds(latinName);
        if (sure >= MIN_CONSONANTS) return Pattern.matches(pattern + ".*", latin);
        return sure == MIN_CONSONANTS - 1 && Pattern.matches(pattern.toString(), latin);
    }

    /**
     * The consonants of an Arabic-script name, one capital per class of sounds Latin spellings
     * mix up (jeem, ghain and gaf as G; qaf, kaf and keheh as K), in lower case those a Latin
     * spelling may leave out.
     */
    private static String arabicSounds(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.strip().split("[^\\p{IsArabic}\\p{Nd}]+")) {
            String w = Keys.foldLetters(word);
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                boolean last = i == w.length() - 1;
                char s = switch (c) {
                    case 'ب', 'پ' -> 'B';
                    case 'ت', 'ط', 'ٹ', 'ث' -> 'T';
                    case 'ج', 'غ', 'گ' -> 'G';
                    case 'ح' -> 'H';
                    case 'ه', 'ہ', 'ۀ' -> last ? 'h' : 'H';
                    case 'ھ' -> 'h';
                    case 'خ' -> 'X';
                    case 'د', 'ض', 'ڈ', 'ذ' -> 'D';
                    case 'ر', 'ڑ' -> 'R';
                    case 'ز', 'ژ', 'ظ' -> 'Z';
                    case 'س', 'ص' -> 'S';
                    case 'ش', 'چ' -> 'C';
                    case 'ف' -> 'F';
                    case 'ق', 'ك', 'ک' -> 'K';
                    case 'ل' -> i == 1 && w.charAt(0) == 'ا' ? 'l' : 'L';
                    case 'م' -> 'M';
                    case 'ن', 'ں' -> 'N';
                    default -> Character.isDigit(c) ? c : 0;
                };
                // Keys folds teh marbuta to heh: a final one may be read as "t" too ("almadinat").
                if (last && c == 'ه' && word.charAt(word.length() - 1) == 'ة') s = 't';
                if (s != 0) out.append(s);
            }
        }
        return withoutDoubles(out);
    }

    /** The consonants of a Latin name, in the classes {@link #arabicSounds} gives. */
    private static String latinSounds(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        for (String[] d : DIGRAPHS) s = s.replace(d[0], d[1]);
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            char m = switch (c) {
                case 'b', 'p' -> 'B';
                case 't' -> 'T';
                case 'd' -> 'D';
                case 'j', 'g' -> 'G';
                case 'q', 'k', 'c' -> 'K';
                case 'h' -> 'H';
                case 'x' -> 'X';
                case 's' -> 'S';
                case 'z' -> 'Z';
                case 'f' -> 'F';
                case 'r' -> 'R';
                case 'l' -> 'L';
                case 'm' -> 'M';
                case 'n' -> 'N';
                case 'C', 'X', 'G', 'T', 'D', 'Z', 'F' -> c;
                default -> Character.isDigit(c) ? c : 0;
            };
            if (m != 0) out.append(m);
        }
        return withoutDoubles(out);
    }

    /** One of each run of the same consonant: Arabic writes a doubled one once ("assafir", "ammannet"). */
    private static String withoutDoubles(CharSequence s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (out.length() > 0 && Character.toUpperCase(out.charAt(out.length() - 1)) == Character.toUpperCase(c)) {
                if (Character.isUpperCase(c)) out.setCharAt(out.length() - 1, c);
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }
}
