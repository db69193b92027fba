package io.convert.lang;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a byline opens with: "By", "Written by", "بقلم", "كتب", "إعداد" and their kin,
 * followed by an optional colon or dash; French "Par" only before a capitalised name, since
 * "Par ailleurs" opens sentences. Left out on purpose: "Reporting by", which in wire
 * copy opens the closing credit ("Reporting by A; Editing by B") and names editors too.
 */
public final class BylineWords {
    /**
     * "أجرى الحوار: NAME" (conducted the interview): the interviewer, who is the piece's author.
     * "مراسلنا NAME" (our correspondent) and "نشر بواسطة NAME" (posted by) lead to the writer too, and so
     * does "من صفحة NAME" (from NAME's page), over a post the site copied from its writer's own page.
     */
    private static final String ARABIC_LEAD = "(?:بقلم|قلم|كتب|كتبت|كتبه|كتبها|كتابة|إعداد|اعداد|تقرير|تحرير|ترجمة|متابعة|حوار|بواسطة"
            + "|مراسلنا|مراسلتنا|مندوبنا|مندوبتنا|من\\s+صفح[ةه]|(?:نشر|نشرت|نشره|نشرها)\\s+بواسطة"
            + "|(?:أجرى|اجرى|أجرت|اجرت)\\s+(?:الحوار|اللقاء))(?!\\p{L})";
    /** "حاوره" (interviewed him, her, them). */
    private static final String INTERVIEWED_WORD = "حاور(?:ه|ته|ها|تها|هم)";
    /** "حاوره NAME" after a credit label, where the word needs no colon of its own. */
    private static final Pattern INTERVIEWED = Pattern.compile(INTERVIEWED_WORD + "\\s+(?=\\p{L})");
    /** "حلقات يكتبها: NAME", "زاوية تكتبها NAME": a series or column and who writes it. */
    private static final String WRITES_IT = "(?:\\p{L}+\\s+)?(?:يكتبها|يكتبه|تكتبها|تكتبه)(?!\\p{L})";
    /** "Dr", "Prof", "Rev", "Mr", "Mrs", "Ms", with or without a stop: a Latin title that marks the next words as a name. */
    private static final String LATIN_TITLE = "(?:Dr|Prof|Rev|Mrs?|Ms)\\.?";
    private static final Pattern LEAD = Pattern.compile(
            "^(?:(?i:(?:written|words|story|text|posted)\\s+)?(?i:by)(?=[:\\s])"
            // "Letter to the editor from NAME", "From Ms NAME & Mr NAME": a reader's letter and its writers; "From" alone
            // opens sentences ("From Monday, …"), so only a title after it makes it a credit.
            + "|(?i:letter\\s+to\\s+the\\s+editor\\s+from)(?=\\s)|From(?=\\s+" + LATIN_TITLE + "\\s)"
            // "On Behalf of NAME | DATE | Topic": a law firm's blog credits the firm so, the name often a link
            // of its own (the words end their text); "On behalf of the board" opens a sentence.
            + "|(?i:on\\s+behalf\\s+of)(?=\\s+\\p{Lu}|\\s*$)"
            + "|(?i:(?:rédigée?|écrite?|(?:entretien\\s+)?réalisée?)\\s+)?[Pp]ar(?=\\s+\\p{Lu})"
            // "De notre envoyé spécial à Sousse, NAME", "De notre correspondantNAME": a paper's own reporter
            // sent out, the name after the place or glued to the words by a copy that lost the line break.
            + "|[Dd]e\\s+notre\\s+(?:envoyée?\\s+spéciale?|correspondante?)(?:\\s+(?:à|au|en|aux)\\s+\\p{Lu}[\\p{L}'’-]*)?\\s*,?(?=\\s*\\p{Lu})"
            // "إعداد وتقرير: NAME": several credits joined by "and" lead to one name. "جمع وإعداد / NAME", "إعداد
            // وتقديم: NAME": a credit joined so to any other word is one label too, where a colon or a slash closes
            // it (not a dash: "كتب وليد - …" is the byline word and a given name).
            + "|(?:\\p{L}+\\s+و\\s*)?" + ARABIC_LEAD + "(?:\\s+و" + ARABIC_LEAD + ")*(?:\\s+و\\s*\\p{L}+)?(?=\\s*[:：/])"
            + "|" + ARABIC_LEAD + "(?:\\s+و" + ARABIC_LEAD + ")*"
            // "ملف من إعداد: NAME": what the piece is, then "prepared by".
            + "|(?:\\p{L}+\\s+)?من\\s+(?:إعداد|اعداد)(?!\\p{L})|" + WRITES_IT
            // "نص" (text), "مقال" (an article by), "الكاتب" (the writer), "المحرر" (the editor who wrote it up),
            // "المراسل" (the correspondent), "حاوره" (interviewed him) and a review's "عرض ونقاش" are byline words
            // only as a credit label: "نص: NAME", "الكاتب: NAME".
            + "|(?:نص|مقال|مقالة|الاسم|اسم\\p{M}*\\s+الكاتب[ةه]?|الكاتب[ةه]?|المحرر[ةه]?|المراسل[ةه]?|" + INTERVIEWED_WORD + "|عرض(?:\\s+و\\p{L}+)?)(?=\\s*[:：])"
            // "Columnist: NAME", "Chroniqueur : NAME": what the writer is, as a credit label. Not "Author:" or
            // "Writer:", which as often credit a book's author or a film's writer in a listing.
            + "|(?i:columnist|reporter|correspondent|contributor|chroniqueu(?:r|se)|journaliste)(?=\\s*[:：]))"
            // "كتب _NAME": an underscore stands for the dash.
            + "\\s*[:：\\-–—/_]?\\s*");

    /**
     * A title printed before a writer's name: "د. سامي نور", "الدكتورة منى حسن" (or "الدكتوره", its
     * final letter written as many write it), "الحاج سامي نور" (the pilgrim's title, common before names in
     * the Maghreb and the Gulf), "الشيخ سامي نور" (a scholar's or a tribal elder's), "اللواء سامي نور" (an
     * officer's rank: retired generals write columns), "Dr. Jane Roe", "Dr Jane Roe", "Pr. Jean Roy" (a French professor),
     * "Mrs Jane Roe", "Rev. John Roe", "Mme Anne Roy".
     */
    private static final Pattern HONORIFIC = Pattern.compile(
            "^(?:(?:د|أ|ا|م)\\s?[./]\\s*|(?:[اأ]\\s+د|د|أ|ا)\\s+(?=\\p{L}{2})|(?:الدكتور[ةه]?|الأستاذ[ةه]?|الاستاذ[ةه]?|المهندس[ةه]?|دكتور[ةه]?|مهندس[ةه]?|الحاج[ةه]?|الشيخ[ةه]?|اللواء|العميد|العقيد)(?:\\s*/\\s*|\\s+)|(?:" + LATIN_TITLE + "|(?:Pr|M)\\.|Mme|Mlle)\\s+(?=\\p{Lu}))");
    /**
     * Words that name a news outlet rather than a person ("سكاي نيوز عربية", "بوابة الأهرام",
     * "المغرب اليوم", "عدن الغد", "Maghreb Press"): a byline part made with one is the source, never an author.
     */
    private static final Pattern OUTLET = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:نيوز|news|الإخبارية|الاخبارية|الإخباري|الاخباري|الاخبار|الأخبار|بوابة|موقع|شبكة|قناة|"
                    + "صحيفة|جريدة|وكالة|مجلة|صوت|تلفزيون|إذاعة|اذاعة|راديو|اليوم|الغد|عربية|العربية|برس|بريس|press|tv|online|منصة|أنباء|انباء|"
                    + "الإعلامية|الاعلامية|"
                    + "أونلاين|اونلاين|أون لاين|اون لاين|نت|نيت|بوست|تايمز|ميديا|post|times|tribune|agency|magazine|radio|24)(?![\\p{L}])");
    /**
     * "Valley Today", "Harbour Daily": words that name an outlet only as the last of a short name in
     * capitals; in a headline ("What to know about the storm today") they are plain words.
     */
    private static final Pattern DAILY_NAME = Pattern.compile("^\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*)?\\s+(?:Today|Daily)$");

    /** The labels of a book's card other than its author's: the book, its publisher, its pages, its year. */
    private static final Pattern BOOK_CARD = Pattern.compile("(?iu)^(?:(?:عنوان|اسم)\\s+)?(?:الكتاب|الناشر|دار\\s+النشر|عدد\\s+الصفحات|سنة\\s+النشر"
            + "|book|publisher|pages|éditeur|éditions)\\s*[:：]");
    /** How an outlet names itself at the top of its pages: "صحيفة ...", "شبكة ...", "موقع ...". */
    private static final Pattern OUTLET_NAME = Pattern.compile(
            "^(?:صحيفة|جريدة|شبكة|موقع|بوابة|وكالة|قناة|مجلة|إذاعة|اذاعة|تلفزيون)\\s+\\p{L}");

    /**
     * A production credit other than the writer's: "مراجعة لغوية: NAME", "تصوير: NAME",
     * "Photos: NAME". Feature pages list them under the headline.
     */
    private static final Pattern CREDIT = Pattern.compile(
            "(?iu)^(?:مراجعة|تدقيق|رسومات|رسوم|تصوير|مونتاج|إخراج|اخراج|تصميم|غرافيك|جرافيك|إنفوغراف|انفوغراف|صور|صورة|الصورة|فيديو|"
                    + "photos?|photography|images?|pictures?|graphics?|illustrations?|design|video|editing|edited by|"
                    + "photos?\\s+by|crédit|credit)(?:\\s+\\p{L}+){0,2}\\s*[:：]\\s*\\p{L}");

    /**
     * "Photo by Jane Roe", "Compiled by Jane Roe", "Report by Staff Reporters", "Propos recueillis par Jane Roe",
     * "By Jane Roe…": a line of a few words that says who made the text or its picture, with no colon after
     * the label. The label is any word or two (photographers, compilers, interviewers are credited with
     * many), so the name after "by" must run two capitalised words or more.
     */
    private static final Pattern MAKER_CREDIT = Pattern.compile(
            "^(?:\\p{L}[\\p{L}'’-]*\\s+){0,2}(?:[Bb]y|[Pp]ar)\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,4}\\s*(?:…|\\.{2,})?$");

    private static final Pattern EDITING = Pattern.compile("^تحرير(?!\\p{L})");

    private static final Pattern AUTHOR_LABEL = Pattern.compile("(?i)^(?:author|auteure?)\\s*[:：]\\s*(?=\\p{Lu})");

    /** Egyptian print writes a final yeh without its dots ("الصحفى"), so both are listed. */
    private static final String ARABIC_JOBS = "كاتب|كاتبة|كاتبه|صحاف[يى]|صحافية|صحف[يى]|صحفية|باحث|باحثة|أستاذ|أستاذة|استاذ|استاذة|محلل|محللة|"
            + "خبير|خبيرة|مستشار|مستشارة|أكاديم[يى]|أكاديمية|اكاديم[يى]|اكاديمية|محرر|محررة|مراسل|مراسلة|إعلام[يى]|إعلامية|اعلام[يى]|اعلامية|"
            + "مدير|مديرة|مترجم|مترجمة|ناشط|ناشطة|روائ[يى]|روائية|شاعر|شاعرة|أديب|أديبة|اديب|اديبة|ممثل|ممثلة|طالب|طالبة|دبلوماس[يى]|سفير|محام|محام[يى]|محامية|"
            + "سياس[يى]|سياسية|ناقد|ناقدة|مفكر|مفكرة|مؤرخ|مؤرخة|[أا]خصائ[يى]|[أا]خصائية|استشار[يى]|استشارية|طبيب|طبيبة";
    /** Offices a caption names its subject by; "أمير" and "ملك" are given names as well, so not listed. */
    private static final Pattern OFFICE = Pattern.compile("^(?:ال)?(?:وزير|وزيرة|رئيس|رئيسة|محافظ|محافظة|نائب|نائبة|عضو|عميد|قائد)(?![\\p{L}])");
    /** "رئيسة التحرير", "مدير تحرير": who runs the paper signs as that, before the name. */
    private static final String EDITOR = "(?:رئيس|رئيسة|مدير|مديرة|نائب رئيس|نائبة رئيس)\\s+(?:ال)?تحرير";
    /**
     * What a writer is, printed under or after the name: "كاتب وصحافي من لبنان", "باحثة في ...", "Senior
     * reporter", "grand reporter".
     */
    private static final Pattern JOB = Pattern.compile(
            "(?iu)^(?:" + EDITOR + "|" + ARABIC_JOBS + "|journaliste|chercheur|chercheuse|professeur|reporter|correspondent|columnist|writer|editor|"
                    + "grande? reporter|envoyée? spéciale?|correspondante?|rédacteur|rédactrice|éditorialiste|chroniqueur|chroniqueuse|"
                    + "senior|contributing|contributor|staff writer)(?![\\p{L}])");
    /** "زاوية: NAME", "عمود: NAME", "Column: NAME", "Chronique : NAME": a column's label, then its name of a few words. */
    private static final Pattern COLUMN_LABEL =
            Pattern.compile("(?iu)(?:زاوية|عمود|column|chronique)\\s*[:：]\\s*\\p{L}+(?:\\s+\\p{L}+){0,4}");
    /** The English jobs a writer's line may end with, after the name and a comma. */
    private static final Pattern JOB_LAST = Pattern.compile("(?i)\\b(?:reporter|correspondent|editor|writer|columnist|journalist)$");
    /** What a writer is, printed before the name with the article: "الكاتب الصحفي NAME", "الكاتب والسياسي NAME". */
    private static final Pattern JOB_BEFORE_NAME =
            Pattern.compile("^(?:و\\s*)?(?:ال)?(?:" + ARABIC_JOBS + "|" + EDITOR + ")(?![\\p{L}])\\s*/?\\s*");

    /**
     * The jobs of those who write ("الكاتب", "الصحفية", "الشاعر"): after one, an origin leads to the writer's name;
     * after another ("السفير الأمريكي NAME") it is a news subject's.
     */
    private static final Pattern WRITING_JOB = Pattern.compile("^(?:و\\s*)?(?:ال)?(?:كاتب|كاتبة|كاتبه|صحاف[يى]|صحافية|صحف[يى]|صحفية|"
            + "باحث|باحثة|شاعر|شاعرة|روائ[يى]|روائية|أديب|أديبة|اديب|اديبة|إعلام[يى]|إعلامية|اعلام[يى]|اعلامية|محلل|محللة|"
            + "مفكر|مفكرة|ناقد|ناقدة|مؤرخ|مؤرخة)(?![\\p{L}])");
    /** An adjective of origin after a writer's job: "السوري", "المصرية", "فلسطيني" (a nisba, with the article or without). */
    private static final Pattern ORIGIN = Pattern.compile("^((?:ال)?\\p{IsArabic}{2,}(?:ي|ى|ية|يه))\\s+");

    /**
     * Second halves of Arabic compound given names, which take the article: "عبد الله", "صلاح
     * الدين", "عبد الرحمن" (folded spelling, as {@code Words.key} gives).
     */
    private static final Set<String> COMPOUND_NAME_ENDS = Set.of("الله", "الدين", "الرحمن", "الرحيم", "الاسلام",
            "العزيز", "الكريم", "الحق", "الهادي", "النور", "القادر", "الحميد", "المجيد", "اللطيف", "الحليم", "الزهراء", "الهدي");

    /**
     * The links of an Arabic lineage inside a name, folded: "بن", "بنت", "ابن" (son, daughter of), "آل"
     * (house of), and "ولد", "منت" as Mauritanian names write "son of" and "daughter of".
     */
    private static final Set<String> LINEAGE = Set.of("بن", "بنت", "ابن", "ال", "ولد", "منت");

    /**
     * The kinds of work a line names by its maker ("رواية NAME", "ديوان NAME", "فيلم NAME"), folded: what a review is
     * about, never part of a person's name, so never its writer.
     */
    private static final Set<String> WORKS = Set.of("روايه", "ديوان", "مسرحيه", "فيلم", "مسلسل", "قصيده", "اغنيه", "البوم");

    private BylineWords() {
    }

    /** Whether a folded word names a kind of work ("رواية", "فيلم"): see {@link #WORKS}. */
    public static boolean isWork(String foldedWord) {
        return WORKS.contains(foldedWord);
    }

    /** Whether a folded word is a link of a lineage inside a name ("بن", "ولد"): see {@link #LINEAGE}. */
    public static boolean isLineage(String foldedWord) {
        return LINEAGE.contains(foldedWord);
    }

    /**
     * Whether a folded Arabic word is a given name that takes the article ("الصادق", "المختار"),
     * as many do in the Maghreb, Libya and Mauritania.
     */
    public static boolean isArticleGivenName(String foldedWord) {
        return foldedWord.startsWith("ال") && GivenNames.contains(foldedWord);
    }

    /**
     * Whether a folded Arabic word with the article can sit inside a person's name by being the
     * second half of a compound given name; a family name with the article ("الزهراني") counts
     * once per name, so a phrase made mostly of such words is no name.
     */
    public static boolean isCompoundNameEnd(String foldedWord) {
        return COMPOUND_NAME_ENDS.contains(foldedWord);
    }

    /**
     * Whether {@code text} opens with a public office ("وزير الصحة", "رئيس البلدية", "محافظ …"): a
     * caption's or a headline's subject, never a byline's writer.
     */
    public static boolean opensWithOffice(String text) {
        return OFFICE.matcher(text.strip()).lookingAt();
    }

    /** Whether {@code text} ends with what an English writer is ("Local democracy reporter", "Staff writer"). */
    public static boolean endsWithJob(String text) {
        return JOB_LAST.matcher(text.strip()).find();
    }

    /**
     * Whether {@code text} is a column's label and standing name ("زاوية: نبض الشارع", "Column: Field Notes"),
     * the line a columnist's name carries as another writer's carries the job.
     */
    public static boolean labelsColumn(String text) {
        return COLUMN_LABEL.matcher(text.strip()).matches();
    }

    /** Whether {@code text} opens with what a writer is ("باحثة في القانون العام", "Senior reporter"). */
    public static boolean opensWithJob(String text) {
        // ".كاتب بحريني": the full stop of a right-to-left line may come out in front of it; "– كاتب": the dash
        // that parts it from the name.
        return JOB.matcher(text.strip().replaceFirst("^[.،,:\\-–—]+\\s*", "")).lookingAt();
    }

    /**
     * Whether {@code text} is what a writer is and no name ("رئيس التحرير", "الكاتب الصحفي").
     */
    public static boolean isJobOnly(String text) {
        String t = text.strip();
        for (Matcher m = JOB_BEFORE_NAME.matcher(t); m.lookingAt(); m = JOB_BEFORE_NAME.matcher(t)) {
            if (m.end() == t.length()) return true;
            t = t.substring(m.end()).strip();
        }
        return false;
    }

    /** Whether {@code line} credits someone other than the writer (an editor, a photographer). */
    public static boolean isCredit(String line) {
        return CREDIT.matcher(line.strip()).lookingAt();
    }

    /** Whether {@code line} is a short credit of who made the text or its picture, "LABEL by NAME" ({@link #MAKER_CREDIT}). */
    public static boolean isMakersCredit(String line) {
        return MAKER_CREDIT.matcher(line.strip()).matches();
    }

    /**
     * Whether {@code line} opens with "تحرير" (editing): alone it credits the writer, as many sites print it,
     * but under another writer's credit ("كتب: NAME" / "تحرير: NAME") it credits the editor.
     */
    public static boolean isEditing(String line) {
        return EDITING.matcher(line.strip()).lookingAt();
    }

    /**
     * What follows "Author:" or "Auteur :" (the names), or null. A listing credits a book's author so, as
     * often as a page credits its writer: only a line under the headline may be read so.
     */
    public static String afterAuthorLabel(String text) {
        String t = text.strip();
        Matcher m = AUTHOR_LABEL.matcher(t);
        return m.lookingAt() && m.end() < t.length() ? t.substring(m.end()) : null;
    }

    /**
     * Whether {@code line} is an entry only a book's card prints ("الكتاب: TITLE", "الناشر: …", "Publisher: …"):
     * beside it, the author a card names wrote the book a review is about, not the review.
     */
    public static boolean isBookCardEntry(String line) {
        return BOOK_CARD.matcher(line.strip()).lookingAt();
    }

    /** Whether a short line is an outlet's own name or slogan ("صحيفة بحرينية مستقلة"), not a headline. */
    public static boolean isOutletName(String text) {
        String t = text.strip();
        return t.split("\\s+").length <= 3 && OUTLET_NAME.matcher(t).lookingAt();
    }

    /** Whether {@code text} opens with a byline word. */
    public static boolean opens(String text) {
        return LEAD.matcher(text.stripLeading()).lookingAt();
    }

    /** Whether {@code text} is a byline word and nothing else ("Written by", "بقلم:"): the names are on the next line. */
    public static boolean isAlone(String text) {
        String t = text.strip() + " ";
        Matcher m = LEAD.matcher(t);
        return !t.isBlank() && m.lookingAt() && m.end() == t.length();
    }

    /** {@code name} without a title before it ("د. سامي نور" gives "سامي نور"). */
    public static String withoutHonorific(String name) {
        String n = name.strip();
        // Titles stack: "أ. د." is a professor and a doctor. A title before a lineage's link is the given name:
        // "الشيخ ولد …" (Mauritanian).
        for (Matcher m = HONORIFIC.matcher(n); m.lookingAt() && m.end() < n.length(); m = HONORIFIC.matcher(n)) {
            String rest = n.substring(m.end()).strip();
            if (isLineage(Keys.of(rest.split("\\s+")[0]))) break;
            n = rest;
        }
        return n;
    }

    /**
     * {@code name} without what the writer is before it ("الكاتب الصحفي سامي نور" gives "سامي نور"), and
     * without where the writer is from after a writing job ("الكاتب السوري NAME", "كاتبة فلسطينية NAME"): an
     * adjective of origin, which ends as a nisba does, while a name of two words or more is left.
     */
    public static String withoutJobBefore(String name) {
        String n = name.strip();
        for (Matcher m = JOB_BEFORE_NAME.matcher(n); m.lookingAt() && m.end() < n.length(); m = JOB_BEFORE_NAME.matcher(n)) {
            boolean writes = WRITING_JOB.matcher(m.group()).lookingAt();
            n = n.substring(m.end()).strip();
            for (Matcher o = ORIGIN.matcher(n); writes && o.lookingAt() && !GivenNames.contains(Keys.of(o.group(1)))
                    && n.substring(o.end()).strip().split("\\s+").length >= 2; o = ORIGIN.matcher(n)) {
                n = n.substring(o.end()).strip();
            }
        }
        return n;
    }

    /** Whether {@code name} names a news outlet (a word such as "نيوز", "اليوم", "Press" in it). */
    public static boolean isOutlet(String name) {
        return OUTLET.matcher(name).find() || DAILY_NAME.matcher(name.strip()).matches();
    }

    /** What follows the byline word {@code text} opens with (the names, usually), or null when it opens with none. */
    public static String after(String text) {
        Matcher m = LEAD.matcher(text.strip());
        if (!m.lookingAt()) return null;
        String rest = text.strip().substring(m.end());
        // "par Entretien réalisé par NAME": a layout's own "par" before the credit the article prints.
        Matcher again = LEAD.matcher(rest);
        if (again.lookingAt() && again.end() < rest.length()) rest = rest.substring(again.end());
        // "الكاتب: حاوره NAME": after a credit label, "interviewed him" needs no colon of its own.
        else if ((again = INTERVIEWED.matcher(rest)).lookingAt()) rest = rest.substring(again.end());
        // "كتب بقلم": a template's two labels with the name left out name no one.
        return rest.isEmpty() || isAlone(rest) ? null : rest;
    }
}
