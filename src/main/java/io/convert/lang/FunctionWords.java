package io.convert.lang;

import java.util.Set;

/**
 * The commonest function words of Arabic, English and French news prose (prepositions,
 * conjunctions, pronouns, "said"), in the folded spelling of a comparison key: alef forms as
 * bare alef, teh marbuta as heh, alef maksura as yeh, lower case. Two lines that share only these
 * words say nothing alike.
 */
public final class FunctionWords {
    private static final Set<String> WORDS = Set.of(
            // Arabic
            "في", "من", "علي", "الي", "عن", "مع", "ان", "او", "ام", "ثم", "لا", "لم", "لن", "ما", "هل", "قد", "كان",
            "كانت", "بين", "بعد", "قبل", "حول", "خلال", "منذ", "ضد", "عند", "حتي", "التي", "الذي", "الذين", "هذا",
            "هذه", "ذلك", "تلك", "هو", "هي", "هم", "كل", "غير", "ذات", "فيه", "فيها", "منه", "منها", "عليه", "عليها",
            "اليه", "قال", "قالت", "وقال", "وقالت", "اكد", "يوم", "امس", "اليوم", "تم", "معنا", "لنا", "لكم", "بسم",
            // "all of us", which opens slogans ("كلنا بابليون") and never a name
            "كلنا",
            // "any", "which" ("أي إعلام", "أى حل"), in no name
            "اي",
            // English
            "the", "and", "for", "with", "from", "that", "this", "are", "was", "were", "has", "have", "had", "its",
            "his", "her", "their", "into", "over", "after", "before", "about", "will", "not", "but", "who", "what",
            "says", "said", "new", "you", "our",
            // French
            "les", "des", "une", "dans", "pour", "par", "sur", "avec", "est", "qui", "que", "aux", "ses", "son",
            "sont", "pas", "plus", "selon", "entre", "après");

    /** Verbs that lead into a quote with a colon ("وأضاف:", "He said:", "Il a déclaré :"), folded. */
    private static final Set<String> SAYING = Set.of("قال", "قالت", "اكد", "اكدت", "اضاف", "اضافت", "اوضح", "اوضحت", "تابع",
            "تابعت", "اشار", "اشارت", "صرح", "صرحت", "ذكر", "ذكرت", "اعلن", "اعلنت", "يقول", "تقول", "اجاب", "اجابت", "فقال", "فقالت",
            "قائلا", "قائله", "مضيفا", "مضيفه", "موضحا", "موضحه", "مؤكدا", "مؤكده", "شدد", "شددت", "كشف", "كشفت",
            "دعا", "دعت", "حذر", "حذرت", "اعتبر", "اعتبرت", "said", "says", "added",
            "told", "wrote", "explained", "asked", "dit", "déclaré", "ajoute", "ajouté", "affirme", "explique", "précise");

    /**
     * Words that open a text's section on their own ("أولاً: ...", "مقدمة:", "تمهيد"): the ordinals
     * that number sections (folded, so without their tanween) and the names of a report's parts.
     */
    private static final Set<String> SECTION_OPENERS = Set.of("اولا", "ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا",
            "سابعا", "ثامنا", "تاسعا", "عاشرا", "مقدمه", "خاتمه", "خلاصه", "تقديم", "تمهيد", "ملخص", "توطئه", "مدخل", "اهداء");

    /** Words no phrase ends on (conjunctions, articles, prepositions, "entitled"), folded: a line that does runs on. */
    private static final Set<String> OPEN_ENDED = Set.of("و", "او", "في", "من", "علي", "الي", "عن", "مع", "بين", "ان", "التي",
            "الذي", "بعنوان", "entitled", "intitulé", "and", "or", "but", "the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as",
            "et", "ou", "de", "des", "du", "la", "le", "les", "un", "une", "à", "au", "aux", "par", "pour", "sur", "avec");

    /** Prepositions, folded: a phrase opened by one ("بين الإبعاد الإداري والقضائي", "Inside the …") names no one and no outlet. */
    private static final Set<String> PREPOSITIONS = Set.of("في", "من", "علي", "الي", "عن", "مع", "بين", "حول", "خلال", "منذ", "ضد",
            "عند", "حتي", "بعد", "قبل", "in", "on", "at", "of", "for", "with", "by", "from", "to", "about", "after", "before", "into", "over",
            "inside", "dans", "pour", "sur", "avec", "par", "entre", "selon", "après", "avant", "chez");

    /**
     * Arabic words that join one clause to the next (relative pronouns, "but", "while", "because",
     * "when"), folded: running prose uses them every sentence or two, a headline seldom once.
     */
    private static final Set<String> CLAUSE_LINKS = Set.of("التي", "الذي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي",
            "لكن", "ولكن", "لكنه", "لكنها", "ولكنه", "ولكنها", "بينما", "حيث", "لان", "لانه", "لانها", "اذ", "عندما", "حين",
            "وذلك", "وهو", "وهي", "فان", "لذلك", "ولذلك", "مما", "بعدما", "لكي", "كي");

    /**
     * What opens the second half of a sentence ("إلا أن", "غير أن", "لكن", "بينما", "بل": but rather), folded: a line so opened goes on
     * from the one above it.
     */
    private static final Set<String> CONTRASTS = Set.of("الا ان", "غير ان", "بيد ان", "لكن", "ولكن", "بينما", "بل");

    private FunctionWords() {
    }

    /** Whether a line ending on {@code foldedWord} stops in the middle of its sentence. */
    public static boolean leavesOpen(String foldedWord) {
        return OPEN_ENDED.contains(foldedWord);
    }

    /** Whether {@code foldedWord} is a preposition. */
    public static boolean isPreposition(String foldedWord) {
        return PREPOSITIONS.contains(foldedWord);
    }

    /** Whether {@code foldedWord} is a verb that leads into a quote. */
    public static boolean isSayingVerb(String foldedWord) {
        return SAYING.contains(foldedWord);
    }

    /** Whether {@code foldedWord} opens a section ("أولاً: ...", "ثانياً- ...", "مقدمة:"), with its article or not ("المدخل"). */
    public static boolean opensSection(String foldedWord) {
        return SECTION_OPENERS.contains(foldedWord) || foldedWord.startsWith("ال") && SECTION_OPENERS.contains(foldedWord.substring(2));
    }

    /** Whether {@code foldedWord} joins a clause to the one before it ("التي", "لكن", "بينما"). */
    public static boolean linksClauses(String foldedWord) {
        return CLAUSE_LINKS.contains(foldedWord);
    }

    /** Whether the folded line {@code key} opens with what joins it to a sentence before it ("إلا أن …", "لكن …"). */
    public static boolean opensWithContrast(String key) {
        String[] words = key.split(" ", 3);
        return CONTRASTS.contains(words[0]) || words.length > 1 && CONTRASTS.contains(words[0] + " " + words[1]);
    }

    /** Whether {@code foldedWord} is a function word. */
    public static boolean contains(String foldedWord) {
        return WORDS.contains(foldedWord);
    }
}
