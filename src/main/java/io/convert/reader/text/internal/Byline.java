package io.convert.reader.text.internal;

import io.convert.lang.BylineWords;
import io.convert.lang.FunctionWords;
import io.convert.lang.GivenNames;
import io.convert.lang.PlaceNames;
import io.convert.lang.PrintedDates;
import io.convert.lang.ReadingTimes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A byline line understood as authors and the news source they write for: "By NAME",
 * "By NAME, Reuters", "NAME, Reuters", "SOURCE - NAME", "بقلم"/"كتب"/"كتبت NAME".
 *
 * @param authors the people named, in order; may be empty for an agency-only line
 * @param source the agency or outlet named, or null
 */
public record Byline(List<String> authors, String source) {
    private static final Set<String> AGENCIES = Set.of(
            "reuters", "ap", "associated press", "the associated press", "afp", "agence france presse",
            "agence france-presse", "bloomberg", "cnn", "bbc", "bbc news", "al jazeera", "anadolu", "anadolu agency",
            "dpa", "upi", "xinhua", "efe", "ansa", "tass", "staff", "staff writer", "staff reporter", "staff writers", "staff reporters", "agencies",
            "رويترز", "وكالات", "متابعات", "ا ف ب", "اف ب", "واج", "الاناضول", "وكاله الاناضول", "سبوتنيك", "وام", "واس", "قنا", "بترا",
            "سانا", "د ب ا", "شينخوا", "ا ش ا", "وكاله انباء الشرق الاوسط", "وكاله الانباء الفرنسيه",
            // the other national agencies of Arab states, as datelines name them
            "سبا", "كونا", "بنا", "العمانيه", "وال", "وات", "و م ع", "ومع", "و م ا", "واع", "سونا", "وفا", "الوكاله الوطنيه للاعلام");
    private static final Pattern NAME_COMMA_SOURCE = Pattern.compile("^(.+?)\\s*[,،|]\\s*(.+)$");
    /** "NAME، PLACE": a name, an Arabic comma and a few words with no comma or colon of their own. */
    private static final Pattern NAME_COMMA_PLACE = Pattern.compile("^([^،,]+?)\\s*،\\s*([^،,:：]+)$");
    /**
     * Arabic sites also set the dash as a stretched tatweel ("طرابلس ـ الموقع", "الموقعـ NAME": a
     * tatweel stretches a letter into the next, never into a space), or glue it to one side or both
     * ("الموقع- كتب NAME", "الوكالة-NAME"), or type an underscore for it ("الموقع_ NAME");
     * between Latin letters a hyphen is a name's.
     */
    private static final Pattern SOURCE_DASH_NAME =
            Pattern.compile("^(.+?)(?:\\s+(?:[-–—_]|ـ+)\\s*|\\s*[-–—_]\\s+|(?<=\\p{IsArabic})[-–—](?=\\p{IsArabic})|(?<=\\p{IsArabic})ـ+\\s+)(.+)$");
    /** "… (الصورة عن الشبكة).", "… (Photo DR)", "…, Yemen. Photo Polaris": a caption's note of where its picture came from. */
    private static final Pattern PHOTO_SOURCE_TAIL = Pattern.compile(
            "(?iu)\\((?:الصورة|صورة|photo|crédit)(?![\\p{L}])[^()]*\\)\\.?$|(?<=[.،]\\s)(?:photo|image|crédit)(?![\\p{L}])\\s*:?\\s*\\p{L}[\\p{L}.'’ -]{0,30}$|\\((?:الانترنت|الإنترنت|انترنت|إنترنت|أرشيف|ارشيف|أرشيفية|ارشيفية)\\)\\.?$");
    /** "SITE/ إعداد: NAME": the outlet's name before the byline word, after a slash. */
    private static final Pattern CREDIT_TAIL = Pattern.compile("(?:[.|/]\\s+|\\()([^.|/()]+?)\\)?$");
    /**
     * The word between a writer's name and the date: "Published", "Publié", "نشر" (the "on", "le"
     * or "في" after it is gone with the date, see {@link #DATE_CONNECTOR}).
     */
    private static final Pattern PUBLISHED = Pattern.compile(
            "(?iu)(?:^|[\\s,،|·•–—-]+)(?:published|posted|updated|last updated|publié|publiée|mis à jour|"
                    + "نشر|نُشر|آخر تحديث|اخر تحديث|تحديث|بتاريخ)$");
    /**
     * "NAME on DATE", "NAME le DATE", "NAME في DATE": the word that joins the date to the name; "نشر بـ DATE"
     * (published on) writes "on" as a letter with a tatweel, or without.
     */
    private static final Pattern DATE_CONNECTOR = Pattern.compile("(?iu)\\s+(?:on|le|at|في|بتاريخ|بـ*)$");
    /** "HEADLINE. الدكتورة NAME": a headline signed after its last full stop. */
    private static final Pattern SIGNED_AFTER_STOP = Pattern.compile("^(.*[.!?؟])\\s+([^.!?؟]+)$");
    /** "HEADLINE (د. NAME)", "HEADLINE (بقلم NAME)": a headline signed in brackets at its end. */
    private static final Pattern SIGNED_IN_BRACKETS = Pattern.compile("^(.*\\S)\\s*\\(([^()]+)\\)$");
    /**
     * "HEADLINE بقلم NAME": a column's headline with its writer's name run on. "كتبه" (he wrote it) and its
     * feminine and plural kin need no colon as "كتب" does: the pronoun makes it the credit of the text above.
     */
    private static final Pattern RUN_ON_PEN = Pattern.compile(
            "^(.+?\\S)\\s*(?:[-–—|،,/ـ]\\s*|\\s+|(?<=[….!؟?]))(?:(?:بقلم|كتبه|كتبها|كتبته)\\s*[:：/.؛]*|(?:كتبت?|حوار|اعداد|إعداد|تقرير)\\s*[:：/]+)\\s*(\\S.*)$");
    /** "HEADLINE / NAME", "HEADLINE// NAME": the writer signed after a slash at the headline's end. */
    private static final Pattern SLASHED_WRITER = Pattern.compile("^(.+?\\S)\\s*//?\\s*([^/]+?)\\s*$");
    /** "مقال بقلم NAME بعنوان [TITLE]": a headline that names its writer and then its own title. */
    private static final Pattern PEN_THEN_TITLE = Pattern.compile("(?:^|\\s)بقلم\\s*[:：.]?\\s*(\\S.*?)\\s+بعنوان(?:\\s|$)");
    /**
     * A name set off at a headline's end: after a spaced dash or one glued to the headline ("HEADLINE – NAME",
     * "HEADLINE- NAME"), or in brackets or quotation marks ("HEADLINE (NAME)", "HEADLINE “NAME”").
     */
    private static final Pattern SET_OFF_TAIL = Pattern.compile(
            "^(.*?[^\\s\\-–—])(?:\\s+[-–—]+\\s*|[-–—]\\s+|\\s+ـ+\\s+)([^-–—ـ]+?)\\s*$|^(.*\\S)\\s*[(«“\"]([^()«»“”\"]+)[)»”\"]\\s*[.!]?$");
    /**
     * "HEADLINE.. NAME", "HEADLINE …!! NAME", "HEADLINE؛؛؛ NAME": a name set off at a headline's end by a run of dots,
     * an ellipsis or doubled semicolons, as by a dash.
     */
    private static final Pattern DOTTED_TAIL = Pattern.compile("^(.*[^\\s.…!؟?؛])\\s*[.…!؟?؛]*(?:…|[.؛]{2,})[.…!؟?؛]*\\s*([^.…!؟?؛]+?)\\s*$");
    /** "HEADLINE, by NAME", "HEADLINE، بقلم NAME": a credit after a comma closing the headline. */
    private static final Pattern CREDIT_AFTER_COMMA = Pattern.compile("(?iu)^(.*\\S)\\s*[,،]\\s*((?:by|par|بقلم)(?![\\p{L}]).*)$");
    /** "NAME: HEADLINE", "د . NAME: HEADLINE": a name heading its headline before a colon. */
    private static final Pattern NAME_COLON_HEAD = Pattern.compile("^([^:：]{3,40}?)\\s*[:：]\\s*(\\S.*)$");
    /** "عن NAME", "About NAME": the heading of the writer's box under the article. */
    private static final Pattern ABOUT = Pattern.compile("(?iu)^(?:عن|about|à propos de)\\s+(\\S.*)$");
    private static final Pattern SOURCE_SLASH = Pattern.compile("^(.+?)\\s*/\\s*(.+)$");
    /**
     * A dash with a space on either side joins a name to its outlet or city ("أثير- NAME"); within a
     * name it is glued on both ("Jean-Pierre").
     */
    static final Pattern SPACED_DASH = Pattern.compile("\\s[-–—]\\s|(?<=\\S)[-–—]\\s|\\s[-–—](?=\\S)");
    /**
     * A tatweel inside a word only stretches it on the page ("أحمد الغـر"); taken out, the word is the
     * name, and the tatweels left stand for dashes.
     */
    private static final Pattern STRETCH = Pattern.compile("(?<=\\p{L})ـ+(?=\\p{L})");
    /**
     * Between a dateline's parts: a spaced dash, a run of tatweels ("تونس ــ SITE"), a spaced slash or an
     * Arabic semicolon ("SITE؛ ترجمة: NAME").
     */
    private static final Pattern PART_BREAK = Pattern.compile("\\s[-–—|]\\s|\\s+ـ+\\s+|\\s/\\s|\\s*؛\\s*");
    /**
     * Between a dateline's three or four parts, also a slash glued to the word before it ("تونس/ NAME/ AGENCY"), as
     * Arabic is often typed; after one letter it is a title's ("د/ NAME") and parts nothing.
     */
    private static final Pattern DATELINE_PART_BREAK = Pattern.compile(PART_BREAK.pattern() + "|(?<=\\p{L}{2})/\\s+");
    /** A hyphen glued between two Arabic letters ("NAME-كربلاء"), which parts a byline's pieces and is in no Arabic name. */
    private static final Pattern ARABIC_HYPHEN = Pattern.compile("(?<=\\p{IsArabic})[-–—](?=\\p{IsArabic})");
    /** Punctuation no printed name carries: "محافظ نينوى: شكرا كوردستان" is a headline. */
    private static final Pattern NOT_IN_NAME = Pattern.compile("[^\\p{L}\\p{M}\\s.'’‐-]");
    /** A wire credit alone on its line: "(وكالات):", "(رويترز)", "AFP -". */
    private static final Pattern AGENCY_ONLY = Pattern.compile("^[(\\[]?([^()\\[\\]:]+?)[)\\]]?\\s*[:：\\-–—]?$");
    /** 'خاص "SITE"': a word, then a name of a few words in quotation marks. */
    private static final Pattern QUOTED_AFTER_WORD = Pattern.compile("(\\p{L}+)\\s+(?:لـ|ل)?\\s*[\"«“](.{1,40})[\"»”]");
    /** "NAME8 أكتوبر", "NAME٩ أكتوبر": a letter and the digit, Western or Arabic-Indic, a theme glued to it. */
    private static final Pattern LETTER_BEFORE_DIGIT = Pattern.compile("(?<=\\p{L})(?=\\p{Nd})");
    /** "20172 دقائق": a year and the reading time's minutes glued together. */
    private static final Pattern READ_MINUTES_GLUED = Pattern.compile("\\b((?:19|20)\\d{2})(\\d{1,2})(?=\\s*(?:دقائق|دقيقة|دقيقه|min))");
    /** "NAME-خاص:": the exclusive's word glued to the name by a dash, as a dash between the byline's parts. */
    private static final Pattern GLUED_EXCLUSIVE = Pattern.compile("(?<=\\p{L})[-–—](?=(?:خاص|حصري)\\s*[:：]?$)");
    /** "خاص": a story the outlet calls its own exclusive. */
    private static final Set<String> EXCLUSIVE_WORDS = Set.of("خاص", "خاصه", "حصري", "حصريا", "exclusive", "exclusif");
    /** Section names that sit beside dates as names do ("أخبار مصر", "Latest News"). */
    private static final Set<String> SECTION_AND_DESK_WORDS = Set.of(
            "اخبار", "الاخبار", "خبر", "الرئيسيه", "مقالات", "مقال", "تقارير", "تقرير", "رياضه", "اقتصاد", "سياسه", "محليات",
            "عربي", "دولي", "عربيه", "دوليه", "محلي", "محليه", "داخلي", "خارجي", "منوعات", "حوادث", "ثقافه", "صحه", "فن", "اراء", "راي", "تحقيقات", "عاجل",
            "فيديو", "صور", "العالم", "الخليج", "home", "news", "latest", "world", "opinion", "sport",
            "sports", "business", "politics", "analysis", "هيئه", "التحرير", "فريق", "المحرر", "محرر", "قسم", "مكتب",
            "desk", "staff", "editorial", "editors", "team", "newsroom", "rédaction", "redaction",
            // places and institutions, which a dateline or a caption names as a byline names a person
            "مدينه", "محافظه", "ولايه", "قريه", "مخيم", "منطقه", "مركز", "وزاره", "جامعه", "مستشفي", "شركه", "مجلس", "حكومه",
            "نادي", "جمعيه", "اتحاد", "بيت", "لجنه", "مؤسسه", "منظمه", "نقابه", "سيتي", "city", "رام",
            // a site's own controls ("بحث متقدم", "تسجيل الدخول", "شارك القصة")
            "بحث", "تسجيل", "الدخول", "اشترك", "تابع", "القائمه", "مشاركه", "بمشاركه", "مرحبا", "شارك",
            // the label over a list of stories ("أهم الأخبار", "آخر المقالات"), whatever noun follows
            "اهم", "اخر",
            // a monitor's name ("مرصد مينا") is an outlet's; "صحافة" (the press) names a section or a slogan
            "مرصد", "صحافه",
            // opinion sections ("أقلام وآراء", "أقلام حرة")
            "اقلام", "كتاب", "ارشيف", "علوم", "كوره", "الان", "الشام");
    /** Countries: they name sections and outlets ("فلسطين الآن") and no person, and a dateline's place. */
    private static final Set<String> COUNTRIES = Set.of("مصر", "المغرب", "فلسطين", "السودان", "العراق", "اليمن", "لبنان", "سوريا", "سوريه",
            "الاردن", "ليبيا", "تونس", "الجزائر", "موريتانيا", "السعوديه", "الكويت", "قطر", "البحرين", "عمان", "الامارات");
    private static final Set<String> SECTION_WORDS = Stream.concat(SECTION_AND_DESK_WORDS.stream(), COUNTRIES.stream()).collect(Collectors.toUnmodifiableSet());
    /** Section words long enough, with their article, to be told at the start of menu entries run together. */
    private static final List<String> GLUED_SECTION_STARTS =
            SECTION_WORDS.stream().filter(w -> w.startsWith("ال") && w.length() >= 6).toList();
    private static final Set<String> PARTICLES = Set.of(
            "في", "من", "على", "الى", "الي", "عن", "مع", "بعد", "قبل", "هذا", "هذه", "التي", "الذي", "ان", "لا", "ما",
            "لم", "لن", "قد", "كل", "بين", "حول", "ضد", "عبر", "منذ", "حتى", "او", "ثم", "هل", "كيف", "لماذا", "متى", "انه", "بلا",
            "خارج", "داخل", "تحت", "فوق", "خلال",
            "the", "of", "in", "on", "at", "for", "with", "to", "is", "are", "was", "how", "why", "what");
    /** The full stop some sites put after a dateline's last part ("… مركز الدراسات ."). */
    private static final Pattern FINAL_STOP = Pattern.compile("\\s*\\.$");
    private static final Pattern POSSESSIVE = Pattern.compile("(?:ها|هم|هن|كم|كن|تك|تنا)$");
    private static final Pattern GLUED_ARTICLE = Pattern.compile("(?:بال|لل|وال|فال|كال)\\p{L}{2,}");
    /** A wire story's closing credit: "Reporting by NAME and NAME; Editing by NAME", "(Reporting by NAME)". */
    private static final Pattern WIRE_REPORTING = Pattern.compile("(?i)(?<!additional )\\breporting by ([^;()]+?)\\s*(?:;|\\)|\\bediting by\\b|$)");
    private static final Pattern LATIN_NAME =
            Pattern.compile("\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:(?:de|da|van|von|al|el|bin|ibn|la|le|del|der)\\s+)?\\p{Lu}[\\p{L}.'’-]*){0,3}");
    private static final Pattern NAME_SPLIT = Pattern.compile("\\s*(?:,|،|&|\\band\\b)\\s*|\\s+و\\s+");
    /** After a byline word a slash parts writers too ("إعداد: NAME /NAME"); alone, "X/ NAME" may be an outlet's. */
    private static final Pattern LISTED_NAME_SPLIT = Pattern.compile(NAME_SPLIT.pattern() + "|\\s*/\\s*");
    /**
     * The source or place after the names: "NAME, Reuters", "NAME - SITE", "NAME _CITY" (an underscore or tatweel as a
     * dash, or a run of tatweels: "NAME ــ أعده للنشر: NAME", another's credit after the writer's).
     */
    private static final Pattern TRAILING_SOURCE =
            Pattern.compile("^(.+?)(\\s*[,،|–—]\\s*|\\s+-\\s+|\\s+(?:_|ـ+)\\s*)([^,،|–—_ـ]+)$");
    /**
     * "العمود الثامن: TITLE", "زاوية حادة: TITLE": a column's standing name, "column" and the words that name it,
     * before the colon; after it the piece's own title, which may read as a name ("مصباح علاء الدين").
     */
    private static final Pattern NAMED_COLUMN_HEAD = Pattern.compile("^(?:ال)?(?:عمود|زاوية|زاويه)\\s+[^:：]{2,30}[:：]\\s*(\\S.*)$");
    /** "SITE: NAME", "خاص SITE: NAME": an outlet's exclusive, signed. */
    private static final Pattern SOURCE_COLON_NAME = Pattern.compile("^(.+?)\\s*[:：]\\s*(.+)$");
    /** "المصدر: SITE - NAME", "Source : SITE – NAME": a closing source credit that names the outlet's writer too. */
    private static final Pattern SOURCE_LABEL = Pattern.compile("(?iu)^(?:المصدر|مصدر الخبر|source)\\s*[:：]\\s*(\\S.*)$");
    /** A name, a byline word (glued to it or not), and a name: see {@link #altThenByline}. */
    private static final Pattern ALT_THEN_BYLINE = Pattern.compile("^(\\S.{2,40}?)\\s*(?:by|By|par|Par|بقلم|بواسطة)\\s*[:：]?\\s+(\\S.{2,40})$");
    /** "من NAME" (from NAME): a correspondent's byline under the city the story was filed from. */
    private static final Pattern FROM_WRITER = Pattern.compile("^من\\s+(\\S.*)$");
    /** The steps of a trail through the site's pages ("الرئيسية > مقالات الرأي > NAME"). */
    private static final Pattern TRAIL_STEP = Pattern.compile("\\s*[>»›]\\s*");
    /** Folded words that name the pages of a site's writers and columns: "كتّاب", "مقالات الرأي", "أقلام". */
    private static final Set<String> WRITERS_PAGES = Set.of("كتاب", "الكتاب", "كتابنا", "مقالات", "المقالات", "مقال", "راي", "الراي",
            "اقلام", "اعمده", "الاعمده");
    /** "NAME in Kano", "NAME in New Delhi": an English reporter's byline with the city filed from. */
    private static final Pattern NAME_IN_CITY = Pattern.compile("^(.+?)\\s+in\\s+(\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*)?)$");
    /** What may follow the names on an English byline: a handle, a date, "Updated", "on ...". */
    private static final Pattern BYLINE_TAIL = Pattern.compile(
            "\\s+(?=@|\\d|(?:Updated|Published|Posted|Last|on|at|in|sur|Publiée?|Mis à jour)\\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d)"
                    // "Par N.TPublié le": the layout's label glued to the name.
                    + "|(?<=[\\p{L}.])(?=(?:Updated|Published|Posted|Publiée?)\\b)");
    /** Where a date may start after the names: a weekday, a month or a number. */
    private static final Pattern DATE_TAIL_START = Pattern.compile(
            "(?<=\\s)(?:\\p{N}|(?:السبت|الأحد|الاحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|"
                    + "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
                    + "August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?!\\p{L}))"
                    + "|(?<=\\p{IsArabic})\\p{N}");
    /** A full stop after an Arabic word of two letters or more: a sentence's, where an initial stands alone ("جميلة. م"). */
    private static final Pattern ARABIC_WORD_END = Pattern.compile("\\p{IsArabic}{2,}\\.$");
    /** Two dots or more, or an ellipsis, closing a line. */
    private static final Pattern TRAILING_DOTS = Pattern.compile("\\s*(?:\\.{2,}|…)$");
    /** A bar or a bullet opening what follows a date ("DATE - NAME"). */
    private static final Pattern LEADING_BAR = Pattern.compile("^[-–—|•·]\\s*");
    /** How a date bar ends: a number, or the clock's "ص"/"م" (a.m., p.m.). */
    private static final Pattern CLOCK_OR_DATE_END = Pattern.compile("(?:\\p{N}|(?<!\\p{L})(?:ص|م|صباحا|مساء|صباحاً|مساءً|am|pm|AM|PM))\\s*$");
    /** The outlet in quotation marks before its writer's name: 'تقرير "SITE" NAME', '«SITE» NAME'. */
    private static final Pattern QUOTED_OUTLET_FIRST = Pattern.compile("^[«\"“]([^«»\"“”]{2,30})[»\"”]\\s+(\\S.*)$");
    /** A name in quotation marks, closed by a colon or the end of the line: "“NAME”:". */
    private static final Pattern QUOTED_NAME = Pattern.compile("[«\"“]([^«»\"“”]{3,40})[»\"”]\\s*(?:[:：]|$)");
    /** "#محمد_تركي": a tag a site's plug-in made of a name, its spaces turned into underscores. */
    private static final Pattern HASHTAG = Pattern.compile("#(\\p{L}[\\p{L}\\p{M}_]*)");
    /** One such tag alone on its line, of two words or more: the writer's, where a single word tags a topic. */
    private static final Pattern NAME_TAG = Pattern.compile("#\\p{L}[\\p{L}\\p{M}]*(?:_[\\p{L}\\p{M}]+)+");
    /** "NAME يكتب…", "NAME تكتب:": a column's writer alone on the line above its headline. */
    private static final Pattern WRITES_ALONE = Pattern.compile("^(\\S.{2,50}?)\\s+(?:يكتب|تكتب)\\s*(?:[:：]|…|\\.{3})?$");
    /** A user name in lower-case Latin letters ("بواسطة azzaman"): a site's account, not a printed name. */
    private static final Pattern HANDLE = Pattern.compile("[a-z0-9_.]+");
    /**
     * "بجريدة", "لـوكالة": "at" or "for" glued to the outlet's word, as in what a writer is ("صحفي بجريدة NAME",
     * "مراسل لوكالة NAME"): the rest still names the outlet.
     */
    private static final Pattern GLUED_PREPOSITION = Pattern.compile("^[بل]ـ*(?=\\p{IsArabic}{3})");
    /** One word with a capital inside ("FilGoal", "AlKhabar24"): a site's brand, which no person signs with alone. */
    private static final Pattern BRAND = Pattern.compile("\\p{Lu}\\p{Ll}+\\p{Lu}[\\p{L}\\p{N}]*");
    /**
     * "Par NAME -" (a source left out), "CITY/ NAME ـ" (a tatweel standing for that dash), "غزة/ NAME:" (a colon
     * leading into the text).
     */
    private static final Pattern DANGLING_SEPARATOR = Pattern.compile("\\s+(?:[-–—|]|ـ+)$|(?<=\\p{L})\\s*[:：]$");
    /** A colon closing a line, with a star pointing to the writer's note before it. */
    private static final Pattern CLOSING_COLON = Pattern.compile("\\s*\\*?\\s*[:：]\\s*$");
    /**
     * "NAME/": a slash glued to a name closes it, where a spaced one ("تقدير موقف /") labels a
     * headline; a star after a name points to the writer's note.
     */
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,،|·•–—*-]+$|(?<=\\p{L})\\s*//?$");
    /**
     * The dots, bar or bullet a layout puts before a writer's name ("........NAME", "| NAME", "• NAME"), a
     * tatweel standing alone as a dash ("متابعة ـ NAME"), or a pen and a star ("✍️ * NAME"); a star alone
     * marks a column's subheading.
     */
    private static final Pattern LEADING_DECORATION = Pattern.compile("^(?:\\.{3,}|[|•]|[ـ\\-–—]+(?=\\s)|✍\\uFE0F?\\s*\\*?)\\s*");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");
    private static final Pattern BRACKETED = Pattern.compile("^\\(\\s*([^()]+?)\\s*\\)$");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?؟:؛…\"”»]$");
    /** The writer's e-mail after the name, plain or spelt out against harvesters ("x [at] site.com"). */
    private static final Pattern TRAILING_EMAIL = Pattern.compile(
            "(?i)\\s+[\\w.+-]+\\s*(?:@|\\[at]|\\(at\\))\\s*[\\w-]+(?:\\.[\\w-]+)+\\s*$");
    /** "— NAME (@handle) DATE": how a social post embedded in the text is signed; its author is quoted, not the writer. */
    private static final Pattern EMBED_SIGNATURE = Pattern.compile("^[-–—]\\s*[^()@]{2,60}?\\s*\\(@\\w{1,30}\\)");
    /** "(SITE) خاص:": the outlet's own story, unsigned. */
    private static final Pattern EXCLUSIVE = Pattern.compile("^\\(([^()]{2,40})\\)\\s*خاص\\s*[:：]?$");
    /**
     * "NAME (CITY)": the writer and where the story was filed from, as Gulf papers print it; a copy
     * may break the line before the closing bracket ("NAME(دكتوراه فخرية").
     */
    private static final Pattern NAME_PLACE = Pattern.compile("^([^()]+?)\\s*\\(([^()]+)\\)?$");
    /**
     * What a headline's brackets number it by ("(4)", "(2 من 3)", "(الحلقة الثانية)", "(العدد الرابع)"):
     * a series' part or an issue, where "NAME (CITY)" brackets a place, which no bare number or part word
     * names ("NAME (123 مقال)" brackets a count of the writer's articles).
     */
    private static final Pattern SERIES_PART = Pattern.compile("^\\s*(?:\\p{Nd}+(?:\\s*من\\s*\\p{Nd}+)?\\s*$|(?:ال)?(?:حلقة|حلقه|جزء|عدد)(?!\\p{L}))");
    /**
     * "على" (on) folds to "علي" (Ali, a name): it is told apart before folding. Closing the line it is the name, as
     * Egyptian print spells it ("محمد على"): a preposition leads to the word it governs.
     */
    private static final Pattern ALA = Pattern.compile("(?<!\\p{L})على(?!\\p{L})(?!\\P{L}*$)");
    static final Pattern QUOTES = Pattern.compile("[«»\"“”]");
    /**
     * "NAME يكتب: HEADLINE", "NAME تكتب: HEADLINE", "NAME يكتب عن : HEADLINE": a column headed by its writer; a
     * star may mark the line and a dash follow the colon ("*NAME يكتب :- HEADLINE"); two dots or more, an
     * ellipsis or a bar may stand for the colon ("✍️ NAME تكتب.. HEADLINE", "NAME يكتب | HEADLINE").
     */
    private static final Pattern WRITES = Pattern.compile("^\\*?(\\S.{2,50}?)\\s+(?:يكتب|تكتب)(?:\\s+عن)?\\s*(?:[:：]-?|…|\\.{2,}|\\|)\\s*(\\S.*)$"
            // "✍ NAME : HEADLINE": a pen before the writer's name says the same.
            + "|^✍\\s*([^:：]{3,50}?)\\s*[:：]\\s*(\\S.*)$");
    /** "TRADE NAME تكتب قصيدة …": what comes before the verb of writing, and the verb's object after it. */
    private static final Pattern WRITES_PIECE = Pattern.compile("^(\\S.{3,60}?)\\s+(?:يكتب|تكتب)\\s+(?=\\p{L})");
    /** "المغربية NAME": the writer's country, an adjective of origin after the trade. */
    private static final Pattern NISBA_FIRST = Pattern.compile("^ال\\p{L}{2,}(?:ي|ية|يه)\\s+(?=\\S)");
    /** "@kmansfield": a handle alone on its line. */
    private static final Pattern HANDLE_LINE = Pattern.compile("\\s*@\\w{2,30}\\s*");
    /** An e-mail address alone on its line, plain or spelt out against harvesters ("x [at] site.com"). */
    private static final Pattern EMAIL_LINE = Pattern.compile(
            "(?i)\\s*[\\w.+-]+\\s*(?:@|\\[at]|\\(at\\))\\s*[\\w-]+(?:\\.[\\w-]+)+\\s*");
    /** Words no Latin name opens with: a control's verb, a date's label, a salutation, an office or a preposition leads the line. */
    private static final Set<String> NOT_NAME_FIRST_WORDS = Set.of("logo", "follow", "read", "share", "subscribe", "watch", "listen",
            "join", "sign", "download", "contact", "view", "see", "load", "show", "suivez", "lire", "partager",
            // and a date's label ("Publié le Samedi") names no one
            "published", "posted", "updated", "publié", "publiée",
            // and a letter's salutation ("Monsieur le Premier Ministre,", "Dear Minister") names whom it is written to
            "monsieur", "madame", "mademoiselle", "messieurs", "mesdames", "dear", "cher", "chère",
            // and an office before a name ("President NAME") names the official a caption pictures, not a writer
            "president", "minister", "governor", "senator", "mayor", "chancellor",
            // and a preposition opens a section's label ("En Ville"), never a name
            "en", "dans", "chez", "sous", "vers");
    /** Words no Latin name ends with: a control ("Drop Down Menu"), a label's "Par" or an account's role closes the line. */
    private static final Set<String> NOT_NAME_LAST_WORDS = Set.of("logo", "menu", "scroller", "slider", "carousel", "widget", "banner",
            "ticker", "sidebar", "login", "updated", "by", "par",
            // a site's account ("Site Administrator") is no person either
            "administrator", "admin", "webmaster");
    /** "AccueilActualitésNEWS": menu entries run together, a capital after a small letter twice within one word. */
    private static final Pattern GLUED_ENTRIES = Pattern.compile("\\p{Ll}\\p{Lu}[^\\s-]*\\p{Ll}\\p{Lu}");
    private static final Pattern NUNATION = Pattern.compile("[\u064B-\u064D]");
    /** "جميلة. م", "رضا .ب": a given name and the family name's initial, as Algerian papers sign. */
    private static final Pattern INITIALLED = Pattern.compile("^(\\p{IsArabic}{2,})\\s*\\.\\s*(\\p{IsArabic})\\s*\\.?$");
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{L}\\s*\\.\\s*){1,3}\\p{L}\\.?");
    private static final Pattern GIVEN_AND_INITIAL = Pattern.compile("\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+)?\\s+\\p{Lu}\\.");
    private static final Pattern LEADING_SYMBOLS = Pattern.compile("^[\\p{So}\\uFE0F]+\\s*");
    /** A writing hand before a name: the writer's mark, as a byline word is. */
    private static final Pattern PEN = Pattern.compile("^\u270D");
    /**
     * "*كتب: NAME*", "*HEADLINE*": a line a messaging app set in bold, as news copied from its groups
     * keeps it; the stars wrap the whole line and are no part of it.
     */
    private static final Pattern BOLD = Pattern.compile("\\*+\\s*([^*]+?)\\s*\\*+");
    /** The jobs that file a story, before the outlet or the beat they file for. */
    private static final Pattern REPORTER = Pattern.compile("(?:ال)?(?:مراسل|مراسلة|محرر|محررة|مندوب|مندوبة)(?![\\p{L}])");
    /**
     * A letter standing alone with no dot after it: initials ("ص ص") are no printed name. A capital between
     * two capitalised Latin words is a middle initial printed without its dot ("Ismail Y Syed"), and is.
     */
    private static final Pattern LONE_LETTER = Pattern.compile("(?:^|\\s)(?!(?<=\\p{IsLatin}\\s)\\p{Lu}\\s\\p{Lu}\\p{Ll})\\p{L}(?=\\s|$)");

    /** {@code line} stripped, without the stars a messaging app's bold wraps it in. */
    static String unstarred(String line) {
        Matcher bold = BOLD.matcher(line.strip());
        return bold.matches() ? bold.group(1) : line.strip();
    }

    /**
     * The byline in {@code text}, or null. {@code site} (may be null) helps to tell the source
     * from the author in "SOURCE - NAME"; {@code loose} also accepts "X - NAME" with an unknown
     * X, which only a line below the title may be (above it, the same shape is a headline).
     */
    public static Byline parse(String text, String site, boolean loose) {
        if (EMBED_SIGNATURE.matcher(text.strip()).lookingAt()) return null;
        String trailed = writerEndingTrail(text);
        if (trailed != null) return new Byline(List.of(trailed), null);
        String pictured = altThenByline(text);
        if (pictured != null) return new Byline(List.of(pictured), null);
        // "✍️ بقلم NAME": a pen or another symbol before the byline word says nothing more.
        String bare = STRETCH.matcher(LEADING_SYMBOLS.matcher(unstarred(text)).replaceFirst("")).replaceAll("");
        // "SITE -NAME-خاص:": the dashes between a byline's parts, spaced evenly so that its shapes are told.
        bare = SPACED_DASH.matcher(GLUED_EXCLUSIVE.matcher(bare).replaceFirst(" - ")).replaceAll(" - ");
        // "NAME · 4 min read", "NAME | 3 دقائق قراءة": the reading time a theme prints after the byline.
        int reading = ReadingTimes.tailStart(bare);
        boolean timed = reading > 0;
        if (timed) bare = bare.substring(0, reading);
        String t = DANGLING_SEPARATOR.matcher(withoutDateTail(withoutHashtags(withoutBrackets(bare)))).replaceFirst("");
        String named = BylineWords.after(t);
        Matcher column = named == null ? NAMED_COLUMN_HEAD.matcher(t) : null;
        if (column != null && column.matches() && BylineWords.after(column.group(1)) == null) return null;
        // A name and how long the piece takes to read: the byline line of a theme.
        String timedName = timed && named == null ? givenPersonName(t) : null;
        if (timedName != null) return new Byline(List.of(timedName), null);
        // "بقلم “NAME”: JOB, JOB, …": the quotation marks bound the name, however long the writer's titles run.
        Matcher quoted = named == null ? null : QUOTED_NAME.matcher(named);
        String quotedName = quoted != null && quoted.lookingAt() ? personName(quoted.group(1)) : null;
        if (quotedName != null) return new Byline(List.of(quotedName), null);
        // 'تقرير "SITE" NAME': a name after the quotation marks makes them the outlet's, not the writer's.
        Matcher outletFirst = QUOTED_OUTLET_FIRST.matcher(named == null ? t : named);
        String afterOutlet = outletFirst.matches() ? personName(outletFirst.group(2)) : null;
        if (afterOutlet != null) return new Byline(List.of(afterOutlet), outletFirst.group(1).strip());
        Byline credited = named == null ? sourceWithWriter(t) : null;
        if (credited != null) return credited;
        String from = named == null ? fromWriter(t) : null;
        if (from != null) return new Byline(List.of(from), null);
        int words = Words.count(t);
        // "✍️ NAME – رئيس مجلس …": a pen before a name, and after a dash what the writer is or does, however long.
        String[] penned = opensWithPen(text) && named == null ? SPACED_DASH.split(t, 2) : new String[0];
        String pen = penned.length == 2 && (BylineWords.opensWithJob(penned[1]) || BylineWords.opensWithOffice(penned[1]))
                ? personName(penned[0]) : null;
        if (pen != null) return new Byline(List.of(pen), null);
        String afterTitle = named != null ? nameAfterInnerTitle(named) : null;
        if (afterTitle != null) return new Byline(List.of(afterTitle), null);
        // "بقلم NAME رئيس تحرير … و مستشار …": what the writer is may run on for a line after the name.
        String beforeJob = named != null && words > 8 && words <= 40 ? nameBeforeJob(named) : null;
        if (beforeJob != null) return new Byline(List.of(beforeJob), null);
        String worksAt = named != null && words > 8 ? nameBeforeAffiliation(named) : null;
        if (worksAt != null) return new Byline(List.of(worksAt), null);
        if (words == 0 || words > 14) return null;
        // "أولاً- موقع الدير": a section's number before the dash, no city before an outlet.
        if (FunctionWords.opensSection(Words.key(t).split(" ")[0])) return null;
        // English bylines when label and names are Latin; not "By حسان العمري", nor "بواسطة Karim benali",
        // whose lower-case family name no English byline would print.
        if (named != null && Words.isLatin(t.codePointAt(0)) && Words.isLatin(named.codePointAt(0))) {
            return names(BYLINE_TAIL.split(named, 2)[0], true);
        }
        // "كتب" is also "books", "تقرير" "a report": after them a phrase with a particle or quotes is a headline.
        // "بقلم النجمة الكبيرة : NAME": an epithet before the colon, the name after it.
        // Not "بقلم: NAME – مراجعة: NAME": a dash or bar before the colon ends the writer's credit and opens another's.
        // "بقلم الشاعرة اللبنانية: د. NAME.": a full stop after the name closes the line, not a sentence.
        // "بقلم NAME :إعلامية / كاتبة": what the writer is may follow the colon instead, the name before it.
        int colon = named == null ? -1 : Math.max(named.lastIndexOf(':'), named.lastIndexOf('：'));
        String beforeColon = colon > 0 ? named.substring(0, colon) : "", afterColon = colon > 0 ? named.substring(colon + 1).strip() : "";
        String epithet = colon > 0 && Words.count(beforeColon) <= 3 && !PART_BREAK.matcher(beforeColon).find()
                ? personName(BylineWords.opensWithJob(afterColon) ? beforeColon : withoutClosingStop(afterColon)) : null;
        if (epithet != null && Words.count(epithet) <= 4) return new Byline(List.of(epithet), null);
        Byline listed = named != null && Words.count(named) <= 8 && !readsAsPhrase(named) ? names(named, false) : null;
        if (listed != null) return listed;
        String byTitled = byTitledWriter(t);
        if (byTitled != null) return new Byline(List.of(byTitled), null);
        // "الكاتب الصحفي NAME", "الكاتبة / NAME": what the writer is leads to the name as a byline word does.
        String afterJob = BylineWords.withoutJobBefore(t);
        String writer = afterJob.length() < t.length() ? cuedName(afterJob) : null;
        if (writer != null) return new Byline(List.of(writer), null);
        Byline beat = reporterOf(t);
        if (beat != null) return beat;
        Matcher placed = NAME_PLACE.matcher(t);
        if (placed.matches() && Words.count(placed.group(2)) <= 2 && !SECTION_WORDS.contains(Words.key(placed.group(2)))
                && !isPartOfSeries(placed.group(2))) {
            String name = personName(placed.group(1));
            if (name != null) return new Byline(List.of(name), null);
        }
        // "NAME (رئيس حزب …)", "NAME (كاتب وباحث)": what the writer is or does, in brackets after the name, however long.
        String jobBracketed = placed.matches() && (BylineWords.opensWithJob(placed.group(2)) || BylineWords.opensWithOffice(placed.group(2)))
                ? givenPersonName(placed.group(1)) : null;
        if (jobBracketed != null) return new Byline(List.of(jobBracketed), null);
        List<String> filed = filedFrom(t);
        if (filed != null) return new Byline(filed, null);
        // "وعمر عبد اللطيف": a line that adds a writer to the byline above it.
        String added = withoutAnd(t).length() < t.strip().length() ? personName(t) : null;
        if (added != null) return new Byline(List.of(added), null);
        Matcher contact = TRAILING_EMAIL.matcher(t);
        if (contact.find() && contact.start() > 0) {
            String name = personName(t.substring(0, contact.start()));
            if (name != null) return new Byline(List.of(name), null);
        }
        Matcher writes = WRITES_ALONE.matcher(t);
        String columnist = writes.matches() ? personName(writes.group(1)) : null;
        if (columnist != null) return new Byline(List.of(columnist), null);
        Matcher exclusive = EXCLUSIVE.matcher(t);
        if (exclusive.matches()) return new Byline(List.of(), exclusive.group(1).strip());
        Matcher only = AGENCY_ONLY.matcher(t);
        if (only.matches() && isAgency(only.group(1))) return new Byline(List.of(), only.group(1).strip());
        Byline lastPart = lastPartSigned(t);
        if (lastPart != null) return lastPart;
        if (loose) {
            Byline fromPlace = filedFromPlace(t, text);
            if (fromPlace != null) return fromPlace;
            Byline parts = amongParts(t);
            if (parts != null) return parts;
            Matcher filedIn = NAME_IN_CITY.matcher(t);
            String reporter = filedIn.matches() && Words.isLatin(t.codePointAt(0)) ? personName(filedIn.group(1)) : null;
            if (reporter != null) return new Byline(List.of(reporter), null);
        }
        Matcher m = SOURCE_DASH_NAME.matcher(t);
        if (SENTENCE_END.matcher(t).matches() && !(t.endsWith(":") && m.matches()) || t.chars().anyMatch(Character::isDigit)) return null;
        m = NAME_COMMA_SOURCE.matcher(t);
        if (m.matches() && isAgency(m.group(2)) && looksLikeName(m.group(1))) {
            return new Byline(List.of(m.group(1).strip()), m.group(2).strip());
        }
        // "Richard Evans, Local democracy reporter": the name, then what the writer is.
        if (m.matches() && t.indexOf(',') > 0 && BylineWords.endsWithJob(m.group(2)) && looksLikeName(m.group(1))) {
            return new Byline(List.of(m.group(1).strip()), null);
        }
        boolean bar = m.matches() && t.contains("|");
        Matcher signed = bar ? m : SOURCE_COLON_NAME.matcher(t);
        m = SOURCE_DASH_NAME.matcher(t);
        Matcher lead = m.matches() ? m : SOURCE_SLASH.matcher(t);
        if (!lead.matches()) lead = SOURCE_COLON_NAME.matcher(t);
        if (lead.matches() && Words.count(lead.group(1)) <= 5) {
            // "SITE - كتب NAME", "SITE: بقلم NAME": the outlet first, then the usual byline.
            String rest = BylineWords.after(lead.group(2));
            Byline after = rest == null || Words.count(rest) > 8 ? null : names(rest, false);
            if (after != null) return new Byline(after.authors(), lead.group(1).strip());
        }
        // "صورة من: DW/NAME", "Photo: AFP/NAME": a picture's credit names its photographer, no writer.
        if (BylineWords.isCredit(t)) return null;
        // "NAME/ NAME": two writers; "SITE/ NAME": the outlet and its writer.
        Matcher slash = SOURCE_SLASH.matcher(t);
        // "د/ NAME": a title's letter before the slash, no outlet.
        if (slash.matches() && Words.count(slash.group(1)) == 1 && slash.group(1).strip().length() == 1) {
            String titled = personName(t);
            if (titled != null) return new Byline(List.of(titled), null);
        }
        if (slash.matches()) {
            String left = personName(slash.group(1)), right = personName(slash.group(2));
            if (left != null && right != null) return new Byline(List.of(left, right), null);
            // "NAME/مؤسسة … الإعلامية": the writer, then the outlet.
            if (left != null && isSource(slash.group(2))) return new Byline(List.of(left), slash.group(2).strip());
            if (right != null && (isSource(slash.group(1)) || loose && Words.count(slash.group(1)) <= 3)) {
                return new Byline(List.of(right), slash.group(1).strip());
            }
        }
        // "NAME : موقع …": the writer, then the outlet the piece first ran on.
        String firstRan = signed.matches() && !bar && isSource(signed.group(2)) ? personName(signed.group(1)) : null;
        if (firstRan != null) return new Byline(List.of(firstRan), signed.group(2).strip());
        // Below the title, a short unknown outlet may stand first, as in "X - NAME".
        if (signed.matches() && (isSource(signed.group(1)) || isSite(signed.group(1), site)
                || loose && bar && Words.count(signed.group(1)) <= 3)) {
            String name = personName(signed.group(2));
            if (name != null) return new Byline(List.of(name), signed.group(1).strip());
        }
        // "SITE – NAME:": the colon that leads into the text belongs to neither.
        String right = m.matches() ? withoutTrailingJob(m.group(2)).strip().replaceFirst("\\s*[:：]$", "") : null;
        // "SITE – (NAME – NAME)": the outlet's reporters, in brackets and parted by a dash.
        List<String> bracketed = m.matches() && right.startsWith("(") && isSource(m.group(1))
                ? eachAName(PART_BREAK.split(withoutBrackets(right))) : null;
        if (bracketed != null) return new Byline(bracketed, m.group(1).strip());
        // "تابع الجلسة ـ NAME و NAME:": after a place or a credit, several writers.
        List<String> writers = loose && m.matches() && Words.count(m.group(1)) <= 5 ? personNames(right) : null;
        if (writers != null) return new Byline(writers, m.group(1).strip());
        if (m.matches() && Words.count(m.group(1)) <= 5 && Words.count(right) <= 4) {
            String left = m.group(1).strip();
            // "SITE – خاص": the outlet's exclusive, signed by no one; the page's layout reads it as a dateline.
            if (EXCLUSIVE_WORDS.contains(Words.key(right))) return null;
            // "CITY - OUTLET" or "NAME - OUTLET": the outlet is the source, whatever the other side is.
            String person = personName(left);
            if (isSource(right) || isSite(right, site)) return person != null && !isSource(left) && !isSite(left, site)
                    ? new Byline(List.of(person), right) : new Byline(List.of(), right);
            // "AGENCY – Tripoli": one word after the source is its city, not a writer; "متابعات – SITE NAME", two
            // words that open with no given name, the outlet that gathered the story.
            if (isSource(left) || isSite(left, site)) {
                String signer = looksLikeName(right) ? personName(right) : null;
                return new Byline(signer != null && opensWithGivenName(signer) ? List.of(signer) : List.of(), left);
            }
            // "الخليل - فلسطين الآن": after a city, only a person's name is a writer; anything else is the outlet.
            // "NAME - كربلاء المقدسة": a place may read as a name too; the side that opens with a given name is the writer.
            boolean writerFirst = person != null && opensWithGivenName(person) && !opensWithGivenName(right);
            if (loose && !writerFirst && personName(right) != null) return new Byline(List.of(right), left);
            // "NAME - الخرطوم": a person's name and then where the writer files from. "SITE - CITY" and
            // "SITE-لبنانيات" (a section) read the same, so the name must open with a given name.
            if (loose && person != null && Words.count(right) <= 2) {
                return opensWithGivenName(person) && !isSection(right) ? new Byline(List.of(person), null) : new Byline(List.of(), left);
            }
        }
        // "NAME- مركز القدس لدراسات …": below the title, a name and then where the writer works, however long.
        String affiliated = loose && m.matches() && Words.count(m.group(2)) > 4 ? personName(m.group(1)) : null;
        if (affiliated != null) return new Byline(List.of(affiliated), null);
        List<String> people = personNames(t);
        return people == null ? null : new Byline(people, null);
    }

    /**
     * "NAME، PLACE:" under the headline: the writer, an Arabic comma, where the story is filed from (a city, a
     * region, the outlet) and the colon that leads into the text; {@code t} is the line without that colon,
     * {@code printed} the line as printed. The colon tells it from two writers listed ("NAME، NAME"), and a second
     * name after the comma is read as one; null unless the name opens with a given name.
     */
    private static Byline filedFromPlace(String t, String printed) {
        if (!CLOSING_COLON.matcher(printed).find()) return null;
        Matcher m = NAME_COMMA_PLACE.matcher(t.strip());
        if (!m.matches() || Words.count(m.group(2)) > 3 || personName(m.group(2)) != null || isSection(m.group(2))) return null;
        String name = personName(m.group(1));
        return name != null && opensWithGivenName(name) ? new Byline(List.of(name), null) : null;
    }

    /**
     * "الشريفة الأديبة دكتورة NAME", "رئيس تحرير مجلة … الأستاذ NAME", "المرحوم الشيخ NAME": after a byline word,
     * epithets and jobs may run on for words before the name, and a title inside the credit says where the name
     * starts; the name after the first such title, or null. Words before it that list writers ("NAME و …"), open
     * with a given name or hold a particle ("حوار مع الشاعر د. NAME": the one interviewed) leave the credit to the
     * other readings.
     */
    private static String nameAfterInnerTitle(String named) {
        String[] words = named.strip().split("\\s+");
        for (int k = 1; k <= 7 && k + 2 <= words.length; k++) {
            String before = String.join(" ", Arrays.copyOfRange(words, 0, k));
            if (before.matches(".*[،,/&|].*") || Arrays.asList(words).subList(0, k).contains("و") || opensWithGivenName(before)
                    || hasParticle(before)) return null;
            String rest = String.join(" ", Arrays.copyOfRange(words, k, words.length));
            if (BylineWords.withoutHonorific(rest).equals(rest)) continue;
            String name = personName(rest);
            return name != null && Words.count(name) >= 2 ? name : null;
        }
        return null;
    }

    /** {@code name} without the full stop that closes its line after an Arabic word ("د. سلمى النعيمي."). */
    private static String withoutClosingStop(String name) {
        return name.endsWith(".") && ARABIC_WORD_END.matcher(name).find() ? name.substring(0, name.length() - 1) : name;
    }

    /**
     * "إعداد: د. NAME – معهد الدراسات … – أكاديمية العلوم …": after the byline word, the name, then past a dash
     * where the writer works, however long it runs; null when the part before the dash is no name.
     */
    private static String nameBeforeAffiliation(String named) {
        String[] parts = PART_BREAK.split(named, 2);
        return parts.length == 2 && Words.count(parts[0]) <= 6 ? cuedName(parts[0]) : null;
    }

    /** Whether {@code text} opens with a writing hand ("✍️ NAME"), the writer's mark. */
    public static boolean opensWithPen(String text) {
        return PEN.matcher(text.strip()).lookingAt();
    }

    /**
     * "NAMEby NAME", "NAME بقلم NAME": the writer's photo's alt text run into the byline the theme prints
     * after it, glued or not; the name, when both sides give the same one, or null.
     */
    private static String altThenByline(String text) {
        Matcher m = ALT_THEN_BYLINE.matcher(text.strip());
        if (!m.matches() || !Words.key(m.group(1)).equals(Words.key(m.group(2)))) return null;
        return personName(m.group(2));
    }

    private static boolean isPartOfSeries(String bracketed) {
        return SERIES_PART.matcher(bracketed).find();
    }

    /**
     * "المصدر: SITE - NAME": the source label says which part is the outlet, so the other part, when it
     * opens with a given name, is its writer, on whichever side of the dash; null otherwise.
     */
    private static Byline sourceWithWriter(String text) {
        Matcher label = SOURCE_LABEL.matcher(text);
        if (!label.matches()) return null;
        String[] parts = PART_BREAK.split(label.group(1));
        if (parts.length != 2) return null;
        for (int k = 0; k < 2; k++) {
            String writer = givenPersonName(parts[k]);
            if (writer != null && givenPersonName(parts[1 - k]) == null) return new Byline(List.of(writer), parts[1 - k].strip());
        }
        return null;
    }

    /**
     * "من NAME": "from" and a person's name that opens with a given name, nothing else; null otherwise. "من"
     * opens sentences too, so it is no byline word: only a whole name after it makes the line a byline.
     */
    private static String fromWriter(String text) {
        Matcher from = FROM_WRITER.matcher(text.strip());
        return from.matches() ? givenPersonName(from.group(1)) : null;
    }

    /**
     * "الرئيسية > مقالات الرأي > NAME", "الرئيسية » كتّاب » NAME": a trail through the writers' pages ends
     * with the writer of the column on the page, a name that opens with a given name; null otherwise (a
     * trail through the news may end with a person the story is about).
     */
    public static String writerEndingTrail(String text) {
        String[] steps = TRAIL_STEP.split(text.strip());
        if (steps.length < 2 || steps.length > 5) return null;
        boolean writersPage = false;
        for (int k = 0; k < steps.length - 1; k++) {
            for (String word : Words.key(steps[k]).split(" ")) writersPage |= WRITERS_PAGES.contains(word);
        }
        return writersPage ? givenPersonName(steps[steps.length - 1]) : null;
    }

    /** "للأستاذ الدكتور NAME", "للكاتب NAME": "by" glued to the writer's title, its article's alef dropped; or null. */
    private static String byTitledWriter(String text) {
        if (!text.startsWith("لل")) return null;
        String titled = "ال" + text.substring(2), afterJob = BylineWords.withoutJobBefore(titled);
        boolean title = afterJob.length() < titled.length() || BylineWords.withoutHonorific(titled).length() < titled.length();
        return title ? personName(afterJob) : null;
    }

    /**
     * "غزة – NAME – مركز الدراسات ..", "تونس ــ SITE / NAME", "تونس/ NAME/ AGENCY": three or four parts between
     * spaced dashes, tatweels or slashes (city, writer, outlet or institution, in any order), exactly one
     * of them a person's name. Null otherwise.
     */
    private static Byline amongParts(String text) {
        String[] parts = DATELINE_PART_BREAK.split(FINAL_STOP.matcher(text).replaceFirst(""));
        if (parts.length < 3 || parts.length > 4) return null;
        List<String> names = new ArrayList<>();
        boolean nameFirst = false;
        for (int k = 0; k < parts.length; k++) {
            String n = personName(parts[k]);
            if (n == null) continue;
            names.add(n);
            nameFirst |= k == 0;
        }
        // Among a masthead's parts ("SITE - طبعة بغداد - يومية سياسية مستقلة") a phrase may pass for a
        // name; a dateline's writers ("المدينة – NAME – NAME") open with given names, after the place.
        boolean given = !names.isEmpty() && names.stream().allMatch(Byline::opensWithGivenName);
        boolean placeFirst = names.size() == 1 || !nameFirst;
        return !given || !placeFirst || Words.count(parts[0]) > 4 ? null : new Byline(names, parts[0].strip());
    }

    /**
     * The person's name alone on a line ({@link #personName}) when it opens with a given name ("نغم
     * التميمي"): a writer's, never a headline; null otherwise.
     */
    public static String givenPersonName(String text) {
        String name = personName(text);
        return name != null && opensWithGivenName(name) ? name : null;
    }

    /**
     * Whether {@code name} opens with a given name, or is shaped as a lineage that names one ("أبرار بنت
     * محمد …", "X ولد Y"): "son of" or "daughter of" then a given name makes the first word one too, listed
     * or not.
     */
    static boolean opensWithGivenName(String name) {
        String[] key = Words.key(name).split(" ");
        return GivenNames.contains(key[0]) || key.length > 1 && GivenNames.contains(key[0] + " " + key[1])
                || key.length > 2 && BylineWords.isLineage(key[1]) && !key[1].equals("ال") && GivenNames.contains(key[2]);
    }

    /**
     * "بيت لحم - معا - كتب : NAME": a dateline's parts, the last of them a byline that names a person;
     * the first part is the source (or place) of the story. Null otherwise.
     */
    private static Byline lastPartSigned(String text) {
        String[] parts = PART_BREAK.split(text);
        if (parts.length < 2 || parts.length > 4) return null;
        // "DATE HEADLINE - By: NAME": a teaser's card, another story's date and headline where a place or an
        // outlet would stand.
        if (Words.count(parts[0]) > 5 || PrintedDates.find(parts[0]) != null) return null;
        // "بيروت - من NAME": the city, then the correspondent who filed from it.
        String from = parts.length == 2 ? fromWriter(parts[1]) : null;
        if (from != null) return new Byline(List.of(from), parts[0].strip());
        String rest = BylineWords.after(parts[parts.length - 1]);
        Byline last = rest == null || Words.count(rest) > 6 || readsAsPhrase(rest) ? null : names(rest, false);
        return last == null || last.authors().isEmpty() ? null : new Byline(last.authors(), parts[0].strip());
    }

    /** Whether {@code line} is an e-mail address alone, as sites print under a writer's name. */
    public static boolean isEmail(String line) {
        return EMAIL_LINE.matcher(line).matches();
    }

    /** Whether {@code line} is a social-media handle alone ("@kmansfield"), as sites print under a writer's name. */
    public static boolean isHandle(String line) {
        return HANDLE_LINE.matcher(line).matches();
    }

    /** "NAME، JOB" without the job ("ليلى حداد، مديرة المكتب"); {@code text} when no job follows a comma. */
    private static String withoutTrailingJob(String text) {
        int comma = text.indexOf('،') >= 0 ? text.indexOf('،') : text.indexOf(',');
        return comma > 0 && BylineWords.opensWithJob(text.substring(comma + 1)) ? text.substring(0, comma) : text;
    }

    /**
     * Two to four Arabic names on one line, "A، B" or "A و B", each a {@link #personName}; null
     * otherwise. Latin lines are left out: an English headline in title case reads as names
     * ("Tunisia’s Loss, Algeria’s Gain"), and English bylines say "By".
     */
    static List<String> personNames(String text) {
        String[] parts = NAME_SPLIT.split(text.strip());
        if (parts.length == 1) parts = atJoinedAnd(text.strip());
        if (text.codePoints().anyMatch(Words::isLatin)) return null;
        List<String> names = eachAName(parts);
        // Bare names listed with no byline word: a phrase joined by "و" ("صناعة الفخار … و دليل ثقافي")
        // reads the same, so one of them at least must open with a given name.
        return names != null && names.stream().anyMatch(Byline::opensWithGivenName) ? names : null;
    }

    /** Two to four parts, each a {@link #personName}, as those names; null otherwise. */
    private static List<String> eachAName(String[] parts) {
        if (parts.length < 2 || parts.length > 4) return null;
        List<String> names = new ArrayList<>();
        for (String part : parts) {
            String name = personName(part);
            if (name == null) return null;
            names.add(name);
        }
        return names;
    }

    /**
     * "Özcan Yıldırım, Muhammed Kılıç, Baybars Can": two to four bare names, the part of a line beside
     * its date ("NAMES | DATE"). The date makes them a byline in any script, where a title-case
     * headline alone would read as names; null when a part is no name.
     */
    public static List<String> namesBesideDate(String text) {
        return eachAName(NAME_SPLIT.split(text.strip()));
    }

    /**
     * "R.B.H", "ق. م", "Rabah A.": the writer's initials, or a given name and an initial, alone on the
     * line under the text, as Maghreb papers sign; null for any other line.
     */
    public static String signedInitials(String text) {
        String t = text.strip();
        // "و.م.أ", "A.F.P": an agency's initials credit the agency.
        return (INITIALS.matcher(t).matches() || GIVEN_AND_INITIAL.matcher(t).matches()) && !isAgency(t) ? t : null;
    }

    /**
     * The writers a name taken from a page stands for: two names joined by "و" glued to the second one's given name
     * ("رائد يوسف وعبدالرحمن الشمري") are two writers; a name that opens with a given name, then what the writer is
     * in two words or more ("NAME صحفي صومالي", "NAME كاتب وباحث"), is the name alone. Otherwise {@code name} whole:
     * a job word followed by a word with the article may be a family name's start ("NAME طالب الحسني").
     * A title before the name ("د. NAME", "الدكتورة NAME") is what the writer is, not the name, whichever
     * byline form left it there ("أعد الملف - د. NAME").
     */
    public static List<String> writersIn(String name) {
        name = BylineWords.withoutHonorific(name);
        String[] joined = atJoinedAnd(name.strip());
        if (joined.length == 2 && givenPersonName(joined[0]) != null && givenPersonName(joined[1]) != null) {
            return List.of(joined[0].strip(), joined[1].strip());
        }
        String[] words = name.strip().split("\\s+");
        for (int k = 2; k <= 4 && k + 2 <= words.length; k++) {
            String rest = String.join(" ", Arrays.copyOfRange(words, k, words.length));
            if (!BylineWords.opensWithJob(rest) || Words.key(words[k + 1]).startsWith("ال")) continue;
            String before = givenPersonName(String.join(" ", Arrays.copyOfRange(words, 0, k)));
            if (before != null) return List.of(before);
        }
        return List.of(name);
    }

    /**
     * "رائد يوسف وعبدالرحمن الشمري": two names whose "و" is glued to the second one's given name,
     * split there; the text whole when no inner word is "و" and a given name ("وليد" is one itself).
     */
    private static String[] atJoinedAnd(String text) {
        String[] words = text.split("\\s+");
        for (int k = 2; k + 1 < words.length; k++) {
            String w = words[k];
            if (w.length() > 2 && w.charAt(0) == 'و' && !GivenNames.contains(Words.key(w))
                    && GivenNames.contains(Words.key(w.substring(1)))) {
                return new String[] {String.join(" ", Arrays.copyOfRange(words, 0, k)),
                        w.substring(1) + " " + String.join(" ", Arrays.copyOfRange(words, k + 1, words.length))};
            }
        }
        return new String[] {text};
    }

    /**
     * A headline with "بقلم NAME" (or "كتب:", "حوار:", "إعداد:", or only a slash) run on at its end,
     * as [headline, name]; null when {@code text} is not one.
     */
    public static String[] runOnPen(String text) {
        Matcher m = RUN_ON_PEN.matcher(text.strip());
        // Two words before the credit may be a section's ("مقالات بقلم NAME"): there only a given name signs.
        boolean shortHeadline = m.matches() && Words.count(m.group(1)) == 2;
        if (!m.matches() || Words.count(m.group(1)) < 2) {
            Matcher slashed = SLASHED_WRITER.matcher(text.strip());
            if (!slashed.matches() || Words.count(slashed.group(1)) < 2 || Words.count(slashed.group(2)) > 5
                    || isSource(slashed.group(2)) || endsWithBoundJob(slashed.group(1))) {
                return null;
            }
            // Two or three words before the slash are as often a section's or a place's ("شؤون محلية / بيت لحم"):
            // a short headline is signed only by a name that opens with a given name, after its title if any.
            String name = Words.count(slashed.group(1)) >= 4 ? personName(slashed.group(2)) : givenPersonName(slashed.group(2));
            return name == null ? null : new String[] {slashed.group(1), name};
        }
        // "… كتب/ دكتور NAME (جامعة …)": where the writer works, in brackets, is no part of the name;
        // a full stop after the name ends the line, not a sentence.
        String signed = m.group(2).strip().replaceFirst("(?<=\\p{L})\\.$", "");
        // "… بقلم الكاتب :NAME": what the writer is, before a colon of its own, is no part of the name.
        int colon = Math.max(signed.indexOf(':'), signed.indexOf('：'));
        if (colon > 0 && Words.count(signed.substring(0, colon)) <= 3 && personName(signed.substring(0, colon)) == null) {
            signed = signed.substring(colon + 1).strip();
        }
        // "… بقلم : NAME – كاتب مغربي مقيم في …": what the writer does, after a dash, is no part of the name.
        String[] jobAfter = SPACED_DASH.split(signed, 2);
        if (jobAfter.length == 2 && BylineWords.opensWithJob(jobAfter[1])) signed = jobAfter[0];
        Matcher placed = NAME_PLACE.matcher(signed);
        String name = cuedName(placed.matches() ? placed.group(1) : signed);
        if (shortHeadline && name != null && !opensWithGivenName(name)) return null;
        return name == null ? null : new String[] {m.group(1), name};
    }

    /**
     * Whether {@code text}'s last word is a job or an office without the article ("… / مدير", "… رئيس"): such a
     * word is bound to the noun after it, so what follows it past a slash is where the job is held ("مدير/ بلدية
     * المدينة سابقا"), not a name; "… الرئيس / NAME" may be signed.
     */
    private static boolean endsWithBoundJob(String text) {
        String[] words = text.strip().split("[\\s/]+");
        String last = words[words.length - 1];
        return !last.startsWith("ال") && (BylineWords.opensWithJob(last) || BylineWords.opensWithOffice(last));
    }

    /**
     * "غربة.. / NAME": the writer's name alone after the headline's last spaced slash, when it opens with a
     * given name, or null; the name stays in the title as printed. Asked after {@link #runOnPen}, which takes
     * such a name out of a headline of two words or more: this reads what it leaves, a one-word headline.
     */
    public static String signedAfterSlash(String headline) {
        int slash = headline.lastIndexOf(" / ");
        return slash > 0 ? givenPersonName(headline.substring(slash + 3)) : null;
    }

    /**
     * "SITE – خاص", "خاص | SITE", 'خاص "SITE"': the outlet's tag for its own exclusive, a dateline that names no one.
     */
    public static boolean isExclusiveTag(String text) {
        // 'خاص "SITE"', 'خاص لـ"SITE"': the word, then the outlet's name in quotation marks.
        Matcher quoted = QUOTED_AFTER_WORD.matcher(text.strip());
        if (quoted.matches() && EXCLUSIVE_WORDS.contains(Words.key(quoted.group(1))) && Words.count(quoted.group(2)) <= 4) return true;
        String[] parts = PART_BREAK.split(LEADING_SYMBOLS.matcher(text.strip()).replaceFirst(""));
        if (parts.length != 2) return false;
        for (String part : parts) if (EXCLUSIVE_WORDS.contains(Words.key(part))) return Words.count(text) <= 7;
        return false;
    }

    /**
     * The writer a headline names before its own title ("مقال بقلم NAME بعنوان …", "بقلم NAME: TITLE"), or
     * null.
     */
    public static String penThenTitle(String text) {
        Matcher m = PEN_THEN_TITLE.matcher(text);
        if (m.find()) return personName(m.group(1));
        String named = BylineWords.after(text.strip());
        int colon = named == null ? -1 : named.indexOf(':');
        return colon > 0 && Words.count(named.substring(colon + 1)) >= 3 ? personName(named.substring(0, colon)) : null;
    }

    /** The writer whose box a line heads ("عن NAME", "About NAME"), or null. */
    public static String aboutWriter(String text) {
        Matcher m = ABOUT.matcher(text.strip());
        return m.matches() ? personName(m.group(1)) : null;
    }

    /**
     * A person's name set off at the head or the end of a headline, as columns print their writer's ("HEADLINE –
     * NAME", "HEADLINE.. NAME", "HEADLINE (NAME)", "HEADLINE “NAME”", "NAME: HEADLINE", "HEADLINE, by NAME"), or null. The same
     * shapes hold a news story's subject ("الوزير NAME: …", 'عبقرية “NAME”') or the site's name, which only the
     * page can tell apart: the byline model weighs the name as one of the page's candidates ({@link BylineFeatures}).
     */
    public static HeadlineName headlineName(String headline) {
        String h = headline.strip();
        // "د. NAME يكتب: HEADLINE": the verb of writing vouches for the name as a byline word does.
        String[] column = writesColumn(h);
        if (column != null) return new HeadlineName(column[0], null, HeadlineName.Shape.BEFORE_COLON, true, !BylineWords.withoutHonorific(h).equals(h));
        Matcher tail = SET_OFF_TAIL.matcher(h);
        if (tail.matches()) {
            boolean dashed = tail.group(1) != null;
            int at = dashed ? 1 : 3;
            HeadlineName named = headlineName(tail.group(at + 1), tail.group(at), dashed ? HeadlineName.Shape.AFTER_DASH : HeadlineName.Shape.SET_APART);
            if (named != null) return named;
        }
        Matcher dotted = DOTTED_TAIL.matcher(h);
        HeadlineName afterDots = dotted.matches() ? headlineName(dotted.group(2), dotted.group(1), HeadlineName.Shape.AFTER_DASH) : null;
        if (afterDots != null) return afterDots;
        Matcher comma = CREDIT_AFTER_COMMA.matcher(h);
        if (comma.matches() && BylineWords.after(comma.group(2)) != null) return headlineName(comma.group(2), comma.group(1), HeadlineName.Shape.AFTER_COMMA);
        Matcher head = NAME_COLON_HEAD.matcher(h);
        return head.matches() ? headlineName(head.group(1), head.group(2), HeadlineName.Shape.BEFORE_COLON) : null;
    }

    private static HeadlineName headlineName(String printed, String rest, HeadlineName.Shape shape) {
        if (Words.count(rest) < 3) return null;
        // "HEADLINE, by NAME", "HEADLINE (بقلم NAME)": a byline word vouches for the name.
        String credited = BylineWords.after(printed.strip());
        String name = personName(credited != null ? credited : printed);
        if (name == null || namesIn(name) > 4) return null;
        boolean titled = !BylineWords.withoutHonorific(printed.strip()).equals(printed.strip());
        return new HeadlineName(name, shape == HeadlineName.Shape.BEFORE_COLON ? null : rest.strip(), shape, credited != null, titled);
    }

    /**
     * A name {@link #headlineName} read off a headline.
     *
     * @param name the person's name, without a title
     * @param headline the headline without the name when it closed it, or null when it led (a led name stays
     *     in the title as printed, like a column's "NAME يكتب:")
     * @param shape where the headline sets the name
     * @param credited whether a byline word stands before the name ("by NAME")
     * @param titled whether a title stands before the name ("د. NAME")
     */
    public record HeadlineName(String name, String headline, Shape shape, boolean credited, boolean titled) {
        /** Where a headline sets a name off. */
        public enum Shape {
            /** "HEADLINE – NAME", "HEADLINE.. NAME": set off by a dash or a run of dots, which the model weighs alike. */
            AFTER_DASH,
            /** "HEADLINE (NAME)", "HEADLINE “NAME”". */
            SET_APART,
            /** "HEADLINE, by NAME". */
            AFTER_COMMA,
            /** "NAME: HEADLINE". */
            BEFORE_COLON
        }
    }

    /**
     * The name a headline closes with after its last full stop, or in brackets, when a title leads it
     * ("HEADLINE. الدكتورة NAME", "HEADLINE (د. NAME)") or, in brackets, a byline word ("HEADLINE (بقلم NAME)"),
     * or null: a writer with a title signs the headline itself.
     */
    public static String signedAfterStop(String text) {
        // "HEADLINE؟ (د. NAME)", "HEADLINE.. (بقلم NAME)": the titled or credited name may close it in brackets of its own.
        Matcher m = SIGNED_IN_BRACKETS.matcher(text.strip());
        boolean bracketed = m.matches();
        if (!bracketed) m = SIGNED_AFTER_STOP.matcher(text.strip());
        if (!m.matches() || Words.count(m.group(1)) < 3) return null;
        String tail = m.group(2).strip(), credited = bracketed ? BylineWords.after(tail) : null;
        if (credited != null) return personName(credited);
        return BylineWords.withoutHonorific(tail).equals(tail) ? null : personName(tail);
    }

    /**
     * The writers a paragraph names after its last sentence ("… a profound unease. Par NAME", "… the
     * evening session. – By NAME", "… nightmare. NAME OWN CORRESPONDENT"), as a page that runs its
     * byline into the text prints them, or an empty list. Only a byline word, or a writer's job after
     * the name, makes such a signature: a sentence may end on anything else.
     */
    public static List<String> signedAfterText(String text) {
        Matcher m = SIGNED_AFTER_STOP.matcher(text.strip());
        if (!m.matches() || Words.count(m.group(1)) < 10) return List.of();
        String tail = m.group(2).strip().replaceFirst("^[-–—]\\s*", "");
        if (Words.count(tail) > 6) return List.of();
        if (!BylineWords.opens(tail)) {
            String name = BylineWords.endsWithJob(tail) ? nameBeforeJobWords(tail) : null;
            return name == null ? List.of() : List.of(name);
        }
        Byline byline = parse(tail, null, false);
        return byline == null ? List.of() : byline.authors();
    }

    /** "NAME OWN CORRESPONDENT": the name, two or three words, before the few words of a job. */
    private static String nameBeforeJobWords(String text) {
        String[] words = text.strip().split("\\s+");
        for (int k = 2; k <= 3 && k < words.length && words.length - k <= 3; k++) {
            String name = personName(String.join(" ", Arrays.copyOfRange(words, 0, k)));
            if (name != null) return name;
        }
        return null;
    }

    /**
     * The writer's name before what the writer is, on one line ("فوزية حمدان باحثة في القانون
     * العام", "NAME: أستاذ …"), or null.
     */
    public static String nameBeforeJob(String text) {
        String[] words = text.strip().split("\\s+");
        for (int k = 2; k <= 4 && k < words.length; k++) {
            String rest = String.join(" ", Arrays.copyOfRange(words, k, words.length));
            // "NAME/ رئيس منظمة …": after a slash an office is the writer's own, not a pictured official's.
            boolean slashed = words[k - 1].endsWith("/");
            if (!BylineWords.opensWithJob(rest) && !(slashed && BylineWords.opensWithOffice(rest))) continue;
            // "NAME: أستاذ الاقتصاد …", "NAME/ مدير …": a colon or a slash may part the name from the job.
            return personName(String.join(" ", Arrays.copyOfRange(words, 0, k)).replaceFirst("[:：/]$", ""));
        }
        return null;
    }

    /**
     * A byline bar whose parts a theme printed without spaces ("NAME8 أكتوبر، 20172 دقائق": the name,
     * the date, the reading time), with the spaces put back.
     */
    public static String unglued(String text) {
        return READ_MINUTES_GLUED.matcher(LETTER_BEFORE_DIGIT.matcher(text).replaceAll(" ")).replaceAll("$1 $2");
    }

    /** The writer's bare name before a date on one line ("R. SALEM Publié 02 Septembre 2021"), or null. */
    public static String nameBeforeDate(String text) {
        String head = withoutDateTail(text.strip());
        if (head.equals(text.strip())) return null;
        return personName(PUBLISHED.matcher(head).replaceFirst(""));
    }

    /**
     * "الأحد، 22 سبتمبر 2019 03:00 ص NAME" (or "… SITE/NAME", "… كتب: NAME"): the writer printed after the
     * date and its time, as a layout that sets both in one bar leaves them. The name must open with a given
     * name: a section's or a place's words follow dates too.
     */
    public static String nameAfterDate(String text) {
        String[] words = text.strip().split("\\s+");
        for (int k = Math.min(4, words.length - 1); k >= 2; k--) {
            String head = String.join(" ", Arrays.copyOfRange(words, 0, words.length - k));
            // "DATE - NAME": the bar between them is neither's.
            String tail = LEADING_BAR.matcher(String.join(" ", Arrays.copyOfRange(words, words.length - k, words.length))).replaceFirst("");
            if (!CLOCK_OR_DATE_END.matcher(head).find() || PrintedDates.find(head) == null || PrintedDates.find(tail) != null) continue;
            String name = givenPersonName(tail);
            boolean slashed = tail.indexOf('/') > 0, credited = BylineWords.opens(tail);
            Byline byline = name == null && (slashed || credited) ? parse(tail, null, false) : null;
            String only = byline != null && byline.authors().size() == 1 ? byline.authors().get(0) : null;
            // "2024-09-28 03:01:06 SITE/NAME": the outlet, then its writer.
            if (only != null && slashed && byline.source() != null) name = givenPersonName(only);
            // "2019-02-10 02:27:25 حاوره: NAME": the byline itself after the date and its time; a lone given name
            // ("Posted on DATE by Ruth") is a blog account's, not a printed byline.
            if (only != null && name == null && credited && Words.count(only) >= 2) name = only;
            if (name != null) return name;
        }
        return null;
    }

    /** "(بقلم : NAME)": a credit set in brackets of its own. */
    private static String withoutBrackets(String text) {
        return text.length() > 2 && text.startsWith("(") && text.endsWith(")") && text.indexOf(')') == text.length() - 1
                ? text.substring(1, text.length() - 1).strip() : text;
    }

    private static String withoutHashtags(String text) {
        if (text.indexOf('#') < 0) return text;
        Matcher m = HASHTAG.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(m.group(1).replace('_', ' ')));
        return m.appendTail(out).toString();
    }

    /**
     * {@code text} without the publication date that many sites print on the byline's line
     * ("القاهرة الإخبارية - إسلام عيسى السبت، 17 مايو 2025 02:32 م").
     */
    private static String withoutDateTail(String text) {
        Matcher m = DATE_TAIL_START.matcher(text);
        while (m.find()) {
            String head = text.substring(0, m.start());
            if (PrintedDates.find(text.substring(m.start())) != null && PrintedDates.find(head) == null) {
                return DATE_CONNECTOR.matcher(TRAILING_PUNCTUATION.matcher(head).replaceAll("")).replaceAll("");
            }
        }
        return text;
    }

    private static Byline names(String list, boolean latin) {
        String rest = LEADING_DECORATION.matcher(list.strip()).replaceFirst("");
        String source = null;
        Matcher m = TRAILING_SOURCE.matcher(rest);
        if (m.matches()) {
            String last = m.group(3).strip();
            boolean comma = m.group(2).strip().matches("[,،]");
            // "إعداد: NAME – NAME": a dash may part two writers as a comma does; the second opens with a given name.
            boolean dash = m.group(2).strip().matches("[–—-]");
            if (dash && !latin && !isAgency(last) && givenPersonName(last) != null && personName(m.group(1)) != null) {
                rest = m.group(1) + "، " + last;
            } else if (!comma || isAgency(last) || ACRONYM.matcher(last).matches()) {
                rest = m.group(1);
                source = last;
            } else if (latin && (Words.count(last) == 1 && Words.count(m.group(1)) >= 2 || BylineWords.endsWithJob(last)
                    || last.startsWith("of "))) {
                // "By NAME, Abuja": one word after an English writer's full name is the city filed from;
                // "By NAME, Business Reporter": what the writer is; "… from NAME, of West Bay": where a letter's writer lives.
                rest = m.group(1);
            }
        }
        List<String> authors = new ArrayList<>();
        // "بقلم المهندس / NAME": the slash after a title is no break between writers.
        for (String name : LISTED_NAME_SPLIT.split(withAndSpaced(BylineWords.withoutHonorific(withoutJobAndOrigin(rest))))) {
            // "بقلم رئيسة التحرير الإعلامية NAME": what the writer is goes, as a title does.
            String n = BylineWords.withoutHonorific(withoutJobAndOrigin(name.replaceFirst("\\s*[:：]+$", "")));
            // "By NAME, Contributor": what the writer is, after the name. "…/تصوير: NAME": a photographer's
            // credit after the writer's is no writer's.
            if (n.isEmpty() || !authors.isEmpty() && (BylineWords.opensWithJob(n) || BylineWords.isCredit(n))) continue;
            // "بقلم: - كربلاء مباشر كربلاء مباشر": a name printed twice is a link and its text run together, the
            // site's account's unless it opens with a given name, as a writer's full name does.
            String once = onceOfTwice(n);
            if (once != null && Words.count(once) >= 2) {
                if (!opensWithGivenName(once)) {
                    if (source == null) source = once;
                    continue;
                }
                n = once;
            }
            // "متابعة SITE": the byline word credits the outlet, not a person; so does "بواسطة azzaman", its account.
            // "by Executive Editors", "By the Sports Desk": the outlet's staff, no person.
            // "بقلم: Euronews": one Latin word after an Arabic byline word is the outlet's name; "تقرير: الخرطوم …",
            // one word with the article, a place.
            String one = !latin && Words.count(n) == 1 ? Words.key(n) : "";
            boolean outletOrPlace = !one.isEmpty() && (Words.isLatin(one.codePointAt(0))
                    || one.startsWith("ال") && !BylineWords.isArticleGivenName(one));
            if (isSource(n) || HANDLE.matcher(n).matches() || BRAND.matcher(n.strip()).matches() || outletOrPlace
                    || latin && SECTION_WORDS.contains(lastWord(n))) {
                if (source == null) source = n.strip();
                continue;
            }
            // "by SITE, New York Oct 21": the city the story was filed from, after the outlet, is no writer.
            if (latin && PlaceNames.isPlace(n)) continue;
            if (latin && !LATIN_NAME.matcher(n).matches()) return null;
            // "كتب:NAME-يورونيوز-بروكسل": Arabic names hold no hyphen; the outlet and the city are glued on after one.
            int hyphen = latin ? -1 : n.indexOf('-');
            if (hyphen > 0 && personName(n.substring(0, hyphen)) != null && Words.count(n.substring(0, hyphen)) >= 2) {
                if (source == null) source = n.substring(hyphen + 1).strip();
                n = n.substring(0, hyphen).strip();
            }
            // "بقلم: دكتورة NAME اخصائي نفسي …": what the writer does, after the name, is no part of it.
            String beforeJob = !latin && Words.count(n) > 4 ? nameBeforeJob(n) : null;
            if (beforeJob != null) n = beforeJob;
            // "بقلم : NAME ..": dots after a whole name trail off the byline, as they close a deck's phrase.
            Matcher trailing = TRAILING_DOTS.matcher(n);
            if (!latin && trailing.find() && personName(n.substring(0, trailing.start())) != null) n = n.substring(0, trailing.start());
            // "تقرير يتناول تاريخ القضية ومآلاتها..": a deck that opens with a byline word, not five names' worth.
            if (!latin && (namesIn(n) > 4 || n.contains(".."))) return null;
            // "عرض: 500 جنيه للمتر": an offer and its price, no name; names hold no digits.
            if (!latin && n.chars().anyMatch(Character::isDigit)) return null;
            // "Par Karim Benali." closes its line with a full stop that is no initial; so does "اسم الكاتب: NAME."
            if (latin && n.endsWith(".") && !n.matches(".*\\b\\p{Lu}\\.$")) n = n.substring(0, n.length() - 1);
            if (!latin) n = withoutClosingStop(n);
            authors.add(n);
        }
        return authors.isEmpty() && source == null ? null : new Byline(authors, source);
    }

    /**
     * After a byline word, {@code name} without what the writer is and where the writer is from ("بقلم:
     * الكاتب القطري NAME"); the adjective of origin only after a job, since elsewhere a job, an origin and a
     * name are as often a news subject's ("السفير الأمريكي NAME").
     */
    private static String withoutJobAndOrigin(String name) {
        String n = BylineWords.withoutJobBefore(name);
        if (n.length() == name.strip().length()) return n;
        Matcher origin = NISBA_FIRST.matcher(n);
        if (!origin.lookingAt() || BylineWords.isArticleGivenName(Words.key(origin.group()).strip())) return n;
        String rest = n.substring(origin.end());
        return Words.count(rest) >= 2 ? rest : n;
    }

    /**
     * "صالح آل ذيبة وعلي الظيريان" with the "and" spaced off the second writer: after a byline word,
     * "و" glued to a given name ("وعلي") joins two names, where in a phrase it joins two nouns and
     * names starting with the letter ("وليد", "وفاء") stay whole.
     */
    private static String withAndSpaced(String names) {
        String[] words = names.split("\\s+");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean and = i >= 2 && w.length() > 3 && w.startsWith("و") && !GivenNames.contains(Words.key(w))
                    && GivenNames.contains(Words.key(w.substring(1)));
            if (i > 0) out.append(' ');
            out.append(and ? "و " + w.substring(1) : w);
        }
        return out.toString();
    }

    /** Whether what follows a byline word is a phrase rather than names: a particle, or quotation marks. */
    private static boolean readsAsPhrase(String text) {
        return QUOTES.matcher(text).find() || hasParticle(text);
    }

    /** Whether {@code text} holds a particle; "على" is looked for before folding makes it "علي" (Ali). */
    private static boolean hasParticle(String text) {
        if (ALA.matcher(text).find()) return true;
        for (String word : Words.key(text).split(" ")) if (PARTICLES.contains(word)) return true;
        return false;
    }

    /**
     * A column's headline led by its writer: "د. NAME يكتب: HEADLINE", as [name, headline]; null
     * when {@code text} is not one.
     */
    public static String[] writesColumn(String text) {
        Matcher m = WRITES.matcher(text.strip());
        if (!m.matches()) return null;
        int at = m.group(1) != null ? 1 : 3;
        String name = personName(m.group(at));
        if (name == null) name = titledSurname(m.group(at));
        if (name == null) name = withAliInside(m.group(at));
        return name == null ? null : new String[] {name, m.group(at + 1)};
    }

    /**
     * "الدكتور محمد على فهيم": Egyptian print spells the name "Ali" as the preposition "on" is spelled, inside a name
     * too, where {@link #personName} reads it as a phrase's. Only where the line says the person writes, and only
     * after a given name, is it read as the name; the name is given as printed.
     */
    private static String withAliInside(String printed) {
        Matcher ala = ALA.matcher(printed);
        StringBuilder named = new StringBuilder();
        int last = 0;
        while (ala.find()) {
            String[] before = Words.key(printed.substring(0, ala.start())).split(" ");
            if (!GivenNames.contains(before[before.length - 1])) return null;
            named.append(printed, last, ala.start()).append("علي");
            last = ala.end();
        }
        if (last == 0) return null;
        String spelled = named.append(printed.substring(last)).toString(), name = personName(spelled);
        int at = name == null ? -1 : spelled.indexOf(name);
        return at < 0 ? null : printed.substring(at, at + name.length());
    }

    /**
     * "الأديبة المغربية NAME تكتب قصيدة في …": a headline that names its writer by trade, then says the
     * writer writes the piece; the name, or null. Without the trade before it the name may be anyone's
     * ("NAME يكتب التاريخ" of a player).
     */
    public static String writerWritesHeadline(String text) {
        Matcher m = WRITES_PIECE.matcher(text.strip());
        if (!m.lookingAt()) return null;
        String named = BylineWords.withoutJobBefore(m.group(1).strip());
        if (named.length() == m.group(1).strip().length()) return null;
        String rest = NISBA_FIRST.matcher(named).replaceFirst(""), name = personName(rest);
        // Between a trade and the verb, a given name and a family name that is also a word ("NAME تقني").
        return name != null || Words.count(rest) > 3 || !looksLikeName(rest) || !opensWithGivenName(rest) ? name : rest.strip();
    }

    /**
     * "الحاج NAME", "د. NAME": one word after a title, a writer known by the family name alone. Only
     * where the line says the person writes, since a lone word elsewhere is as often a place or a thing.
     */
    private static String titledSurname(String printed) {
        String t = printed.strip();
        String word = BylineWords.withoutHonorific(t);
        if (word.equals(t) || Words.count(word) != 1) return null;
        return word.codePoints().allMatch(c -> Character.isLetter(c) && Words.isArabic(c)) ? word : null;
    }

    /**
     * How many names {@code name}'s words make: "نواف بن مبارك بن سيف آل ثاني", a lineage's "son of" and
     * "house of" add words, not names; nor do compounds: "عبد السلام" and "فتح الله" are a name each.
     */
    private static int namesIn(String name) {
        int links = (int) Arrays.stream(Words.key(name).split(" "))
                .filter(w -> BylineWords.isLineage(w) || w.equals("عبد") || BylineWords.isCompoundNameEnd(w)).count();
        return Words.count(name) - links;
    }

    private static boolean looksLikeName(String s) {
        String n = s.strip();
        if (Words.count(n) < 2 || namesIn(n) > 4) return false;
        // "Follow Vogue Arabia", "Read More Stories": a button's verb opens no name, nor does a logo's alt text,
        // which may also end with the word ("SITE.COM Logo").
        if (LATIN_NAME.matcher(n).matches()) {
            String[] each = n.toLowerCase(Locale.ROOT).split("\\s+");
            return !NOT_NAME_FIRST_WORDS.contains(each[0]) && !NOT_NAME_LAST_WORDS.contains(each[each.length - 1])
                    && !GLUED_ENTRIES.matcher(n).find();
        }
        // The tatweel that stretches a letter ("الـمصطفى") is of no script of its own.
        return n.codePoints().filter(c -> Character.isLetter(c) && c != 'ـ').allMatch(Words::isArabic);
    }

    /**
     * The reporters a wire story credits at its end ("… Reporting by NAME; Editing by NAME"), never its
     * editors nor those credited with additional reporting; null when {@code line} credits none.
     */
    public static List<String> wireReporters(String line) {
        Matcher m = WIRE_REPORTING.matcher(line);
        if (!m.find()) return null;
        List<String> names = new ArrayList<>();
        for (String part : NAME_SPLIT.split(m.group(1).strip())) {
            String name = part.strip();
            if (!LATIN_NAME.matcher(name).matches()) return null;
            names.add(name);
        }
        return names.isEmpty() ? null : names;
    }

    /**
     * "مراسل SITE NAME", "محررة الشؤون الثقافية NAME": a reporter's or an editor's job, then the
     * outlet or the beat, then the name, which starts at the first given name. The outlet, named
     * as one, is the byline's source.
     */
    private static Byline reporterOf(String line) {
        Matcher job = REPORTER.matcher(line.strip());
        if (!job.lookingAt()) return null;
        String[] words = line.strip().substring(job.end()).strip().split("\\s+");
        if (words.length < 3 || words.length > 7) return null;
        for (int k = 1; k < words.length - 1 && k <= 3; k++) {
            if (!GivenNames.contains(Words.key(words[k]))) continue;
            String name = personName(String.join(" ", Arrays.copyOfRange(words, k, words.length)));
            if (name == null) return null;
            String between = String.join(" ", Arrays.copyOfRange(words, 0, k));
            return new Byline(List.of(name), BylineWords.isOutlet(between) ? between : null);
        }
        return null;
    }

    /**
     * Whether a line is a person's name alone ("سامي نور", "د. منى حسن", "Jane Roe"): what sites
     * print above or below the date, or between the headline and the text, with no byline word.
     * Returns the name without its title, or null.
     */
    public static String personName(String text) {
        return personName(text, false);
    }

    /**
     * The name after a word that says a person follows (a job, "المحامي NAME", "بقلم NAME"): a family
     * name may then open as a verb does ("جان تابت", "سامي يمين") or end as a plural does ("نبيل فوزات
     * نوفل"), where without the cue such a word makes a phrase ("سامي يعود"). The name must still open
     * with a given name.
     */
    private static String cuedName(String text) {
        String name = personName(text);
        if (name != null) return name;
        String loose = personName(text, true);
        return loose != null && opensWithGivenName(loose) ? loose : null;
    }

    private static String personName(String text, boolean cued) {
        // "NAME :", "NAME*:": a name alone on its line, closed by a colon, heads what its writer says; a
        // column's standing name is closed so too ("أول السطر:"), so only a given name makes it a person's.
        Matcher closed = CLOSING_COLON.matcher(text);
        if (closed.find() && closed.start() > 0) {
            String name = personName(text.substring(0, closed.start()), cued);
            // A title before it ("م. NAME*:") says a person too.
            return name != null && (opensWithGivenName(name) || isTitled(text)) ? name : null;
        }
        String t = NAME_TAG.matcher(text.strip()).matches() ? withoutHashtags(text.strip()) : text;
        t = TRAILING_PUNCTUATION.matcher(LEADING_DECORATION.matcher(t.strip()).replaceFirst("")).replaceAll("");
        // "(NAME)": some layouts bracket the writer's name on its line, as others bracket a picture's
        // credit ("(صورة أرشيفية)"): only a given name tells the writer.
        Matcher bracketed = BRACKETED.matcher(t);
        if (bracketed.matches()) return givenPersonName(bracketed.group(1));
        if (t.endsWith("..")) t = t.replaceAll("\\.+$", "");
        String n = withoutAnd(BylineWords.withoutHonorific(BylineWords.withoutJobBefore(t)));
        // "واج واج", "شمالي شمالي": words printed twice are an account's handle, not a name.
        // A full name printed twice is the writer's link and its text run together, told before the name's
        // length is, since twice over a name of three words runs to six.
        // Only a given name makes it a writer's: a column's name is printed twice too ("نبض الشارع").
        String once = onceOfTwice(n);
        if (once != null) return Words.count(once) >= 2 && opensWithGivenName(once) ? personName(once) : null;
        Matcher initialled = INITIALLED.matcher(n.strip());
        if (initialled.matches() && GivenNames.contains(Words.key(initialled.group(1)))) return n.strip();
        // An ellipsis ("غزة ... حياة بلا كهرباء") is a headline's, where initials keep single dots.
        if (BylineWords.opens(n) || BylineWords.opensWithOffice(n) || !looksLikeName(n) || isSource(n)
                || n.chars().anyMatch(Character::isDigit) || NOT_IN_NAME.matcher(n).find()
                || SPACED_DASH.matcher(n).find() || n.contains("..") || n.contains("…") || LONE_LETTER.matcher(n).find()) return null;
        // "Senior Reporter", "Staff Writer": what an English writer is, capitalised as a name would be.
        // "South Africa", "New York": a section's country or a dateline's city, capitalised as a name is.
        if (Words.isLatin(n.strip().codePointAt(0)) && (BylineWords.opensWithJob(n) || BylineWords.endsWithJob(n) || PlaceNames.isPlace(n))) return null;
        // "SITE-لبنانيات": a section glued on with a hyphen names a page of the site; "NAME-كربلاء", a city glued on
        // so: Arabic names hold no hyphen, and a line that glues one between Arabic words holds a dateline's parts.
        if (n.indexOf('-') > 0 && Arrays.stream(n.split("-")).anyMatch(part -> isSection(part.strip()))) return null;
        if (ARABIC_HYPHEN.matcher(n).find()) return null;
        // Nunation ("جداً", "أيضاً") marks adverbs and indefinite nouns; no printed name carries it.
        if (hasParticle(n) || NUNATION.matcher(n).find()) return null;
        // "وتسيير دوريات.": an Arabic line closed by a full stop ends a sentence; names end with a letter. So
        // does a Latin word in lower case before the stop ("Baloda Bazar.", a dateline's town), where a
        // name's stop closes an initial ("Jane R.").
        if (n.endsWith(".") && n.length() > 1 && (Words.isArabic(n.codePointAt(n.length() - 2))
                || Words.isLatin(n.codePointAt(n.length() - 2)) && Character.isLowerCase(n.codePointAt(n.length() - 2)))) return null;
        String key = Words.key(n);
        // Arabic given names seldom take the article: "الاقتصاد البرتقالي" is a phrase, not a person;
        // "الصادق شكري" is one of the few that do.
        // A word before a lineage's link is a given name, whatever it is ("الشيخ ولد …", Mauritanian).
        String[] folded = key.split(" ");
        if (key.startsWith("ال") && !BylineWords.isArticleGivenName(folded[0]) && !(folded.length > 2 && BylineWords.isLineage(folded[1]))) return null;
        // A word that is no given name and opens as a verb or a verbal noun does ("تشهد", "توقيت",
        // "نصاب تحتضن …") makes a phrase, unless a title leads the line ("د. يوري …", "م. تيري …": a
        // given name the list lacks); so does a plural before the family name ("توضيحات
        // واقتراحات", "مشاريع مدونات الأسرة"), where a family name may be one ("بركات"). The title is
        // looked for only when such a word is met: most lines asked have none.
        for (int i = 0; i < folded.length; i++) {
            String w = folded[i];
            if (!Words.isArabic(w.codePointAt(0)) || GivenNames.contains(w)) continue;
            if ((w.startsWith("ت") || w.startsWith("ي")) && !(cued && i > 0) && !isTitled(t)
                    || !(cued && i > 0) && i + 1 < folded.length && w.endsWith("ات")) return null;
        }
        // A name takes the article in its family name and in compounds ("عبد الله", "صلاح الدين"); a
        // line where most words take it is a phrase ("تفكيك النظام السياسي الفلسطيني").
        int withArticle = 0, nisbas = 0;
        for (int k = 0; k < folded.length; k++) {
            // After "عبد" the word is the compound's second half, whatever it is ("عبد الإله").
            // A father's name may be one that takes the article ("مسعود المهدي السلامي").
            boolean compound = BylineWords.isCompoundNameEnd(folded[k]) || k > 0 && folded[k - 1].equals("عبد")
                    || k > 0 && BylineWords.isArticleGivenName(folded[k]);
            if (folded[k].startsWith("ال") && !compound) withArticle++;
            if (folded[k].startsWith("ال") && !compound && folded[k].endsWith("ي")) nisbas++;
        }
        // "سلطان العامري الشحي": after a given name, family names of origin ("nisba", ending in "ي") may follow
        // one another, each with the article.
        boolean lineage = nisbas == withArticle && opensWithGivenName(n);
        if (withArticle >= 2 && withArticle * 2 > folded.length && !lineage) return null;
        for (String word : folded) {
            // "أقلام وآراء": a section's words, a conjunction glued on, are no name either.
            if (word.length() > 3 && word.startsWith("و") && SECTION_WORDS.contains(word.substring(1))) return null;
            // "الأخبارمحليات": menu entries run together start with a section's word.
            if (GLUED_SECTION_STARTS.stream().anyMatch(w -> word.length() > w.length() + 2 && word.startsWith(w))) return null;
            // A word with a possessive pronoun glued on ("أصنافها", "لغتك") belongs to a phrase.
            if (word.length() >= 4 && POSSESSIVE.matcher(word).find()) return null;
            // Names hold no section words, and no word with a preposition glued to the article ("بالنسبة", "للشعب").
            if (SECTION_WORDS.contains(word) || isSectionNoun(word) || EXCLUSIVE_WORDS.contains(word) || GLUED_ARTICLE.matcher(word).lookingAt()) return null;
            // "رواية NAME": the work a review is about, by its maker.
            if (BylineWords.isWork(word)) return null;
            // Nor the language's commonest words ("تم نسخ الرابط", "تواصل معنا"); folded, "على" is "Ali".
            if (!word.isEmpty() && Words.isArabic(word.codePointAt(0)) && !word.equals("علي") && FunctionWords.contains(word)) return null;
            // "أعلن رئيس البلدية", "وأكدت الوزارة": a saying verb, "and" glued on or not, opens a sentence, not a name.
            if (FunctionWords.isSayingVerb(word) || word.length() > 3 && word.startsWith("و") && FunctionWords.isSayingVerb(word.substring(1))) return null;
            // ... with "and" glued on: "وقد أعلنت ..." opens a sentence.
            if (word.length() > 2 && word.startsWith("و") && FunctionWords.contains(word.substring(1))) return null;
        }
        return n;
    }

    /**
     * Whether {@code word} (folded) is a section's or a desk's word with the article or "our" on it, as a site's
     * labels print them ("محتوى الخبر", "جديد المقالات", "أخبارنا المغربية"): no name's word. An adjective of
     * origin ("العربي", "الدولية") is left out, as a family name may be one.
     */
    private static boolean isSectionNoun(String word) {
        if (word.startsWith("ال") && !word.endsWith("ي") && !word.endsWith("يه")) return SECTION_AND_DESK_WORDS.contains(word.substring(2));
        return word.length() > 4 && word.endsWith("نا") && SECTION_WORDS.contains(word.substring(0, word.length() - 2));
    }

    /** Whether {@code text} opens with a person's title ("د.", "م/", "الدكتور"), past what the writer is. */
    private static boolean isTitled(String text) {
        String untitled = BylineWords.withoutJobBefore(LEADING_DECORATION.matcher(text.strip()).replaceFirst(""));
        return BylineWords.withoutHonorific(untitled).length() < untitled.strip().length();
    }

    /** The words of {@code text} once when they are printed twice over ("واج واج", "NAME NAME"), or null. */
    private static String onceOfTwice(String text) {
        String[] folded = Words.key(text).split(" ");
        int half = folded.length / 2;
        if (half == 0 || folded.length % 2 != 0 || !Arrays.equals(folded, 0, half, folded, half, folded.length)) return null;
        return String.join(" ", Arrays.copyOf(text.strip().split("\\s+"), half));
    }

    /**
     * Whether {@code text} ends with an agency's credit, as an image caption does ("Shoppers at
     * a market in Cairo. Bloomberg", "... (رويترز)"); a headline names no photo agency.
     */
    public static boolean endsWithCredit(String text) {
        Matcher m = CREDIT_TAIL.matcher(text.strip());
        return m.find() && isAgency(m.group(1)) || PHOTO_SOURCE_TAIL.matcher(text.strip()).find();
    }

    private static String lastWord(String name) {
        String key = Words.key(name).toLowerCase(Locale.ROOT);
        return key.substring(key.lastIndexOf(' ') + 1);
    }

    /**
     * "وعمر عبد اللطيف": a second writer's line under a byline opens with "and" glued to the given
     * name; a given name that itself opens with the letter ("وليد") keeps it.
     */
    private static String withoutAnd(String name) {
        String n = name.strip();
        int space = n.indexOf(' ');
        String first = space < 0 ? n : n.substring(0, space);
        if (first.length() < 3 || first.charAt(0) != 'و' || GivenNames.contains(Words.key(first))) return name;
        return GivenNames.contains(Words.key(first.substring(1))) ? n.substring(1) : name;
    }

    /**
     * "بغداد: NAME", "القاهرة:NAME": the city the writers file from, a colon, and their names (one, or
     * several parted by commas), the first opening with a given name; null for a job's or a credit's label ("رئيس التحرير : NAME", "تصوير: NAME")
     * and for anything that is no name after the colon (a quote).
     */
    private static List<String> filedFrom(String text) {
        Matcher m = SOURCE_COLON_NAME.matcher(text);
        if (!m.matches() || Words.count(m.group(1)) > 2 || !Words.opensArabic(m.group(1).strip())) return null;
        String place = m.group(1).strip();
        // A country is where the writer files from ("مصر: NAME") as a city is, though it names sections too.
        if (BylineWords.opensWithJob(place) || BylineWords.isCredit(text) || BylineWords.opens(place)
                || isSection(place) && !COUNTRIES.contains(Words.key(place))
                || isSource(place) || givenPersonName(place) != null) return null;
        String writers = m.group(2);
        String name = Words.count(writers) <= 4 ? personName(writers) : null;
        if (name != null) return opensWithGivenName(name) ? List.of(name) : null;
        // "PLACE: NAME، NAME": several reporters filed from the place, the first name opening with a given name.
        List<String> names = Words.count(writers) <= 10 ? personNames(writers) : null;
        return names != null && opensWithGivenName(names.get(0)) ? names : null;
    }

    /**
     * Whether {@code word} (folded) is a section's name, or ends with one of four letters or more: menu
     * entries copied without their spaces run into it ("عاجلمقالات").
     */
    static boolean endsWithSection(String word) {
        return SECTION_WORDS.contains(word) || SECTION_WORDS.stream().anyMatch(w -> w.length() >= 4 && word.endsWith(w));
    }

    /** A section's name: a word of {@link #SECTION_WORDS}, or a plural of affairs ("محليات", "لبنانيات"). */
    private static boolean isSection(String text) {
        String key = Words.key(text);
        return SECTION_WORDS.contains(key) || !key.contains(" ") && key.length() > 5 && key.endsWith("يات");
    }

    /** An agency or outlet named as the source of a story. */
    private static boolean isSource(String s) {
        if (isAgency(s) || BylineWords.isOutlet(s)) return true;
        Matcher glued = GLUED_PREPOSITION.matcher(s.strip());
        return glued.lookingAt() && BylineWords.isOutlet(s.strip().substring(glued.end()));
    }

    static boolean isAgency(String s) {
        return AGENCIES.contains(Words.key(s).toLowerCase(Locale.ROOT));
    }

    private static boolean isSite(String s, String site) {
        return site != null && !site.isBlank() && Words.key(s).equals(Words.key(site));
    }
}
