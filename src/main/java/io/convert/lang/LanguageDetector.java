package io.convert.lang;

import io.convert.model.Direction;
import io.convert.model.Language;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Guesses the language and direction of a text from its letters: the share of Arabic-script
 * (and Hebrew) letters decides the direction, letters peculiar to Persian or Urdu and the
 * commonest English, French, Spanish, Italian, Portuguese or German words the language, kana
 * Japanese against Chinese, and a script that one language has to itself (Hangul, Thai…) its
 * language. Cheap enough to run on every block.
 */
public final class LanguageDetector {
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "in", "is", "that", "for", "was",
            "with", "on", "as", "it", "by", "are", "this", "be", "from", "at", "have", "has", "said");
    /** French words that Spanish, Italian and Portuguese do not share (and elided "l'", "d'", "qu'"). */
    private static final Set<String> FRENCH = Set.of("le", "les", "des", "du", "et", "est", "une", "dans", "pour",
            "pas", "sur", "au", "aux", "avec", "cette", "qui", "été", "à", "d", "l", "qu", "n", "c", "s", "ont", "sont");
    /**
     * Common words of Spanish, Italian, Portuguese and German that the other three of them do
     * not share, so that a page in one of them is not left without a language. A few are French
     * words too ("il", "des"); French prose has far more of its own list's words.
     */
    private static final Map<String, Set<String>> NEIGHBOURS = Map.of(
            "es", Set.of("el", "los", "las", "y", "del", "por", "pero", "más", "fue", "según", "también", "sus",
                    "este", "esta", "muy", "hay", "años", "entre", "sobre"),
            "it", Set.of("il", "gli", "della", "delle", "degli", "dei", "nel", "nella", "che", "non", "è", "sono",
                    "anche", "più", "alla", "questo", "questa", "tra", "dalla", "essere"),
            "pt", Set.of("não", "os", "um", "uma", "dos", "das", "pelo", "pela", "são", "também", "foi", "mais", "ao",
                    "em", "com", "seu", "sua", "já", "ou", "nos"),
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu", "ein", "eine", "auf",
                    "für", "dem", "sich", "auch", "im", "des", "wird", "sind", "wurde", "bei", "nach", "über"));
    /** The languages of {@link #NEIGHBOURS} each word counts for: one lookup a word instead of one per language. */
    private static final Map<String, List<String>> NEIGHBOURS_OF_WORD = byWord(NEIGHBOURS);
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /**
     * Scripts that one language writes in nearly every page that uses them: their letters name
     * the language. Not Cyrillic or Devanagari, which several large languages share, nor Han,
     * which is told apart from Japanese by its kana ({@link #cjkLanguage}).
     */
    private static final Map<Character.UnicodeScript, String> SCRIPT_LANGUAGES = Map.ofEntries(
            Map.entry(Character.UnicodeScript.HANGUL, "ko"), Map.entry(Character.UnicodeScript.THAI, "th"),
            Map.entry(Character.UnicodeScript.KHMER, "km"), Map.entry(Character.UnicodeScript.LAO, "lo"),
            Map.entry(Character.UnicodeScript.MYANMAR, "my"), Map.entry(Character.UnicodeScript.SINHALA, "si"),
            Map.entry(Character.UnicodeScript.GEORGIAN, "ka"), Map.entry(Character.UnicodeScript.ARMENIAN, "hy"),
            Map.entry(Character.UnicodeScript.GREEK, "el"), Map.entry(Character.UnicodeScript.ETHIOPIC, "am"),
            Map.entry(Character.UnicodeScript.BENGALI, "bn"), Map.entry(Character.UnicodeScript.TAMIL, "ta"),
            Map.entry(Character.UnicodeScript.TELUGU, "te"), Map.entry(Character.UnicodeScript.KANNADA, "kn"),
            Map.entry(Character.UnicodeScript.MALAYALAM, "ml"), Map.entry(Character.UnicodeScript.GUJARATI, "gu"),
            Map.entry(Character.UnicodeScript.GURMUKHI, "pa"), Map.entry(Character.UnicodeScript.ORIYA, "or"));
    /** Chinese characters a text without kana needs before it is taken for Chinese, not Japanese. */
    private static final int MIN_CHINESE = 20;
    /** A text needs this many letters before its language is guessed at all. */
    private static final int MIN_LETTERS = 3;

    private LanguageDetector() {
    }

    /**
     * The language of {@code text}: a tag when one can be told ({@code ar}, {@code fa},
     * {@code ur}, {@code he}, {@code en}, {@code fr}, {@code es}, {@code it}, {@code pt},
     * {@code de}; {@code zh}, {@code ja}; or the one language of a script such as Hangul or
     * Thai), and a direction whenever the text has letters;
     * {@link Language#INHERIT} for text without enough letters to judge.
     */
    public static Language detect(CharSequence text) {
        Letters n = Letters.of(text);
        Direction direction = n.direction();
        if (direction == null) return Language.INHERIT;
        if (direction == Direction.RTL) {
            if (n.hebrew * 2 > n.letters) return new Language("he", Direction.RTL);
            String tag = n.urdu > 0 && n.urdu * 50 >= n.arabic ? "ur" : n.persian * 50 >= n.arabic && n.persian > 0 ? "fa" : "ar";
            return new Language(tag, Direction.RTL);
        }
        if (n.latin * 2 > n.letters) return new Language(latinLanguage(text), Direction.LTR);
        if ((n.han + n.kana) * 2 > n.letters) return new Language(cjkLanguage(n), Direction.LTR);
        String tag = n.main != null && n.mainCount * 2 > n.letters ? SCRIPT_LANGUAGES.get(n.main) : null;
        return new Language(tag, Direction.LTR);
    }

    /**
     * The direction {@link #detect} gives {@code text}, or null when it has too few letters to
     * judge: without naming its language, which for Latin text means matching and looking up
     * each of its words. Asked of every block of a page, whose language matters only when its
     * direction differs from the page's.
     */
    public static Direction direction(CharSequence text) {
        return Letters.of(text).direction();
    }

    /**
     * Japanese when kana are a twentieth of the Chinese characters and kana (Chinese has none);
     * Chinese only with enough characters and no kana at all, since a short Japanese heading
     * can be all kanji; otherwise null.
     */
    private static String cjkLanguage(Letters n) {
        if (n.kana * 20 >= n.han + n.kana) return "ja";
        return n.kana == 0 && n.han >= MIN_CHINESE ? "zh" : null;
    }

    /** The share of {@code text}'s letters that are in the Arabic script, 0 when it has none. */
    public static double arabicShare(CharSequence text) {
        Letters n = Letters.of(text);
        return n.letters == 0 ? 0 : (double) n.arabic / n.letters;
    }

    /**
     * How many letters a text has, in each script the guess looks at; {@code main} is the
     * script of {@link #SCRIPT_LANGUAGES} with the most letters ({@code mainCount}), or null.
     */
    private record Letters(int letters, int arabic, int hebrew, int persian, int urdu, int latin, int han, int kana,
            Character.UnicodeScript main, int mainCount) {
        /** Right to left when most letters are Arabic or Hebrew; null below {@link #MIN_LETTERS}. */
        Direction direction() {
            if (letters < MIN_LETTERS) return null;
            return arabic * 2 > letters || hebrew * 2 > letters ? Direction.RTL : Direction.LTR;
        }

        static Letters of(CharSequence text) {
            int letters = 0, arabic = 0, hebrew = 0, persian = 0, urdu = 0, latin = 0, han = 0, kana = 0;
            Map<Character.UnicodeScript, Integer> others = null;
            int length = text.length();
            for (int i = 0; i < length; ) {
                char c = text.charAt(i);
                // ASCII, most of the letters of most pages, is told apart here: the script of any
                // other letter is a binary search over the ranges of Unicode's scripts.
                if (c < 0x80) {
                    i++;
                    int lower = c | 0x20;
                    if (lower >= 'a' && lower <= 'z') {
                        letters++;
                        latin++;
                    }
                    continue;
                }
                int cp = Character.codePointAt(text, i);
                i += Character.charCount(cp);
                if (!Character.isLetter(cp)) continue;
                letters++;
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                if (script == Character.UnicodeScript.ARABIC) {
                    arabic++;
                    if (cp == 0x067E || cp == 0x0686 || cp == 0x0698 || cp == 0x06AF || cp == 0x06CC) persian++;
                    if (cp == 0x0679 || cp == 0x0688 || cp == 0x0691 || cp == 0x06BA || cp == 0x06D2) urdu++;
                } else if (script == Character.UnicodeScript.HEBREW) {
                    hebrew++;
                } else if (script == Character.UnicodeScript.LATIN) {
                    latin++;
                } else if (script == Character.UnicodeScript.HAN) {
                    han++;
                } else if (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA) {
                    kana++;
                } else if (SCRIPT_LANGUAGES.containsKey(script)) {
                    if (others == null) others = new EnumMap<>(Character.UnicodeScript.class);
                    others.merge(script, 1, Integer::sum);
                }
            }
            Map.Entry<Character.UnicodeScript, Integer> most = others == null ? null
                    : others.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(null);
            return new Letters(letters, arabic, hebrew, persian, urdu, latin, han, kana,
                    most == null ? null : most.getKey(), most == null ? 0 : most.getValue());
        }
    }

    private static Map<String, List<String>> byWord(Map<String, Set<String>> wordsOfLanguage) {
        Map<String, List<String>> languagesOfWord = new HashMap<>();
        wordsOfLanguage.forEach((tag, words) -> words.forEach(w -> languagesOfWord.computeIfAbsent(w, k -> new ArrayList<>()).add(tag)));
        languagesOfWord.replaceAll((w, tags) -> List.copyOf(tags));
        return Map.copyOf(languagesOfWord);
    }

    /**
     * "en", "fr", "es", "it", "pt" or "de" by the share of their commonest words, or null for
     * none of them. English and French, the languages of most pages read, win ties.
     */
    private static String latinLanguage(CharSequence text) {
        var m = WORD.matcher(text);
        int words = 0, english = 0, french = 0;
        Map<String, Integer> others = new HashMap<>();
        while (m.find() && words < 2000) {
            words++;
            String w = m.group().toLowerCase(Locale.ROOT);
            if (ENGLISH.contains(w)) english++;
            if (FRENCH.contains(w)) french++;
            for (String tag : NEIGHBOURS_OF_WORD.getOrDefault(w, List.of())) others.merge(tag, 1, Integer::sum);
        }
        // Running prose has about a quarter of its words in such a list; titles fewer.
        if (words == 0) return null;
        boolean isEnglish = english * 10 >= words || words < 12 && english > 0;
        boolean isFrench = french * 10 >= words || words < 12 && french > 1;
        String best = null;
        int most = Math.max(isEnglish ? english : 0, isFrench ? french : 0);
        for (Map.Entry<String, Integer> e : new TreeMap<>(others).entrySet()) {
            int n = e.getValue();
            if (n > most && (n * 10 >= words || words < 12 && n > 1)) {
                best = e.getKey();
                most = n;
            }
        }
        if (best != null) return best;
        if (isEnglish && (!isFrench || english >= french)) return "en";
        return isFrench ? "fr" : null;
    }
}
