package io.convert.reader.text.internal;

import io.convert.lang.BylineWords;
import io.convert.lang.FunctionWords;
import io.convert.lang.Keys;
import io.convert.lang.LanguageDetector;
import io.convert.lang.Numerals;
import io.convert.lang.PrintedDates;
import io.convert.lang.ReadingTimes;
import io.convert.model.Article;
import io.convert.model.Block;
import io.convert.model.Inline;
import io.convert.model.Language;
import io.convert.model.Metadata;
import io.convert.model.PlainText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads text scraped or copied from a web page the way a person does: finds the article among
 * the page's template lines, takes the title, site, byline and date out of it, and gives the
 * rest its structure (captions, subheadings, lists, quotes, paragraphs). Line text is kept as
 * it was; only whole lines are dropped or moved.
 */
public final class ScrapedTextParser {
    /** How many words of the article's opening a candidate headline is compared with. */
    private static final int OPENING_WORDS = 150;
    /** How many unpunctuated lines under a byline or a date may open the text. */
    private static final int OPENING_LINES = 20;
    /** How many words the longest of those lines needs: short lines alone there are a kicker's, a label's or a widget's. */
    private static final int OPENING_LINE_WORDS = 15;
    /** Fewest words of a copy's last line to read as the first words of its text, right under the header. */
    private static final int LEDE_WORDS = 5;
    /** How many of the text's first blocks may hold a penned headline taken for a subheading ({@code readPennedHeading}). */
    private static final int PENNED_HEADING_REACH = 3;
    /** Most byline and date lines between a headline and its text. */
    private static final int HEADER_LINES = 3;
    /** How many lines above the text's end a "Related posts" label may head the teasers it ends with. */
    private static final int TEASER_REACH = 12;
    /** "هذه", "هذا", "تلك" (folded): a sentence points with them at what it leads into; a section's label does not. */
    private static final Set<String> DEMONSTRATIVES = Set.of("هذه", "هذا", "هذان", "هاتان", "هؤلاء", "ذلك", "تلك", "this", "these");
    /** Last words that lead into a list or a letter, not a section: "أهمها", "ما يلي", "وبعد" (folded). */
    private static final Set<String> LEAD_IN_ENDS = Set.of("اهمها", "ابرزها", "منها", "يلي", "التالي", "التاليه", "الاتي",
            "الاتيه", "وبعد", "following", "include");
    /** "* ", "** ": the mark a writer's note under a text opens with. */
    private static final Pattern NOTE_MARK = Pattern.compile("^\\*+\\s*");
    /** "صدى الوادي -": a spaced dash closing a line, which leads into the text as a dateline does. */
    private static final Pattern DASH_END = Pattern.compile("\\s[-–—]\\s*$");
    /** A label's or a menu entry's end: a colon, a bar, a slash. */
    private static final Pattern LABEL_END = Pattern.compile("[:：|/]\\s*$");
    /** "span>", "</h1>": a scrap of a tag the copy kept before a line's text. */
    private static final Pattern MARKUP_WORD = Pattern.compile("<?/?[a-z][a-z0-9]*>\\s*");
    /** The most lines apart two lines of one paywall's box stand: a prompt, a pitch, a plan, its points and buttons. */
    private static final int PAYWALL_BOX_LINES = 8;
    /** How many times the prose below it must stand above a label of other stories for it to end the text. */
    private static final int TEASER_LABEL_ABOVE = 4;
    private static final Pattern LONE_NUMBER = Pattern.compile("\\s*[0-9٠-٩]{1,6}\\s*");
    /** The run of spaces a text browser sets between a table's cells. */
    private static final Pattern CELL_GAP = Pattern.compile("(?<=\\S) {2,}(?=\\S)");
    private static final Pattern FIRST_CELL = Pattern.compile("[\\p{L}\\p{N}]");
    /** What follows a name at the head of a paragraph about its bearer: a comma, or words in lower case. */
    private static final Pattern ABOUT_BEARER = Pattern.compile("(?:,|\\s+\\p{Ll}).*");
    /** The trades a writer's biography names: "…is a staff writer", "…covers health", "…has written for…". */
    private static final Pattern WRITERS_TRADE = Pattern.compile(
            "(?i)\\b(?:writers?|editors?|journalists?|reporters?|correspondents?|columnists?|authors?|contributors?|bloggers?|covers|writes|has written)\\b");
    /** How many lines a teaser card in a list of other stories takes, date to date, at most. */
    private static final int CARD_LINES = 8;
    /** Words past which a numbered line is a section of prose, not a listed headline or a teaser's blurb. */
    private static final int LISTED_PROSE_WORDS = 40;
    /** The share of the text's long lines left without a final mark past which its writer leaves sentences open. */
    private static final double OPEN_PROSE_SHARE = 0.5;
    /** Words from which a line left open, where the writer leaves sentences so, is one of them rather than a subheading. */
    private static final int OPEN_SENTENCE_WORDS = 6;
    /** Words from which a line is as long as prose runs, whatever its last mark: no heading's, menu's or label's. */
    private static final int PROSE_LINE_WORDS = 8;
    /** How many paragraphs in a row a page's second copy of its article repeats, at least: more than a pull quote. */
    private static final int SECOND_COPY_PARAGRAPHS = 3;
    /** How many earlier printings of a paragraph a second copy's first paragraph is compared with, latest first. */
    private static final int SECOND_COPY_PRINTINGS = 3;
    /** Most content words of a topic's label, which echoes the text as well as a headline does by naming what it names. */
    private static final int TOPIC_LABEL_WORDS = 3;
    /** A headline shares most of its words with the opening paragraphs. */
    private static final double STRONG_ECHO = 0.4;
    private static final double ECHO_MARGIN = 0.25;
    private static final double NO_ECHO = 0.3;
    /** "In the name of God, the Merciful, the Compassionate": it opens a column, a letter or a sermon, and heads no story. */
    private static final String BASMALA = Words.key("بسم الله الرحمن الرحيم");
    /** Lines sharing no word with the text that may sit between a headline and the text (a prompt, a rating, a share row). */
    private static final int UNECHOED_UNDER_HEADLINE = 3;
    static final Pattern SENTENCE_END = Pattern.compile(".*[.!?؟…\"”»')\\]]$");
    static final Pattern FULL_STOP = Pattern.compile(".*[.…][\"”»')\\]]*$");
    /** A sentence's closing mark, perhaps inside quotation marks or brackets; a bracket alone closes a name's job too. */
    private static final Pattern CLOSING_MARK = Pattern.compile(".*[.!?؟…][\"”»')\\]]*$");
    private static final Pattern TRAILING_OFF = Pattern.compile("\\p{L}\\s*(?:\\.{2,}|…)$");
    /** "…خصصت للنظر...": a word the site's cut broke off at, an ellipsis glued to it. */
    private static final Pattern CUT_WORD = Pattern.compile("\\p{L}(?:\\.{3}|…)\\s*$");
    /** Subheadings that may end with a colon: "أولاً: ...", "مقدمة:", "Introduction:". */
    private static final Pattern SECTION_OPENING =
            Pattern.compile("^(\\p{L}+)\\s*(?:[:\\-–—]|$)|^(?i:introduction|conclusion|summary|background)\\s*:");
    private static final Pattern INNER_SENTENCE_END = Pattern.compile("[.!?؟…]\\s+\\S");
    /** "في الطريق إلى المدينة. يظهر البرج في عمق الصورة": a word of three letters or more closes a sentence, and more follows. */
    private static final Pattern INNER_FULL_STOP = Pattern.compile("\\p{L}{3}\\.\\s+\\p{L}");
    /** A sentence a word of three letters or more closes with a full stop, at the line's end or before a credit. */
    private static final Pattern CAPTION_SENTENCE = Pattern.compile("\\p{L}{3}\\.(?:\\s+\\p{L}|\\s*$)");
    /** A comma or a colon inside a line, parting its clauses. */
    private static final Pattern INNER_BREAK = Pattern.compile("[,،:]\\s*\\S");
    static final Pattern INNER_COMMA = Pattern.compile("[,،]");
    /** "صرخة من قلب حلب: …": a short label, a colon, and what the section tells; a colon between digits is a clock's ("الساعة 12:43"). */
    private static final Pattern LABELLED_CLAIM = Pattern.compile("([^:]{2,40}?)\\s*(?:(?<!\\d):|:(?!\\d))\\s*\\S.*");
    private static final Pattern ANY_FINAL_PUNCTUATION = Pattern.compile(".*[.!?؟…:;؛,،\"”»'’)\\]]$");
    private static final Pattern BULLET = Pattern.compile("^(?:[-*+•·▪◦●■–—]|o(?=\\s))\\s+(\\S.*)$");
    /** A breaking-news label before a headline: "عاجل | ", "عاجل: ", "Breaking: ". */
    private static final Pattern BREAKING = Pattern.compile("(?iu)(?:عاجل|breaking(?: news)?|urgent)\\s*[|:：\\-–—]\\s*\\S");
    /** The most words of a line that only names the page's site, with its motto or city. */
    private static final int SITE_LINE_WORDS = 12;
    /** The bar between a site's name and its tagline: "SITE | TAGLINE", "SITE - TAGLINE". */
    private static final Pattern BRAND_BAR = Pattern.compile("\\s+[|–—-]\\s+");
    /** A rank before a teaser's headline: digits and a space, no list mark; no line of code ("1 f(x);"). */
    private static final Pattern RANKED = Pattern.compile("(\\d{1,2})\\s+(\\p{L}[^(){};=<>]*)");
    private static final Pattern NUMBERED =
            Pattern.compile("^\\(?([0-9\\u0660-\\u0669\\u06F0-\\u06F9]{1,3})[.)\\-]\\s+(\\S.*)$");
    /** A list entry closed as a sentence or a clause, which a headline never is. */
    private static final Pattern CLAUSE_END = Pattern.compile(".*[.:;؛,،]$");
    private static final Pattern QUOTE_PREFIX = Pattern.compile("^>\\s?(.*)$");
    /** The label a template prints before a story's date: "Published:", "Last updated on", "Posted at". */
    private static final Pattern DATE_LABEL = Pattern.compile("(?i)^\\W*(?:published|updated|last updated|posted|modified)(?:\\s+(?:on|at))?(?:\\s*:|(?=\\s|\\d|$))");
    private static final Pattern UPDATED =
            Pattern.compile("(?i)^(?:updated|last updated|modified|آخر تحديث|اخر تحديث|تحديث|تم التحديث)");
    private static final Pattern ASKS = Pattern.compile(".*[?؟]");
    private static final Pattern PART_SEPARATOR = Pattern.compile("\\s+[|•·]\\s+");
    private static final Pattern DATELINE_SEPARATOR = Pattern.compile("\\s+[|•·/]\\s+");
    private static final Pattern SPACED_PART_BREAK = Pattern.compile("\\s[-–—|•·/]\\s");
    /**
     * The start of a comment section or its form ("Comment *"); a lone "Comment" is as likely a
     * table column or a button.
     */
    private static final Pattern COMMENTS_START = Pattern.compile(
            "(?i)^(?:(?:\\d+\\s+)?comments|\\d+\\s+comment|comment(?=\\s*[*:])|leave a (?:comment|reply)|join the (?:conversation|discussion)|"
                    + "discussion about this (?:post|article|episode)|show comments|"
                    + "add a comment|post a comment|التعليقات|تعليقات|اضف تعليق|أضف تعليق|اترك تعليقا|اترك تعليقاً)\\b.*");
    /** "3 thoughts on “HEADLINE”", "2 responses to HEADLINE": a blog's count heads its readers' comments. */
    private static final Pattern COMMENTS_ON = Pattern.compile("(?i)^\\d+\\s+(?:thoughts|responses|replies|comments)\\s+(?:on|to)\\b.*");
    /** "About the author", "نبذة عن الكاتب": the writer's box under the article, with a biography that reads as prose. */
    private static final Pattern AUTHOR_BOX =
            Pattern.compile("(?i)^about the (?:author|writer)s?(?:\\b|(?=\\p{Lu})).*|^(?:نبذة\\s+)?عن\\s+(?:الكاتب|الكاتبة|المؤلف)\\s*:?\\s*$");
    /** How many short lines (a name, a job, a picture's name) a writer's box may show above the biography. */
    private static final int MAX_WRITERS_BOX_HEAD = 3;
    /** "Author", "Written by:": a label that heads a writer's box, or a byline's name under the headline. */
    private static final Pattern WRITER_LABEL = Pattern.compile("(?i)(?:(?:the )?authors?|written by|meet (?:the|your) (?:author|writer|guide)s?)\\s*[:,]?");
    /** "About Jane Roe": a writer's box headed with the writer's name (a book's or a firm's name is no given name). */
    private static final Pattern ABOUT_NAME = Pattern.compile("(?:About|ABOUT)\\s+(\\p{Lu}.*)");
    /** The credit line that closes a wire story. */
    private static final Pattern CREDITS = Pattern.compile(
            "(?i)\\(?(?:reporting|additional reporting|writing|editing|compiled|produced|translated) by\\b");
    /** A part's number alone, bracketed ("(2)"), closed ("2.", "2)") or between dashes ("-2-"), or a live report's time. */
    private static final Pattern SECTION_MARKER = Pattern.compile(
            "\\(\\d{1,2}\\)|\\d{1,2}[.)]|[-–]\\s?\\d{1,2}\\s?[-–]|\\d{1,2}:\\d{2}\\s*(?:a\\.m\\.|p\\.m\\.|am|pm|ص|م)?", Pattern.CASE_INSENSITIVE);
    /** "By NAME CEBU CITY—", "By NAME name@paper.co.zw": the byline, then the dateline or the writer's address, run into the lede. */
    private static final Pattern BY_NAME_DATELINE = Pattern.compile(
            "By\\s+(\\p{Lu}[\\p{Ll}'’-]+(?:\\s+\\p{Lu}\\.)?(?:\\s+\\p{Lu}[\\p{Ll}'’-]+){1,2})\\s+(?:\\p{Lu}{2,}[\\p{Lu} .,]*\\s*[—–-]|[\\w.+-]+@[\\w-]+\\.)");
    private static final Pattern LEDE_SIGNATURE = Pattern.compile("(\\S[^-–—ـ.:،,|]{3,50}?)\\s*(?:[-–—]|ـ+|\\|{1,2})\\s*\\S");
    /** A later part of a lede's head, which a colon or a comma may also close ("تعز – NAME :يواجه …", "SITE – NAME ، …"). */
    private static final Pattern LEDE_PART = Pattern.compile("(\\S[^-–—ـ.:،,]{3,50}?)\\s*(?:[-–—:،]|ـ+)\\s*\\S");
    /** A live report's entry: its time, a full stop, then the news ("20h05. Rebrab est toujours …"). */
    private static final Pattern LIVE_ENTRY = Pattern.compile("\\d{1,2}[h:]\\d{2}\\.\\s+\\p{L}");
    private static final Pattern PICTURE_NUMBER = Pattern.compile("\\(\\s*\\d{1,2}\\s*\\)\\s*$");
    private static final Pattern TITLE_LABEL = Pattern.compile("\\s*(?:(?i:title|titre)|العنوان)\\s*[:：]\\s*");
    /** A dash, a tatweel, a colon or a slash before the headline's last few words: a dateline or a signature run on. */
    private static final Pattern SIGNED_TAIL = Pattern.compile("(?:\\s[-–—]|ـ+|[:/])\\s*(?:[\\p{L}\\p{M}.]+\\s*){1,4}[*\\s]*$");
    /**
     * How a speech or a letter addresses its hearers ("Monsieur le président", "Mesdames et Messieurs les
     * députés", "السلام عليكم ورحمة الله", "أيها الإخوة"): a line of its own between the paragraphs, heading
     * nothing.
     */
    private static final Pattern ADDRESS = Pattern.compile("(?iu)(?:monsieur|madame|mesdames|messieurs|mesdemoiselles|chers|chères|"
            + "ladies and gentlemen|dear|السلام عليكم|سلام عليكم|أيها|ايها|أيتها|ايتها|سيداتي|سادتي|حضرات|إخواني|اخواني|أخواتي|اخواتي"
            + "|الإخوة والأخوات|الاخوة والاخوات)(?![\\p{L}])");
    /** "صدق الله العظيم": the words that close a verse quoted from scripture, the quote's last line; they head nothing. */
    private static final Pattern SCRIPTURE_CLOSING = Pattern.compile("صدق\\s+(?:الله|رسول\\s+الله)(?:\\s+العظيم)?\\s*[.!]*");
    /** What may stand before a part's name: its number ("1. ", "2- ") or a symbol ("💎", "■"). */
    private static final Pattern LEADING_NUMBER_OR_SYMBOL = Pattern.compile("^(?:[0-9\\u0660-\\u0669]{1,2}\\s*[.)\\-–]\\s*|[\\p{So}\\p{Sk}\\uFE0F*]+\\s*)");
    /** A label of words alone, closed by a colon. */
    private static final Pattern WORDS_LABEL = Pattern.compile("[\\p{L}\\p{M}]+(?:\\s+[\\p{L}\\p{M}]+)*\\s*:");
    /** What sets a date apart from the words before it on a date line or a dateline: a colon, a separator, a comma. */
    private static final Pattern DATE_SET_APART = Pattern.compile("[:|•·/\\-–—،,]");
    /** How many words ahead of a date make the line a headline that names its day ({@code isHeadlineClosedByDate}). */
    private static final int HEADLINE_WORDS_BEFORE_DATE = 5;
    private static final Pattern DECORATED = Pattern.compile("\\s*[*■●◆▪►]\\S");
    private static final String OPENING_QUOTES = "\"“«„'‘";
    /** What opens a kicker that sets the scene: during, on the sidelines of, in the presence of, on the occasion of, right after, just before. */
    private static final Pattern SCENE_KICKER = Pattern.compile("^(?:خلال|على\\s+هامش|بحضور|بمناسبة|عقب|قبيل|في\\s+ختام|في\\s+إطار|في\\s+اطار)\\s");
    /** "الشال: …", "وزير المالية: …": a headline's subject, a few words, closed by a colon before what it says. */
    private static final Pattern HEADLINE_COLON = Pattern.compile("^(?:[^\\s:：]+\\s+){0,5}[^\\s:：]+\\s*[:：]\\s*\\S");
    /** A name closed by a colon before the writer's job: "NAME: أستاذ …". */
    private static final Pattern NAME_COLON_JOB = Pattern.compile("^((?:\\S+\\s+){1,4}\\S+?)\\s*[:：]\\s*");
    /** An excerpt a site cut at a word's end and closed with an ellipsis after a space: "… communiquer avec ...". */
    private static final Pattern CUT_AFTER_SPACE = Pattern.compile("\\s(?:\\.{3}|…)\\s*$");
    /** An excerpt closed with an ellipsis, after a space or glued on: "… مع المدرب الجديد للفريق،…". */
    private static final Pattern CUT_OFF = Pattern.compile("(?:\\.{3}|…)\\s*$");
    /** A table's columns set apart by runs of spaces, as a text browser prints them. */
    private static final Pattern COLUMN_GAP = Pattern.compile("\\S {3,}\\S");
    private static final Pattern QUOTE_MARKS = Pattern.compile("[\"“”«»„]");
    /** A few words, then an aside in brackets closing the line: "NAME (JOB)". */
    private static final Pattern OFFICE_ASIDE = Pattern.compile("([^()]+?)\\s*\\(\\s*([^()]+)\\)");
    /** Where a reader's letter is signed from, under the name: "Garfield Road", "Lahore", "Hillside, Kendal". */
    private static final Pattern LETTER_PLACE = Pattern.compile("\\s*\\p{Lu}[\\p{L}'’.-]*(?:,?\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}\\s*");
    /**
     * "NAME, Town", "NAME, Isle of Man, Country": a reader's letter signed on one line, the name and past its comma
     * the place, whose words are capitalised but for the links inside a place's name ("of", "upon", "sur").
     */
    private static final Pattern SIGNED_FROM = Pattern.compile(
            "([^,]+),\\s*(\\p{Lu}[\\p{L}'’.-]*(?:,?\\s+(?:(?:of|upon|on|the|de|du|des|la|le|les|sur|en)\\s+)?\\p{Lu}[\\p{L}'’.-]*){0,3})\\s*");
    private static final String CLOSING_QUOTES = "\"”»“'’";

    /** The most words of a writer's note under the name that signs the text. */
    private static final int WRITERS_NOTE_WORDS = 25;

    private final Set<Rule> rules;

    public ScrapedTextParser(Set<Rule> rules) {
        this.rules = rules.isEmpty() ? EnumSet.noneOf(Rule.class) : EnumSet.copyOf(rules);
    }

    public Article parse(String text) {
        return new Pass(SourceLines.split(text, rules.contains(Rule.WRAP))).run();
    }

    /**
     * The lines {@code text} offers as its title, with their features and the rules' choice, as
     * the title model sees them; null when the title rule is off, a title bar named the title
     * and no line was chosen, or a line labelled "Title:" was (the model is not asked then).
     */
    public TitleFeatures.Choice titleChoice(String text) {
        Pass pass = new Pass(SourceLines.split(text, rules.contains(Rule.WRAP)));
        pass.recordTitle = true;
        pass.run();
        return pass.titleChoice;
    }

    /**
     * The lines {@code text} offers as its byline, with their features and the writers read off
     * each, as the byline model sees them, and whether the rules named a writer themselves.
     */
    public BylineFeatures.Choice bylineChoice(String text) {
        Pass pass = new Pass(SourceLines.split(text, rules.contains(Rule.WRAP)));
        pass.recordByline = true;
        pass.run();
        return pass.bylineChoice;
    }

    /**
     * The lines {@code text} keeps that may head a section, with their features and the rules'
     * decisions, as the heading model sees them, and every heading the rules made of the text.
     */
    public HeadingFeatures.Choice headingChoice(String text) {
        Pass pass = new Pass(SourceLines.split(text, rules.contains(Rule.WRAP)));
        pass.headingLines = new ArrayList<>();
        pass.headingFeatures = new ArrayList<>();
        pass.headingRuled = new ArrayList<>();
        Article article = pass.run();
        List<String> headings = new ArrayList<>();
        for (Block b : article.blocks()) if (b instanceof Block.Heading) headings.add(PlainText.of(b));
        return new HeadingFeatures.Choice(pass.headingLines, pass.headingFeatures, pass.headingRuled, headings);
    }

    /**
     * Whether {@code text} is a date line: a date in a short line, or a date bar however long, whose Hijri date,
     * "الموافق" and Gregorian date, times and time zones each count as words.
     */
    static boolean isDateText(String text) {
        return PrintedDates.find(text) != null && (Words.count(text) <= 14 || PrintedDates.isDateBar(text));
    }

    private static boolean sentenceEnd(String text) {
        return SENTENCE_END.matcher(text).matches();
    }

    /** The state of reading one text. */
    private final class Pass {
        private final List<Unit> units;
        private final int n;
        private final boolean[] chrome;
        private final boolean[] artefact;
        private final boolean[] good;
        private final boolean[] teaserExcerpt;
        /** Rows of a table drawn in columns: neither prose nor template, they cost the run nothing. */
        private final boolean[] tableRow;
        /** Lines that head the writer's box: a name over a paragraph about its bearer. */
        private final boolean[] writersBox;
        private final Metadata.Builder meta = Metadata.builder();
        private final List<String> authors = new ArrayList<>();
        private String titleHint;
        /**
         * The last of the lines sharing no word with the text that stood between the headline and the
         * text (a prompt, a rating), or -1: they are neither deck nor text.
         */
        private int unechoedUnderTitle = -1;
        /** The line that only signs the column whose headline opened the text, or -1. */
        private int signatureLine = -1;
        /** Whether the text is a reader's letter, or a page of them, signed "NAME, Town" ({@link #letterSigner}). */
        private boolean lettersSigned;
        /** Whether the copy stops a few words into the text, right under its header. */
        private boolean cutShort;
        /** The last line, when it is the first words of a section the copy stops in; -1 otherwise. */
        private int cutSectionOpening = -1;
        /**
         * Whether short questions stand alone on several lines of the body, as an interview's do; known
         * once the header is read (a question headline is no interviewer's).
         */
        private boolean interview;
        /** Whether the page's prose is Arabic; worked out when first asked. */
        private Boolean arabicProse;
        /** Whether to keep the title's candidates and their features, for the trainer. */
        private boolean recordTitle;
        private TitleFeatures.Choice titleChoice;
        /** Whether to keep the byline model's candidates and their features, for the trainer. */
        private boolean recordByline;
        private BylineFeatures.Choice bylineChoice;
        /** The header's last line, right over the text, when the header dropped it: it may head the text's first section; -1 otherwise. */
        private int overText = -1;
        /** The text as the heading model sees it, built at its first candidate ({@link #headingPage()}). */
        private HeadingFeatures.Page headingPage;
        /** The text's first and last lines, once its header is read: the span of {@link #headingPage()}. */
        private int textStart, textEnd;
        /** How many times the page prints each line, counted when a model first asks ({@link #printings}). */
        private Map<String, Integer> printings;
        /** The heading model's candidates, their features and the rules' decisions, kept for the trainer; null otherwise. */
        private List<String> headingLines;
        private List<double[]> headingFeatures;
        private List<Boolean> headingRuled;
        private Set<String> pageWords;
        /** {@link #topics()}, counted when first asked. */
        private Map<String, Integer> topics;
        /** {@link #leavesSentencesOpen()}, worked out when first asked. */
        private Boolean sentencesLeftOpen;

        /** Lines of a rhymed poem the text quotes or is: short, but the text's own (see {@link #markRhymedVerse}). */
        private final boolean[] verse;

        Pass(List<Unit> units) {
            this.units = units;
            this.n = units.size();
            chrome = new boolean[n];
            artefact = new boolean[n];
            good = new boolean[n];
            teaserExcerpt = new boolean[n];
            tableRow = new boolean[n];
            writersBox = new boolean[n];
            verse = new boolean[n];
        }

        Article run() {
            classify();
            int start = readTitleBar();
            int[] region = region(start);
            if (rules.contains(Rule.BYLINE)) region[0] = bylineInOpening(start, region[0], region[1]);
            List<Block> blocks = new ArrayList<>();
            int bodyStart = readHeader(start, region[0], blocks);
            interview = asksSeveralQuestions(bodyStart);
            readBody(bodyStart, region[1], blocks);
            if (meta.title() == null && rules.contains(Rule.TITLE) && rules.contains(Rule.BYLINE)) readPennedHeading(blocks);
            if (authors.isEmpty() || lettersSigned) readLastLetterSignature(region[1]);
            if (authors.isEmpty()) readClosingByline(region[1]);
            if (authors.isEmpty()) readWireCredit(bodyStart, region[1]);
            if (authors.isEmpty()) readSignedProse(bodyStart, region[1]);
            if (authors.isEmpty() && rules.contains(Rule.BYLINE)) readLedeSignature(blocks);
            // "Par SITE": the outlet signing its own copy is no writer, whichever rule took its name.
            if (meta.site() != null) authors.removeIf(a -> Words.key(a).equals(Words.key(meta.site())));
            if (recordByline || authors.isEmpty() && rules.contains(Rule.LEARNED_BYLINE)) learnedByline(bodyStart, region[1], blocks);
            if (!authors.isEmpty()) meta.authors(List.copyOf(authors));
            Language language = BlockLanguages.ofArticle(meta.title(), blocks);
            meta.language(language.tag()).direction(language.direction());
            return new Article(meta.build(), BlockLanguages.relativeTo(blocks, language));
        }

        /**
         * Where the rules named no writer, the byline model's likeliest line names one when the model is
         * sure enough ({@link BylineModel}): the name is read as the rules read a byline's, a name the
         * headline or the text prints is their subject or a speaker they quote, not the writer, the author
         * a book's card names wrote the book a review is about, and the line leaves the text as a byline
         * does. The headline's own line is a candidate when it sets a name off ("HEADLINE – NAME"); taken,
         * the name leaves the title if it closed it.
         */
        private void learnedByline(int bodyStart, int end, List<Block> blocks) {
            String site = bylineSite();
            BylineFeatures.Page page = new BylineFeatures.Page(units, chrome, artefact, good, titleLine(), bodyStart, end, site, printings());
            List<Integer> candidates = BylineFeatures.candidates(page);
            BylineFeatures.Prose prose = BylineFeatures.Prose.of(page);
            BylineFeatures.Lines read = BylineFeatures.of(page, candidates, prose);
            double[][] features = read.features();
            List<String> lines = new ArrayList<>();
            List<List<String>> writers = new ArrayList<>();
            int headline = candidates.indexOf(page.title());
            for (int c = 0; c < candidates.size(); c++) {
                String line = units.get(candidates.get(c)).text();
                List<String> names = read.writers().get(c);
                // The headline's own name is its subject or its writer, and a note about a column's writer under the
                // text prints the writer's name: the model weighs both with the headline's features, no veto.
                // On an Arabic page a name in Latin letters signs only when it opens with a given name: else it tags
                // the story or brands the site ("Wide Web"), as the bare names' rule has it.
                boolean refused = c != headline && (inBookCard(candidates.get(c))
                        || names.stream().anyMatch(name -> isHeadlineSubject(name, line) || BylineFeatures.namedIn(prose, name)
                                || arabicProse() && Words.isLatin(name.codePointAt(0)) && !Byline.opensWithGivenName(name)));
                lines.add(line);
                writers.add(refused ? List.of() : names);
            }
            if (recordByline) bylineChoice = new BylineFeatures.Choice(lines, features, writers, headline, !authors.isEmpty(), arabicProse());
            if (!authors.isEmpty() || !rules.contains(Rule.LEARNED_BYLINE)) return;
            int best = BylineModel.bundled().best(features, arabicProse());
            if (best < 0 || writers.get(best).isEmpty()) return;
            writers.get(best).forEach(this::addAuthor);
            if (best == headline) {
                // A name that closed the headline leaves the title; one that led it stays, as a column's "NAME:" does.
                String rest = BylineFeatures.headlineName(page).headline();
                if (rest != null) meta.title(rest);
                return;
            }
            String key = Words.key(lines.get(best));
            for (int b = 0; b < blocks.size(); b++) {
                if (blocks.get(b) instanceof Block.Paragraph && Words.key(PlainText.of(blocks.get(b))).equals(key)) {
                    blocks.remove(b);
                    return;
                }
            }
        }

        /** The line the title was taken from, or -1 (a title bar's words the page does not print again). */
        private int titleLine() {
            if (meta.title() == null) return -1;
            String key = Words.key(meta.title());
            for (int i = 0; i < n; i++) if (!artefact[i] && Words.key(units.get(i).text()).equals(key)) return i;
            return -1;
        }

        private void classify() {
            boolean useChrome = rules.contains(Rule.CHROME);
            for (int i = 0; i < n; i++) {
                Unit u = units.get(i);
                if (useChrome) {
                    artefact[i] = Chrome.isArtefact(u);
                    chrome[i] = !artefact[i] && (Chrome.isChrome(u) || linkDense(u) || i < n - 1 && Chrome.isTicker(u));
                }
            }
            if (useChrome) {
                markMenuRuns();
                markBulletedMenus();
                markNumberedTrails();
                markRankedTeasers();
                markTeaserBoxes();
                markClosingHeadlineList();
                markLabelledRepeats();
            }
            // "رئيس التحرير" alone on its line puts the editor's name on the next.
            for (int i = 0; useChrome && i + 1 < n; i++) {
                if (Chrome.isMastheadLabel(Words.key(units.get(i).text())) && units.get(i + 1).words() <= 4) chrome[i + 1] = true;
            }
            if (useChrome) markMastheadAfterBanner();
            if (useChrome) markBrandLines();
            if (useChrome && rules.contains(Rule.SITE_NAME)) markSiteNameLines();
            if (useChrome) markBreakingTicker();
            if (useChrome) markTables();
            if (useChrome) markGluedBreadcrumbs();
            if (useChrome) markDoubledLines();
            if (rules.contains(Rule.DISCLAIMERS)) markDisclaimers();
            if (rules.contains(Rule.PAYWALL_BOXES)) markPaywallBoxes();
            for (int i = 0; i < n; i++) {
                Unit u = units.get(i);
                int words = u.words();
                boolean sentence = sentenceEnd(u.text());
                // A long Arabic sentence closed by a colon leads into what follows ("… عن طريق الآتي:"): prose too.
                // (On English pages as many sign-up and cookie prompts end so.)
                boolean leadIn = words >= 12 && u.text().strip().endsWith(":") && Words.opensArabic(u.text().strip());
                // A list entry without a full stop is a headline or a link, not running prose, unless it runs
                // on far past any headline ("1- " opening a long section); so is a line in title case, even
                // with a "!" or "?" at its end. A date bar that prints the Hijri and the Gregorian date, the time
                // and its zones runs as long as a sentence, and may close with a bracket as one does. A long line that
                // closes with the reading time is a byline bar that ran on ("NAME - DATE | mis à jour le DATE - Temps de lecture :").
                good[i] = !chrome[i] && !artefact[i] && words >= 10
                        && (sentence || leadIn || words >= 20 && runsOn(u) && !ReadingTimes.closes(u.text()))
                        && !isTitleCaseHeadline(u) && !isColumnHeadline(u) && bylineBarLead(u) == null && !PrintedDates.isDateBar(u.text());
            }
            // Right between two paragraphs, a short line that trails off heads the second: a teaser cut
            // short sits among other teasers or links, not inside the story.
            for (int i = 1; useChrome && i + 1 < n; i++) {
                if (chrome[i] && good[i - 1] && good[i + 1] && Chrome.isChromeOnlyForTrailingOff(units.get(i))) chrome[i] = false;
            }
            if (useChrome && rules.contains(Rule.TITLE)) keepHeadlineTrailingOff();
            // A bare number on its line is a counter's (views, comments, shares) unless it numbers a part
            // of the text between two paragraphs.
            for (int i = 0; useChrome && i < n; i++) {
                if (chrome[i] || !LONE_NUMBER.matcher(units.get(i).text()).matches()) continue;
                int before = keptBefore(i), after = nextKept(i);
                chrome[i] = before < 0 || after >= n || !good[before] || !good[after];
            }
            // A copy cut off mid-paragraph ends without a full stop; its last long line is prose all the
            // same, when prose comes right before it: cut after a list of teasers, it is one more teaser.
            int beforeLast = keptBefore(n - 1);
            // Cut off in its first sentence, a few words right under the byline or the date, or under the
            // page's only line of prose (a headline that reads as one), are the text all the same; under
            // other prose they are as likely a teaser or a footer cut short, and so they are under a writer
            // signing the finished text.
            Unit last = n > 0 ? units.get(n - 1) : null;
            int prose = 0;
            for (int i = 0; i < n - 1; i++) if (good[i]) prose++;
            cutShort = last != null && last.words() >= 5 && beforeLast >= 0
                    && (good[beforeLast] && prose == 1
                            || prose <= 1 && (isBylineOrDateStrict(units.get(beforeLast)) || isLooseByline(units.get(beforeLast))))
                    && !ANY_FINAL_PUNCTUATION.matcher(last.text()).matches();
            if (last != null && !chrome[n - 1] && !artefact[n - 1]
                    && (last.words() >= 8 && (last.words() >= 15 || beforeLast < 0 || good[beforeLast]) || cutShort)
                    && !isTitleCaseHeadline(last) && runsOn(last) && !signsPerson(last)) good[n - 1] = true;
            cutShort = cutShort && good[n - 1];
            if (rules.contains(Rule.CUT_LAST_WORDS)) keepCutLastWords();
            if (useChrome && (rules.contains(Rule.PROSE_AMONG_PARAGRAPHS) || rules.contains(Rule.PROSE_UNDER_HEADER))) keepProseTakenForTicker();
            if (rules.contains(Rule.REGION)) markRhymedVerse();
            if (useChrome) markTeaserExcerpts();
            if (useChrome) markCutExcerptRuns();
            if (useChrome) markMenuBlurbs();
            if (useChrome) markCutExcerpts();
            if (useChrome) markEllipsisCards();
            if (useChrome) markWritersBoxes();
            if (useChrome) markSecondCopy();
        }

        /**
         * "…the council met on Tuesday. / The mayor said th": a copy that stops mid-sentence ends in a few words
         * right under its last paragraph, with nothing printed between; too short to read as prose, they are the
         * text all the same. A name, a byline, a letter's signature or a date there signs the finished text
         * instead, and a line in another script or one that capitalises its words names something; one word
         * alone may as well be a label cut short as a sentence.
         */
        private void keepCutLastWords() {
            int last = n - 1, above = last - 1;
            if (above < 0 || good[last] || chrome[last] || artefact[last] || !good[above]) return;
            Unit u = units.get(last);
            if (u.words() < 2 || ANY_FINAL_PUNCTUATION.matcher(u.text().strip()).matches() || signsPerson(u) || isBylineOrDate(u)
                    || signsFinishedText(u) || letterSigner(last, units.get(above)) != null || isTitleCaseHeadline(u)
                    || isForeignScript(u)) return;
            good[last] = true;
        }

        /**
         * Whether the copy's last line, under the text, gives its writer in one of the forms {@link #readClosingByline}
         * reads there.
         */
        private boolean signsFinishedText(Unit u) {
            String text = u.text();
            List<String> signed = signedAuthors(text);
            List<String> names = signingNames(text);
            return !signed.isEmpty() || Byline.signedInitials(text) != null || Byline.aboutWriter(text) != null
                    || !names.isEmpty() && signsCopysEnd(u, names) || notedWriter(text) != null;
        }

        /**
         * "عشية العيد، ما زال الحي ينتظر…" / NAME / text: the page's first line (past template and dates) that
         * trails off right over the first paragraph, or over only its writer's name or date, is the headline,
         * which an Arabic writer may leave hanging so; a teaser cut short sits among other teasers and links,
         * not alone on top of the story. English and French pages cut their prompts so ("Send us your news...").
         */
        private void keepHeadlineTrailingOff() {
            for (int i = 0; i < n; i++) {
                Unit u = units.get(i);
                // Under a kept line that is no date, the headline may be that line: this one is its writer's or deck.
                if (good[i] || !chrome[i] && !artefact[i] && !isBylineOrDate(u)) return;
                if (!chrome[i] || u.words() < 2 || !Words.opensArabic(u.text()) || !Chrome.isChromeOnlyForTrailingOff(u) || isSignature(u)
                        || Byline.nameBeforeJob(u.text()) != null) continue;
                if (i > 0 && Chrome.isChromeOnlyForTrailingOff(units.get(i - 1)) || i + 1 < n && Chrome.isChromeOnlyForTrailingOff(units.get(i + 1))) continue;
                int next = nextKept(i);
                while (next < n && !good[next] && isSignature(units.get(next))) next = nextKept(next);
                if (next < n && good[next]) chrome[i] = false;
            }
        }

        /** A writer's name or byline, or a date: what may stand between a headline and its text. */
        private boolean isSignature(Unit u) {
            return signsOrDates(u) || isLooseByline(u);
        }

        /**
         * A long line without commas reads as a ticker, headlines run together; but such lines set
         * between two paragraphs, or right over or under one, are a writer's unpunctuated prose: a
         * ticker sits over or under the page's text with the template's lines around it, never
         * parting its paragraphs or touching one. So are such lines right under the story's header.
         */
        private void keepProseTakenForTicker() {
            for (int i = 0; i < n; i++) {
                if (!takenForTicker(i)) continue;
                int end = i;
                while (end + 1 < n && takenForTicker(end + 1)) end++;
                int before = keptBefore(i), after = nextKept(end);
                boolean among = before >= 0 && after < n && good[before] && good[after] || touchesParagraph(i, end);
                if (rules.contains(Rule.PROSE_AMONG_PARAGRAPHS) && among || rules.contains(Rule.PROSE_UNDER_HEADER) && underHeader(i)) {
                    for (int j = i; j <= end; j++) {
                        chrome[j] = false;
                        good[j] = true;
                    }
                }
                i = end;
            }
        }

        /**
         * Whether a paragraph stands right over or right under the lines {@code first} to {@code last}, with no
         * template line on their other side: a ticker runs among the template's lines, the masthead over it.
         */
        private boolean touchesParagraph(int first, int last) {
            int above = first - 1, below = last + 1;
            boolean templateAbove = above >= 0 && (chrome[above] || artefact[above]), templateBelow = below < n && (chrome[below] || artefact[below]);
            return !templateAbove && !templateBelow && (above >= 0 && good[above] || below < n && good[below]);
        }

        /**
         * Whether the lines from {@code first}, taken for a ticker, stand right under the story's header:
         * its byline or date, under its headline. A ticker runs over the header, under the masthead and the date bar.
         */
        private boolean underHeader(int first) {
            int signed = first - 1;
            if (signed < 0 || chrome[signed] || artefact[signed] || !isSignature(units.get(signed))) return false;
            int headline = keptBefore(signed);
            if (headline < 0 || good[headline]) return false;
            Unit u = units.get(headline);
            return isHeadlineCandidate(u) && isHeadlineLike(u) && !isSignature(u);
        }

        private boolean takenForTicker(int i) {
            Unit u = units.get(i);
            return chrome[i] && i < n - 1 && Chrome.isTicker(u) && !Chrome.isChrome(u) && !linkDense(u);
        }

        /**
         * A page that prints its article twice (a reader view over the page, a print copy under the screen
         * one): three paragraphs or more in a row that repeat, one for one, a run printed above them are the
         * second copy, no more of the text. A pull quote repeats one paragraph, never a run of them; one
         * paragraph printed over and over is no copy of a run, and stays as printed.
         */
        private void markSecondCopy() {
            Map<String, List<Integer>> seen = new HashMap<>();
            for (int i = 0; i < n; i++) {
                if (!good[i]) continue;
                List<Integer> earlier = seen.computeIfAbsent(Words.key(units.get(i).text()), k -> new ArrayList<>());
                int copyEnd = -1;
                // The copy repeats one of the last few printings of its first paragraph (a deck may be printed twice
                // over the first copy); looking no further back keeps a page of one paragraph printed over and over
                // from costing a walk for every pair of its printings.
                for (int e = earlier.size() - 1; e >= 0 && e >= earlier.size() - SECOND_COPY_PRINTINGS && copyEnd < 0; e--) {
                    copyEnd = copyEnd(earlier.get(e), i);
                }
                earlier.add(i);
                if (copyEnd < 0) continue;
                for (int k = i; k <= copyEnd; k++) {
                    chrome[k] = !artefact[k];
                    good[k] = false;
                }
                i = copyEnd;
            }
        }

        /**
         * The last line of the run from {@code copy} that repeats the paragraphs from {@code first}, when three
         * or more do and they are not all one paragraph; else -1. The walk stops where the first run reaches
         * the copy.
         */
        private int copyEnd(int first, int copy) {
            Set<String> paragraphs = new HashSet<>();
            int a = first, b = copy, last = -1, count = 0;
            while (a < copy && b < n && sameText(a, b)) {
                paragraphs.add(Words.key(units.get(b).text()));
                count++;
                last = b;
                a = nextGood(a);
                b = nextGood(b);
            }
            return count >= SECOND_COPY_PARAGRAPHS && paragraphs.size() > 1 ? last : -1;
        }

        private int nextGood(int i) {
            int j = i + 1;
            while (j < n && !good[j]) j++;
            return j;
        }

        /**
         * A poem's lines: six short Arabic lines or more in a row (two to ten words, three on average; no links,
         * no digits, no label's colon or bar at the end) whose ends rhyme, every line or every second one, as
         * an Arabic poem's halves of verse do. They are the text's, whatever the chrome rules made of lines so
         * short: menus and lists of headlines are as short, but their lines end on any letter.
         */
        private void markRhymedVerse() {
            List<Integer> run = new ArrayList<>();
            for (int i = 0; i <= n; i++) {
                Unit u = i < n ? units.get(i) : null;
                if (u != null && u.text().isBlank()) continue;
                if (u != null && !artefact[i] && !good[i] && u.words() >= 2 && u.words() <= 10 && u.links() == 0
                        && Words.opensArabic(u.text().strip()) && u.text().chars().noneMatch(Character::isDigit)
                        && !LABEL_END.matcher(u.text()).find()) {
                    run.add(i);
                    continue;
                }
                int words = 0;
                for (int v : run) words += units.get(v).words();
                if (run.size() >= 6 && words >= 3 * run.size() && rhymes(run)) {
                    for (int v : run) {
                        verse[v] = true;
                        chrome[v] = false;
                    }
                }
                run.clear();
            }
        }

        /**
         * Whether three in four of the lines of {@code run}, or of every second one, end on one rhyme letter,
         * never the feminine ending, which half the nouns of any menu end on.
         */
        private boolean rhymes(List<Integer> run) {
            for (int step = 1; step <= 2; step++) {
                for (int first = 0; first < step; first++) {
                    Map<Character, Integer> ends = new HashMap<>();
                    int lines = 0;
                    for (int k = first; k < run.size(); k += step) {
                        String key = Words.key(units.get(run.get(k)).text());
                        if (key.length() < 2) continue;
                        lines++;
                        // A long vowel may draw the rhyme out ("ناداني", "مضجعنا" rhyme on the nun).
                        char last = key.charAt(key.length() - 1);
                        char rhyme = (last == 'ي' || last == 'ا') && key.charAt(key.length() - 2) != ' ' ? key.charAt(key.length() - 2) : last;
                        if (rhyme != 'ه') ends.merge(rhyme, 1, Integer::sum);
                    }
                    int most = ends.values().stream().max(Integer::compare).orElse(0);
                    if (lines >= 3 && most * 4 >= lines * 3) return true;
                }
            }
            return false;
        }

        /**
         * A list of teasers without a heading: each headline comes with the start of its story, cut off
         * mid-sentence ("...with direct links to the"), or is printed twice, as its picture's text and as
         * its link, above its excerpt. An article's paragraph does not stop on a lower-case word right
         * above a headline, and below the first prose a subheading printed twice is a teaser's (a
         * picture's lower-case name above a subheading is no second printing of it).
         */
        private void markCutExcerpts() {
            boolean seenProse = false;
            for (int i = 0; i < n; i++) {
                if (!good[i]) continue;
                int headline = keptBefore(i), twin = headline >= 0 ? keptBefore(headline) : -1;
                boolean underHeadlineTwice = seenProse && twin >= 0 && !good[headline] && units.get(headline).words() <= 15
                        && sameText(twin, headline) && capitalized(units.get(twin)) == capitalized(units.get(headline));
                int next = nextKept(i);
                boolean cutAboveHeadline = endsMidSentence(units.get(i)) && next < n - 1 && !good[next] && isHeadlineLike(units.get(next));
                teaserExcerpt[i] |= underHeadlineTwice || cutAboveHeadline;
                seenProse = true;
            }
        }

        /**
         * "HEADLINE / the first lines of its story, cut off... / HEADLINE / …": two cards or more closing the page's
         * prose, each a headline over an excerpt the site broke off mid-word with an ellipsis, are a list of other
         * stories with no label. A writer may close a paragraph with dots, but not each of the text's last sections,
         * and nothing of the article comes under them.
         */
        private void markEllipsisCards() {
            int last = n - 1;
            while (last >= 0 && !good[last]) last--;
            List<Integer> excerpts = new ArrayList<>();
            for (int i = last; i >= 0 && good[i] && CUT_WORD.matcher(units.get(i).text()).find(); ) {
                int headline = keptBefore(i);
                if (headline < 0 || good[headline] || !isHeadlineLike(units.get(headline))) break;
                excerpts.add(i);
                i = keptBefore(headline);
            }
            if (excerpts.size() >= 2) for (int e : excerpts) teaserExcerpt[e] = true;
        }

        /**
         * A site's drop-down menu, each entry's name over one sentence that sells it ("Vendor Tracking / Keep
         * every supplier's papers in one place."), three or more in a row above the text: the sentences read as
         * prose, but an article's paragraphs do not each sit under a short name of their own. Only above the
         * first paragraph of several sentences: a list of products inside the text is the text's.
         */
        private void markMenuBlurbs() {
            int firstParagraph = 0;
            while (firstParagraph < n && !(good[firstParagraph] && INNER_SENTENCE_END.matcher(units.get(firstParagraph).text()).find())) {
                firstParagraph++;
            }
            List<Integer> blurbs = new ArrayList<>();
            for (int i = firstKept(0); i < firstParagraph; ) {
                int blurb = nextKept(i);
                if (isMenuEntryName(units.get(i)) && blurb < firstParagraph && isBlurb(units.get(blurb))) {
                    blurbs.add(blurb);
                    i = nextKept(blurb);
                    continue;
                }
                if (blurbs.size() >= 3) for (int b : blurbs) teaserExcerpt[b] = true;
                blurbs.clear();
                i = blurb;
            }
            if (blurbs.size() >= 3) for (int b : blurbs) teaserExcerpt[b] = true;
        }

        private boolean isMenuEntryName(Unit u) {
            return u.words() >= 1 && u.words() <= 5 && !ANY_FINAL_PUNCTUATION.matcher(u.text()).matches();
        }

        /** One sentence of a few words, the only one on its line. */
        private boolean isBlurb(Unit u) {
            return u.words() >= 4 && u.words() <= 30 && sentenceEnd(u.text()) && !INNER_SENTENCE_END.matcher(u.text()).find();
        }

        /**
         * "Jane Roe / Staff Writer / Jane covers schools and…": a name over a paragraph that opens with it,
         * whole or its given name alone, and goes on in lower case is the writer's box under the article,
         * its biography no part of the text, however much it reads as prose. A place named for someone
         * ("Jack Brooks Park / Jack Brooks is…") is not so opened; Arabic, without capitals, never is.
         */
        private void markWritersBoxes() {
            for (int i = 0; i < n; i++) {
                Unit u = units.get(i);
                if (isWriterLabel(u.text().strip())) {
                    writersBox[i] = headsBiography(i);
                    continue;
                }
                if (good[i] || u.words() < 2 || u.words() > 5 || ANY_FINAL_PUNCTUATION.matcher(u.text()).matches()) continue;
                String name = Byline.givenPersonName(u.text());
                // A given name no list knows is a writer's all the same with the writer's job under it
                // ("Corvin Ashby-Marek / Contributing Writer / Corvin Ashby-Marek is…"); a thing's name has none.
                if (name == null && nextKept(i) < n && isWritersJob(units.get(nextKept(i)))) name = Byline.personName(u.text());
                if (name == null) {
                    // Any other name is a writer's when the paragraph under it opens with it whole and tells the
                    // bearer's trade ("Nerys Olawale / Nerys Olawale is a features writer…"): a park, a firm or a
                    // product is named and described so too, but not as a writer.
                    String other = Byline.personName(u.text());
                    writersBox[i] = other != null && biographyFollows(i, t -> isAbout(t, other) && tellsWritersTrade(t));
                    continue;
                }
                String writer = name, given = name.split(" ")[0];
                writersBox[i] = biographyFollows(i, t -> isAbout(t, writer) || isAbout(t, given));
            }
        }

        /** Whether a paragraph within the four lines under {@code i} is a biography as {@code about} tells one. */
        private boolean biographyFollows(int i, Predicate<String> about) {
            for (int j = i + 1; j < n && j <= i + 4; j++) if (good[j] && about.test(units.get(j).text())) return true;
            return false;
        }

        /** "Author", "Written by", "About Jane Roe": a label a writer's box may open with. */
        private static boolean isWriterLabel(String text) {
            Matcher about = ABOUT_NAME.matcher(text);
            return WRITER_LABEL.matcher(text).matches() || about.matches() && Byline.givenPersonName(about.group(1)) != null;
        }

        /**
         * "Author / NAME / BIOGRAPHY", maybe with the writer's job or picture between: the label heads a writer's
         * box. As a byline's label it has a date or buttons under the name, or the text's next section, whose
         * heading runs longer than a name or a job.
         */
        private boolean headsBiography(int label) {
            int next = nextKept(label);
            for (int lines = 0; next < n && lines < MAX_WRITERS_BOX_HEAD && !good[next]; lines++) {
                if (units.get(next).words() > 5) return false;
                next = nextKept(next);
            }
            return next < n && good[next];
        }

        /** Whether the first sentence of {@code text} names a trade of the written word ("…is a senior editor at…"). */
        private static boolean tellsWritersTrade(String text) {
            Matcher end = INNER_SENTENCE_END.matcher(text);
            return WRITERS_TRADE.matcher(end.find() ? text.substring(0, end.start()) : text).find();
        }

        /** "Senior Editor", "Contributing Writer": a line that only says what a writer is. */
        private boolean isWritersJob(Unit u) {
            return u.words() <= 5 && !sentenceEnd(u.text()) && (BylineWords.endsWithJob(u.text()) || BylineWords.opensWithJob(u.text()));
        }

        /**
         * Whether {@code text} opens with {@code name} and goes on about its bearer: a comma, or words in lower
         * case; in Arabic, the name in full ("خالد" under "خالد عوض العمري، خريج …") and a comma.
         */
        private static boolean isAbout(String text, String name) {
            if (!text.startsWith(name)) return false;
            if (ABOUT_BEARER.matcher(text).region(name.length(), text.length()).matches()) return true;
            int comma = text.indexOf('،');
            return comma > name.length() && Words.count(text.substring(name.length(), comma)) <= 2
                    && Byline.personName(text.substring(0, comma)) != null;
        }

        private int keptBefore(int i) {
            int j = i - 1;
            while (j >= 0 && (chrome[j] || artefact[j])) j--;
            return j;
        }

        private boolean capitalized(Unit u) {
            String t = u.text().strip();
            return !t.isEmpty() && Character.isUpperCase(t.codePointAt(0));
        }

        private boolean endsMidSentence(Unit u) {
            String t = u.text().strip();
            return !t.isEmpty() && Character.isLowerCase(t.charAt(t.length() - 1));
        }

        /**
         * Under a "Related" or "More stories" heading, each headline may come with a sentence or
         * two of its story; such a line is prose only when it follows other prose, which ends the
         * teaser list (an article going on after a box of links).
         */
        private void markTeaserExcerpts() {
            boolean inTeasers = false, seenProse = false, underHeading = false;
            int previous = -1;
            for (int i = 0; i < n; i++) {
                if (chrome[i] || artefact[i]) {
                    // Above any prose, "Latest" or "Popular" is a menu tab, not a list heading.
                    boolean heading = seenProse && chrome[i] && Chrome.isTeaserHeading(units.get(i));
                    inTeasers |= heading;
                    underHeading |= heading;
                    continue;
                }
                if (good[i]) {
                    // The first line under the heading is a teaser's headline however long it runs, and an
                    // excerpt the site cut short ends in an ellipsis.
                    boolean afterHeadline = previous >= 0 && !good[previous] && units.get(previous).words() <= 15;
                    boolean teaser = afterHeadline || underHeading || units.get(i).text().strip().endsWith("…");
                    teaserExcerpt[i] = inTeasers && teaser;
                    inTeasers &= teaser;
                    seenProse = true;
                }
                underHeading = false;
                previous = i;
            }
        }

        /**
         * Without a heading, two excerpts in a row after the text, the first cut at a word's end and closed
         * with an ellipsis after a space ("… communiquer avec ..."), the second closed by one either way, start
         * a list of other stories' teasers, template to the page's end and however many sentences each runs
         * before its cut: a writer's own trailing dots follow the last word. Three
         * in a row cut with the dots glued on ("… مع المدرب الجديد للفريق،…") are such a list too:
         * a writer may close a paragraph or two so, not three running.
         */
        private void markCutExcerptRuns() {
            boolean seenProse = false;
            for (int i = 0; i < n; i++) {
                if (chrome[i] || artefact[i]) continue;
                int next = nextKept(i);
                if (seenProse && (cutAfterSpace(i) && trailsOff(next) || cutOff(i) && cutOff(next) && cutOff(nextKept(next)))) {
                    for (int j = i; j < n && (chrome[j] || artefact[j] || trailsOff(j)); j++) chrome[j] |= !artefact[j];
                    return;
                }
                if (seenProse && closesWithUnstoppedExcerpts(i)) {
                    for (int j = i; j < n; j++) chrome[j] |= !artefact[j];
                    return;
                }
                seenProse |= good[i];
            }
        }

        /**
         * "… À travers leur recette fétiche, ils / … désormais utilisés à tort et à travers dans le langage courant, au":
         * three or more long Latin-script lines in a row that stop without any closing mark, with no prose after them, are
         * the starts of other stories, cut at a set number of words wherever it falls (each line counts as many, give or
         * take one). A copy cut off mid-article stops so once, and a writer's paragraphs each end on a mark (not so in
         * Arabic, whose writers often leave the last full stop out). Each runs past the hundred characters of a text
         * browser's wrapped line, whose broken list items stop so too.
         */
        private boolean closesWithUnstoppedExcerpts(int i) {
            int run = 0, j = i, words = units.get(i).words();
            for (; j < n; j = nextKept(j)) {
                String t = units.get(j).text().strip();
                if (units.get(j).words() < 12 || Math.abs(units.get(j).words() - words) > 1 || t.length() < 100 || Words.opensArabic(t)
                        || ANY_FINAL_PUNCTUATION.matcher(t).matches() || ListMarker.of(t) != null || BULLET.matcher(t).matches()
                        || COLUMN_GAP.matcher(t).find()) {
                    break;
                }
                run++;
            }
            if (run < 3) return false;
            for (; j < n; j++) if (good[j] && !chrome[j]) return false;
            return true;
        }

        /** Eight words or more closed by an ellipsis, after a space or glued on. */
        private boolean trailsOff(int i) {
            return i < n && units.get(i).words() >= 8 && CUT_OFF.matcher(units.get(i).text()).find();
        }

        private boolean cutAfterSpace(int i) {
            return i < n && units.get(i).words() >= 8 && CUT_AFTER_SPACE.matcher(units.get(i).text()).find();
        }

        /**
         * The start of a story's first sentence, eight words or more, closed by an ellipsis after a space or glued
         * on. Not a table's row: a table of contents inside the text cuts its entries short too ("Course one      12
         * lessons on drawing, colour, light and shade…"), its columns set apart by runs of spaces. Nor a
         * paragraph of whole sentences that ends on its link's label ("… is well made. Full Review of the Desk…").
         * Nor a list's item, named before a colon, whose dots say "and others" ("في المسرح: NAME، NAME، NAME…").
         */
        private boolean cutOff(int i) {
            if (!trailsOff(i)) return false;
            String text = units.get(i).text().strip();
            return !COLUMN_GAP.matcher(text).find() && !INNER_SENTENCE_END.matcher(text).find()
                    && !text.contains(":");
        }

        /** "آخر تحديث: 10:50 (بيروت)", "Updated 2 hours ago": the page's clock, whatever its last mark. */
        private boolean isUpdateLine(Unit u) {
            return u.words() <= 8 && UPDATED.matcher(u.text().strip()).lookingAt();
        }

        /** "NAME يكتب: HEADLINE" is a column's headline, whatever its last mark. */
        private boolean isColumnHeadline(Unit u) {
            return rules.contains(Rule.BYLINE) && u.words() <= 30 && Byline.writesColumn(u.text()) != null;
        }

        private boolean isTitleCaseHeadline(Unit u) {
            return u.words() <= 15 && Words.isTitleCase(u.text());
        }

        /** Links every few words, or a short line that is one link: a menu entry or a teaser headline. */
        private boolean linkDense(Unit u) {
            if (u.links() == 0) return false;
            int words = u.words();
            return words == 0 || u.links() * 5 >= words || u.linkFirst() && words <= 15 && !sentenceEnd(u.text());
        }

        /** Three or more short unpunctuated lines in a row are a menu, not subheadings. */
        private void markMenuRuns() {
            int runStart = -1;
            boolean prose = false, proseAbove = false;
            for (int i = 0; i <= n; i++) {
                boolean proseHere = i < n && isProse(units.get(i));
                prose |= proseHere;
                // A menu lists each entry once: above the prose, two or three words printed twice in a row
                // are a headline, the page's and the article's; further down, a name printed twice is a
                // writer's box, and a lone "A" on each of three lines a font-size widget.
                boolean menuLike = i < n && !artefact[i] && isMenuWord(units.get(i))
                        && !(!prose && units.get(i).words() >= 2 && printedTwice(i));
                if (menuLike && runStart < 0) {
                    runStart = i;
                    proseAbove = prose;
                }
                if (!menuLike && runStart >= 0) {
                    // City and writer's name above the date are a byline, not a menu; so are the
                    // writer's name, job and address under the headline.
                    // So are a column's name, a short headline, a counter and the writer's name right above the text,
                    // and the writer's name, city and paper under the date.
                    boolean bylineBlock = i - runStart <= 4 && (i < n && units.get(i).words() <= 14 && PrintedDates.find(units.get(i).text()) != null
                            || runStart > 0 && (isHeadlineAbove(runStart - 1) || isDateLine(runStart - 1))
                                    && Byline.personName(units.get(runStart).text()) != null
                            || proseHere && namesWriter(runStart, i));
                    if (i - runStart >= 3 && !bylineBlock) {
                        // The writer's byline right above the text or the headline closes a share row or a menu
                        // without being one of its entries, and so does the name with what a theme prints under
                        // it (the e-mail, the job, the count of articles).
                        int writer = proseHere || i < n && isHeadlineAbove(i) ? writerClosingRun(runStart, i) : -1;
                        boolean writerLast = writer == i - 1;
                        // "كتب: NAME" over "تحرير: NAME": the writer's credit and the editor's close it together.
                        boolean creditsLast = writerLast && i - 2 > runStart && signsPerson(units.get(i - 1))
                                && isWritersCredit(units.get(i - 2));
                        // So does a short headline of three words right above the text, its date or its writer's byline,
                        // where menu entries take one or two; further down, such a line over its blurb is a teaser's.
                        boolean headlineLast = !proseAbove && (proseHere || i < n && (isDateLine(i) || signsPerson(units.get(i))))
                                && units.get(i - 1).words() == 3
                                && units.get(i - 2).words() < 3;
                        // Under the finished text, the writer's name signs it and the share row starts after it.
                        boolean writerFirst = runStart > 0 && isProse(units.get(runStart - 1)) && names(units.get(runStart));
                        for (int j = writerFirst ? runStart + 1 : runStart; j < (creditsLast ? i - 2 : headlineLast ? i - 1 : i); j++) {
                            // A writer's name over the writer's job ("NAME" / "كاتبة وأكاديمية") is no pair of menu entries.
                            if (j + 1 < n && isNameOverJob(j)) j++;
                            else if (j != writer) chrome[j] = true;
                        }
                    }
                    runStart = -1;
                }
            }
        }

        /**
         * The line of the menu-like run from {@code runStart} to {@code end} (exclusive) that names the writer
         * among its last three, with only what a theme prints under a writer's name after it (an e-mail
         * address, the job, a count or a date), or -1.
         */
        private int writerClosingRun(int runStart, int end) {
            for (int j = end - 1; j >= Math.max(runStart, end - 3); j--) {
                Unit u = units.get(j);
                if (names(u)) return j;
                if (!isWritersCompanion(u)) return -1;
            }
            return -1;
        }

        /**
         * What a theme prints under a writer's name: the e-mail address or the handle, the job, the column's name,
         * a count of articles or a date.
         */
        private boolean isWritersCompanion(Unit u) {
            return Byline.isEmail(u.text()) || Byline.isHandle(u.text()) || isJobAlone(u) || BylineWords.labelsColumn(u.text())
                    || u.words() <= 8 && u.text().chars().anyMatch(Character::isDigit);
        }

        /**
         * "مراسل الموقع في بغداد", "كاتب وصحفي مقيم في برلين، يكتب في …": a line that opens with what the writer
         * is, however long, is the note a signature carries under the name; a paragraph opens so seldom.
         */
        private boolean isWritersNote(Unit u) {
            return u.words() <= WRITERS_NOTE_WORDS && BylineWords.opensWithJob(u.text());
        }

        /** Whether {@code u}, under a writer's name, says what the writer is: a companion line or a note. */
        private boolean saysWhatWriterIs(Unit u) {
            return isWritersCompanion(u) || isWritersNote(u);
        }

        /** Whether {@code u} is a writer's name alone, with what the writer is after it, or a byline naming a person. */
        private boolean names(Unit u) {
            return Byline.givenPersonName(u.text()) != null || signsPerson(u) || namesWithJob(u);
        }

        /** "NAME، كاتب صحفي": a name that opens with a given name, then what the writer is. */
        private boolean namesWithJob(Unit u) {
            String name = u.words() <= 14 ? Byline.nameBeforeJob(u.text()) : null;
            return name != null && Byline.givenPersonName(name) != null;
        }

        /**
         * The line under {@code i}, up to {@code end}, that says what the writer named alone on {@code i} is (the
         * job, a note, the count of articles) or, closing a letter, where the writer signs it from; or -1.
         */
        private int writersNoteUnder(int i, int end) {
            if (Byline.givenPersonName(units.get(i).text()) == null) return -1;
            int next = nextKept(i);
            return next <= end && next < n && (saysWhatWriterIs(units.get(next)) || signsFromPlace(next, end)) ? next : -1;
        }

        /**
         * Whether line {@code i} closes the text, up to {@code end}, with the town or street a reader's letter is
         * signed from, in Latin script, under the reader's name.
         */
        private boolean signsFromPlace(int i, int end) {
            return nextKept(i) > end && LETTER_PLACE.matcher(units.get(i).text()).matches();
        }

        /**
         * The writer whose signature line {@code i}, under the finished paragraph {@code above}, is under a
         * reader's letter in Latin script: "NAME, Town" on one line, or "NAME," with the town, if any, on the
         * line under it; or null.
         */
        private String letterSigner(int i, Unit above) {
            if (!rules.contains(Rule.BYLINE) || good[i] || !sentenceEnd(above.text())) return null;
            String text = units.get(i).text().strip();
            if (text.isEmpty() || !Words.isLatin(text.codePointAt(0))) return null;
            Matcher signed = SIGNED_FROM.matcher(text);
            String printed = signed.matches() ? signed.group(1) : text.endsWith(",") ? text.substring(0, text.length() - 1) : null;
            String name = printed == null ? null : Byline.personName(printed);
            return name != null && Words.count(name) >= 2 && Words.count(name) <= 4 ? name : null;
        }

        /** The signature under the text's last paragraph, when it signs a letter: the text's region ends above it. */
        private void readLastLetterSignature(int end) {
            int i = nextKept(end);
            String signer = end >= 0 && i < n ? letterSigner(i, units.get(end)) : null;
            if (signer != null) addAuthor(signer);
        }

        private boolean isNameOverJob(int i) {
            return Byline.givenPersonName(units.get(i).text()) != null && isJobAlone(units.get(i + 1));
        }

        /**
         * Three lines or more in a row whose cells, set apart by runs of spaces, start at the same
         * columns line after line, without links: the rows of a table a text browser drew, not a menu
         * (whose entries are links) nor a row of labels.
         */
        private void markTables() {
            List<List<Integer>> cells = new ArrayList<>(n);
            for (int i = 0; i < n; i++) cells.add(cellStarts(i));
            int runStart = 0;
            for (int i = 0; i <= n; i++) {
                boolean row = i < n && cells.get(i).size() > 1;
                if (row && (i == runStart || aligned(cells.get(i - 1), cells.get(i)))) continue;
                if (i - runStart >= 3) {
                    for (int j = runStart; j < i; j++) {
                        tableRow[j] = true;
                        chrome[j] = false;
                    }
                }
                runStart = row ? i : i + 1;
            }
        }

        /**
         * Where the cells of line {@code i} start, counted from the line's margin; empty for a line with
         * links or a picture, or one cell only.
         */
        private List<Integer> cellStarts(int i) {
            Unit u = units.get(i);
            List<Integer> starts = new ArrayList<>();
            if (u.links() > 0 || artefact[i]) return starts;
            Matcher m = CELL_GAP.matcher(u.text());
            // "•  Facebook": a bullet set apart from its entry opens no cell.
            if (!m.find() || !FIRST_CELL.matcher(u.text().substring(0, m.start())).find()) return starts;
            starts.add(u.indent());
            do {
                starts.add(u.indent() + m.end());
            } while (m.find());
            return starts;
        }

        /** Whether two lines share a cell's starting column besides the first. */
        private static boolean aligned(List<Integer> above, List<Integer> below) {
            for (int k = 1; k < below.size(); k++) if (above.subList(1, above.size()).contains(below.get(k))) return true;
            return false;
        }

        /** Whether a line from {@code from} to {@code to} (exclusive) is a person's name alone or a byline naming one. */
        private boolean namesWriter(int from, int to) {
            for (int j = from; j < to; j++) if (Byline.personName(units.get(j).text()) != null || signsPerson(units.get(j))) return true;
            return false;
        }

        /** "تحقيق:NAME", "By NAME": a byline that names a person, not only a site or a desk. */
        private boolean signsPerson(Unit u) {
            Byline byline = u.words() <= 14 ? Byline.parse(u.text(), bylineSite(), true) : null;
            return byline != null && !byline.authors().isEmpty();
        }

        /**
         * "AccueilSportsHEADLINE" above "HEADLINE": a breadcrumb run into the headline it ends with, the
         * headline printed alone under it. A line that ends with the next one after a space ("عاجل: …")
         * is a kicker and its headline, left to the title rules.
         */
        private void markGluedBreadcrumbs() {
            for (int i = 0; i < n; i++) {
                int next = nextKept(i);
                if (chrome[i] || artefact[i] || next >= n || units.get(next).words() < 4) continue;
                String line = Words.key(units.get(i).text()), headline = Words.key(units.get(next).text());
                if (line.length() > headline.length() && !line.endsWith(" " + headline) && endsWithClean(line, headline)) chrome[i] = true;
            }
        }

        /**
         * Whether the key {@code line} ends with the key {@code part} as whole words, or glued to a word of the
         * line before it ("AccueilSportsHEADLINE"), but not behind a preposition glued to the part's first word
         * ("أمسية شعرية بنادي أدب كفر الشيخ" over "نادي أدب كفر الشيخ"): that line is a headline and the part its
         * picture's alt text, where a breadcrumb glued to the headline ends with a word of its own.
         */
        private static boolean endsWithClean(String line, String part) {
            if (!line.endsWith(part)) return false;
            String glued = line.substring(0, line.length() - part.length());
            return !Echo.isGluedPrefix(glued.substring(glued.lastIndexOf(' ') + 1));
        }

        /** A phrase printed twice on one line is a picture's or a card's; a name so printed is the writer's, left to the byline rules. */
        private void markDoubledLines() {
            for (int i = 0; i < n; i++) {
                String phrase = artefact[i] ? null : DoubledLine.phrase(units.get(i).text());
                if (phrase == null && !artefact[i] && rules.contains(Rule.KICKED_CARDS)) phrase = DoubledLine.afterKicker(units.get(i).text());
                if (phrase != null && Byline.personName(phrase) == null) chrome[i] = true;
            }
        }

        /**
         * "عاجل | HEADLINE" over another headline, above the text: the site's breaking-news ticker, not
         * the article's kicker, which would stand over its own date or text.
         */
        private void markBreakingTicker() {
            for (int i = 0; i < n; i++) {
                Unit u = units.get(i);
                if (isProse(u)) return;
                if (chrome[i] || !BREAKING.matcher(u.text().strip()).lookingAt()) continue;
                int next = nextKept(i);
                if (next >= n) return;
                Unit below = units.get(next);
                // A headline may ask its question ("هل تنجح خطة …؟"); a sentence of the text is longer.
                boolean headline = !sentenceEnd(below.text()) || below.words() <= 15 && ASKS.matcher(below.text().strip()).matches();
                if (below.words() >= 3 && below.words() <= 25 && headline && !isDateLine(next)
                        && !isBylineOrDate(below) && !BREAKING.matcher(below.text().strip()).lookingAt()) chrome[i] = true;
            }
        }

        /**
         * "SITE | أخبار اليمن والعالم" under the banner "صحيفة SITE": the site's name again with its
         * tagline, not a title bar. A bar's other side is a headline when the page prints it again or
         * it runs past a tagline's few words, and a byline when it names a person or a date.
         */
        private void markBrandLines() {
            String[] keys = new String[n];
            Map<String, Integer> lastPrinted = new HashMap<>();
            for (int i = 0; i < n; i++) {
                keys[i] = Words.key(units.get(i).text());
                lastPrinted.put(keys[i], i);
            }
            // The short lines above, and the same lines without their first word ("صحيفة SITE" gives SITE).
            Set<String> printed = new HashSet<>(), printedAfterFirstWord = new HashSet<>();
            for (int i = 0; i < n; i++) {
                String[] parts = BRAND_BAR.split(units.get(i).text());
                // "كتب: NAME - DATE" is a byline, its date perhaps the date line's above without the weekday.
                if (parts.length == 2 && units.get(i).words() <= 9 && PrintedDates.find(parts[0]) == null
                        && PrintedDates.find(parts[1]) == null) {
                    for (int side = 0; side < 2; side++) {
                        String name = Words.key(parts[side]), other = Words.key(parts[1 - side]);
                        // "NAME - SITE": the writer of the page's own site, a byline.
                        if (name.isEmpty() || other.isEmpty() || Words.count(other) > 5 || Byline.personName(parts[1 - side]) != null) continue;
                        boolean bannerAbove = printed.contains(name) || printedAfterFirstWord.contains(name);
                        if (bannerAbove && lastPrinted.getOrDefault(other, -1) <= i) chrome[i] = true;
                    }
                }
                if (units.get(i).words() <= 5) {
                    printed.add(keys[i]);
                    int space = keys[i].indexOf(' ');
                    if (space > 0) printedAfterFirstWord.add(keys[i].substring(space + 1));
                }
            }
        }

        /**
         * A line that only names the page's own site ("صحيفة NAME", "NAME – CITY", "Welcome to NAME"), once a copyright
         * line or the masthead has told the name, is the template's wherever it stands: no headline, no writer, no text.
         * The page's first line is left as it is: the title rules and models already read a banner there.
         */
        private void markSiteNameLines() {
            SiteName site = SiteName.learn(units.stream().map(Unit::text).toList());
            if (site == null) return;
            int first = 0;
            while (first < n && units.get(first).text().isBlank()) first++;
            for (int i = first + 1; i < n; i++) {
                if (!artefact[i] && units.get(i).words() <= SITE_LINE_WORDS && site.namedAlone(units.get(i).text())) chrome[i] = true;
            }
        }

        /**
         * "SITE رئيس التحرير NAME": after the name the page prints alone as its banner, a staff label is
         * the masthead's, not a headline's news about an editor.
         */
        private void markMastheadAfterBanner() {
            Set<String> lines = new HashSet<>();
            for (Unit u : units) lines.add(Words.key(u.text()));
            for (int i = 0; i < n; i++) {
                String site = units.get(i).words() <= 12 ? Chrome.beforeMastheadLabel(Words.key(units.get(i).text())) : null;
                if (site != null && lines.contains(site)) chrome[i] = true;
            }
        }

        /**
         * "قراءة: HEADLINE", "Now reading: HEADLINE": a sticky bar that labels a line the page prints
         * on its own further down (the headline) is a copy of it, not a headline of its own; so is a
         * breadcrumb trail that ends with it ("SITE > SECTION > HEADLINE").
         */
        private void markLabelledRepeats() {
            Set<String> below = new HashSet<>();
            for (int i = n - 1; i >= 0; i--) {
                String text = units.get(i).text();
                String key = Words.key(text);
                below.add(key);
                if (isTrailEndingInLineBelow(key, below)) chrome[i] = true;
                String trailEnd = Chrome.trailEnd(text);
                if (trailEnd != null && Words.count(trailEnd) >= 3 && below.contains(Words.key(trailEnd))) chrome[i] = true;
                int colon = text.indexOf(':');
                if (colon <= 0 || Words.count(text.substring(0, colon)) > 2 || Byline.personName(text.substring(0, colon)) != null) continue;
                String rest = text.substring(colon + 1);
                if (Words.count(rest) >= 5 && Words.count(rest) <= 40 && !FULL_STOP.matcher(rest.strip()).matches()
                        && below.contains(Words.key(rest))) chrome[i] = true;
            }
        }

        /**
         * "الرئيسية منوعات HEADLINE", "الرئيسيةاخبار سياسيةHEADLINE": a breadcrumb trail whose separators did
         * not copy (they were pictures) still opens with the home page and ends with a line the page
         * prints on its own, a few sections between ("الأعداد السابقة" / "فن العمارة في اليمن").
         */
        private boolean isTrailEndingInLineBelow(String key, Set<String> below) {
            String rest = Chrome.afterHome(key);
            if (rest == null) return false;
            for (String line : below) {
                if (rest.length() > line.length() && rest.endsWith(line) && Words.count(line) >= 4
                        && Words.count(rest.substring(0, rest.length() - line.length())) <= 8) return true;
            }
            return false;
        }

        /**
         * "The views expressed in this letter are those of the writer", "التعليقات المنشورة لا تعبر عن رأي الموقع":
         * the outlet disowning what it prints is its template's notice, under any text.
         */
        private void markDisclaimers() {
            for (int i = 0; i < n; i++) if (!artefact[i] && Chrome.isDisclaimer(units.get(i))) chrome[i] = true;
        }

        /**
         * "Want to read more? / We value our content … / Your subscription entitles you to … / Already a subscriber?":
         * what a paywall's box prints between two of its own lines a few lines apart (selling points, a bulleted
         * list of what the plan gives, a lone "Continue" button) is the box's, however much it reads as prose: no
         * article sets its text inside a subscription offer.
         */
        private void markPaywallBoxes() {
            int open = -1;
            for (int i = 0; i < n; i++) {
                if (artefact[i] || !Chrome.isPaywall(units.get(i))) continue;
                if (open >= 0 && i - open <= PAYWALL_BOX_LINES) for (int j = open + 1; j < i; j++) if (!artefact[j]) chrome[j] = true;
                open = i;
            }
        }

        /**
         * Five or more bulleted entries of one to three words in a row, none with a mark at its end,
         * are a menu copied as a list ("• سياسة", "• اقتصاد"); an article's lists say more per entry.
         */
        private void markBulletedMenus() {
            int runStart = -1;
            for (int i = 0; i <= n; i++) {
                Matcher m = i < n ? BULLET.matcher(units.get(i).text().strip()) : null;
                boolean entry = m != null && m.matches() && Words.count(m.group(1)) <= 3
                        && !ANY_FINAL_PUNCTUATION.matcher(m.group(1)).matches();
                if (entry && runStart < 0) runStart = i;
                if (!entry && runStart >= 0) {
                    if (i - runStart >= 5) for (int j = runStart; j < i; j++) chrome[j] = true;
                    runStart = -1;
                }
            }
        }

        /**
         * "1. الرئيسية", "2. مقالات", "3. HEADLINE": a breadcrumb trail that a text browser numbers as a list,
         * its first entry the home page; no article's list opens with "Home".
         */
        private void markNumberedTrails() {
            for (int i = 0; i < n; i++) {
                ListMarker first = ListMarker.of(units.get(i).text().strip());
                if (first == null || !first.ordered() || first.number() != 1 || !Chrome.isHome(Words.key(first.text()))) continue;
                int j = i + 1;
                for (int number = 2; j < n; j++, number++) {
                    ListMarker next = ListMarker.of(units.get(j).text().strip());
                    if (next == null || !next.ordered() || next.number() != number || Words.count(next.text()) > 25) break;
                }
                if (j - i < 2) continue;
                for (int k = i; k < j; k++) chrome[k] = true;
                i = j - 1;
            }
        }

        /**
         * "آخر الأخبار" / HEADLINE / HEADLINE above the text: a box of other stories under its label, its
         * headlines printed one per line with no blank line between them, up to the first blank line,
         * sentence or date (a label right above the article's own headline and date is no box).
         */
        private void markTeaserBoxes() {
            for (int i = 0; i < n; i++) {
                // Above the article, where such a box would lend the title one of its headlines.
                if (isProse(units.get(i))) return;
                if (!Chrome.isTeaserHeading(units.get(i))) continue;
                int j = i + 1;
                while (j < n && !units.get(j).blankBefore() && units.get(j).words() >= 3 && units.get(j).words() <= 20
                        && !sentenceEnd(units.get(j).text()) && !isDateLine(j)) j++;
                // Copied without blank lines, the box runs on into the article's own head: its headline (and
                // byline) right over the date or the text are the article's, not the box's last entries.
                if (j < n && !units.get(j).blankBefore() && (isDateLine(j) || isProse(units.get(j)))) {
                    while (j - 1 > i && isBylineOrDate(units.get(j - 1))) j--;
                    j--;
                }
                if (j - i < 3) continue;
                for (int k = i; k < j; k++) chrome[k] = true;
                i = j - 1;
            }
        }

        /**
         * "1 HEADLINE" / "2 HEADLINE" / "3 HEADLINE": a "most read" box copied with its ranks, a number and a
         * space before each headline. An article's own numbered list marks its numbers ("1.", "1-").
         */
        private void markRankedTeasers() {
            for (int i = 0; i < n; i++) {
                int j = i;
                for (int rank = 1; j < n; j++, rank++) {
                    Matcher m = RANKED.matcher(Numerals.ascii(units.get(j).text().strip()));
                    if (!m.matches() || Integer.parseInt(m.group(1)) != rank || Words.count(m.group(2)) < 3
                            || Words.count(m.group(2)) > 20 || sentenceEnd(m.group(2))) break;
                }
                if (j - i < 3) continue;
                for (int k = i; k < j; k++) chrome[k] = true;
                i = j - 1;
            }
        }

        /**
         * "- HEADLINE" three times or more closing the page, only template after it: other stories' headlines
         * listed as links, a few words each with no stop at the end. An article announces its own list with
         * a colon.
         */
        private void markClosingHeadlineList() {
            int above = keptBefore(n), items = 0;
            while (above >= 0 && isListedHeadline(units.get(above))) {
                above = keptBefore(above);
                items++;
            }
            if (items < 3 || above >= 0 && units.get(above).text().strip().endsWith(":")) return;
            for (int i = above + 1; i < n; i++) chrome[i] = true;
        }

        private boolean isListedHeadline(Unit u) {
            Matcher m = BULLET.matcher(u.text().strip());
            if (!m.matches()) return false;
            int words = Words.count(m.group(1));
            return words >= 4 && words <= 20 && !CLAUSE_END.matcher(m.group(1).strip()).matches();
        }

        private boolean isHeadlineAbove(int i) {
            Unit u = units.get(i);
            return u.words() >= 5 && u.words() <= 25 && !chrome[i] && !FULL_STOP.matcher(u.text().strip()).matches();
        }

        private boolean isMenuWord(Unit u) {
            int words = u.words();
            return words >= 1 && words <= 3 && !ANY_FINAL_PUNCTUATION.matcher(u.text()).matches()
                    && !BULLET.matcher(u.text()).matches() && !NUMBERED.matcher(u.text()).matches()
                    && PrintedDates.find(u.text()) == null;
        }

        /**
         * The site's name for telling the outlet from the writer in a byline ("NAME - SITE"): the title bar's,
         * else the masthead, the page's first line when it is a short name with no digits or final mark.
         */
        private String bylineSite() {
            if (meta.site() != null || n == 0) return meta.site();
            int first = 0;
            while (first < n && (artefact[first] || units.get(first).text().isBlank())) first++;
            if (first == n) return null;
            Unit u = units.get(first);
            String text = u.text().strip();
            boolean name = u.words() >= 1 && u.words() <= 4 && text.chars().noneMatch(Character::isDigit) && !ANY_FINAL_PUNCTUATION.matcher(text).matches();
            return name ? text : null;
        }

        /** Reads a browser title bar on the first line; returns the index after it. */
        private int readTitleBar() {
            if (!rules.contains(Rule.TITLE) || n == 0 || chrome[0]) return 0;
            List<String> later = new ArrayList<>();
            for (int i = 1; i < n && i < 40; i++) later.add(units.get(i).text());
            TitleBar bar = TitleBar.parse(units.get(0).text(), later);
            if (bar == null) return 0;
            meta.site(bar.site());
            titleHint = bar.title();
            return 1;
        }

        /**
         * The first and last unit of the article body, as [start, end] (end inclusive): the run
         * of lines with the highest sum of prose words less template lines, so that a short
         * interruption (an ad, a "Related" link) stays inside while menus, footers and comment
         * sections, which cost more than the prose around them brings, stay out.
         */
        private int[] region(int from) {
            int firstGood = -1;
            for (int i = from; i < n && firstGood < 0; i++) if (good[i]) firstGood = i;
            if (firstGood < 0) return new int[] {firstKept(from), n - 1};
            if (!rules.contains(Rule.REGION)) return new int[] {firstGood, n - 1};
            double best = Double.NEGATIVE_INFINITY, sum = 0;
            int bestStart = firstGood, bestEnd = firstGood, start = from;
            for (int i = from; i < n; i++) {
                if (sum <= 0) {
                    sum = 0;
                    start = i;
                }
                sum += value(i);
                if (sum > best) {
                    best = sum;
                    bestStart = start;
                    bestEnd = i;
                }
            }
            bestEnd = beforeDatedCards(bestStart, beforeClosingHeading(bestStart, bestEnd));
            while (bestStart < bestEnd && value(bestStart) <= 0) bestStart++;
            while (bestEnd > bestStart && value(bestEnd) <= 0) bestEnd--;
            // On an Arabic page a Latin sentence above the text is a theme's or a plugin's notice, not its first paragraph.
            if (good[bestStart] && isForeignScript(units.get(bestStart))) {
                int next = bestStart;
                while (next < bestEnd && (!good[next] || isForeignScript(units.get(next)))) next++;
                if (next < bestEnd) bestStart = next;
            }
            while (bestStart - 1 >= from && isLeadProse(bestStart - 1)) bestStart--;
            if (rules.contains(Rule.UNPUNCTUATED_OPENING)) bestStart = underWriterOrDate(from, bestStart);
            // "مقدمة:" or "Introduction:" opens the text even above its first paragraph; closed by a colon, even a word
            // a summary's toggle prints alone ("ملخص:") leads into the text.
            if (bestStart - 1 >= from && (!chrome[bestStart - 1] || units.get(bestStart - 1).text().strip().endsWith(":"))
                    && isSectionOpening(units.get(bestStart - 1).text())) chrome[--bestStart] = false;
            while (bestEnd + 1 < n && isSignOff(bestEnd + 1)) bestEnd++;
            // The few words a copy stops at belong to the run above them, whatever the header between costs.
            int header = bestEnd + 1;
            while (header < n - 1 && (chrome[header] || artefact[header] || isBylineOrDate(units.get(header)) || isLooseByline(units.get(header)))) header++;
            if (cutShort && header == n - 1) bestEnd = n - 1;
            if (opensCutSection(bestEnd)) {
                bestEnd = n - 1;
                cutSectionOpening = n - 1;
            }
            // A line printed twice at the top is the headline (the page's and the article's), not prose;
            // a line printed over and over is something else.
            int second = nextKept(bestStart), third = second < n ? nextKept(second) : n;
            if (second < bestEnd && units.get(bestStart).words() <= 40 && sameText(bestStart, second)
                    && (third >= n || !sameText(second, third))) {
                bestStart = second + 1;
            }
            int reprinted = headlineReprintedOverText(bestStart, bestEnd);
            if (reprinted >= 0) bestStart = reprinted + 1;
            bestStart = afterOpeningDateline(bestStart, bestEnd);
            int lede = rules.contains(Rule.LEDE_UNDER_HEADER) ? ledeUnderHeader(from, bestStart, bestEnd) : -1;
            return lede >= 0 ? new int[] {lede, lede} : new int[] {bestStart, bestEnd};
        }

        /**
         * The page's last line, when the copy stops in the story's first paragraph right under its header (its
         * headline, with byline or date lines under or over it) while the densest prose found above that header
         * is one line at most: a ticker of headlines run together, a prompt. The line then is the text, though
         * a list of teasers above made it read as one more teaser's excerpt, or though it trails off as a
         * headline does; -1 when the page ends otherwise. A story whose paragraphs stand above is left alone:
         * a teaser's card may close a page. An English line that capitalises its words ("Hosted by Valley Net
         * Services") names something, as a footer's credit does, and opens no paragraph.
         */
        private int ledeUnderHeader(int from, int start, int end) {
            int last = n - 1;
            if (last <= from || chrome[last] || artefact[last]) return -1;
            Unit lede = units.get(last);
            String text = lede.text().strip();
            if (lede.words() < LEDE_WORDS || ListMarker.of(text) != null || CUT_OFF.matcher(text).find() || isSignature(lede)
                    || isTitleCaseHeadline(lede)) {
                return -1;
            }
            int headline = -1;
            boolean signed = false;
            for (int i = keptBefore(last), seen = 0; i >= from && seen <= HEADER_LINES && headline < 0; i = keptBefore(i), seen++) {
                Unit u = units.get(i);
                if (isSignature(u)) {
                    signed = true;
                    continue;
                }
                if (good[i] || !isHeadlineCandidate(u) || !isHeadlineLike(u)) return -1;
                headline = i;
            }
            if (headline < 0 || end >= headline) return -1;
            // Without a byline, a date or a second copy of the headline, the line over the last may be one
            // more of a list of headlines, the last cut short.
            int above = keptBefore(headline);
            if (!signed && !(above >= from && isSignature(units.get(above))) && !printedElsewhere(headline)) {
                return -1;
            }
            int prose = 0;
            for (int i = start; i <= end; i++) if (good[i]) prose++;
            return prose <= 1 ? last : -1;
        }

        /**
         * Where the text starts when its opening paragraphs go without punctuation (a writer who breaks
         * lines instead of closing sentences): such lines cost the run as much as a menu, but set right
         * under the story's header, a headline over its byline or date line, with nothing of the template
         * between them and the run, they are the text's first lines. Without the headline over it, the
         * byline or date may head a page's widgets, and the unpunctuated line under it the headline itself.
         */
        private int underWriterOrDate(int from, int start) {
            int longest = 0;
            for (int i = start - 1, seen = 0; i >= from && seen <= OPENING_LINES; i--, seen++) {
                Unit u = units.get(i);
                // A sentence trailing off among the text's lines is the writer's pause (left out as a teaser would be),
                // not the end of the stretch.
                boolean pause = chrome[i] && Chrome.isChromeOnlyForTrailingOff(u) && !chrome[i + 1] && i - 1 >= from && !chrome[i - 1];
                if (artefact[i] || verse[i] || teaserExcerpt[i] || chrome[i] && !pause) return start;
                if (isBylineOrDateStrict(u) || u.words() <= 4 && Byline.personName(u.text()) != null) {
                    int headline = keptBefore(i);
                    boolean header = headline >= from && isHeadlineCandidate(units.get(headline)) && isHeadlineLike(units.get(headline));
                    if (!header || longest < OPENING_LINE_WORDS) return start;
                    return i + 1;
                }
                if (printedElsewhere(i) || LABEL_END.matcher(u.text()).find()) return start;
                longest = Math.max(longest, u.words());
            }
            return start;
        }

        /**
         * The second copy of a headline printed again right over the text with only its byline or date between
         * ("HEADLINE / NAME / HEADLINE / text"), in the upper part of the run from {@code start} to {@code end};
         * -1 when there is none. The article starts under it: prose the run took in above the first copy is
         * another block's (a site's promo, a teaser), which no story prints between its headline's two copies.
         */
        private int headlineReprintedOverText(int start, int end) {
            double total = 0, above = 0;
            for (int i = start; i <= end; i++) total += Math.max(0, value(i));
            for (int i = start; i < end && above * 2 < total; i++) {
                above += Math.max(0, value(i));
                Unit u = units.get(i);
                if (good[i] || chrome[i] || artefact[i] || u.words() < 3 || u.words() > 40 || isBylineOrDate(u)) continue;
                int j = nextKept(i), between = 0;
                while (j < end && between < 3 && !sameText(i, j) && (isBylineOrDate(units.get(j)) || Byline.personName(units.get(j).text()) != null)) {
                    j = nextKept(j);
                    between++;
                }
                if (between > 0 && j < end && sameText(i, j) && good[nextKept(j)]) return j;
            }
            return -1;
        }

        /**
         * Where a run of prose ends that crossed a comments heading or a writer's box: a long thread of
         * comments outweighs the heading's cost, but what readers wrote under it is not the article
         * above it. A comment counter among the article's lines ("Comments (5)" under the lede) has
         * most of the article under it, so the run is cut only where more prose stands above the
         * heading than below it. A label of other stories ("Related posts", "You might also like") ends
         * it too, when teasers whose excerpts read as prose run on under the text; set inside the text,
         * such a label heads a box of one or two teasers with the text going on below, so it cuts the
         * run only in its last fifth.
         */
        private int beforeClosingHeading(int start, int end) {
            double[] prose = new double[end - start + 1];
            double total = 0, above = 0;
            for (int i = start; i <= end; i++) total += prose[i - start] = Math.max(0, value(i));
            for (int i = start; i <= end; i++) {
                if (i > start && endsArticle(i) && above > total - above) return i - 1;
                if (i > start && chrome[i] && Chrome.isTeaserHeading(units.get(i)) && above > TEASER_LABEL_ABOVE * (total - above)) return i - 1;
                above += prose[i - start];
            }
            return end;
        }

        /**
         * Where a run of prose ends that ran on into a list of other stories, each card dated a few
         * lines under the last ("HEADLINE / Dec 17, 2025 / EXCERPT / HEADLINE / Dec 16, 2025 / …"): an
         * article does not date its parts a few lines apart. A header's dates come before any prose; a
         * page that is itself a dated list (events, a timeline) has most of its prose under its first date.
         */
        private int beforeDatedCards(int start, int end) {
            double[] prose = new double[end - start + 2];
            for (int i = end; i >= start; i--) prose[i - start] = prose[i - start + 1] + (good[i] ? Math.max(0, value(i)) : 0);
            int lastProse = -1;
            for (int i = start; i <= end; i++) {
                if (good[i]) {
                    lastProse = i;
                } else if (lastProse >= 0 && isCardDate(i) && nextCardDate(i, end) >= 0) {
                    return prose[0] - prose[i - start] > prose[i - start] ? lastProse : end;
                }
            }
            return end;
        }

        /** The next card's date within a few lines under line {@code i}'s, or -1. */
        private int nextCardDate(int i, int end) {
            for (int j = i + 2; j <= end && j <= i + CARD_LINES; j++) if (isCardDate(j)) return j;
            return -1;
        }

        /** A line that opens with a date and says little more: a card's ("December 2, 2025 No Comments", "July 12, 2025 • 9 min read"). */
        private boolean isCardDate(int i) {
            return !good[i] && !artefact[i] && units.get(i).words() <= 8 && PrintedDates.opensDateBar(units.get(i).text());
        }

        /**
         * Where the text starts when a signed byline sits a few lines into the run, above its first
         * paragraph ("HEADLINE? / بقلم “NAME”: … / TEXT"): the lines above it are the header (a
         * headline with a question mark, decks ending in full stops, a date) that read as prose. Its
         * writers are taken here, as the line may run on with the writer's titles. Lines above
         * {@code from} are the title bar's.
         */
        private int bylineInOpening(int from, int start, int end) {
            // A date above the run says the header was read there; a byline under it opens the text.
            for (int i = from; i < start; i++) if (!chrome[i] && isDateLine(i)) return start;
            for (int i = start, seen = 0; i <= end && seen < 8; i++) {
                if (chrome[i] || artefact[i]) continue;
                Byline byline = i > start ? Byline.parse(units.get(i).text(), bylineSite(), false) : null;
                if (byline != null && !byline.authors().isEmpty()) {
                    for (String author : byline.authors()) addAuthor(author);
                    return i + 1;
                }
                // The run's first line may be the headline, however much it reads as prose.
                if (good[i] && i > start && !isDateLine(i)) return start;
                seen++;
            }
            return start;
        }

        /**
         * Where the text starts when a headline and its date line, or its writer's bare name, sit just
         * inside the run: the line above them was a teaser that happened to read as prose, and the
         * headline is the header's, not a paragraph.
         */
        private int afterOpeningDateline(int start, int end) {
            for (int i = start + 1; i < end && i <= start + 3; i++) {
                if (chrome[i] || artefact[i]) continue;
                String name = units.get(i).words() <= 4 ? Byline.givenPersonName(units.get(i).text()) : null;
                if (!isBylineOrDateStrict(units.get(i)) && name == null) continue;
                int headline = i - 1;
                while (headline > start && (chrome[headline] || artefact[headline])) headline--;
                // A bare name signs the headline over it only where the line that opened the run reads as no headline
                // (a teaser's paragraph, a ticker): under a headline, a line over a name is the picture's caption, and
                // a line that opens with the name is the writer's picture.
                if (!isBylineOrDateStrict(units.get(i))) {
                    Unit over = units.get(headline);
                    return headline > start && !good[headline] && isHeadlineCandidate(over) && isHeadlineLike(over)
                            && !Words.key(over.text()).startsWith(Words.key(name)) && !isHeadlineLike(units.get(start)) ? i + 1 : start;
                }
                // The run's own first line, right above the date, is the headline when it reads as one,
                // however long: a question or an exclamation, or a list of a paper's headlines run together.
                // So is one short sentence right on top of the date: a paragraph does not stop for a date line.
                if (headline == start) {
                    return isDateLine(i) && (isLongHeadline(units.get(start)) || i == nextKept(start) && isOneSentenceHeadline(units.get(start)))
                            ? i + 1 : start;
                }
                return !good[headline] && isHeadlineLike(units.get(headline)) ? i + 1 : start;
            }
            return start;
        }

        /**
         * The line under {@code i} that prints alone the name {@code i} opens with ("NAME: HEADLINE?..
         * HEADLINE!" over the text, then "NAME" under its picture), or -1: a column's headline signed
         * by its writer, however many of the paper's questions it runs together.
         */
        private int signature(int i) {
            String text = units.get(i).text();
            int colon = text.indexOf(':');
            if (colon <= 0 || units.get(i).words() > 60 || FULL_STOP.matcher(text.strip()).matches()) return -1;
            String name = Byline.personName(text.substring(0, colon));
            if (name == null) return -1;
            for (int j = nextKept(i), seen = 0; j < n && seen < 3; j = nextKept(j), seen++) {
                if (name.equals(Byline.personName(units.get(j).text()))) return j;
            }
            return -1;
        }

        /** Up to 40 words without a full stop, a closing colon or comma: a headline, not a paragraph. */
        private boolean isLongHeadline(Unit u) {
            String t = u.text().strip();
            return u.words() >= 3 && u.words() <= 40 && !FULL_STOP.matcher(t).matches() && !t.endsWith(":") && !t.endsWith("،")
                    && !t.endsWith(",") && ListMarker.of(t) == null;
        }

        /** A headline that closes with a full stop: one short sentence, the only one on its line. */
        private boolean isOneSentenceHeadline(Unit u) {
            String t = u.text().strip();
            return u.words() >= 4 && u.words() <= 15 && FULL_STOP.matcher(t).matches() && !INNER_SENTENCE_END.matcher(t).find();
        }

        /**
         * Whether line {@code i} stands over its picture's credit ("Image Credit: File", "تصوير: NAME")
         * as its caption: a few words (a lede over a credit is the text's), and no credit itself in a list of
         * the file's makers.
         */
        private boolean overCredit(int i) {
            return i + 1 < n && BylineWords.isCredit(units.get(i + 1).text()) && units.get(i).words() <= 15
                    && !BylineWords.isCredit(units.get(i).text());
        }

        /** Whether line {@code i} is printed again between {@code from} and {@code to}. */
        private boolean printedAgain(int i, int from, int to) {
            for (int j = from; j < to; j++) if (j != i && sameText(i, j)) return true;
            return false;
        }

        /**
         * Whether line {@code i} is printed again before the text {@code bodyStart} with a byline or a date between
         * the two copies: the story's block prints its headline again under the writer ("HEADLINE / KICKER.. /
         * NAME | DATE / HEADLINE / dateline").
         */
        private boolean reprintedUnderByline(int i, int bodyStart) {
            boolean byline = false;
            for (int j = i + 1; j < bodyStart; j++) {
                if (byline && sameText(i, j)) return true;
                byline |= isBylineOrDateStrict(units.get(j));
            }
            return false;
        }

        /** Whether line {@code i} is printed again right under the writer's bare name, before the text {@code bodyStart}. */
        private boolean reprintedUnderName(int i, int bodyStart) {
            int name = nextKept(i), again = nextKept(name);
            return again < bodyStart && Byline.personName(units.get(name).text()) != null && sameText(i, again);
        }

        /** Whether line {@code i} is printed again right above or below itself. */
        private boolean printedTwice(int i) {
            return i > 0 && sameText(i - 1, i) || i + 1 < n && sameText(i, i + 1);
        }

        private boolean sameText(int a, int b) {
            return Words.key(units.get(a).text()).equals(Words.key(units.get(b).text()));
        }

        private double value(int i) {
            Unit u = units.get(i);
            int words = u.words();
            if (endsArticle(i)) return -1000;
            if (chrome[i]) return Chrome.isSourceCode(u.text()) ? 0 : -(3 + words);
            if (artefact[i]) return -1;
            if (teaserExcerpt[i] || isColumnHeadline(u) || isUpdateLine(u)) return -1;
            // Capped so that one huge unbroken line cannot outweigh a whole article.
            if (good[i]) return Math.min(words, 150);
            if (verse[i]) return words;
            if (tableRow[i]) return 0;
            // A short sentence in Latin script on an Arabic page is a widget's or a theme's ("Ultimate magazine
            // theme for WordPress."): no lead into the text under it.
            // Nor is a byline whose bracket reads as a sentence's end ("NAME (SITE)").
            return sentenceEnd(u.text()) && words >= 4 && !isTitleCaseHeadline(u) && !isForeignScript(u) && !isBylineOrDate(u)
                    ? words / 2.0 : -1;
        }

        /**
         * "…prose. / SUBHEADING / المعضلة الأ": a copy that stops right under a subheading still holds
         * the new section's first words, however few; only the page's own end, not a footer, so cuts it.
         */
        private boolean opensCutSection(int end) {
            int heading = end + 1, last = heading + 1;
            if (last != n - 1 || !good[end] || good[heading] || chrome[heading] || chrome[last] || artefact[heading] || artefact[last]) {
                return false;
            }
            Unit u = units.get(heading), cut = units.get(last);
            // A related stories' label or a section's name printed over each teaser heads no part of the text.
            boolean template = Chrome.isTeaserHeading(u) || closesArticle(u) || printedElsewhere(heading);
            return (isHeadingLike(u) || isLabelHeading(u)) && !template && !isColumnHeadline(u) && !isUpdateLine(u)
                    && !isBylineOrDate(u) && !isLooseByline(u) && !ANY_FINAL_PUNCTUATION.matcher(cut.text()).matches()
                    && ListMarker.of(cut.text()) == null && !isTitleCaseHeadline(cut) && !isForeignScript(cut);
        }

        private boolean printedElsewhere(int i) {
            return printedAgain(i, 0, n);
        }

        /** A line after which the page holds its readers' comments or its writer's biography, not the article. */
        private boolean endsArticle(int i) {
            return closesArticle(units.get(i)) || writersBox[i];
        }

        /** A heading after which the page holds its readers' comments or its writer's biography, not the article. */
        private boolean closesArticle(Unit u) {
            int words = u.words();
            return (COMMENTS_START.matcher(u.text()).matches() || AUTHOR_BOX.matcher(u.text()).matches()) && words <= 6
                    || COMMENTS_ON.matcher(u.text()).matches() && words <= 30;
        }

        private int firstKept(int from) {
            for (int i = from; i < n; i++) if (!chrome[i] && !artefact[i]) return i;
            return n;
        }

        /**
         * A sentence just above the densest prose belongs to it, and so does one that runs on into it
         * with a comma, or a long lede without its full stop right under the byline or the date; a
         * line that ends with "!", "?" or a parenthesis without a full stop is more often the headline.
         */
        private boolean isLeadProse(int i) {
            Unit u = units.get(i);
            if (chrome[i] || artefact[i] || u.words() < 6 || isBylineOrDate(u) || isColumnHeadline(u)) return false;
            String t = u.text().strip();
            if (FULL_STOP.matcher(t).matches() || t.endsWith("،") || t.endsWith(",")) return true;
            int above = keptBefore(i);
            return u.words() >= 15 && !ANY_FINAL_PUNCTUATION.matcher(t).matches() && above >= 0 && isBylineOrDate(units.get(above));
        }

        /**
         * A short last line the text ends with: its closing sentence, a credit, a note in brackets. A bare
         * Arabic name with dots after it ("NAME ..") signs the text instead, and is left to the closing byline.
         */
        private boolean isSignOff(int i) {
            Unit u = units.get(i);
            return !chrome[i] && !artefact[i] && u.words() >= 2 && u.words() <= 40 && !closesArticle(u)
                    && (sentenceEnd(u.text()) || u.text().startsWith("(") || CREDITS.matcher(u.text()).lookingAt())
                    && !isBylineOrDate(u) && !(rules.contains(Rule.BYLINE) && (Words.opensArabic(u.text()) && Byline.personName(u.text()) != null
                            || Byline.givenPersonName(u.text()) != null));
        }

        /** "SITE/ NAME", "NAME - SITE": a byline in the forms read only near the headline. */
        private boolean isLooseByline(Unit u) {
            return u.words() <= 14 && Byline.parse(u.text(), bylineSite(), true) != null;
        }

        private boolean isBylineOrDate(Unit u) {
            return u.words() <= 14 && (PrintedDates.find(u.text()) != null || PrintedDates.isYearlessDate(u.text())
                    || Byline.parse(u.text(), bylineSite(), false) != null);
        }

        /**
         * Reads the lines before the body: title, subtitle, byline, date and captions (which
         * open the body as figures). Returns where the body starts.
         */
        private int readHeader(int from, int bodyStart, List<Block> blocks) {
            boolean useTitle = rules.contains(Rule.TITLE);
            // The site's name and the story's date may open the run of text (a copy cut short has little
            // prose to start it), right over the headline that opens it: they are the header's.
            int opening = bodyStart;
            while (useTitle && opening < n && !good[opening]
                    && (isBylineOrDateStrict(units.get(opening)) || BylineWords.isOutletName(units.get(opening).text()))) {
                opening = nextKept(opening);
            }
            if (opening > bodyStart && headlineOpensText(opening)) bodyStart = opening;
            int labelled = useTitle ? titleLabelled(from, bodyStart) : -1;
            int layout = labelled >= 0 ? labelled : useTitle ? titleByLayout(from, bodyStart) : -1;
            int title = useTitle ? cleanUnderRunOn(fullerAbove(chooseTitle(layout, from, bodyStart), from), bodyStart) : -1;
            if (title >= 0 && opensWithEchoedHeadline(title, bodyStart)) title = -1;
            if (title >= 0 && isColumnNameOverWriter(title, bodyStart)) title = -1;
            // Under a title bar, the headline printed again where the text starts opens it, prose-like or not.
            boolean opensText = useTitle && title < 0 && (titleHint == null ? headlineOpensText(bodyStart) : repeatsTitleBar(bodyStart));
            int signature = useTitle && title < 0 && titleHint == null && !opensText && rules.contains(Rule.BYLINE) && bodyStart < n
                    ? signature(bodyStart) : -1;
            if (useTitle && title < 0 && !opensText && titleHint == null && signature < 0) title = shortHeadline(from, bodyStart);
            if (useTitle) {
                int ruleLine = title >= 0 ? title : opensText || signature >= 0 ? bodyStart : -1;
                // A line labelled as the title is no guess for the model to weigh.
                int chosen = labelled >= 0 && ruleLine == labelled ? ruleLine : learnedTitle(from, bodyStart, ruleLine, layout);
                if (chosen != ruleLine) {
                    opensText = chosen == bodyStart;
                    signature = -1;
                    title = opensText ? -1 : chosen;
                }
            }
            if (useTitle && title < 0 && !opensText && titleHint == null && signature < 0) title = foreignHeadline(from, bodyStart);
            if (title >= 0 && useTitle && rules.contains(Rule.CAPTION)) title = headlineOverCaption(title, from, bodyStart);
            int headline = title;
            if (title >= 0) {
                takeTitle(units.get(title).text());
            } else if (opensText) {
                takeTitle(units.get(bodyStart).text());
                headline = bodyStart;
                bodyStart = afterHeadline(bodyStart);
            } else if (useTitle && titleHint != null) {
                takeTitle(titleHint);
            } else if (signature >= 0) {
                signatureLine = signature;
                takeTitle(units.get(bodyStart).text());
                addAuthor(Byline.personName(units.get(signatureLine).text()));
                headline = bodyStart;
                bodyStart++;
            }
            if (rules.contains(Rule.BYLINE) && authors.isEmpty() && title >= 0) readWriterRunOnHeadline(from, title, bodyStart);
            int lastArtefact = -2;
            // A column's headline that names its writer leaves no bare name to look for; a headline that
            // opened the text may have the writer's name right above it.
            int bareName = rules.contains(Rule.BYLINE) && authors.isEmpty() ? bareNameLine(from, headline, bodyStart) : -1;
            // Names are taken in the order the page prints them.
            if (bareName >= 0 && bareName <= title) addAuthor(Byline.personName(units.get(bareName).text()));
            if (rules.contains(Rule.BYLINE) && authors.isEmpty() && title >= 0) readBylineOverHeadline(from, title);
            // "DATE / HEADLINE / NAME / HEADLINE": a headline printed again under its writer makes one block of the
            // story's own, and the date right over it is the story's, not a bar's.
            int over = title > from ? keptBefore(title) : -1;
            if (rules.contains(Rule.BYLINE) && over >= from && !chrome[over] && isDateLine(over) && reprintedUnderName(title, bodyStart)) {
                readDateOnly(units.get(over));
            }
            for (int i = Math.max(from, title + 1); i < bodyStart; i++) {
                Unit u = units.get(i);
                if (i == bareName) addAuthor(Byline.personName(u.text()));
                if (chrome[i] || i == bareName || i <= unechoedUnderTitle) continue;
                if (readNameWithJob(i)) continue;
                // The headline printed again, and the writer's job under the name, are neither deck nor text; a part's
                // number there is no job.
                if (title >= 0 && sameText(i, title)) continue;
                if (bareName >= 0 && i == nextKept(bareName) && isJobLine(u) && !isSectionMarker(u)) continue;
                if (artefact[i]) {
                    lastArtefact = i;
                    continue;
                }
                if (readAuthorLabel(u) || readBylineOrDate(i, title >= 0 || meta.title() != null)) continue;
                // "8 نوفمبر، 14:00": the story's date without its year, no deck; nor a date the metadata can hold.
                if (PrintedDates.isYearlessDate(u.text())) continue;
                // 'خاص "SITE"': the outlet's exclusive tag, a dateline without a name, is neither deck nor text.
                if (Byline.isExclusiveTag(u.text())) continue;
                String afterArtefact = Chrome.withoutLeadingArtefact(u.text());
                if (rules.contains(Rule.CAPTION) && lastArtefact == i - 1 && isCaption(u)) {
                    blocks.add(figure(u.text()));
                } else if (rules.contains(Rule.CAPTION) && afterArtefact != null
                        && isCaption(new Unit(afterArtefact, 0, true, 0, false, false)) && !sentenceEnd(afterArtefact)) {
                    blocks.add(figure(afterArtefact));
                } else if (rules.contains(Rule.CAPTION) && title >= 0 && i == nextKept(title) && isPartOf(i, title)) {
                    // The picture's alt text under the headline takes up part of it.
                    blocks.add(figure(u.text()));
                } else if (rules.contains(Rule.CAPTION) && title >= 0 && isCaption(u)
                        && (overCredit(i) || i == nextKept(title) && i + 1 < n && sameText(i, i + 1))) {
                    // A caption over its picture's credit, or the alt text and caption printed one under
                    // the other right under the headline; the credit and the second copy are the picture's too.
                    blocks.add(figure(u.text()));
                    i++;
                } else if (rules.contains(Rule.STRUCTURE) && ((isStarred(u) || isSectionMarker(u) || namesFirstPart(u) || namedFirstThing(i, bodyStart)
                        || title >= 0 && nextPaywall(title) < i && isHeadingLike(u)) && nextKept(i) == bodyStart && !isBylinePart(u)
                        || numbersTitledPart(i, bodyStart) || i > from && numbersTitledPart(keptBefore(i), bodyStart))) {
                    // A heading right over the text heads its first part, and so does one under a paywall's box.
                    blocks.add(new Block.Heading(2, text(u.text())));
                } else if (meta.build().subtitle() == null && authors.isEmpty() && useTitle && title >= 0
                        && (sentenceEnd(u.text()) || i == title + 1 && u.words() >= 4) && u.words() <= 60
                        && rules.contains(Rule.REGION)) {
                    meta.subtitle(u.text());
                } else if (!rules.contains(Rule.REGION)) {
                    blocks.add(paragraph(u));
                } else if (nextKept(i) == bodyStart) {
                    overText = i;
                }
            }
            if (rules.contains(Rule.BYLINE) && title < 0) {
                for (int i = from; i < bodyStart; i++) if (!chrome[i] && !artefact[i]) readDateOnly(units.get(i));
            }
            return afterWriterOnTop(bodyStart);
        }

        /** How many lines between {@code from} and {@code to} print anything: a copy may or may not keep blank lines. */
        private int printedBetween(int from, int to) {
            int count = 0;
            for (int j = from + 1; j < to; j++) if (!units.get(j).text().isBlank()) count++;
            return count;
        }

        /** The first line below {@code i} that prints anything, template or not, or {@code n}. */
        private int nextPrinted(int i) {
            int j = i + 1;
            while (j < n && (artefact[j] || units.get(j).text().isBlank())) j++;
            return j;
        }

        /**
         * The byline {@code text} opens with a byline word for ("كتب: NAME", "Columnist: NAME"), or with
         * what the writer is, which leads to the name as a byline word does ("الكاتب/ NAME"), or null.
         */
        private Byline signedByline(String text) {
            String t = text.strip();
            boolean signed = BylineWords.after(t) != null || BylineWords.withoutJobBefore(t).length() < t.length();
            return signed ? Byline.parse(text, bylineSite(), false) : null;
        }

        /** The writers a byline word signs {@code text} for ({@link #signedByline}); none when it signs for no one. */
        private List<String> signedAuthors(String text) {
            Byline byline = signedByline(text);
            return byline != null ? byline.authors() : List.of();
        }

        /** "* NAME كاتب وصحفي من …": the writer a note names before their trade, the note's mark aside; else null. */
        private static String notedWriter(String text) {
            return Byline.nameBeforeJob(NOTE_MARK.matcher(text.strip()).replaceFirst(""));
        }

        /** {@code byline} when every name it gives opens with a given name, else null. */
        private static Byline namedPeople(Byline byline) {
            return byline != null && byline.authors().stream().allMatch(a -> Byline.givenPersonName(a) != null) ? byline : null;
        }

        /** How many lines from {@code from} to {@code to} hold a byline word and nothing else. */
        private int bylineWordsAlone(int from, int to) {
            int count = 0;
            for (int i = from; i <= to && i < n; i++) if (!chrome[i] && BylineWords.isAlone(units.get(i).text())) count++;
            return count;
        }

        /**
         * "Columnist: NAME", "كتب: NAME" right over the headline, a date at most between them: a page may
         * sign its story above the headline. Only a byline word names the writer there; further up, a
         * byline is a teaser's.
         */
        private void readBylineOverHeadline(int from, int title) {
            for (int i = title - 1, seen = 0; i >= from && seen < 2; i--) {
                Unit u = units.get(i);
                if (artefact[i] || u.text().isBlank()) continue;
                if (chrome[i] || good[i] || u.words() > 14) return;
                seen++;
                Byline byline = signedByline(u.text());
                // Right over the headline, a theme's meta line needs no byline word when it names people
                // ("NAME | DATE", "NAME - SITE", "CITY - NAME").
                // The editor credited under the writer ("كتب: NAME" / "تحرير: NAME"): the writer is on the line above.
                if (isEditorUnderWriter(i)) continue;
                if (byline == null && i == title - 1) {
                    byline = namedPeople(Byline.parse(u.text(), bylineSite(), true));
                    String dated = byline == null ? Byline.nameBeforeDate(u.text()) : null;
                    if (dated != null && Byline.givenPersonName(dated) != null) {
                        byline = new Byline(List.of(dated), null);
                        readDateOnly(u);
                    }
                    // "NAME، كاتب صحفي": the name and what the writer is, as the header reads them under the headline.
                    if (byline == null && namesWithJob(u)) byline = new Byline(List.of(Byline.nameBeforeJob(u.text())), null);
                }
                if (byline != null && !byline.authors().isEmpty()) {
                    byline.authors().forEach(this::addAuthor);
                    return;
                }
                if (!isDateLine(i)) return;
            }
        }

        /**
         * Where the text starts when its first line is a byline, or the writer's name with a title
         * ("أ.د. NAME") or with the writer's job on the line under it, or only the job of a writer
         * the header named: past the name and the job.
         */
        private int afterWriterOnTop(int bodyStart) {
            if (!rules.contains(Rule.BYLINE) || bodyStart >= n) return bodyStart;
            Unit first = units.get(bodyStart);
            String text = first.text().strip();
            // "د. NAME: أستاذ الاقتصاد بالجامعة.": the writer and the job, a colon between, read as a sentence.
            Matcher nameColon = NAME_COLON_JOB.matcher(text);
            String titled = authors.isEmpty() && first.words() <= 14 && nameColon.lookingAt()
                    && BylineWords.opensWithJob(text.substring(nameColon.end())) ? Byline.personName(nameColon.group(1)) : null;
            if (titled != null) {
                addAuthor(titled);
                return bodyStart + 1;
            }
            // "✍️ NAME – رئيس مجلس …": the writer's mark makes the line a byline, however long the writer's titles run.
            Byline penned = authors.isEmpty() && Byline.opensWithPen(text) ? Byline.parse(text, bylineSite(), true) : null;
            if (penned != null && !penned.authors().isEmpty()) {
                penned.authors().forEach(this::addAuthor);
                return bodyStart + 1;
            }
            if (good[bodyStart]) return bodyStart;
            // The writer the header named, again with the job ("NAME – كاتب مغربي …"), is the byline, not the text.
            if (!authors.isEmpty()) return isJobLine(first) && BylineWords.opensWithJob(text)
                    || first.words() <= 14 && isAuthor(Byline.nameBeforeJob(text)) ? bodyStart + 1 : bodyStart;
            int next = nextKept(bodyStart);
            boolean jobBelow = next < n && !good[next] && isJobLine(units.get(next)) && BylineWords.opensWithJob(units.get(next).text());
            Byline byline = first.words() <= 14 ? Byline.parse(text, bylineSite(), true) : null;
            List<String> names = byline == null ? List.of() : byline.authors();
            String beforeJob = names.isEmpty() && first.words() <= 14 ? Byline.nameBeforeJob(text) : null;
            if (beforeJob != null) names = List.of(beforeJob);
            if (names.isEmpty()) {
                String name = Byline.personName(text);
                if (name == null || !jobBelow && BylineWords.withoutHonorific(text).equals(text)) return bodyStart;
                names = List.of(name);
            }
            names.forEach(this::addAuthor);
            return jobBelow ? next + 1 : bodyStart + 1;
        }

        /**
         * An unsigned wire story names its reporters in its closing credit ("… Reporting by NAME; Editing
         * by NAME"), in its last lines or right under them, where the page may have cut it off as a trailer.
         */
        private void readWireCredit(int start, int end) {
            if (!rules.contains(Rule.BYLINE)) return;
            for (int i = Math.max(start, end - 2); i < n && i <= end + 3; i++) {
                List<String> reporters = Byline.wireReporters(units.get(i).text());
                if (reporters != null) {
                    reporters.forEach(this::addAuthor);
                    return;
                }
            }
        }

        /**
         * "… Par NAME" at the end of the deck or of the last paragraph: the writer's byline run into the
         * text, where the page printed it on the paragraph's line.
         */
        private void readSignedProse(int start, int end) {
            if (!rules.contains(Rule.BYLINE)) return;
            for (int i = start; i <= end && i < n; i++) {
                boolean opening = i <= start + 2, closing = i >= end - 2;
                if (!opening && !closing || !good[i]) continue;
                List<String> writers = Byline.signedAfterText(units.get(i).text());
                if (!writers.isEmpty()) {
                    writers.forEach(this::addAuthor);
                    return;
                }
            }
        }

        /**
         * "Written by: NAME", "بقلم NAME" in the first lines after the text: the writer signs at the
         * end. Only a line with a byline word counts there, since teasers' names follow too.
         */
        private void readClosingByline(int end) {
            if (!rules.contains(Rule.BYLINE)) return;
            for (int i = end + 1, seen = 0; i < n && seen < 3; i++) {
                if (artefact[i] || units.get(i).text().isBlank()) continue;
                seen++;
                String text = units.get(i).text();
                // The person the headline quotes or names, under the text, is in a box about them, not signing it.
                List<String> signed = signedAuthors(text);
                if (!signed.isEmpty()) {
                    if (signed.stream().anyMatch(this::isHeadlineSubject)) return;
                    signed.forEach(this::addAuthor);
                    return;
                }
                // "Written by" or "About the author" over the name: the writer's box under the text, both lines perhaps
                // taken for template as a run of short lines.
                int named = BylineWords.isAlone(text) || AUTHOR_BOX.matcher(text).matches() ? nextPrinted(i) : n;
                String underWord = named < n ? Byline.personName(units.get(named).text()) : null;
                if (underWord != null) {
                    addAuthor(underWord);
                    return;
                }
                // "R.B.H": the writer's initials under the finished text.
                String initials = seen == 1 && sentenceEnd(units.get(end).text()) ? Byline.signedInitials(text) : null;
                if (initials != null) {
                    addAuthor(initials);
                    return;
                }
                // "عن NAME": the writer's box under the text.
                String boxed = Byline.aboutWriter(text);
                if (boxed != null) {
                    addAuthor(boxed);
                    return;
                }
                // A bare name signs the finished text when nothing follows it but the page's template (a teaser's
                // writer has the teaser's headline under the name; after an unfinished sentence the line is the
                // sentence's end); so does a name with its outlet, city or date ("NAME - SITE", "NAME | DATE").
                List<String> names = seen == 1 && !chrome[i] && sentenceEnd(units.get(end).text()) && !underTeasers(end)
                        ? signingNames(text) : List.of();
                if (!names.isEmpty() && followedByTemplateOnly(i, names) && names.stream().noneMatch(this::isHeadlineSubject)) {
                    names.forEach(this::addAuthor);
                    return;
                }
                // "* NAME كاتب وصحفي من …": the writer's note under the finished text, the name before the trade.
                String noted = seen == 1 && !chrome[i] && sentenceEnd(units.get(end).text())
                        ? notedWriter(text) : null;
                if (noted != null) {
                    addAuthor(noted);
                    return;
                }
            }
        }

        /**
         * A bare name, or bare names parted as bylines part them ("NAME / NAME"), with nothing else on the
         * line; else people named with their outlet, city or date ("NAME - SITE", "CITY - NAME", "NAME | DATE").
         */
        private List<String> signingNames(String text) {
            String name = Byline.personName(text);
            if (name != null) return List.of(name);
            Byline byline = Words.count(text) <= 8 ? Byline.parse(text, bylineSite(), false) : null;
            if (byline != null && byline.source() == null && byline.authors().size() >= 2) return byline.authors();
            Byline named = Words.count(text) <= 8 ? namedPeople(Byline.parse(text, bylineSite(), true)) : null;
            if (named != null && !named.authors().isEmpty()) return named.authors();
            String dated = Byline.nameBeforeDate(text);
            if (dated != null && Byline.givenPersonName(dated) != null) return List.of(dated);
            // "NAME منذ 3 ساعات", "DATE - NAME": the forms a byline takes beside its date under the headline.
            String beforeAge = PrintedDates.beforeTimeAgo(text);
            String aged = beforeAge == null ? null : Byline.givenPersonName(beforeAge);
            if (aged != null) return List.of(aged);
            String afterDate = Byline.nameAfterDate(text);
            return afterDate != null ? List.of(afterDate) : List.of();
        }

        /** Whether {@code end} is among the teasers under a "Related posts" label: a name there signs its teaser. */
        private boolean underTeasers(int end) {
            for (int j = end; j >= 0 && j > end - TEASER_REACH; j--) if (Chrome.isTeaserHeading(units.get(j))) return true;
            return false;
        }

        private boolean followedByTemplateOnly(int i, List<String> names) {
            // The name that heads the writer's box is followed by its biography, no more text.
            if (writersBox[i]) return true;
            int j = nextPrinted(i);
            // The job, the e-mail or the date under the name are the signature's, not more text.
            for (int k = 0; k < 2 && j < n && !chrome[j] && saysWhatWriterIs(units.get(j)); k++) j = nextPrinted(j);
            return j == n ? signsCopysEnd(units.get(i), names) : chrome[j];
        }

        /**
         * Whether the names {@code u} gives sign the copy when it is the copy's last line. A copy may stop in
         * mid-sentence: a last line cut inside a word ("وحذر مر", "استمرار الحم") is no name; one that ends the
         * copy signs it only when its names open with given names, or it is a Latin name, whose capitals no
         * sentence cut short would print on every word ("Fred M’membe").
         */
        private static boolean signsCopysEnd(Unit u, List<String> names) {
            return isLatinName(u) || names.stream().allMatch(name -> Byline.givenPersonName(name) != null
                    && Arrays.stream(Words.key(name).split(" ")).allMatch(w -> w.length() >= 3));
        }

        /**
         * With no title found, a column's headline led by its writer ("NAME يكتب: HEADLINE") among the text's first
         * blocks, taken for a subheading, is the title: no subheading names the writer so. What was read above it
         * is no part of the column (a run of teasers that had hidden where the text starts) and goes with it.
         */
        private void readPennedHeading(List<Block> blocks) {
            for (int b = 0; b < Math.min(PENNED_HEADING_REACH, blocks.size()); b++) {
                if (!(blocks.get(b) instanceof Block.Heading)) continue;
                String text = PlainText.of(blocks.get(b));
                if (Byline.writesColumn(text) == null) return;
                takeTitle(text);
                blocks.subList(0, b + 1).clear();
                return;
            }
        }

        /**
         * The writer named at the head of the first paragraph, before a dash ("NAME - بينما…", "NAME
         * CITY ـ بينما…"), as agencies open their copy; the text is left as printed.
         */
        private void readLedeSignature(List<Block> blocks) {
            Block.Paragraph first = blocks.stream().filter(Block.Paragraph.class::isInstance).map(Block.Paragraph.class::cast)
                    .findFirst().orElse(null);
            if (first == null) return;
            String text = PlainText.of(first.content());
            // "تابع الجلسة ـ NAME وNAME:": the text's first paragraph is its byline, the writers after the dash.
            Byline alone = Words.count(text) <= 14 && Words.opensArabic(text) ? Byline.parse(text, bylineSite(), true) : null;
            if (alone != null && !alone.authors().isEmpty()) {
                alone.authors().forEach(this::addAuthor);
                blocks.remove(first);
                return;
            }
            // "By NAME CEBU CITY—With …", "By NAME name@paper.co.zwTHE …": the byline and the dateline or the address run into the lede.
            Matcher by = BY_NAME_DATELINE.matcher(text);
            String byName = by.lookingAt() ? Byline.personName(by.group(1)) : null;
            if (byName != null) {
                addAuthor(byName);
                return;
            }
            Matcher m = LEDE_SIGNATURE.matcher(text);
            if (!m.lookingAt()) return;
            String head = m.group(1).strip();
            // Arabic copy opens so; an English lede's words before a dash are the story's ("Libya’s UN – …").
            if (!Words.opensArabic(head)) return;
            // The masthead's name on a line of its own is the outlet's, however much it reads like a person's.
            String name = printedAlone(head) ? null : ledeName(head);
            // "SITE – NAME – …", "CITY – NAME :…", "CITY-SITE- NAME-…": the outlet and the place first, then the writer.
            for (int start = m.end() - 1, parts = 1; name == null && parts < 3 && Words.count(head) <= 3; parts++) {
                // Only a name right after the city may close with a colon; a sentence's colon ends a quote's lead.
                Matcher part = (parts == 1 && Words.count(head) == 1 ? LEDE_PART : LEDE_SIGNATURE).matcher(text);
                if (!part.region(start, text.length()).lookingAt()) break;
                head = part.group(1).strip();
                name = ledeName(head);
                start = part.end() - 1;
            }
            if (name != null) addAuthor(name);
        }

        private boolean printedAlone(String text) {
            String key = Words.key(text);
            for (Unit u : units) if (Words.key(u.text()).equals(key)) return true;
            return false;
        }

        /** A name at the head of the lede, the place the story was filed from perhaps after it. */
        private String ledeName(String head) {
            // "SITE / NAME - …": the outlet, then its writer.
            Byline slashed = head.indexOf('/') > 0 ? Byline.parse(head, bylineSite(), true) : null;
            if (slashed != null && slashed.authors().size() == 1 && slashed.source() != null) return slashed.authors().get(0);
            String name = Byline.personName(head);
            int lastSpace = head.lastIndexOf(' ');
            return name == null && lastSpace > 0 ? Byline.personName(head.substring(0, lastSpace)) : name;
        }

        /**
         * Takes the writer's name from a line that says what the writer is, after the name or on
         * the line under it ("NAME" / "كاتب وصحافي من لبنان"); true for either line.
         */
        private boolean readNameWithJob(int i) {
            if (!rules.contains(Rule.BYLINE) || good[i]) return false;
            String text = units.get(i).text();
            // A byline runs to fourteen words at most; a longer line opening with a name is a deck's sentence
            // ("New Nunavut Editor role is one of the changes …"), its subject no writer.
            String name = units.get(i).words() <= 14 ? Byline.nameBeforeJob(text) : null;
            int next = nextKept(i);
            if (name == null && next < n && !good[next] && BylineWords.opensWithJob(units.get(next).text())) name = Byline.personName(text);
            if (name != null) {
                addAuthor(name);
                return true;
            }
            int previous = i - 1;
            while (previous >= 0 && (chrome[previous] || artefact[previous])) previous--;
            return BylineWords.opensWithJob(text) && previous >= 0 && Byline.personName(units.get(previous).text()) != null;
        }

        /**
         * Takes {@code headline} as the title, and the writer's name when it leads ("NAME يكتب: ...",
         * kept in the title as printed) or is run on ("... بقلم NAME", taken out of it).
         */
        private void takeTitle(String printed) {
            // "*HEADLINE*": the stars set it off on the page; in the title they would read as markup.
            String headline = Byline.unstarred(printed);
            // "Title: HEADLINE", as a forum's printable page labels it.
            Matcher labelled = TITLE_LABEL.matcher(headline);
            if (labelled.lookingAt() && labelled.end() < headline.length()) headline = headline.substring(labelled.end());
            String[] column = rules.contains(Rule.BYLINE) ? Byline.writesColumn(headline) : null;
            if (column != null) {
                meta.title(headline);
                addAuthor(column[0]);
                return;
            }
            String[] pen = rules.contains(Rule.BYLINE) ? Byline.runOnPen(headline) : null;
            if (pen == null) {
                meta.title(headline);
                // "HEADLINE. الدكتورة NAME", "مقال بقلم NAME بعنوان …": the signature stays in the title as printed,
                // like a column's "NAME:".
                String signed = rules.contains(Rule.BYLINE) ? Byline.signedAfterStop(headline) : null;
                if (signed == null && rules.contains(Rule.BYLINE)) signed = Byline.penThenTitle(headline);
                if (signed == null && rules.contains(Rule.BYLINE)) signed = Byline.writerWritesHeadline(headline);
                if (signed == null && rules.contains(Rule.BYLINE)) signed = Byline.signedAfterSlash(headline);
                if (signed != null) addAuthor(signed);
                return;
            }
            meta.title(pen[0]);
            addAuthor(pen[1]);
        }

        /**
         * The title line among the lines before the body, or -1: the one the layout points to,
         * unless another line echoes the article's opening far more (the layout's choice was a
         * kicker, a teaser or a menu line that happened to sit where headlines do).
         */
        private int chooseTitle(int chosen, int from, int bodyStart) {
            // A subheading may echo the text better than a headline, but its writer signs only the headline.
            if (!rules.contains(Rule.ECHO) || chosen >= 0 && isPennedHeadline(units.get(chosen))) return chosen;
            Echo echo = openingEcho(bodyStart);
            double current = chosen >= 0 ? echo.of(units.get(chosen).text()) : 0;
            int best = chosen;
            double bestEcho = current;
            int deck = deckUnder(chosen, echo);
            // Under a paywall's box the lines are the text's, not the headline's.
            int headEnd = chosen >= 0 ? Math.min(bodyStart, nextPaywall(chosen)) : bodyStart;
            for (int i = Math.max(from, datedAbove(chosen, from)); i < headEnd; i++) {
                Unit u = units.get(i);
                if (i == deck) continue;
                // A name the article goes on to quote is no headline, however well it echoes.
                if (chrome[i] || artefact[i] || !isHeadlineCandidate(u) || isBylineOrDateStrict(u)
                        || Byline.personName(u.text()) != null || Echo.contentWords(u.text()).size() < 3) continue;
                // A picture's caption tells what the text tells, and echoes it as well as the headline does.
                if (chosen >= 0 && i > chosen && (printedTwice(i) || overCredit(i))) continue;
                double e = echo.of(u.text());
                if (e > bestEcho) {
                    best = i;
                    bestEcho = e;
                }
            }
            // A line right over the story's byline or date is its headline, though a topic's or a place's label of
            // three words above or under it ("Hong Kong housing", "Dublin City Council") echoes the text better:
            // the text names its topic on every line, and three words of it say nothing of the story.
            boolean label = best >= 0 && Echo.contentWords(units.get(best).text()).size() <= TOPIC_LABEL_WORDS;
            if (bestEcho >= STRONG_ECHO && bestEcho - current >= ECHO_MARGIN && !(label && current > 0 && overBylineOrDate(chosen))) return best;
            // A line sharing no word with the text is a programme's or a section's name ("قراءة في الصحف
            // الفرنسية"); the line right under it that the text does echo is the headline, not its deck.
            int under = chosen >= 0 ? nextKept(chosen) : n;
            boolean echoedUnder = under < bodyStart && nextPaywall(chosen) > under && isHeadlineCandidate(units.get(under)) && !isBylineOrDateStrict(units.get(under))
                    && echo.of(units.get(under).text()) >= NO_ECHO;
            if (current == 0 && echoedUnder) return under;
            return current == 0 ? echoedAbove(chosen, from, echo) : chosen;
        }

        /**
         * The headline over {@code chosen}, a line that shares no word with the text: a prompt, a rating or a
         * share row printed between the headline and the text ("أرسل إلى صديق", "تابعونا على تويتر") sits
         * where a headline does. Up through a few such lines, the first line the text echoes is the
         * headline, if it reads as one and the text echoes it well; a date or a byline closes the story's
         * head, and what is above it is another's. A line right over its byline or date is the headline,
         * whatever it shares with the text, and a section's name above it is none.
         */
        private int echoedAbove(int chosen, int from, Echo echo) {
            if (chosen < 0 || overBylineOrDate(chosen)) return chosen;
            for (int i = keptBefore(chosen), seen = 0; i >= from && seen < UNECHOED_UNDER_HEADLINE; i = keptBefore(i), seen++) {
                Unit u = units.get(i);
                if (isBylineOrDateStrict(u)) return chosen;
                double e = echo.of(u.text());
                if (e == 0) continue;
                // A teaser above shares a word or two with the text by chance; a headline shares more.
                if (e < NO_ECHO || !isHeadlineCandidate(u) || Echo.contentWords(u.text()).size() < 2) return chosen;
                unechoedUnderTitle = chosen;
                return i;
            }
            return chosen;
        }

        /**
         * The headline when {@code chosen} is its picture's alt text: a line that takes up part of the
         * line right above it ("الوزير الأول NAME" under "موريتانيا: الوزير الأول NAME يتسلم مهامه").
         */
        private int fullerAbove(int chosen, int from) {
            if (chosen <= from) return chosen;
            int above = keptBefore(chosen);
            if (above < from || !isHeadlineCandidate(units.get(above)) || isBylineOrDateStrict(units.get(above))) return chosen;
            return isPartOf(chosen, above) ? above : chosen;
        }

        /**
         * The headline printed clean under {@code chosen} when {@code chosen} is that headline with its
         * writer's name run on (a theme's hidden heading copied with the page): the name is no part of it.
         */
        private int cleanUnderRunOn(int chosen, int bodyStart) {
            if (chosen < 0) return chosen;
            int under = nextKept(chosen);
            if (under >= bodyStart || !isHeadlineCandidate(units.get(under))) return chosen;
            String tail = runOnTail(units.get(chosen).text(), Words.key(units.get(under).text()));
            return tail != null && Byline.personName(tail) != null ? under : chosen;
        }

        /**
         * What {@code line} runs on after the headline whose key is {@code headline}, or null when the line
         * does not open with it. A stray word of markup may come first ("span>HEADLINE NAME").
         */
        private static String runOnTail(String line, String headline) {
            String text = line.strip();
            int end = Keys.endOf(text, headline);
            if (end < 0) {
                Matcher markup = MARKUP_WORD.matcher(text);
                if (markup.lookingAt()) end = Keys.endOf(text.substring(markup.end()), headline);
                if (end >= 0) end += markup.end();
            }
            return end < 0 || end >= text.length() || text.substring(end).isBlank() ? null : text.substring(end).strip();
        }

        /**
         * Whether line {@code part} repeats a run of the words of a longer line {@code whole} (its first word
         * perhaps with a preposition glued on there: "بنادي"), at least half of it and more than a date
         * printed on the same line: the headline printed again is no part of it.
         */
        private boolean isPartOf(int part, int whole) {
            String p = Words.key(units.get(part).text()), w = Words.key(units.get(whole).text());
            // A title bar holds the headline too, with the site's name and motto: a part is at least half the line.
            if (p.isEmpty() || p.length() >= w.length() || p.length() * 2 < w.length() || !Echo.containsWords(w, p)) {
                return false;
            }
            return PrintedDates.find(w.replace(p, " ").strip()) == null;
        }

        /**
         * The deck under {@code chosen}, or -1: it echoes the text by design and does not displace the
         * headline above it; a line that shares nothing with the text (a section label, an alert) is no
         * headline above its deck, unless the page prints it three times running (as the page's, the
         * story's and its share card's headline): the line under the last copy is then its deck or caption.
         */
        private int deckUnder(int chosen, Echo echo) {
            if (chosen < 0) return -1;
            // The copies printed one under the other, template between them aside, and the last of them.
            int copies = 1, last = chosen;
            for (int j = keptBefore(chosen); j >= 0 && sameText(chosen, j); j = keptBefore(j)) copies++;
            for (int j = nextKept(chosen); j < n && sameText(chosen, j); j = nextKept(j)) {
                copies++;
                last = j;
            }
            if (copies >= 3) return nextKept(last);
            return echo.of(units.get(chosen).text()) > NO_ECHO ? nextKept(chosen) : -1;
        }

        /** Whether a date or a byline the chrome rules left stands between lines {@code above} and {@code below}. */
        private boolean datedBetween(int above, int below) {
            for (int j = above + 1; j < below; j++) if (!chrome[j] && isBylineOrDateStrict(units.get(j))) return true;
            return false;
        }

        /** The date line closest above {@code chosen}: headlines above it are teasers, each dated for its own story. */
        private int datedAbove(int chosen, int from) {
            int dated = chosen;
            while (dated > from && !(isBylineOrDateStrict(units.get(dated)) && !chrome[dated])) dated--;
            return dated;
        }

        /**
         * "COLUMN / NAME / HEADLINE / text": a column's name of a word or two, then only its writer's name, over a
         * headline that opens the text; the headline is the title.
         */
        private boolean isColumnNameOverWriter(int title, int bodyStart) {
            if (units.get(title).words() > 2 || !rules.contains(Rule.BYLINE) || !headlineOpensText(bodyStart)) return false;
            int name = nextKept(title);
            return name < bodyStart && nextKept(name) == bodyStart && Byline.givenPersonName(units.get(name).text()) != null;
        }

        private boolean repeatsTitleBar(int i) {
            return i < n && Words.key(units.get(i).text()).equals(Words.key(titleHint));
        }

        /** Whether the text's first line reads as a headline: prose only when it stands alone above the rest. */
        private boolean headlineOpensText(int bodyStart) {
            return bodyStart < n && isHeadlineLike(units.get(bodyStart)) && !isUpdateLine(units.get(bodyStart))
                    && (!good[bodyStart] || isStandaloneHeadline(bodyStart));
        }

        /**
         * The title line once the learned model has weighed the candidates against the rules' line
         * ({@code ruleLine}, or -1 when the rules took none or only a title bar's words).
         */
        private int learnedTitle(int from, int bodyStart, int ruleLine, int layout) {
            // A title bar's words are the rules' title when no line was chosen: the model does not second-guess them.
            if (ruleLine < 0 && titleHint != null || !recordTitle && !rules.contains(Rule.LEARNED_TITLE)) return ruleLine;
            TitleFeatures.Page page = new TitleFeatures.Page(units, chrome, artefact, good, from, bodyStart, ruleLine, layout,
                    titleOpinions(from, bodyStart, ruleLine), arabicProse());
            List<Integer> candidates = TitleFeatures.candidates(page);
            double[][] features = TitleFeatures.of(page, candidates);
            List<String> lines = new ArrayList<>();
            for (int c : candidates) lines.add(units.get(c).text());
            titleChoice = new TitleFeatures.Choice(lines, features, candidates.indexOf(ruleLine));
            if (!rules.contains(Rule.LEARNED_TITLE)) return ruleLine;
            int chosen = TitleModel.bundled().choose(candidates, features, ruleLine);
            if (chosen >= 0) return chosen;
            // Where the rules found no headline, the model's best line, on Arabic pages: it learned on them, and
            // on English dumps it takes list items and buttons, unless the line stands right over the story's
            // date or byline, where a page prints its headline.
            int best = TitleModel.bundled().best(candidates, features);
            return best >= 0 && (Words.firstLetterArabic(units.get(best).text()) || overBylineOrDate(best)) ? best : chosen;
        }

        private boolean overBylineOrDate(int line) {
            int next = nextKept(line);
            return next < n && isBylineOrDateStrict(units.get(next));
        }

        /**
         * What the rules think of each line, for the title model. Their vetoes stand: the model may
         * replace the rules' line ({@code ruleLine}) with any line the chrome rules left, but not with
         * a teaser above the date line closest above it, with the deck (or image caption) under it, with
         * a line printed twice in a row under its date (the picture's alt text and caption, which echo the
         * text as well as a headline does; under a masthead's motto and the date bar, such a line is the
         * headline), or with a breaking-news entry ("عاجل | …") above it: a ticker's story, however it scores.
         */
        private TitleFeatures.Opinions titleOpinions(int from, int bodyStart, int ruleLine) {
            Echo opening = openingEcho(bodyStart), underFirst = openingEcho(bodyStart + 1);
            int under = ruleLine >= 0 ? deckUnder(ruleLine, opening) : -1, dated = ruleLine >= 0 ? datedAbove(ruleLine, from) : from;
            // Under a headline glued to its breadcrumb ("AccueilSportsHEADLINE"), the headline printed clean is no
            // deck; under a headline whose preposition is glued to it, the rest of it is the picture's alt text.
            int deck = under >= 0 && under < n && endsWithClean(Words.key(units.get(ruleLine).text()), Words.key(units.get(under).text())) ? -1 : under;
            boolean echoedRule = ruleLine >= 0 && opening.of(units.get(ruleLine).text()) > NO_ECHO;
            return new TitleFeatures.Opinions() {
                @Override
                public boolean eligible(int line) {
                    return line >= dated && line != deck && !chrome[line] && !artefact[line] && units.get(line).words() >= 2
                            && !(line < ruleLine && BREAKING.matcher(units.get(line).text().strip()).lookingAt())
                            && !(echoedRule && line > ruleLine && printedTwice(line) && datedBetween(ruleLine, line));
                }

                @Override
                public boolean headlineCandidate(int line) {
                    return isHeadlineCandidate(units.get(line));
                }

                @Override
                public boolean headlineLike(int line) {
                    return isHeadlineLike(units.get(line));
                }

                @Override
                public boolean bylineOrDate(int line) {
                    return isBylineOrDateStrict(units.get(line));
                }

                @Override
                public boolean columnHeadline(int line) {
                    return isColumnHeadline(units.get(line));
                }

                @Override
                public double echo(int line) {
                    return (line < bodyStart ? opening : underFirst).of(units.get(line).text());
                }
            };
        }

        /**
         * Whether the text's first line is its headline rather than the line chosen above it: the
         * chosen line shares nothing with the text (a banner, a section bar), while the first line
         * reads as a headline, stands alone above the prose and is echoed by it.
         */
        private boolean opensWithEchoedHeadline(int chosen, int bodyStart) {
            if (!rules.contains(Rule.ECHO) || bodyStart >= n || nextPaywall(chosen) < bodyStart) return false;
            Unit first = units.get(bodyStart);
            if (!isHeadlineLike(first) || good[bodyStart] && !isStandaloneHeadline(bodyStart)
                    || Echo.contentWords(first.text()).size() < 3) return false;
            Echo echo = openingEcho(bodyStart + 1);
            return echo.of(units.get(chosen).text()) <= NO_ECHO && echo.of(first.text()) >= STRONG_ECHO;
        }

        /**
         * The first line of a paywall's box under line {@code from}, or n: the headline stands above the box, and a
         * line the box leaves readable under it heads a part of the text (or a notice), however well the text echoes it.
         */
        private int nextPaywall(int from) {
            for (int i = from + 1; i < n; i++) if (isPaywallLine(i)) return i;
            return n;
        }

        private boolean isPaywallLine(int i) {
            return rules.contains(Rule.PAYWALL_BOXES) && chrome[i] && Chrome.isPaywall(units.get(i));
        }

        /** How lines echo the text from line {@code start} on (its first {@value #OPENING_WORDS} words). */
        private Echo openingEcho(int start) {
            StringBuilder opening = new StringBuilder();
            int words = 0;
            for (int i = start; i < n && words < OPENING_WORDS; i++) {
                // A byline names the site, which the banner names too: it is no part of what the headline echoes.
                if (chrome[i] || artefact[i] || !good[i] && (isBylineOrDate(units.get(i)) || isLooseByline(units.get(i)))) continue;
                opening.append(units.get(i).text()).append('\n');
                words += units.get(i).words();
            }
            return new Echo(opening.toString());
        }

        /**
         * The line before the body that says it is the title ("Title: HEADLINE", as a forum's printable page
         * labels its post among "Author:" and "Date:"), or -1: the label outweighs any layout.
         */
        private int titleLabelled(int from, int bodyStart) {
            for (int i = from; i < bodyStart; i++) {
                Matcher m = TITLE_LABEL.matcher(units.get(i).text());
                if (!chrome[i] && m.lookingAt() && Words.count(units.get(i).text().substring(m.end())) >= 2) return i;
            }
            return -1;
        }

        /**
         * The headline when {@code title} reads as its picture's caption, in a Latin script: a sentence closed by a
         * full stop, perhaps with its credit after it ("Damage done by rough seas.", "A view of the coast. Photo -
         * NAME"), where an English or French headline closes with none. The headline is then the line nearest
         * it in the story's head, over the date, the byline or the caption's other copies, that closes no sentence.
         */
        private int headlineOverCaption(int title, int from, int bodyStart) {
            String text = units.get(title).text().strip();
            if (Words.firstLetterArabic(text) || !CAPTION_SENTENCE.matcher(text).find()) return title;
            int above = headlineBeside(title, from, bodyStart, -1);
            if (above >= 0) return above;
            int below = headlineBeside(title, from, bodyStart, 1);
            return below >= 0 ? below : title;
        }

        /** The first line from {@code title} on in direction {@code step} that is no date, byline or copy of it, if a headline closing no sentence; else -1. */
        private int headlineBeside(int title, int from, int bodyStart, int step) {
            for (int i = step < 0 ? keptBefore(title) : nextKept(title); i >= from && i < bodyStart; i = step < 0 ? keptBefore(i) : nextKept(i)) {
                Unit u = units.get(i);
                if (sameText(title, i) || isBylineOrDateStrict(u)) continue;
                String text = u.text().strip();
                boolean closed = FULL_STOP.matcher(text).matches() || CAPTION_SENTENCE.matcher(text).find();
                return !closed && !Words.firstLetterArabic(text) && isHeadlineCandidate(u) ? i : -1;
            }
            return -1;
        }

        /** The title line the page's layout points to among the lines before the body, or -1. */
        private int titleByLayout(int from, int bodyStart) {
            List<Integer> candidates = new ArrayList<>();
            List<Integer> group = null;
            int lastArtefact = -2, groupDate = -1, datedGroups = 0;
            boolean afterName = false;
            for (int i = from; i < bodyStart; i++) {
                Unit u = units.get(i);
                if (chrome[i]) {
                    // A paywall cuts in under the headline: the lines above its box are the story's head.
                    if (!candidates.isEmpty() && isPaywallLine(i)) {
                        group = new ArrayList<>(candidates);
                        groupDate = -1;
                        candidates.clear();
                    }
                    continue;
                }
                if (artefact[i]) {
                    lastArtefact = i;
                    continue;
                }
                // Under a headline, a line over its picture's credit ("Image Credit: File") is the picture's caption.
                boolean caption = rules.contains(Rule.CAPTION) && !candidates.isEmpty() && isCaption(u)
                        && (lastArtefact == i - 1 || overCredit(i));
                // A line printed again before the text is the headline (the page's and the article's), even
                // one that names a report and its day ("تقرير … | 2 أيلول 2025").
                boolean headlineTwice = u.words() >= 4 && printedAgain(i, from, bodyStart) && !Byline.isEmail(u.text());
                Byline byline = candidates.isEmpty() || headlineTwice ? null : Byline.parse(u.text(), bylineSite(), true);
                if (!headlineTwice && isBylineOrDateStrict(u) || byline != null) {
                    // The headline sits right above its byline; what follows it is not the title. Above
                    // a site name or a section only, the date is the page's date bar; a writer's
                    // name says the short line above is a headline all the same.
                    // "NAME / بقلم: NAME": the name alone over the byline that names it is the writer's photo's alt
                    // text, not a headline; the headline, if any, closed a group above.
                    if (byline != null && candidates.removeIf(c -> isNamedBy(c, byline)) && candidates.isEmpty()) continue;
                    // Between the date of the page's first headline and its writer's byline, a line is the
                    // headline's section or its picture's caption ("HEADLINE. / DATE / جهات وحوادث / بقلم NAME").
                    if (byline != null && underFirstDate(candidates, groupDate, datedGroups)) {
                        candidates.clear();
                        continue;
                    }
                    // A list of teasers, each with its date, may come first: the last such group before
                    // the text is the article's.
                    // A short Arabic headline right above the date that opens the text is no date bar's masthead
                    // (English blog templates print the blog's name there).
                    boolean opensText = nextKept(i) >= bodyStart && candidates.stream()
                            .anyMatch(c -> units.get(c).words() >= 3 && Words.opensArabic(units.get(c).text()))
                            || onlyWriterBefore(i, bodyStart) && candidates.stream().anyMatch(c -> Words.opensArabic(units.get(c).text()));
                    // A headline of two or three words is printed again and again over its date (the page's, the
                    // article's, the share card's: "سياحتنا بهمتنا" three times); a menu's entries differ.
                    if (hasFullHeadline(candidates) || byline != null && !byline.authors().isEmpty() || opensText
                            || onlyCopiesOfOneLine(candidates)) {
                        group = new ArrayList<>(candidates);
                        groupDate = byline == null ? i : -1;
                        if (byline == null) datedGroups++;
                    }
                    candidates.clear();
                    continue;
                }
                // Under a date or a byline that closed a group, a name is a writer's (and the line under it the
                // writer's job), never a headline.
                if ((!candidates.isEmpty() || group != null) && (Byline.personName(u.text()) != null || Byline.nameBeforeJob(u.text()) != null)) {
                    // The writer's bare name sits under the headline as a byline does: what follows is deck.
                    // Right under the date that closed the page's first headline, between it and the writer's
                    // name, lines are its picture's caption ("HEADLINE / DATE / الهيئة العامة لقصور الثقافة / NAME"):
                    // a headline under a teaser's date follows a list of teasers, each with its date.
                    if (hasFullHeadline(candidates)) {
                        // A line printed again right under the name ("HEADLINE / NAME / HEADLINE") is the headline, no caption.
                        int next = nextKept(i);
                        if (!underFirstDate(candidates, groupDate, datedGroups) || next < bodyStart && candidates.stream().anyMatch(c -> sameText(c, next))) {
                            group = new ArrayList<>(candidates);
                            groupDate = -1;
                        }
                        candidates.clear();
                    }
                    afterName = true;
                    continue;
                }
                if (afterName && isJobLine(u)) {
                    afterName = false;
                    continue;
                }
                afterName = false;
                if (caption) continue;
                if (isColumnHeadline(u)) return i;
                if (isHeadlineCandidate(u) || headlineTwice && isLabelledDateBar(u)) {
                    // The share bar sits under the headline; lines after it are captions or a deck.
                    if (group == null && isFollowedByShareBar(i, bodyStart)) return i;
                    candidates.add(i);
                }
            }
            if (group != null) candidates = group;
            // Printed twice in a row under a headline, a line is its picture's alt text and caption.
            List<Integer> headlines = new ArrayList<>();
            for (int k = 0; k < candidates.size(); k++) {
                int c = candidates.get(k);
                if (k == 0 || !printedTwice(c) || !hasFullHeadline(candidates.subList(0, k))) headlines.add(c);
            }
            candidates = headlines;
            if (candidates.isEmpty()) return -1;
            // A headline its writer signs ("… بقلم: NAME") is the article's, whatever stands under it.
            for (int c : candidates) if (isPennedHeadline(units.get(c))) return c;
            if (titleHint != null) {
                String hint = Words.key(titleHint);
                for (int c : candidates) {
                    String key = Words.key(units.get(c).text());
                    if (key.equals(hint) || hint.startsWith(key) && key.length() * 3 >= hint.length() * 2) return c;
                }
            }
            // The headline is often printed twice (the page's and the article's), in its group or again under its byline:
            // a deck or kicker beside it is printed once. A slogan that repeats names the outlet.
            // Two or three words printed twice in a row are the headline only before any other candidate:
            // under a headline they are its image's caption, printed under and beside the image.
            for (int c : candidates) {
                Unit u = units.get(c);
                if (!BylineWords.isOutlet(u.text()) && (u.words() >= 4 && (isRepeated(c, candidates) || reprintedUnderByline(c, bodyStart)) || printedTwice(c) && c == candidates.get(0))) return c;
            }
            // Two or three words under a headline are its section, site or writer, not a second headline.
            // Sections, sites and names carry no quotation marks: 'سعادة المسؤول «قابيل»' is a headline.
            while (candidates.size() >= 2 && units.get(candidates.get(candidates.size() - 1)).words() <= 3
                    && !QUOTE_MARKS.matcher(units.get(candidates.get(candidates.size() - 1)).text()).find()
                    && hasFullHeadline(candidates)) {
                candidates.remove(candidates.size() - 1);
            }
            int last = candidates.get(candidates.size() - 1);
            if (candidates.size() >= 2) {
                int prev = candidates.get(candidates.size() - 2);
                boolean adjacent = true;
                for (int i = prev + 1; i < last; i++) adjacent &= chrome[i] || artefact[i];
                // "خلال ندوة نظمتها الجمعية" (during, on the sidelines of, in the presence of …) sets a scene and says
                // nothing on its own: a kicker over the headline, however much shorter, never a headline over its deck
                // (a question under it ends a sentence all the same).
                if (adjacent && isSceneKicker(prev) && units.get(last).words() >= 3 && !isRepeated(prev, candidates)) return last;
                // A deck under its headline ends a sentence and says more than the headline; two words
                // ("أخبار سطيف") are a section's name above a headline that asks a question. A few words that
                // trail off ("بستان أخضر في شبه الجزيرة ..") end no sentence: a headline may be so written, under
                // its section's name.
                if (adjacent && sentenceEnd(units.get(last).text()) && !trailsOff(units.get(last)) && !sentenceEnd(units.get(prev).text())
                        && units.get(last).words() >= units.get(prev).words() && units.get(prev).words() >= 3) return prev;
                // "غزة: توصية بضرورة …" (where or who, a colon, what) is how headlines are written, not decks: under a
                // line written otherwise, the line above is its kicker ("خلال لقاء نظمته الهيئة").
                if (adjacent && isColonHeadline(last) && !units.get(prev).text().contains(":") && !isRepeated(prev, candidates)) return last;
                // A headline and its deck, one right under the other: the headline comes first, and
                // the deck says more. A slogan printed twice (the site's banner) is no headline with its
                // deck; a longer line above a headline is a kicker or a teaser, unless nothing the page
                // keeps stands above it: a copy that opens on the story itself has no teaser over its
                // headline, and the deck under it may be the shorter line.
                if (prev + 1 == last && units.get(prev).words() >= 4 && !FULL_STOP.matcher(units.get(prev).text()).matches()
                        && !isRepeated(prev, candidates) && (units.get(prev).words() <= units.get(last).words() || keptBefore(prev) < from)) return prev;
                // "الشال: 3 تحديات تواجه …" (who or where, a colon, what) is how headlines are written, not
                // kickers or decks: over a line written otherwise, it is the headline, however long.
                if (adjacent && isColonHeadline(prev) && !units.get(last).text().contains(":") && !isRepeated(prev, candidates)) return prev;
            }
            return last;
        }

        /**
         * "خلال ندوة نظمتها جمعية المزارعين", "على هامش القمة": a few words opening with when or where something
         * happened and no colon ("خلال لقائه الوزير: …" is a headline) nor sentence end.
         */
        private boolean isSceneKicker(int i) {
            String text = units.get(i).text().strip();
            return units.get(i).words() <= 8 && !text.contains(":") && !sentenceEnd(text) && SCENE_KICKER.matcher(text).lookingAt();
        }

        /** "الشال: 3 تحديات تواجه …": a headline's subject, a colon, what it says, in four words or more. */
        private boolean isColonHeadline(int i) {
            return units.get(i).words() >= 4 && HEADLINE_COLON.matcher(units.get(i).text().strip()).lookingAt();
        }

        /**
         * Whether {@code candidates} start right under the date line {@code groupDate} that closed the page's
         * only dated group of headlines ({@code datedGroups}); a teaser list dates each of its headlines.
         */
        private boolean underFirstDate(List<Integer> candidates, int groupDate, int datedGroups) {
            return groupDate >= 0 && datedGroups == 1 && !candidates.isEmpty() && nextKept(groupDate) == candidates.get(0);
        }

        private boolean isNamedBy(int line, Byline byline) {
            String name = Words.nameKey(units.get(line).text());
            return byline.authors().stream().anyMatch(a -> Words.nameKey(a).equals(name));
        }

        /**
         * Whether only the writer's byline, and a counter at most, stands between the date line {@code i}
         * and the text: a column's block, whose headline above the date may be two words ("ساحة الساعة"),
         * where a masthead's date bar is followed by menus. One line may come before the byline (the
         * story's section, its picture's caption, the writer's photo's alt text): a menu has more.
         */
        private boolean onlyWriterBefore(int i, int bodyStart) {
            Set<String> writers = new HashSet<>();
            int others = 0;
            for (int j = nextKept(i); j < bodyStart; j = nextKept(j)) {
                Unit u = units.get(j);
                String name = Byline.givenPersonName(u.text());
                Byline byline = name == null && u.words() <= 14 ? Byline.parse(u.text(), bylineSite(), true) : null;
                if (name != null) writers.add(Words.nameKey(name));
                else if (byline != null && byline.authors().size() == 1) writers.add(Words.nameKey(byline.authors().get(0)));
                else if (!isMostlyNumbers(u) && (!writers.isEmpty() || ++others > 1)) return false;
            }
            return writers.size() == 1;
        }

        /** Whether {@code candidates} are two copies or more of one line, and nothing else. */
        private boolean onlyCopiesOfOneLine(List<Integer> candidates) {
            return candidates.size() >= 2 && candidates.stream().allMatch(c -> sameText(c, candidates.get(0)));
        }

        /** Whether a line among {@code candidates} has the four words or more of a headline, not a section's or a name's few. */
        private boolean hasFullHeadline(List<Integer> candidates) {
            return candidates.stream().anyMatch(c -> units.get(c).words() >= 4);
        }

        /**
         * Whether {@code u} could be a headline by its shape: a bulleted line is a menu's or a teaser
         * list's; a site names itself above every page; credits, date bars, counters and "Updated: 10:50"
         * are no headlines.
         */
        private boolean isHeadlineCandidate(Unit u) {
            return u.words() >= 2 && u.text().length() >= 8 && u.words() <= 40 && ListMarker.of(u.text().strip()) == null
                    && !isUpdateLine(u) && !isLabelledDateBar(u)
                    && !BylineWords.isOutletName(u.text()) && !isMostlyNumbers(u) && !isForeignScript(u)
                    && !BylineWords.isCredit(u.text()) && !Byline.endsWithCredit(u.text()) && !Byline.isExclusiveTag(u.text())
                    && !Chrome.opensAsCaption(Words.key(u.text()))
                    && Byline.givenPersonName(u.text()) == null && !isJobAlone(u) && !Words.key(u.text()).equals(BASMALA)
                    && !isStaffColumnSection(u);
        }

        /**
         * "مقال رئيس التحرير", "رأي رئيس التحرير": the section of a staff member's column, over the column's
         * headline, and the column echoes its words ("رئيس"); menu entries may be run into it ("عاجلمقالات").
         */
        private static boolean isStaffColumnSection(Unit u) {
            String before = Chrome.beforeMastheadLabel(Words.key(u.text()));
            return before != null && !before.contains(" ") && Byline.endsWithSection(before);
        }

        /** "روائي وكاتب سعودي", "Senior Political Reporter": what a writer is, a few words alone, says nothing of a story. */
        private boolean isJobAlone(Unit u) {
            return u.words() <= 4 && BylineWords.opensWithJob(u.text());
        }

        /**
         * "مقالات رأي الأحد 27/مارس/2016 00:37 ص": a section's name before the date bar, which opens
         * with its date; a headline that ends with a date ("… strike on 21 January 2026") is none.
         */
        private boolean isLabelledDateBar(Unit u) {
            return dateBarFrom(u.text().strip().split("\\s+"), 1, 5) >= 0;
        }

        /** The first word from {@code from} (before {@code to}) at which the rest of the line opens a date bar, or -1. */
        private static int dateBarFrom(String[] words, int from, int to) {
            for (int k = from; k < Math.min(to, words.length); k++) {
                if (PrintedDates.opensDateBar(String.join(" ", Arrays.copyOfRange(words, k, words.length)))) return k;
            }
            return -1;
        }

        /**
         * A Latin-script line on a page whose prose is Arabic (an advertising label, a widget's
         * English caption) is no headline of the article.
         */
        private boolean isForeignScript(Unit u) {
            return arabicProse() && !Words.hasArabic(u.text());
        }

        /**
         * The first line before the text when it is a headline in Latin script on an Arabic page (a radio's
         * programme in English, a French piece on a Maghreb site), or -1. Latin lines there are mostly ad
         * labels and widget notices, so this is asked only when no other line is the headline: five words
         * or more, no sentence closed, no byline, date or site's name.
         */
        private int foreignHeadline(int from, int bodyStart) {
            int first = from;
            while (first < bodyStart && (chrome[first] || artefact[first])) first++;
            if (first >= bodyStart) return -1;
            Unit u = units.get(first);
            return isForeignScript(u) && u.words() >= 5 && u.words() <= 20 && !sentenceEnd(u.text()) && !isBylineOrDate(u)
                    && !BylineWords.isOutletName(u.text()) && !BylineWords.isCredit(u.text()) && Byline.personName(u.text()) == null ? first : -1;
        }

        /**
         * A headline of one to three words ("الزرقاء", "هوامش", "الافتتاحية") right over the text, or over the
         * writer's name or date that head it, or -1. Asked only where no other line is the headline: a section's
         * name, a menu entry or a site's name is as short, but none of them stands alone over the text; a
         * section's name sits over a headline, so the text under a short headline opens with a paragraph. Only on
         * Arabic pages, as the title model's own line where the rules found none: an English page's few words
         * there name its brand.
         */
        private int shortHeadline(int from, int bodyStart) {
            if (!arabicProse() || bodyStart >= n || isHeadlineLike(units.get(bodyStart))) return -1;
            int i = keptBefore(bodyStart);
            for (int seen = 0; i >= from && seen < HEADER_LINES && isSignature(units.get(i)); seen++) i = keptBefore(i);
            if (i < from || good[i]) return -1;
            Unit u = units.get(i);
            String key = Words.key(u.text());
            return isMenuWord(u) && key.chars().noneMatch(Character::isDigit) && !isForeignScript(u) && !isSignature(u)
                    && !BylineWords.isOutletName(u.text()) && !BylineWords.isCredit(u.text())
                    && Arrays.stream(key.split(" ")).noneMatch(Byline::endsWithSection) ? i : -1;
        }

        private boolean arabicProse() {
            if (arabicProse == null) {
                StringBuilder prose = new StringBuilder();
                for (int i = 0; i < n; i++) if (good[i]) prose.append(units.get(i).text()).append('\n');
                arabicProse = LanguageDetector.arabicShare(prose) > 0.8;
            }
            return arabicProse;
        }

        /** A date bar or a counter row ("Friday 13,Feb,2026 20:24", "903 views 55 secs"): half its words are numbers. */
        private boolean isMostlyNumbers(Unit u) {
            String[] words = Words.key(u.text()).split(" ");
            long numbers = Arrays.stream(words).filter(w -> w.chars().anyMatch(Character::isDigit)).count();
            return numbers * 2 >= words.length;
        }

        private boolean isRepeated(int c, List<Integer> candidates) {
            for (int other : candidates) if (other != c && sameText(c, other)) return true;
            return false;
        }

        private boolean isFollowedByShareBar(int i, int bodyStart) {
            int next = i + 1;
            while (next < bodyStart && artefact[next]) next++;
            return next < bodyStart && chrome[next] && Chrome.isShareBar(units.get(next));
        }

        private boolean isBylineOrDateStrict(Unit u) {
            return u.words() <= 16 && (PrintedDates.isDateBar(u.text()) || PrintedDates.isYearlessDate(u.text()) || isDateline(u))
                    || u.words() <= 14 && (PrintedDates.find(u.text()) != null && !hasManyWordsBesidesDate(u)
                    || Byline.parse(u.text(), bylineSite(), false) != null && !isPennedHeadline(u));
        }

        /**
         * "HEADLINE ـ بقلم : NAME.": a headline with its writer run on is the title, whose byline
         * {@link #takeTitle} takes out of it; a dateline's parts ("SITE – CITY – كتب: NAME") are no headline.
         */
        private boolean isPennedHeadline(Unit u) {
            if (!rules.contains(Rule.BYLINE)) return false;
            String[] pen = Byline.runOnPen(u.text());
            return pen != null && Words.count(pen[0]) >= 4 && !SPACED_PART_BREAK.matcher(pen[0]).find()
                    && PrintedDates.find(pen[0]) == null;
        }

        /** "السبت 23 مايو 2020 الساعة 09 مساءً / SITE - وكالات": a date and its source, in parts. */
        private boolean isDateline(Unit u) {
            String[] parts = DATELINE_SEPARATOR.split(u.text().strip());
            if (parts.length < 2) return false;
            boolean dated = false;
            for (String part : parts) {
                if (PrintedDates.isDateBar(part)) {
                    dated = true;
                } else if (Words.count(part) > 5) {
                    return false;
                }
            }
            return dated;
        }

        private boolean hasManyWordsBesidesDate(Unit u) {
            return u.words() > 9 || isHeadlineClosedByDate(u.text());
        }

        /**
         * "سعر الدولار مقابل الجنيه المصري الخميس 19 مارس 2026": five words or more run straight into the day that closes
         * the line make a headline naming its day, no date line. A date line's label is shorter or closed by a colon
         * ("نشر في:"), a dateline's parts are set apart by a separator, and "… في" before the date leaves a sentence open.
         */
        private static boolean isHeadlineClosedByDate(String text) {
            String t = text.strip();
            if (!Words.opensArabic(t) || DATE_SET_APART.matcher(t).find() || BylineWords.opens(t)) return false;
            String[] words = t.split("\\s+");
            int k = dateBarFrom(words, HEADLINE_WORDS_BEFORE_DATE, words.length);
            return k >= 0 && !FunctionWords.leavesOpen(Words.key(words[k - 1]))
                    && Arrays.stream(words, 0, k).noneMatch(w -> w.chars().anyMatch(Character::isDigit));
        }

        /** Takes a byline or date line into the metadata; true when {@code u} was one. */
        private boolean readBylineOrDate(int i, boolean afterTitle) {
            Unit u = units.get(i);
            if (!rules.contains(Rule.BYLINE) || good[i] && u.words() > 14) return false;
            if (isEditorUnderWriter(i)) return true;
            if (inBookCard(i)) return false;
            // The reading time closing a bar ("NAME - DATE | mis à jour le DATE - Temps de lecture : 2 min") adds words, not another writer.
            int reading = ReadingTimes.tailStart(u.text());
            if ((reading > 0 ? Words.count(u.text().substring(0, reading)) : u.words()) > 20) return readBylineBarLead(u);
            // "SITE | NAME": the line as a whole is a byline before its parts are dates or names.
            Byline whole = u.text().contains("|") ? Byline.parse(u.text(), bylineSite(), afterTitle) : null;
            if (whole != null && !whole.authors().isEmpty() && whole.source() != null) {
                for (String a : whole.authors()) addAuthor(a);
                return true;
            }
            boolean found = false, dated = false;
            String[] parts = PART_SEPARATOR.split(Byline.unglued(u.text()));
            for (String part : parts) {
                Byline byline = Byline.parse(part, bylineSite(), afterTitle);
                if (byline != null) {
                    boolean pictured = namesPictured(byline, part);
                    for (String a : byline.authors()) if (!pictured && !isHeadlineSubject(a, part)) addAuthor(a);
                    found = true;
                }
                boolean date = readDateOnly(part);
                dated |= date;
                found |= date;
            }
            // "NAME | DATE", "NAME, NAME | DATE", "NAME Published DATE": bare names printed beside the date are the writers';
            // so are those beside the reading time ("NAME · 4 min read") or the story's age ("NAME • منذ 3 ساعات",
            // "NAME منذ 3 ساعات").
            boolean timed = parts.length > 1 && Arrays.stream(parts).anyMatch(p -> ReadingTimes.isWhole(p) || PrintedDates.isTimeAgo(p));
            for (String part : parts) {
                String beforeAge = dated || timed ? null : PrintedDates.beforeTimeAgo(part);
                String timedName = dated ? null : timed ? Byline.givenPersonName(part)
                        : beforeAge != null ? Byline.givenPersonName(beforeAge) : null;
                if (timedName != null) {
                    addAuthor(timedName);
                    found = true;
                    continue;
                }
                boolean besideDate = dated && parts.length > 1 && PrintedDates.find(part) == null;
                String name = !dated ? null : besideDate ? Byline.personName(part) : Byline.nameBeforeDate(part);
                if (name == null && dated) name = Byline.nameAfterDate(part);
                List<String> names = name == null && besideDate ? Byline.namesBesideDate(part) : null;
                if (name != null) addAuthor(name);
                if (names != null) names.forEach(this::addAuthor);
            }
            return found;
        }

        /**
         * "Author: NAME", "Auteur : NAME" between the headline and the text: the page's writer. Elsewhere a
         * listing credits a book's author so, and the line is left to the text.
         */
        private boolean readAuthorLabel(Unit u) {
            String named = rules.contains(Rule.BYLINE) ? BylineWords.afterAuthorLabel(u.text()) : null;
            // The names read as after any byline word: "Author: NAME and NAME", "Auteur : NAME, AFP".
            Byline byline = named != null && u.words() <= 8 ? Byline.parse("By " + named, bylineSite(), true) : null;
            if (byline == null || byline.authors().isEmpty()) return false;
            byline.authors().forEach(this::addAuthor);
            return true;
        }

        /**
         * "الكتاب: TITLE" / "الكاتب: NAME" / "الناشر: …": a line beside a book's card entries, which credits the
         * author of the book a review is about, not the review's writer.
         */
        private boolean inBookCard(int i) {
            int above = i - 1, below = i + 1;
            while (above >= 0 && (artefact[above] || units.get(above).text().isBlank())) above--;
            while (below < n && (artefact[below] || units.get(below).text().isBlank())) below++;
            return above >= 0 && BylineWords.isBookCardEntry(units.get(above).text()) || below < n && BylineWords.isBookCardEntry(units.get(below).text());
        }

        /** "كتب: NAME" over "تحرير: NAME": the editor credited under the writer, who is no writer. */
        private boolean isEditorUnderWriter(int i) {
            if (!BylineWords.isEditing(units.get(i).text())) return false;
            int above = i - 1;
            while (above >= 0 && (artefact[above] || units.get(above).text().isBlank())) above--;
            return above >= 0 && isWritersCredit(units.get(above));
        }

        /** A byline word other than "تحرير" that names a person ("كتب: NAME", "بقلم NAME"). */
        private boolean isWritersCredit(Unit u) {
            return BylineWords.opens(u.text()) && !BylineWords.isEditing(u.text()) && signsPerson(u);
        }

        /**
         * "اعداد NAME | تحرير NAME 🕔 تم النشر بتاريخ … خبر أعمال…": a byline bar run on into the page's
         * other labels, too long to be read part by part; its first part, a credit word and a name,
         * credits the writer (an editor credited after the bar is no writer).
         */
        private boolean readBylineBarLead(Unit u) {
            Byline lead = bylineBarLead(u);
            if (lead == null) return false;
            lead.authors().forEach(this::addAuthor);
            return true;
        }

        private Byline bylineBarLead(Unit u) {
            if (!rules.contains(Rule.BYLINE) || u.words() <= 14 || u.text().indexOf('|') < 0) return null;
            String first = PART_SEPARATOR.split(u.text())[0];
            if (first.length() == u.text().length() || Words.count(first) > 6 || !BylineWords.opens(first.strip())) return null;
            Byline lead = Byline.parse(first, bylineSite(), true);
            return lead == null || lead.authors().isEmpty() ? null : lead;
        }

        /**
         * Where the text starts after a headline that opened the body: past the section's name
         * above the date, or the writer's bare name right under it and the job or affiliation
         * line under the name.
         */
        private int afterHeadline(int title) {
            int name = nextKept(title);
            if (name < n && isMenuWord(units.get(name)) && nextKept(name) < n && isDateLine(nextKept(name))) return name + 1;
            if (!rules.contains(Rule.BYLINE) || name >= n || good[name] || Byline.parse(units.get(name).text(), bylineSite(), true) != null) {
                return title + 1;
            }
            String person = bareName(name, Words.key(units.get(title).text()));
            if (person == null) return title + 1;
            addAuthor(person);
            int job = nextKept(name);
            return job < n && !good[job] && isJobLine(units.get(job)) ? job + 1 : name + 1;
        }

        private int nextKept(int i) {
            int j = i + 1;
            while (j < n && (chrome[j] || artefact[j])) j++;
            return j;
        }

        /** A short line without a full stop: what sites print under a writer's name (a job, a city). */
        private boolean isJobLine(Unit u) {
            return u.words() <= 8 && !sentenceEnd(u.text()) && !isBylineOrDate(u);
        }

        private void addAuthor(String printed) {
            // A tatweel only stretches a word on the page ("حامـد"); in the metadata it would keep the name
            // from matching itself, as it does in the same name printed twice.
            String name = printed.replace("\u0640", "").strip();
            // "بقلم: رئيس التحرير": the line signs with the paper's office, whoever holds it, and names no one.
            if (BylineWords.isJobOnly(name)) return;
            for (String writer : Byline.writersIn(name)) if (!isAuthor(writer)) authors.add(writer);
        }

        private boolean isAuthor(String name) {
            if (name == null) return false;
            String key = Words.nameKey(name);
            return authors.stream().anyMatch(a -> Words.nameKey(a).equals(key));
        }

        /**
         * The line that names the writer with no byline word, or -1: a bare name right above or
         * below the date line, or alone between the headline and the text. Only looked for when
         * no line says who wrote or sent the story.
         */
        private int bareNameLine(int from, int title, int bodyStart) {
            List<Integer> kept = new ArrayList<>();
            Set<String> accounts = new HashSet<>();
            for (int i = from; i < bodyStart; i++) {
                // The headline printed again under itself is no name, however short.
                if (chrome[i] || artefact[i] || title >= 0 && i != title && sameText(i, title)) continue;
                // An image's alt text and caption: a line printed twice running that takes up the headline's words.
                if (title >= 0 && i != title && (i + 1 < n && sameText(i, i + 1) || i > 0 && sameText(i, i - 1))
                        && new Echo(units.get(title).text()).of(units.get(i).text()) > 0) continue;
                // A byline that names a writer leaves no bare name to look for; one that names only the site's
                // account ("بواسطة admin") does.
                Byline byline = i != title ? Byline.parse(units.get(i).text(), bylineSite(), true) : null;
                boolean account = byline != null && byline.authors().isEmpty() && BylineWords.opens(units.get(i).text());
                // "الدكتور NAME" / "كلية الحقوق - مكناس": where the writer works and from which city, under the name,
                // names no one else; the name above it still signs.
                boolean affiliation = byline != null && byline.authors().isEmpty() && !kept.isEmpty()
                        && kept.get(kept.size() - 1) != title && Byline.givenPersonName(units.get(kept.get(kept.size() - 1)).text()) != null;
                if (affiliation) continue;
                if (byline != null && !account && !namesPictured(byline, units.get(i).text())) return -1;
                if (account) accounts.add(" " + Words.key(units.get(i).text()) + " ");
                kept.add(i);
            }
            // The account's name printed alone ("بقلم: - SITE SITE - …" / "SITE") is no writer's either.
            kept.removeIf(i -> i != title && accounts.stream().anyMatch(a -> a.contains(" " + Words.key(units.get(i).text()) + " ")));
            String headline = title >= 0 ? Words.key(units.get(title).text()) : "";
            int k = title < 0 ? -1 : kept.indexOf(title) + 1;
            if (k > 0 && k < kept.size() && bareName(kept.get(k), headline) != null) {
                // A column's standing name over its writer's ("نبض الشارع" / "NAME"): the name that opens with a given
                // name signs, where the column's reads as a name but opens with none.
                int below = k + 1 < kept.size() ? kept.get(k + 1) : -1;
                boolean columnOverWriter = below >= 0 && Byline.givenPersonName(units.get(kept.get(k)).text()) == null
                        && bareName(below, headline) != null && Byline.givenPersonName(units.get(below).text()) != null;
                return columnOverWriter ? below : kept.get(k);
            }
            // A column prints its writer's name above the headline, a section's label between them at most.
            // A masthead above a menu is no writer: the name sits within three lines of the headline, and
            // opens with a given name, where a ticker's or a section's label ("آخر الأحداث") does not.
            // The writer's job may stand between them ("NAME" / "كاتبة وأكاديمية" / HEADLINE): the name is then as
            // near the job as it would be to the headline.
            for (int back = 2, near = title, jobs = 0; k > 0 && back <= 3 + jobs && k - back >= 0; back++) {
                int i = kept.get(k - back);
                // A layout may print the job twice, as the picture's text and as the line under the name.
                if (jobs < 2 && isJobAlone(units.get(i))) {
                    if (jobs++ == 0) near = i;
                    continue;
                }
                if (printedBetween(i, near) <= 2 && bareName(i, headline) != null && Byline.givenPersonName(units.get(i).text()) != null) return i;
                if (units.get(i).words() > 3) break;
            }
            // The last line before the text, or above the writer's job: the headline's caption may come first.
            for (int back = 1; title >= 0 && back <= 2 && kept.size() - back > k; back++) {
                int i = kept.get(kept.size() - back);
                boolean jobBelow = back == 2 && isJobLine(units.get(kept.get(kept.size() - 1)));
                if ((back == 1 || jobBelow) && bareName(i, headline) != null) return i;
            }
            // A name right above or below the date, or above the writer's e-mail address. A short headline over
            // the date reads as a name too ("بلدية الكرك"): one opening with a given name wins over it.
            int dated = -1;
            for (k = 0; k < kept.size(); k++) {
                int i = kept.get(k);
                if (i == title || bareName(i, headline) == null) continue;
                boolean nextToDate = besideDate(kept, k);
                if (!nextToDate && !overEmail(i)) continue;
                if (Byline.givenPersonName(units.get(i).text()) != null) return i;
                if (dated < 0) dated = i;
            }
            if (dated >= 0) return dated;
            // Right beside the story's date a Latin-script name that opens with a given name signs an Arabic story too
            // ("Samir Belkacem" under the date, as Maghreb sites print it); elsewhere such a name tags or brands.
            for (k = 0; k < kept.size(); k++) {
                int i = kept.get(k);
                if (i == title || !isForeignScript(units.get(i)) || namesOfficial(i) || Byline.givenPersonName(units.get(i).text()) == null) continue;
                if (besideDate(kept, k)) return i;
            }
            // Elsewhere above the text, the one bare name that opens with a given name: a column's layout
            // puts its writer under a series label or between a two-line headline and the text.
            int only = -1;
            for (int i : kept) {
                if (i == title || bareName(i, headline) == null || Byline.givenPersonName(units.get(i).text()) == null) continue;
                if (only >= 0) return -1;
                only = i;
            }
            return only;
        }

        /**
         * "HEADLINE NAME تصوير: NAME": a magazine's header runs the headline, its writer and its photographer
         * together, and prints the headline alone too. The name after the headline's words is the writer.
         */
        private void readWriterRunOnHeadline(int from, int title, int bodyStart) {
            String headline = Words.key(units.get(title).text());
            // The run-on line may sit right above the region the headline opens.
            for (int i = Math.max(0, Math.min(from, title - 3)); i < bodyStart; i++) {
                if (i == title || artefact[i]) continue;
                String tail = runOnTail(units.get(i).text(), headline);
                if (tail == null) continue;
                String[] words = tail.split("\\s+");
                int credit = 0;
                while (credit < words.length && !BylineWords.isCredit(String.join(" ", Arrays.copyOfRange(words, credit, words.length)))) credit++;
                String name = Byline.personName(String.join(" ", Arrays.copyOf(words, credit)));
                if (name != null) {
                    addAuthor(name);
                    return;
                }
            }
        }

        /** "NAME ومرتضى منصور" where the headline speaks of NAME: the people in its picture, no writers. */
        private boolean namesPictured(Byline byline, String line) {
            return byline.authors().size() > 1 && byline.authors().stream().anyMatch(a -> isHeadlineSubject(a, line));
        }

        /** Whether the headline names {@code name}, a line of its own: see {@link #isHeadlineSubject(String, String)}. */
        private boolean isHeadlineSubject(String name) {
            return isHeadlineSubject(name, name);
        }

        /**
         * Whether {@code name}, read off {@code line} with no byline word, is one the headline names: a
         * picture's caption under the headline names the story's people ("NAME وNAME" under "أبرزهم NAME
         * وNAME.. …"), not its writers.
         */
        private boolean isHeadlineSubject(String name, String line) {
            if (meta.title() == null || BylineWords.after(line.strip()) != null) return false;
            String headline = " " + Words.key(meta.title()) + " ", key = Words.key(name) + " ";
            // "HEADLINE ــ CITY : NAME": the name the headline closes with signs it, as the byline under it does.
            if (headline.endsWith(" " + key) && SIGNED_TAIL.matcher(meta.title()).find()) return false;
            return headline.contains(" " + key) || headline.contains(" و" + key);
        }

        /** Whether the line kept above {@code i} is the headline, printed again over the text. */
        private boolean underHeadline(int i, String titleKey) {
            int j = i - 1;
            while (j >= 0 && (chrome[j] || artefact[j] || units.get(j).text().isBlank())) j--;
            return j >= 0 && Words.key(units.get(j).text()).equals(titleKey);
        }

        /** Whether the text kept so far is one line of prose: a deck, which a byline may still follow. */
        private static boolean deckOnly(List<Unit> kept) {
            return kept.size() == 1 && kept.get(0).words() >= 8 && kept.get(0).words() <= 60;
        }

        private static boolean isLatinName(Unit u) {
            return Words.isLatin(u.text().strip().codePointAt(0)) && Byline.personName(u.text()) != null;
        }

        /**
         * The name a line near the headline prints alone, when it may be the writer's: not a name the
         * headline holds, which is whom the story is about, is addressed to or quotes ("… لـ"SITE":",
         * an outlet's masthead), and not a Latin-script name on an Arabic page, which tags the story
         * or brands the site ("Najib Mikati", "HEURE DU JOURNAL").
         */
        private String bareName(int i, String headline) {
            if (verse[i]) return null;
            String name = Byline.personName(units.get(i).text());
            if (name == null || isForeignScript(units.get(i)) || namesOfficial(i) || printedAsTemplate(i)) return null;
            // "صدى الوادي -" under the headline: the outlet leads into its text, as a writer opening with a
            // given name may too.
            if (DASH_END.matcher(units.get(i).text()).find() && !Byline.opensWithGivenName(name)) return null;
            String key = Words.key(name);
            // A name the headline holds is the story's subject, unless the headline is the column's: "NAME يكتب عن …".
            boolean signs = headline.startsWith(key + " يكتب") || headline.startsWith(key + " تكتب");
            return !signs && (" " + headline + " ").contains(" " + key + " ") ? null : name;
        }

        /**
         * Whether line {@code i} is printed again on the page as template: a menu's entry or the masthead
         * ("• حياة المدينة" in the menu, "صوت الساحل" over the menu and again over the text), a section's or the site's
         * name, where a writer's name is printed beside the story.
         */
        private boolean printedAsTemplate(int i) {
            for (int j = 0; j < n; j++) if (j != i && chrome[j] && sameText(i, j)) return true;
            return false;
        }

        /**
         * Whether line {@code i} is one of a picture's alt text and caption naming the official pictured: a
         * name, and under it the same name and a public office ("NAME" / "NAME محافظ …").
         */
        private boolean namesOfficial(int i) {
            int below = nextKept(i), above = i - 1;
            while (above >= 0 && (chrome[above] || artefact[above])) above--;
            return below < n && restatedWithOffice(i, below) || above >= 0 && restatedWithOffice(above, i);
        }

        private boolean restatedWithOffice(int name, int caption) {
            String alt = units.get(name).text().strip(), text = units.get(caption).text().strip();
            return !alt.isEmpty() && text.length() > alt.length() && text.startsWith(alt)
                    && BylineWords.opensWithOffice(text.substring(alt.length()));
        }

        /** Whether the line under {@code i}, chrome or not, is an e-mail address alone. */
        private boolean overEmail(int i) {
            return i + 1 < n && Byline.isEmail(units.get(i + 1).text());
        }

        /**
         * The name on line {@code i} over its writer's e-mail address: a bare name, or one in the other
         * script when the address spells it ("Jane Roe" over "jane.roe@site.com" on an Arabic page).
         */
        private String nameOverEmail(int i, String headline) {
            String bare = bareName(i, headline), name = Byline.personName(units.get(i).text());
            if (bare != null || name == null) return bare;
            String mailbox = units.get(i + 1).text().strip().toLowerCase(Locale.ROOT);
            mailbox = mailbox.substring(0, Math.max(0, mailbox.indexOf('@')));
            for (String word : name.toLowerCase(Locale.ROOT).split("\\s+")) if (!mailbox.contains(word)) return null;
            return name;
        }

        /** A date's label ("Published", "Last updated on") with only a date, the story's age or nothing after it. */
        private static boolean isLabelledDate(Unit u) {
            Matcher m = DATE_LABEL.matcher(u.text());
            if (!m.lookingAt()) return false;
            String rest = u.text().substring(m.end()).strip();
            return rest.isEmpty() || Words.count(rest) <= 5 && PrintedDates.find(rest) != null || PrintedDates.isTimeAgo(rest);
        }

        /** Whether the {@code k}th of the {@code kept} lines has a date line right above or below it. */
        private boolean besideDate(List<Integer> kept, int k) {
            return k > 0 && isDateLine(kept.get(k - 1)) || k + 1 < kept.size() && isDateLine(kept.get(k + 1));
        }

        private boolean isDateLine(int i) {
            return isDateText(units.get(i).text());
        }

        private void readDateOnly(Unit u) {
            readDateOnly(u.text());
        }

        private boolean readDateOnly(String text) {
            if (!isDateText(text)) return false;
            LocalDate date = PrintedDates.find(text);
            if (UPDATED.matcher(text.strip()).lookingAt()) {
                if (meta.build().modified() == null) meta.modified(date.toString());
            } else if (meta.published() == null) {
                meta.published(date.toString());
            }
            return true;
        }

        /**
         * "-14-" over "مقاهي شارع الرشيد" right over the text: a part's number over the part's title, as a series
         * prints each episode under the series' headline; both head the part. The title is a subheading's shape,
         * neither another number nor a byline or a date; read as a person's name, it is the writer's only while no
         * writer is known (a street's or a café's name reads as one too).
         */
        private boolean numbersTitledPart(int i, int bodyStart) {
            int next = nextKept(i);
            if (i < 0 || !isSectionMarker(units.get(i)) || next >= bodyStart || nextKept(next) != bodyStart) return false;
            Unit partTitle = units.get(next);
            return isHeadingLike(partTitle) && !isSectionMarker(partTitle) && !isBylineOrDate(partTitle) && !isBylinePart(partTitle)
                    && (!authors.isEmpty() || Byline.personName(partTitle.text()) == null);
        }

        private void readBody(int start, int end, List<Block> blocks) {
            List<Unit> kept = new ArrayList<>();
            int lastArtefact = -2;
            int teaserUntil = -1;
            // The last line of the teaser cards under a list's label ({@link #teaserCardsEnd}), or -1.
            int cardsUntil = -1;
            boolean structure = rules.contains(Rule.STRUCTURE);
            textStart = start;
            textEnd = end;
            if (headingsWeighed() && overText >= 0 && start < n && !signsOrDates(units.get(overText)) && learnedHeading(List.of(units.get(overText), units.get(start)), 0, blocks,
                    false, good[start], Byline.givenPersonName(units.get(overText).text()) != null, HeadingFeatures.Place.OVER_TEXT)) {
                blocks.add(new Block.Heading(2, text(units.get(overText).text())));
            }
            Set<String> seen = new HashSet<>();
            // A caption the header read, printed again beside its picture in the text, is that caption again, however
            // short: no subheading ("جانب من اللقاء").
            Set<String> captioned = new HashSet<>();
            for (Block b : blocks) if (b instanceof Block.Figure) captioned.add(Words.key(PlainText.of(b)));
            int shown = 0;
            // The last line of the text's opening read as its header (a date, a byline, the writer's name), or -1;
            // a date that closed the header before the text leaves the writer's name to the text's first line.
            int before = keptBefore(start);
            int headerRead = before >= 0 && isDateLine(before) ? before : -1;
            boolean writerNamed = false;
            // Until the first line of prose, a byline may still come: under the pictures' alt texts, say.
            boolean proseSeen = false;
            String titleKey = meta.title() == null ? null : Words.key(meta.title());
            Echo headline = meta.title() == null ? null : new Echo(meta.title());
            for (int i = start; i <= end && i < n; i++) {
                Unit u = units.get(i);
                // "R.B.H" under a paragraph: the writer's initials sign it, short as the line is for chrome.
                String initials = authors.isEmpty() && rules.contains(Rule.BYLINE) && !kept.isEmpty()
                        && sentenceEnd(kept.get(kept.size() - 1).text()) ? Byline.signedInitials(u.text()) : null;
                if (initials != null) {
                    addAuthor(initials);
                    continue;
                }
                if (chrome[i]) {
                    if (Chrome.isTeaserHeading(u)) {
                        teaserUntil = i + 4;
                        cardsUntil = teaserCardsEnd(i, end);
                    }
                    continue;
                }
                if (artefact[i]) {
                    lastArtefact = i;
                    continue;
                }
                if (i == signatureLine) continue;
                // "NAME, Town" under a finished paragraph signs a reader's letter; a page of letters signs each one.
                String signer = (authors.isEmpty() || lettersSigned) && !kept.isEmpty()
                        ? letterSigner(i, kept.get(kept.size() - 1)) : null;
                if (signer != null) {
                    addAuthor(signer);
                    lettersSigned = true;
                    int next = nextKept(i);
                    // "NAME," over "Town": the town is the signature's too.
                    if (u.text().strip().endsWith(",") && next <= end && next < n && !good[next]
                            && LETTER_PLACE.matcher(units.get(next).text()).matches()) i = next;
                    continue;
                }
                // "NAME" over "كاتب وباحث سياسي", "مراسل الموقع في بغداد", "45 مقالاً" after a finished paragraph, or
                // "NAME، كاتب صحفي" there on one line: the writer's signature, closing the text or set under its first
                // paragraph, not a part of it.
                if (authors.isEmpty() && rules.contains(Rule.BYLINE) && !good[i] && !kept.isEmpty()
                        && sentenceEnd(kept.get(kept.size() - 1).text())) {
                    int note = writersNoteUnder(i, end);
                    if (note >= 0 || namesWithJob(u)) {
                        addAuthor(note >= 0 ? Byline.givenPersonName(u.text()) : Byline.nameBeforeJob(u.text()));
                        i = Math.max(i, note);
                        continue;
                    }
                }
                // "Written by" over a name: the writer's box, inside the text or under it, not a part of the text. A
                // page has one; a list of works, each "By:" over its authors, is text.
                int boxLine = rules.contains(Rule.BYLINE) && BylineWords.isAlone(u.text()) && bylineWordsAlone(start, end) == 1
                        ? nextKept(i) : n;
                String boxed = boxLine <= end && boxLine < n ? Byline.personName(units.get(boxLine).text()) : null;
                if (boxed != null) {
                    if (authors.isEmpty()) addAuthor(boxed);
                    i = boxLine;
                    continue;
                }
                // The headline printed again inside the text (over its picture, in a share box) is the page's, no subheading.
                if (!good[i] && Words.key(u.text()).equals(titleKey)) continue;
                // The body's first lines may still be its header, and so may its first line shown, however many
                // template lines come before it.
                boolean opening = ++shown == 1 || i < start + 3 || !proseSeen;
                boolean underHeader = headerRead >= 0 && i == nextKept(headerRead);
                if (i <= teaserUntil && !good[i] || i <= cardsUntil) continue;
                // A short line printed twice running is a picture's alt text and caption: one figure. Over a
                // byline or a date, or in title case, it is a headline printed twice.
                if (rules.contains(Rule.CAPTION) && !good[i] && proseSeen && i < end && sameText(i, i + 1) && isCaption(u)
                        && !isTitleCaseHeadline(u) && !(nextKept(i + 1) < n && isBylineOrDate(units.get(nextKept(i + 1))))
                        && seen.add(Words.key(u.text()))) {
                    flush(kept, blocks, structure);
                    blocks.add(figure(u.text()));
                    i++;
                    continue;
                }
                if (rules.contains(Rule.CAPTION) && !good[i] && captioned.contains(Words.key(u.text()))) {
                    flush(kept, blocks, structure);
                    blocks.add(figure(u.text()));
                    continue;
                }
                // A short line printed twice apart (a caption under and beside its image) is kept once.
                if (!good[i] && u.words() >= 4 && !seen.add(Words.key(u.text()))) continue;
                String rest = Chrome.withoutLeadingFileName(u.text());
                if (rest != null) u = new Unit(rest, u.indent(), u.blankBefore(), u.links(), u.imageMark(), u.linkFirst());
                teaserUntil = -1;
                if ((opening || underHeader) && !good[i] && !verse[i] && !isDatedSubheading(u, proseSeen) && readBylineOrDate(i, true)) {
                    headerRead = i;
                    continue;
                }
                // "DATE / NAME / صحفي …" under a deck: the writer's name below the date, then what the writer does.
                String named = underHeader && isDateLine(headerRead) && authors.isEmpty() && rules.contains(Rule.BYLINE)
                        ? bareName(i, titleKey == null ? "" : titleKey) : null;
                // A name alone right over the text's first prose may be its writer's:
                boolean overProse = named == null && authors.isEmpty() && rules.contains(Rule.BYLINE) && nextKept(i) < n
                        && good[nextKept(i)];
                // "… caption / NAME / first paragraph", the name opening with a given name;
                boolean writer = overProse && !proseSeen && Byline.givenPersonName(u.text()) != null
                        // "HEADLINE / NAME / first paragraph": right under the headline, a given name no list knows;
                        || overProse && !proseSeen && u.words() <= 4 && titleKey != null && underHeadline(i, titleKey)
                        // "deck / NAME / first paragraph": between the standfirst and the text, an English name too.
                        || overProse && deckOnly(kept) && u.words() <= 3 && (Byline.givenPersonName(u.text()) != null || isLatinName(u));
                if (writer) named = bareName(i, titleKey == null ? "" : titleKey);
                if (named != null) {
                    // What stood above the name (a caption) heads nothing across it.
                    flush(kept, blocks, structure);
                    addAuthor(named);
                    headerRead = i;
                    writerNamed = true;
                    continue;
                }
                if (underHeader && writerNamed && u.words() <= 40 && BylineWords.opensWithJob(u.text())) {
                    writerNamed = false;
                    continue;
                }
                // "........NAME": the dots a layout leads a writer's name with, under a picture's alt text.
                String dotted = opening && rules.contains(Rule.BYLINE) && u.text().strip().startsWith("...") ? Byline.personName(u.text()) : null;
                if (dotted != null) {
                    addAuthor(dotted);
                    continue;
                }
                // "NAME / name@site.com" inside the text: the writer's box, the address under the name.
                String mailed = authors.isEmpty() && rules.contains(Rule.BYLINE) && !good[i] && overEmail(i)
                        ? nameOverEmail(i, titleKey == null ? "" : titleKey) : null;
                if (mailed != null) {
                    addAuthor(mailed);
                    i++;
                    continue;
                }
                // "Updated October 17, 2025", "Published 6 days ago", "Last updated:" under or inside the text: the
                // template's date label, read or not, is never a line of the text.
                if (rules.contains(Rule.BYLINE) && !good[i] && isLabelledDate(u)) continue;
                // "بقلم: NAME" closing an opinion piece names its writer wherever it stands.
                if (!good[i] && u.words() <= 6 && BylineWords.opens(u.text()) && readBylineOrDate(i, true)) continue;
                if (rules.contains(Rule.CAPTION) && (lastArtefact == i - 1 || overCredit(i) || !proseSeen && isNumberedPicture(u, headline))
                        && isCaption(u)) {
                    flush(kept, blocks, structure);
                    blocks.add(figure(u.text()));
                    continue;
                }
                if (kept.isEmpty() && onlyFigures(blocks) && isHeaderTag(u)) continue;
                proseSeen |= good[i];
                kept.add(u);
            }
            flush(kept, blocks, structure);
            int after = nextKept(end), lastOfText = after < n ? keptBefore(after) : -1, beyond = after < n ? nextKept(after) : n;
            if (headingsWeighed() && lastOfText >= 0 && !signsOrDates(units.get(after))) {
                List<Unit> around = new ArrayList<>(List.of(units.get(lastOfText), units.get(after)));
                if (beyond < n) around.add(units.get(beyond));
                if (learnedHeading(around, 1, blocks, false, beyond < n && good[beyond],
                        Byline.givenPersonName(units.get(after).text()) != null, HeadingFeatures.Place.AFTER_TEXT)) {
                    blocks.add(new Block.Heading(2, text(units.get(after).text())));
                }
            }
        }

        /**
         * "Other News / HEADLINE / first lines of its story / HEADLINE / first lines…": under a list's label, two
         * cards or more running, each a headline over the start of its story ({@link #teaserExcerpt}), are the
         * list's, however much their excerpts read as prose; the last line of the last card, or -1 when fewer run.
         * One headline and a paragraph under a label is as often the text going on under a "read also" box, and a
         * byline or a date ends the cards: the text under them is the article's.
         */
        private int teaserCardsEnd(int label, int end) {
            int cards = 0, last = -1;
            for (int h = nextKept(label); h <= end && h < n; ) {
                Unit u = units.get(h);
                int excerpt = nextKept(h);
                if (good[h] || !isHeadlineLike(u) || isBylineOrDate(u) || excerpt > end || excerpt >= n || !good[excerpt] || !teaserExcerpt[excerpt]) break;
                cards++;
                last = excerpt;
                h = nextKept(excerpt);
            }
            return cards >= 2 ? last : -1;
        }

        /**
         * "أسعار الذهب اليوم الجمعة 22 أغسطس 2025 في محلات الصاغة": under the text's first prose, ten words or
         * more that name a day but neither open with it, as a date bar does, nor sign the text are a
         * subheading or a sentence, no date line.
         */
        private boolean isDatedSubheading(Unit u, boolean proseSeen) {
            return proseSeen && u.words() >= 10 && !PrintedDates.isDateBar(u.text()) && Byline.parse(u.text(), bylineSite(), true) == null;
        }

        /** Whether the body has so far given nothing but pictures: what comes next is its first line. */
        private static boolean onlyFigures(List<Block> blocks) {
            return blocks.stream().allMatch(b -> b instanceof Block.Figure);
        }

        /**
         * "التحليلات", "news": the body's first line, when it is a few words that say nothing (no mark
         * ends it), is a section's tag or a column's standing name left between the header and the text;
         * a deck says something, and a subheading comes under one. A paragraph broken by hand into short
         * lines leaves its first line open ("نفّذت وحدات من"), and "مقدمة" opens the text.
         */
        private boolean isHeaderTag(Unit u) {
            String t = u.text().strip();
            return u.words() >= 1 && u.words() <= 3 && !ANY_FINAL_PUNCTUATION.matcher(t).matches() && !endsOpen(t)
                    && !isSectionOpening(t) && !isSectionMarker(u) && !isStarred(u) && ListMarker.of(t) == null;
        }

        /**
         * A gallery's alt text before the text: the headline's words with the picture's number ("… بالزقازيق
         * (2)"), as a CMS names each picture of a story after it.
         */
        private static boolean isNumberedPicture(Unit u, Echo headline) {
            return headline != null && PICTURE_NUMBER.matcher(u.text()).find() && headline.of(u.text()) == 1.0;
        }

        private boolean isCaption(Unit u) {
            int words = u.words();
            return words >= 2 && words <= 30 && (!sentenceEnd(u.text()) || words <= 20) && !isBylineOrDate(u);
        }

        /** Turns the kept lines into blocks: lists, quotes, subheadings and paragraphs. */
        private void flush(List<Unit> kept, List<Block> blocks, boolean structure) {
            for (int k = 0; k < kept.size(); k++) {
                Unit u = kept.get(k);
                if (!structure) {
                    blocks.add(paragraph(u));
                    continue;
                }
                if (QUOTE_PREFIX.matcher(u.text()).matches()) {
                    List<Block> content = new ArrayList<>();
                    while (k < kept.size() && QUOTE_PREFIX.matcher(kept.get(k).text()).matches()) {
                        Matcher m = QUOTE_PREFIX.matcher(kept.get(k).text());
                        if (m.matches() && !m.group(1).isBlank()) content.add(new Block.Paragraph(text(m.group(1).strip())));
                        k++;
                    }
                    k--;
                    if (!content.isEmpty()) blocks.add(new Block.Quote(content, List.of(), Language.INHERIT));
                    continue;
                }
                if (structure && isNumberedHeading(kept, k)) {
                    blocks.add(new Block.Heading(2, text(u.text())));
                    continue;
                }
                ListMarker marker = ListMarker.of(u.text());
                // "■ A SHORT PHRASE" alone between paragraphs is a list of one, or the subheading of what follows.
                boolean alone = marker != null && k + 1 < kept.size() && ListMarker.of(kept.get(k + 1).text()) == null && isProseOrList(kept.get(k + 1));
                if (alone && headingsWeighed() && !isAttribution(u, kept, k) && learnedHeading(kept, k, blocks, false, true,
                        Byline.givenPersonName(u.text()) != null, HeadingFeatures.Place.BULLETED)) {
                    blocks.add(new Block.Heading(2, text(u.text())));
                    continue;
                }
                if (marker != null && !isAttribution(u, kept, k)) {
                    List<Block.ListItem> items = new ArrayList<>();
                    while (k < kept.size()) {
                        ListMarker m = ListMarker.of(kept.get(k).text());
                        if (m == null || m.ordered() != marker.ordered()) break;
                        items.add(new Block.ListItem(List.of(new Block.Paragraph(text(m.text())))));
                        k++;
                    }
                    k--;
                    blocks.add(new Block.ListBlock(marker.ordered(), marker.ordered() ? marker.number() : 1, items,
                            Language.INHERIT));
                    continue;
                }
                boolean nextIsProse = k + 1 < kept.size()
                        && (isProseOrList(kept.get(k + 1)) || cutSectionOpening >= 0 && kept.get(k + 1) == units.get(cutSectionOpening));
                // "(2)" over its section's title, then prose: the number heads the section with the title.
                nextIsProse |= isSectionMarker(u) && k + 2 < kept.size() && isHeadingLike(kept.get(k + 1))
                        && !isSectionMarker(kept.get(k + 1)) && isProseOrList(kept.get(k + 2));
                // A section's heading over its first subheading, between paragraphs: both head what follows. Each is a
                // phrase of some words; a comma makes a speech's greeting or a sentence broken by hand, and a name
                // over a quote or a list is whom it is from.
                nextIsProse |= k > 0 && isProseOrList(kept.get(k - 1)) && k + 2 < kept.size() && isStackedHeading(u, 4)
                        && isStackedHeading(kept.get(k + 1), 3) && isProseOrList(kept.get(k + 2));
                // "SITE - NAME", "NAME (رئيس …)" over the text: a byline the header left to the body signs the text and
                // heads nothing, under a section's heading as above the first paragraph.
                List<String> signers = nextIsProse && authors.isEmpty() ? signersOf(u) : null;
                if (signers != null) {
                    signers.forEach(this::addAuthor);
                    continue;
                }
                boolean heading = isHeadingLike(u) || isLabelHeading(u)
                        || k > 0 && isProseOrList(kept.get(k - 1)) && (trailsOff(u) || isLabelledClaim(u) || isLabelledQuestion(u, k + 1 < kept.size() ? kept.get(k + 1) : null));
                // A person's name alone, a given name first, signs the text or heads the writer's note; no section is so named.
                boolean writersName = Byline.givenPersonName(u.text()) != null;
                // Under two short lines that head nothing, a short line is the last verse of a poem or of a paragraph broken
                // by hand: a subheading follows prose, or a table, whose rows carry figures.
                boolean amongShortLines = k > 1 && isVerse(kept.get(k - 1)) && isVerse(kept.get(k - 2))
                        && (blocks.isEmpty() || !(blocks.get(blocks.size() - 1) instanceof Block.Heading)) && !isSectionOpening(u.text());
                // A line above every paragraph heads no section: a deck, a dateline or a byline left over. Only a label
                // ("مقدمة:") or a digest's first item under its topic ("الوزارة: …") opens the text as a subheading.
                boolean opensBody = k == 0 && onlyFigures(blocks)
                        && !isLabelHeading(u) && !isSectionOpening(u.text()) && !isTopicClaim(u);
                // Two sentences on one line, or a picture's caption and its credit, head nothing.
                heading &= !INNER_FULL_STOP.matcher(u.text()).find();
                heading &= !isOpenSentence(u);
                boolean isHeading = heading && nextIsProse && !opensBody && !isBylinePart(u) && !creditsMaker(u) && !writersName && !amongShortLines && !isWrappedQuote(u.text())
                        && !ADDRESS.matcher(u.text().strip()).lookingAt() && !SCRIPTURE_CLOSING.matcher(u.text().strip()).matches()
                        && !(k > 0 && continuesInto(kept.get(k - 1), u)) && !opensWithAnd(u) && !FunctionWords.opensWithContrast(Words.key(u.text()))
                        && !(k + 1 < kept.size() && goesOnInLowerCase(u, kept.get(k + 1)));
                if (headingsWeighed()) isHeading = learnedHeading(kept, k, blocks, isHeading, nextIsProse, writersName, HeadingFeatures.Place.KEPT);
                if (isHeading) {
                    blocks.add(new Block.Heading(2, text(u.text())));
                } else if (isWrappedQuote(u.text())) {
                    blocks.add(new Block.Quote(List.of(paragraph(u)), List.of(), Language.INHERIT));
                } else {
                    blocks.add(paragraph(u));
                }
            }
            kept.clear();
        }

        /**
         * Whether the line {@code k} of {@code kept}, which the rules' reading put at {@code place}, heads a
         * section once the heading model ({@link HeadingModel}) has weighed it: a line the rules head
         * ({@code ruled}) stays a heading unless the model undoes it, and a line they put out of the
         * subheadings' way becomes one when the model is sure. The rules' decision where the model weighs
         * no such line, or is off.
         */
        private boolean learnedHeading(List<Unit> kept, int k, List<Block> blocks, boolean ruled, boolean nextIsProse, boolean writersName,
                HeadingFeatures.Place place) {
            Unit u = kept.get(k);
            boolean asked = ruled || place != HeadingFeatures.Place.KEPT;
            if (!asked && headingLines == null || !HeadingFeatures.isCandidate(u) || isWrappedQuote(u.text())) return ruled;
            Block last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
            int at = headingPage().indexOf(u);
            HeadingFeatures.Opinions opinions = new HeadingFeatures.Opinions(isHeadingLike(u), isLabelHeading(u), isSectionOpening(u.text()),
                    isStarred(u), nextIsProse, k > 0 && isProseOrList(kept.get(k - 1)), isBylinePart(u), writersName, opensWithAnd(u),
                    last instanceof Block.Heading, last instanceof Block.Figure, at >= 0 && good[at], place, ruled);
            double[] features = HeadingFeatures.of(headingPage(), kept, k, at, opinions);
            if (headingLines != null) {
                headingLines.add(u.text());
                headingFeatures.add(features);
                headingRuled.add(ruled);
            }
            if (!rules.contains(Rule.LEARNED_HEADING)) return ruled;
            return ruled ? HeadingModel.bundled().keeps(features) : place != HeadingFeatures.Place.KEPT && HeadingModel.bundled().promotes(features);
        }

        /** Whether the heading model weighs lines: it is on, or its candidates are kept for the trainer. */
        private boolean headingsWeighed() {
            return headingLines != null || rules.contains(Rule.LEARNED_HEADING);
        }

        /** The text as the heading model sees it, built when the model weighs its first line. */
        private HeadingFeatures.Page headingPage() {
            if (headingPage == null) headingPage = HeadingFeatures.Page.of(units, textStart, textEnd, printings(), meta.title());
            return headingPage;
        }

        /** How many times the page prints each line ({@link Unit#printings}): the byline and heading models both ask. */
        private Map<String, Integer> printings() {
            if (printings == null) printings = Unit.printings(units);
            return printings;
        }

        /**
         * Whether a line over or under the text signs or dates it, as a byline, a date or a person's name
         * alone does (the writer's box under an opinion piece): such a line heads nothing.
         */
        private boolean signsOrDates(Unit u) {
            return isBylineOrDate(u) || Byline.personName(u.text()) != null;
        }

        /**
         * The writers a short Arabic line names as a byline does, each opening with a given name ("SITE - NAME", "NAME
         * (كاتب …)"), or null: a line of prose or a bare name is no such byline.
         */
        private List<String> signersOf(Unit u) {
            if (!rules.contains(Rule.BYLINE) || u.words() > 10 || !Words.opensArabic(u.text()) || CLOSING_MARK.matcher(u.text().strip()).matches()
                    || Byline.personName(u.text()) != null) return null;
            Byline byline = Byline.parse(u.text(), bylineSite(), true);
            return byline == null || byline.authors().isEmpty() ? null : namedPeople(byline) == null ? null : byline.authors();
        }

        /**
         * "وتونس", "والتقلبات الدائمة في …", "و«…»", "وأكدت الوزارة": a line whose first word is "and" glued to a word
         * the page prints without it, to a word with its article, to a saying verb or to a quotation goes on from what
         * is above, a sentence broken by hand or a refrain; no section opens so.
         */
        private boolean opensWithAnd(Unit u) {
            String t = u.text().strip();
            if (t.length() > 1 && t.charAt(0) == 'و' && OPENING_QUOTES.indexOf(t.charAt(1)) >= 0) return true;
            String first = Words.key(t).split(" ", 2)[0];
            if (first.length() < 4 || first.charAt(0) != 'و') return false;
            String rest = first.substring(1);
            return FunctionWords.isSayingVerb(rest) || !FunctionWords.contains(rest) && (rest.startsWith("ال") && rest.length() >= 5 || pageWords().contains(rest));
        }

        /** Every word the page prints, folded. */
        private Set<String> pageWords() {
            if (pageWords == null) {
                pageWords = new HashSet<>();
                for (Unit v : units) pageWords.addAll(Arrays.asList(Words.key(v.text()).split(" ")));
            }
            return pageWords;
        }

        private boolean isStackedHeading(Unit u, int minWords) {
            return u.words() >= minWords && isHeadingLike(u) && !isProseOrList(u) && !INNER_COMMA.matcher(u.text()).find()
                    && Byline.personName(u.text()) == null;
        }

        /**
         * "5. Consider Cosmetic Dentistry" alone between paragraphs: a numbered section's heading, not a
         * list of one; its number is part of it as printed. An entry of a list has another entry next
         * to it, and a paragraph's own text ends with a stop. A bulleted list above ends the section
         * before, and a label's colon ("1. الإطار النظري:") closes a part's name over its text, whose first
         * paragraph may lead into a list of its own.
         */
        private boolean isNumberedHeading(List<Unit> kept, int k) {
            ListMarker marker = ListMarker.of(kept.get(k).text());
            if (marker == null || !marker.ordered() || k + 1 >= kept.size()) return false;
            Unit next = kept.get(k + 1);
            ListMarker above = k > 0 ? ListMarker.of(kept.get(k - 1).text()) : null;
            boolean listAround = above != null && above.ordered() || ListMarker.of(next.text()) != null;
            String name = marker.text().strip();
            return !listAround && Words.count(name) <= 12 && (!ANY_FINAL_PUNCTUATION.matcher(name).matches() || name.endsWith(":"))
                    && (isProse(next) || next.words() >= 10 && next.text().strip().endsWith(":"));
        }

        /**
         * A lone line opening with a dash ("— Helen Okafor, chief archivist") names who said the
         * quote above it; a one-item list with a dash bullet is never meant.
         */
        private boolean isAttribution(Unit u, List<Unit> kept, int k) {
            boolean dash = u.text().startsWith("—") || u.text().startsWith("–");
            boolean listAround = k > 0 && ListMarker.of(kept.get(k - 1).text()) != null
                    || k + 1 < kept.size() && ListMarker.of(kept.get(k + 1).text()) != null;
            return dash && !listAround;
        }

        /**
         * "We have just come out of the first / four years of …": an open line whose next line opens in lower
         * case is a sentence broken by hand, however short it stops; the text under a subheading opens a
         * sentence of its own, with a capital.
         */
        private static boolean goesOnInLowerCase(Unit u, Unit next) {
            if (ANY_FINAL_PUNCTUATION.matcher(u.text().strip()).matches()) return false;
            String t = next.text();
            for (int i = 0; i < t.length(); ) {
                int c = t.codePointAt(i);
                if (Character.isLetterOrDigit(c)) return Character.isLowerCase(c);
                i += Character.charCount(c);
            }
            return false;
        }

        /**
         * "…لأنهم لم يجدوا مساحة / كافية لإبداعهم…": a paragraph broken into lines by hand runs on
         * from a long line left open to the next, as long or longer; a subheading follows a closed one.
         */
        private static boolean continuesInto(Unit above, Unit u) {
            return above.words() >= 8 && !ANY_FINAL_PUNCTUATION.matcher(above.text()).matches()
                    && u.text().length() >= 0.7 * above.text().length() && ListMarker.of(above.text()) == null;
        }

        private boolean isVerse(Unit u) {
            return !isProseOrList(u) && u.text().chars().noneMatch(Character::isDigit);
        }

        /** Not a list entry, or one far longer than a listed headline or teaser. */
        private static boolean runsOn(Unit u) {
            return u.words() >= LISTED_PROSE_WORDS || ListMarker.of(u.text()) == null;
        }

        /** A line of ten words or more that ends a sentence: the text's, or a teaser's blurb. */
        private boolean isProse(Unit u) {
            return u.words() >= 10 && sentenceEnd(u.text());
        }

        private boolean isProseOrList(Unit u) {
            return ListMarker.of(u.text()) != null || u.words() >= PROSE_LINE_WORDS || sentenceEnd(u.text());
        }

        /**
         * A headline that reads as a sentence (a quoted claim, an exclamation, a question) right
         * above the prose: without a full stop it is no paragraph of the story.
         */
        private boolean isStandaloneHeadline(int i) {
            int next = i + 1;
            // The section's name ("محليات") may sit between the headline and its date.
            // Under a headline, "X - NAME" is a byline even when X is no known outlet, and so is the writer's name alone.
            while (next < n && (chrome[next] || artefact[next] || isBylineOrDate(units.get(next)) || isMenuWord(units.get(next))
                    || units.get(next).words() <= 14 && Byline.parse(units.get(next).text(), bylineSite(), true) != null
                    || !good[next] && Byline.personName(units.get(next).text()) != null)) next++;
            return units.get(i).words() <= 25 && !FULL_STOP.matcher(units.get(i).text()).matches() && next < n && good[next];
        }

        /** A section's bare number ("(1)") or a live report's time stamp ("2:25 p.m.") heads what follows. */
        private boolean isSectionMarker(Unit u) {
            return SECTION_MARKER.matcher(Numerals.ascii(u.text().strip())).matches();
        }

        /** "*ليس سرا..": a starred lead-in is a column's own subheading, whatever its last mark. */
        private boolean isStarred(Unit u) {
            return DECORATED.matcher(u.text()).lookingAt() && u.words() <= 10;
        }

        /** A line that may be a headline: a subheading's shape, or up to 25 words without a full stop. */
        private boolean isHeadlineLike(Unit u) {
            return isHeadingLike(u) || u.words() <= 25 && isLongHeadline(u);
        }

        /** "هذه", "بهذه" (with this), "لتلك": a demonstrative, with a one-letter preposition glued on or not. */
        private static boolean isDemonstrative(String foldedWord) {
            return DEMONSTRATIVES.contains(foldedWord) || foldedWord.length() > 3 && "بلكوف".indexOf(foldedWord.charAt(0)) >= 0
                    && DEMONSTRATIVES.contains(foldedWord.substring(1));
        }

        /**
         * "الوضع العام:", "Ses ouvrages :": a short label closed by a colon heads what follows. A line
         * that opens with "and" ("وأضاف:") leads into a quote instead, as a saying verb does, and an
         * outlet's name so closed ("SITE أون لاين :") is a dateline. Only inside the text: above it the
         * line is no headline.
         */
        private boolean isLabelHeading(Unit u) {
            String t = u.text().strip();
            if (u.words() > 8 || !t.endsWith(":") || t.startsWith("و") || BylineWords.isOutlet(t)) return false;
            String[] words = Words.key(t).split(" ");
            if (Arrays.stream(words).anyMatch(FunctionWords::isSayingVerb)) return false;
            // Past four words a label is a phrase with no comma, and does not close on what leads into a list
            // ("…، أهمها:", "ما يلي:") or a letter's greeting ("تحية طيبة وبعد:"), nor point at what follows
            // ("من خلال هذه الجولة:"), as a sentence leading into a quote or a list does.
            return u.words() <= 4 || !INNER_COMMA.matcher(t).find() && !LEAD_IN_ENDS.contains(words[words.length - 1])
                    && Arrays.stream(words).noneMatch(Pass::isDemonstrative);
        }

        /**
         * "Bread queues: the bakeries of the old town close before noon and no one says why": between
         * paragraphs, a subheading led by a short label runs longer than a plain one, a claim under
         * its topic. Left without a final mark it is no sentence of the text.
         */
        private boolean isLabelledClaim(Unit u) {
            return isTopicClaim(u) && u.words() <= 16
                    && !ANY_FINAL_PUNCTUATION.matcher(u.text().strip()).matches() && mayHeadSection(u);
        }

        /**
         * What only a byline prints: the outlet's exclusive tag ("SITE – خاص"), the writer's job alone
         * ("Senior Political Reporter"), the outlet and its reporter ("SITE - NAME"), a name and what the
         * person is ("NAME روائي عربي", "NAME (رئيس الحزب)"). No section of the text is so headed.
         */
        private boolean isBylinePart(Unit u) {
            String t = u.text();
            return Byline.isExclusiveTag(t) || u.words() <= 4 && (BylineWords.opensWithJob(t) || BylineWords.endsWithJob(t))
                    || Byline.parse(t, bylineSite(), true) != null || Byline.nameBeforeJob(t) != null || namesWithOfficeAside(t);
        }

        /**
         * "Photo by NAME", "Compiled by NAME" between paragraphs: who made the text or its picture, set where the
         * layout put the credit (under the lede, under a caption); no section is headed with its maker.
         */
        private boolean creditsMaker(Unit u) {
            return u.words() <= 8 && BylineWords.isMakersCredit(u.text());
        }

        /** "NAME (رئيس حزب التغيير)": a few words, then who they are in brackets, as a quoted person or a writer is introduced. */
        private static boolean namesWithOfficeAside(String text) {
            Matcher m = OFFICE_ASIDE.matcher(text.strip());
            return m.matches() && Words.count(m.group(1)) <= 4
                    && (BylineWords.opensWithOffice(m.group(2)) || BylineWords.opensWithJob(m.group(2)));
        }

        /**
         * "الهجرة: حلم أم تجربة جديدة؟": between paragraphs, a short question under its topic heads the section
         * that answers it, even among other questions: each section has a topic of its own, where an interview
         * prints one label ("س:", the paper's name) over every question, and the line under it is the answer, led
         * by whom it is from ("NAME: …"). A label that says who speaks ("قال الوزير: …؟") leads into a quote, and a
         * long line is the writer's own question.
         */
        private boolean isLabelledQuestion(Unit u, Unit next) {
            String t = u.text().strip();
            Matcher m = topicClaim(u);
            if (m == null || u.words() > 10 || !isQuestion(t) || t.endsWith("؟؟") || t.endsWith("??")) return false;
            if (INNER_BREAK.matcher(m.group(1)).find()) return false;
            String label = Words.key(m.group(1));
            return label.length() > 2 && Arrays.stream(label.split(" ")).noneMatch(FunctionWords::isSayingVerb) && mayHeadSection(u)
                    && (next == null || !isTopicClaim(next)) && topics().getOrDefault(label, 0) < 2;
        }

        /**
         * "لكنها فازت بالكأس الثامنة على مستوى الأندية" between two paragraphs that end as openly: where the writer
         * leaves most sentences without a final mark, a line's open end tells no subheading, and a line of some words
         * so left is one more sentence. A subheading there is short, or says what it is by another mark (a label's
         * colon, a number, a topic before its claim).
         */
        private boolean isOpenSentence(Unit u) {
            String t = u.text().strip();
            return u.words() >= OPEN_SENTENCE_WORDS && !ANY_FINAL_PUNCTUATION.matcher(t).matches() && !isSectionOpening(t)
                    && !isSectionMarker(u) && !isStarred(u) && !isTopicClaim(u) && leavesSentencesOpen();
        }

        /**
         * Whether most of the text's lines of prose length ({@link #PROSE_LINE_WORDS}), three or more, end without a final
         * mark. A line the page prints twice is a picture's alt text and caption, no sentence of the writer's: on a short
         * text two such captions would outvote the paragraphs.
         */
        private boolean leavesSentencesOpen() {
            if (sentencesLeftOpen == null) {
                int lines = 0, open = 0;
                for (int i = textStart; i <= textEnd && i < n; i++) {
                    if (chrome[i] || artefact[i] || units.get(i).words() < PROSE_LINE_WORDS
                            || printings().getOrDefault(Words.key(units.get(i).text()), 0) > 1) continue;
                    lines++;
                    if (!ANY_FINAL_PUNCTUATION.matcher(units.get(i).text().strip()).matches()) open++;
                }
                sentencesLeftOpen = open >= 3 && open >= OPEN_PROSE_SHARE * lines;
            }
            return sentencesLeftOpen;
        }

        /** How many of the page's lines are claims under each topic ({@link #isTopicClaim}), by the topic's folded label. */
        private Map<String, Integer> topics() {
            if (topics == null) {
                topics = new HashMap<>();
                for (Unit v : units) {
                    Matcher m = topicClaim(v);
                    if (m != null) topics.merge(Words.key(m.group(1)), 1, Integer::sum);
                }
            }
            return topics;
        }

        /**
         * "1. مقدمة", "💎المقدمة: الإطار النظري", "ملخص تنفيذي", "الإهداء", "التعريف بالمدينة:": a study's or a
         * long report's first part, named by what it is or by a short label closed by a colon, right over its
         * text. A deck says something, and the header's other lines (a byline, a date) are read before. A label
         * there is words alone: with a name's initials, a dash, a number or a mark it is a dateline, a byline or
         * a share row ("SITE – AGENCY:", "* تحقيق NAME:"), "Written by:" leads to the writer's name, and a greeting
         * ("السلام عليكم:") opens a letter. Two plain words may read as a name ("مقدمة عامة:"), but a label the
         * word for a part opens ("مقدمة", "تمهيد") names no writer.
         */
        private boolean namesFirstPart(Unit u) {
            String t = LEADING_NUMBER_OR_SYMBOL.matcher(u.text().strip()).replaceFirst("");
            String[] words = Words.key(t).split(" ");
            boolean label = isLabelHeading(u) && WORDS_LABEL.matcher(u.text().strip()).matches() && !ADDRESS.matcher(t).lookingAt() && !BylineWords.opens(t)
                    && (FunctionWords.opensSection(words[0]) || Byline.personName(t.substring(0, t.length() - 1)) == null);
            return label || isSectionOpening(t)
                    || words.length == 2 && FunctionWords.opensSection(words[0]) && !ANY_FINAL_PUNCTUATION.matcher(t).matches();
        }

        /**
         * "الأمراض النفسية" over "تُعرّف الأمراض النفسية بأنها …": a term of a few words that its first paragraph, right
         * under it, opens with (after one word at most) heads that part, as a reference page's sections do; a deck says
         * more than the text's opening repeats, and the outlet's name over the lede is its masthead.
         */
        private boolean namedFirstThing(int i, int bodyStart) {
            Unit u = units.get(i);
            if (u.words() < 2 || u.words() > 3 || bodyStart >= n || !good[bodyStart] || ANY_FINAL_PUNCTUATION.matcher(u.text().strip()).matches()
                    || !isHeadingLike(u) || BylineWords.isOutlet(u.text())) return false;
            String[] opening = Words.key(units.get(bodyStart).text()).split(" ");
            String lead = " " + String.join(" ", Arrays.copyOfRange(opening, 0, Math.min(opening.length, u.words() + 1))) + " ";
            return lead.contains(" " + Words.key(u.text()) + " ");
        }

        /** "الوزارة: لا تأجيل للامتحانات": a claim under its topic, a short label and a colon before it. */
        private static boolean isTopicClaim(Unit u) {
            return topicClaim(u) != null;
        }

        /** The match of {@code u}'s topic and claim when it is one ({@link #isTopicClaim}), for its label; else null. */
        private static Matcher topicClaim(Unit u) {
            Matcher m = LABELLED_CLAIM.matcher(u.text().strip());
            return m.matches() && Words.count(m.group(1)) <= 4 ? m : null;
        }

        /**
         * "La nécessité d'un plan d'urgence...": between paragraphs, a subheading that trails off
         * into its section (above the text the same line is a deck). A line that opens with the dots
         * goes on from the one above, and two words so closed are a greeting or a name.
         */
        private boolean trailsOff(Unit u) {
            String t = u.text();
            return u.words() >= 3 && u.words() <= 10 && t.length() <= 100 && TRAILING_OFF.matcher(t).find()
                    && !t.startsWith(".") && ListMarker.of(t) == null;
        }

        private boolean isHeadingLike(Unit u) {
            int words = u.words();
            String t = u.text();
            // A short question ("How does it work?") is a common subheading too.
            // So is a short exclamation; a doubled mark ("!!") is a teaser's.
            boolean question = words <= 8 && (isQuestion(t) || t.endsWith("!") && !t.endsWith("!!"))
                    && isHeadingQuestion(u);
            // "أولاً: المحركات (القوى الدافعة)": numbered sections and a closing aside end subheadings too. A part's name
            // has no full stop: "أولاً: حل الحكومة وتشكيل أخرى جديدة." closing one is a numbered point, a sentence of the text.
            boolean section = isSectionOpening(t) && !(words >= 5 && t.strip().endsWith(".") && !t.strip().endsWith(".."));
            boolean aside = t.strip().endsWith(")") && t.indexOf('(') > 0;
            return words >= 1 && words <= 12 && t.length() <= 100
                    && (question || section || aside || isSectionMarker(u) || isStarred(u) || endsWithQuotedName(t) || !ANY_FINAL_PUNCTUATION.matcher(t).matches())
                    && mayHeadSection(u);
        }

        /**
         * A question or an exclamation that may head a section: a phrase of two words or more. One word
         * ("ليش؟"), a clause after a comma or a colon ("الناس بتسأل: ليه …؟") is the writer's voice, and
         * among several questions alone on their lines, each is an interviewer's.
         */
        private boolean isHeadingQuestion(Unit u) {
            return u.words() >= 2 && !INNER_BREAK.matcher(u.text().strip()).find() && !interview;
        }

        private boolean asksSeveralQuestions(int from) {
            int questions = 0;
            for (int i = from; i < n; i++) {
                String t = units.get(i).text().strip();
                if (!chrome[i] && units.get(i).words() <= 12 && isQuestion(t)) questions++;
            }
            return questions >= 2;
        }

        private static boolean isQuestion(String text) {
            return text.endsWith("?") || text.endsWith("؟");
        }

        /** What no subheading is: a list item, an e-mail, a live report's entry, a line broken off mid-sentence, a number. */
        private boolean mayHeadSection(Unit u) {
            String t = u.text();
            // A bare number is a counter unless it numbers a section ("(1)"); a line closed by a slash is a
            // dateline's parts ("خاص/ PLACE/ AGENCY/").
            return ListMarker.of(t) == null && !Byline.isEmail(t) && !LIVE_ENTRY.matcher(t).lookingAt() && !endsOpen(t)
                    && (t.codePoints().anyMatch(Character::isLetter) || isSectionMarker(u)) && !t.strip().endsWith("/")
                    // A photo's credit (or a caption closed by one) and a date alone are no subheadings either.
                    && !BylineWords.isCredit(t) && !Byline.endsWithCredit(t) && !(u.words() <= 6 && PrintedDates.find(t) != null);
        }
    }

    /** "… appointed as the council's secretary-general and": a line broken off before its sentence ends. */
    private static boolean endsOpen(String text) {
        String key = Words.key(text);
        return FunctionWords.leavesOpen(key.substring(key.lastIndexOf(' ') + 1));
    }

    private static boolean isSectionOpening(String text) {
        Matcher m = SECTION_OPENING.matcher(text.strip().replaceAll("\\p{M}", ""));
        return Words.count(text) <= 12 && m.find() && (m.group(1) == null || FunctionWords.opensSection(Words.key(m.group(1))));
    }

    /** A subheading may close with a quoted name: 'مقدمة نشرة أخبار الـ "أن بي أن"'. */
    private static boolean endsWithQuotedName(String text) {
        String t = text.strip();
        if (t.length() < 3 || CLOSING_QUOTES.indexOf(t.charAt(t.length() - 1)) < 0) return false;
        int open = t.length() - 2;
        while (open > 0 && OPENING_QUOTES.indexOf(t.charAt(open)) < 0) open--;
        return open > 0 && Words.count(t.substring(open)) <= 4 && !ANY_FINAL_PUNCTUATION.matcher(t.substring(0, open).strip()).matches();
    }

    /** A line wholly inside quotation marks: a pulled quote. */
    static boolean isWrappedQuote(String text) {
        String t = text.strip();
        if (t.length() < 3) return false;
        int open = OPENING_QUOTES.indexOf(t.charAt(0));
        if (open < 0) return false;
        int last = t.length() - 1;
        while (last > 0 && ".,،".indexOf(t.charAt(last)) >= 0) last--;
        char close = t.charAt(last);
        if (CLOSING_QUOTES.indexOf(close) < 0 || last == 0) return false;
        String inner = t.substring(1, last);
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == t.charAt(0) || c == close) return false;
        }
        return true;
    }

    private static Block.Figure figure(String caption) {
        return new Block.Figure(null, text(caption), null, Language.INHERIT);
    }

    private static Block.Paragraph paragraph(Unit u) {
        return new Block.Paragraph(text(u.text()));
    }

    private static List<Inline> text(String s) {
        return List.of(new Inline.Text(s));
    }

    /** A list item's marker: a bullet, a dash, or a Latin or Arabic-Indic number. */
    record ListMarker(boolean ordered, int number, String text) {
        static ListMarker of(String line) {
            Matcher m = BULLET.matcher(line);
            if (m.matches()) return new ListMarker(false, 0, m.group(1));
            m = NUMBERED.matcher(line);
            if (m.matches()) return new ListMarker(true, Integer.parseInt(Numerals.ascii(m.group(1))), m.group(2));
            return null;
        }
    }
}
