package io.convert.reader.html.internal;

import io.convert.lang.Keys;
import io.convert.lang.PictureCredits;
import io.convert.lang.ReadingTimes;
import io.convert.lang.TeaserWords;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * What class names, ids, roles and labels say about an element: English CMS naming and the
 * transliterated Arabic naming of Arabic news sites ({@code khabar}, {@code tafasil},
 * {@code mosharka} ...), and the labels of boxes that are not the article ("اقرأ أيضا",
 * "Most read").
 */
final class Hints {
    /**
     * Words naming page chrome, and any word beginning "related" or "sharing": removed before
     * scoring unless they hold the article.
     */
    private static final NameWords BOILERPLATE = new NameWords(List.of("related", "sharing"),
            "share", "sharing", "shares", "sharebar", "sharetools",
            "sharebox", "sharebuttons", "sharelinks", "shareicons", "sharethis", "social", "socials", "addthis",
            "sociable", "navbar", "nav", "navigation", "menu", "menus", "breadcrumb", "breadcrumbs", "footer",
            "sitefooter", "masthead", "sidebar", "widget", "widgets", "related", "relateds", "recommend",
            "recommended", "recommendations", "mostread", "mostpopular", "mostviewed", "mostshared", "mostcommented",
            "popular", "trending", "morestories", "morenews", "morearticles", "readalso",
            "alsoread", "newsletter", "subscribe", "subscription", "signup", "cookie", "cookies", "consent", "gdpr",
            "banner", "promo", "sponsored", "advert", "advertisement", "ads", "ad", "adsense", "adslot", "dfp",
            "taboola", "outbrain", "comment", "comments", "commentlist", "disqus", "respond", "pagination", "pager",
            "tags", "taglist", "keywords", "popup", "modal", "overlay", "login", "skiplink", "toolbar", "authorbio",
            "rating", "poll", "jumplink", "shoutbox", "combx", "community", "cta", "upsell", "donate",
            "donation", "donations",
            // the site's notices of how it is paid and what its articles are not (advice, endorsement)
            "disclaimer", "disclaimers", "disclosure", "disclosures",
            // transliterated Arabic: share, read also, most (read), related, comments, tags
            "mosharka", "mosharaka", "musharaka", "moshrka", "sharek", "iqra", "eqra", "aqra", "iqraa", "aqraa",
            "akthar", "mutaalaqa", "mutaalliqa", "dhatsila", "zatsela", "thatsela", "taliqat", "taaliqat", "ta3liqat",
            "wosom", "wasm");
    /**
     * A name that ends in a call to act after the thing it belongs to ("post-cta", "article_upsell",
     * "entry-signup"): the last word of a joined name says what the box is, and this one is the
     * post's sign-up box, not the post, though the article's word is in its name.
     */
    private static final Pattern OWNED_CALL = Pattern.compile("\\S[-_](?:cta|upsell|signup)(?=\\s|$)");
    /**
     * Words naming the article itself; they outweigh a chrome word on the same element, unless
     * its name is an {@link #OWNED_CALL}.
     */
    private static final NameWords CONTENT = new NameWords(List.of(),
            "article", "articles", "articlebody", "articlecontent",
            "articletext", "articledetails", "body", "content", "entry", "entrycontent", "main", "page", "post",
            "postbody", "postcontent", "posttext", "text", "story", "storybody", "blog", "newsdetails", "newstext",
            "newsbody", "newscontent", "details", "detail", "hentry", "prose", "richtext",
            // transliterated Arabic: text, news item, article, details, topic
            "matn", "nass", "nas", "khabar", "khabr", "maqal", "maqala", "maqalah", "tafasil", "tafaseel", "mawdoo",
            "mawdou");
    /** Words that count against a candidate in scoring (a wider net than {@link #BOILERPLATE}). */
    private static final NameWords NEGATIVE = new NameWords(List.of(),
            "hid", "hidden", "byline", "author", "dateline", "meta",
            "footnote", "media", "remark", "rss", "scroll", "shopping", "sponsor", "tool", "caption", "credit", "tag");
    /** Words naming boxes that are never the article, however much text they hold: comment threads, galleries. */
    private static final NameWords NEVER_ARTICLE = new NameWords(List.of(),
            "comment", "comments", "commentlist", "disqus", "respond",
            "replies", "taliqat", "taaliqat", "ta3liqat", "gallery", "slideshow", "carousel");
    /**
     * Names of boxes about the article's writer, a biography or a card ("author-bio",
     * "about-the-author", "writer-card", "bio"): never the article, even when a content word
     * follows, as in "author-bio-text" (the text of the bio).
     */
    private static final Pattern AUTHOR_BOX = Pattern.compile("(^|[\\s_-])(about[_-]*(the[_-]*)?(author|contributor|writer)s?"
            + "|(author|contributor|writer)s?[_-]*(bio|biography|box|card|info|details?|desc|description|about|footer|block"
            + "|section|wrapper|wrap|container|profile|intro|tagline|tooltip|pop-?over|spotlight)|bio)([\\s_-]|$)");
    /**
     * Words every name {@link #AUTHOR_BOX} matches holds: looked for first, as the pattern's
     * matcher would be made for nearly every named element of a page.
     */
    private static final List<String> AUTHOR_BOX_WORDS = List.of("author", "contributor", "writer", "bio");
    /** Names of quotes and testimonials, whose author line is part of the quote. */
    private static final Pattern QUOTE_NAME = Pattern.compile("quote|testimonial|review");
    private static final Evaluator MATH = QueryParser.parse("math");

    /**
     * Labels of boxes beside the article other than lists of other articles: sharing, comments,
     * tags, following the site, newsletters; in English and Arabic. Labels of lists of other
     * articles come from {@link TeaserWords}, which the text reader reads too.
     */
    private static final Pattern BOX_LABEL = Pattern.compile(
            "(?i)^(share( this( article| story)?)?|comments?|leave a (reply|comment)|tags|topics|keywords|follow us"
            + "|sign up|newsletter|شارك|مشاركة|شارك الخبر|التعليقات|تعليقات|الكلمات المفتاحية|كلمات (دالة|مفتاحية)"
            + "|الوسوم|وسوم|تابعنا|تابعونا|النشرة البريدية)\\s*[:：.]?$");

    /**
     * How lines announcing what comes after an article open: other articles ("More from SITE:",
     * "Other posts you may enjoy", "If you liked this post you might also like:", "Up next",
     * "مواضيع ذات صلة"), the writer ("About the author"), the comments. Matched at the start: a
     * site's or a writer's name may follow. Not "Read more", "Share" or "Newsletter", which also
     * label a button or a box set between the article's last paragraphs.
     */
    private static final Pattern END_LABEL = Pattern.compile("(?iu)^(related (articles?|posts?|stories|reading|content"
            + "|publications|links|topics|news)|related\\s*[:：]?$|more (\\p{L}+ ){0,2}(articles|posts|stories|reads) (from|by"
            + "|like|you)|more from|(other|more) (\\p{L}+ )?(articles|posts|stories) you (may|might|will|'ll)|you (may|might)"
            + " (also )?(like|enjoy|be interested in)|if you (liked|enjoyed) this|(what to )?read next|up next|discover more from"
            + "|about the (author|writer)|leave a (reply|comment)|\\d* ?comments?\\s*[:：]?$"
            + "|(مواضيع|أخبار|اخبار|مقالات|موضوعات|قصص) (ذات صلة|متعلقة|مرتبطة)|ذات صلة|التعليقات|تعليقات|عن الكاتب)"
            + "(?=[\\s:：.,…!?]|$)");
    /** Letters beyond which a line opening like an end label is a sentence of the article. */
    static final int MAX_END_LABEL = 80;

    /**
     * Labels of a page's table of contents: "Table of contents", "On this page", "In this
     * article", "Inhaltsverzeichnis", "Sommaire", "فهرس المحتويات".
     */
    private static final Pattern CONTENTS_LABEL = Pattern.compile("(?iu)((table of )?contents|on this page"
            + "|in this (article|post|guide|story)|jump to|inhalt|inhaltsverzeichnis|inhaltsübersicht|sommaire"
            + "|table des matières|índice|indice|(tabla de )?contenidos?|sommario|inhoud(sopgave)?|conteúdo|spis treści"
            + "|(فهرس|جدول) المحتويات|المحتويات|محتويات (المقال|الموضوع))\\s*[:：]?");

    /**
     * How prompts to subscribe, to accept cookies, to install an app, to log in, to give money or
     * to follow the writer or the site elsewhere ("Follow me on Instagram for ...", "Join us on
     * TikTok", "You can also connect with me here:") open, in English and Arabic (a reader told
     * they are logged out also in German, French and Spanish; asked to give also in German):
     * short boxes opening so are never the article. A call to support the site is one short
     * exclamation ("Support SITE!", "Unterstütze SITE!") or names its work ("Support our
     * journalism"), not a sentence about supporting something.
     */
    private static final Pattern PROMPT = Pattern.compile("(?iu)^(sign up|subscribe|join our (newsletter|mailing list)"
            + "|already have an account\\s*\\?\\s*(log|sign) ?in|(you are|you['’]re) (currently )?not (logged|signed) in"
            + "|sie sind (aktuell |derzeit )?nicht (eingeloggt|angemeldet)|vous n['’][êe]tes pas connect[ée]|no has iniciado sesi[óo]n"
            + "|by (signing up|subscribing)|enter your email|get (\\p{L}+ ){0,4}(delivered |sent |texted )?(right |straight )?"
            + "to your (inbox|phone)|(we|this (site|website)) uses? cookies|download (our|the) app"
            + "|support (us|our (work|journalism|mission|reporting))\\b|support [^.!?\\n]{1,40}!|donate (now|today)\\b"
            + "|jetzt unterstützen|unterstütze [^.!?\\n]{1,40}!"
            + "|follow (me|us) (on|for|at|@)|follow on social media|(join|find) (me|us) on\\b|(you can also )?connect with (me|us)\\b"
            + "|اشترك|اشتركوا|سجّل بريدك|سجل بريدك|حمّل تطبيق|حمل تطبيق|(نستخدم|يستخدم هذا الموقع) ملفات تعريف الارتباط)");
    /**
     * What may stand between a "read also" label and the headline it points to, the closing
     * bracket of a label set in brackets ("【相关阅读】") among it.
     */
    private static final Pattern LABEL_SEPARATOR = Pattern.compile("[\\p{Z}\\s]*([:：»|–—?!\\-】\\]）)]+|$)");
    /**
     * A sentence's end with more after it: a space follows it in Latin script, the next sentence
     * at once in Chinese or Japanese (a closing quote or bracket still belongs to the first).
     */
    private static final Pattern INNER_SENTENCE_END = Pattern.compile("[.!?]\\s|[。！？][^\\s”’」』）)]");
    /**
     * Credit lines of pictures left as paragraphs: "Photo: NAME", "Credit: AGENCY", "© NAME",
     * "NAME/Getty Images"; and captions whose credit ends them after a bar, a comma, a dash or a
     * bracket ("The stalls at dawn | Photo by NAME", "NAME, photo: AGENCY", "(Credit: NAME / AGENCY)"),
     * the caption and its credit being set as one paragraph under the picture. A sentence of the
     * article naming a photo ends without such a mark before the label.
     */
    private static final Pattern CREDIT_LINE = Pattern.compile("(?iu)^[(\\[]?" + PictureCredits.LABEL
            + "s?( credits?| by| courtesy( of)?| photo)?\\s*[:：]|^©|(^|[\\s/|])" + PictureCredits.STOCK + "[)\\]]?\\.?$"
            + "|[|,(–—]\\s*" + PictureCredits.LABEL + "s?( credits?| courtesy( of)?)?\\s*[:：][^:：|]{1,60}$"
            + "|[|(–—]\\s*" + PictureCredits.LABEL + "s? (by|courtesy of|via) [^:：|()]{1,60}\\)?\\.?$");
    /** An English month's name, full or cut short: "November", "Nov.", "Sept". */
    private static final String EN_MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*\\.?";

    /**
     * Lines that only date the article ("Last updated on November 24, 2025", "Updated 10/01/2018",
     * "This post was last updated July 2021", "Aktualisiert am 17.01.2021", "Pubblicato il 19
     * Febbraio 2020"), or a date and then when it was updated ("August 7, 2013 -- Updated 1446 GMT
     * (2246 HKT)", "12 May 2024 | Updated 10:30"): the page's dates are read from its markup, and
     * such a line is no more of the story than its byline.
     */
    private static final Pattern DATE_STAMP = Pattern.compile("(?iu)^(this (post|article|page|story) was )?(last |originally )?"
            + "(updated|modified|published|posted|reviewed)( on| at)?\\s*[:：]?\\s*(\\d|" + EN_MONTH + " \\d)"
            + "|^(" + EN_MONTH + " \\d{1,2},? \\d{4}|\\d{1,2} " + EN_MONTH + " \\d{4}|\\d{4}-\\d{2}-\\d{2})"
            + "\\s*[-–—|]+\\s*(last )?(updated|modified|published|posted)\\b"
            // German, Italian, French, Spanish, Portuguese, Dutch; a weekday may come before the date.
            + "|^((zuletzt )?(aktualisiert|veröffentlicht|geändert|erstellt)( am)?|(pubblicato|aggiornato|ultima modifica)( il)?"
            + "|(publié|mis à jour|modifié)( le)?|(publicado|actualizado|atualizado)( el| em)?|(gepubliceerd|bijgewerkt)( op)?)"
            + "\\s*[:：]?\\s*(\\p{L}+,?\\s+)?\\d");
    /**
     * A blog post's filing line under its text, as blog themes word it: "This entry was posted on
     * DATE and is filed under CATEGORIES. You can follow any responses to this entry through the
     * RSS 2.0 feed", "Der Beitrag wurde am DATE veröffentlicht und wurde unter CATEGORIES abgelegt",
     * "Erstellt am DATE und abgelegt unter ...": it opens saying when the post was posted and goes
     * on to where it is filed or to its feed.
     */
    private static final Pattern FILING_LINE = Pattern.compile("(?iu)^(this (entry|post|article) was (posted|published)|posted (on|by)"
            + "|(der|dieser) (beitrag|eintrag|artikel) wurde( am)?|erstellt am|veröffentlicht am|cet (article|billet) a été publié)"
            + "\\b.{0,200}?\\b(filed under|is filed|categori[sz]ed|abgelegt|kategorie|rss)");
    /**
     * A line listing the tags or categories the article is filed under ("Tags: Employment, Health
     * & Fitness", "Category: Personal Finance 101", "Schlagwörter: …"): the label, a colon, then
     * names, not a sentence; the site's index, like the filing line.
     */
    private static final Pattern TAG_LINE = Pattern.compile("(?iu)^(tags?|tagged( with| as| in)?|categor(y|ies)|topics?"
            + "|keywords|schlagw(ö|o)rte?|kategorien?|themen|étiquettes|mots[- ]clés|catégories?|etiquetas|categor[ií]as?"
            + "|temas)\\s*[:：]\\s*(?=\\S)");
    /** Letters beyond which a line opening like a tag line is a paragraph of the article. */
    private static final int MAX_TAG_LINE = 200;
    /**
     * Lines telling about the page the article is read on, not about its subject, besides its
     * reading time ({@link ReadingTimes}): that it can be listened to ("Listen to this article",
     * "Artikel anhören"), shared ("Share this post") or has been visited ("(Visited 1,902 times,
     * 364 visits today)"), or that it is old ("This post is over 3 years old. …"). They open the line.
     * Or the label that marks the box beside it as an advertisement, alone on its line
     * ("Advertisement", "Anzeige", "Reklama"), perhaps with a word on the links the page holds
     * ("Anzeige, enthält Affiliate Links").
     */
    private static final Pattern PAGE_NOTE = Pattern.compile("(?iu)^(listen to (this|the) (article|story|post)"
            + "|(artikel|beitrag) (vor)?(an)?hören|écouter (cet|l['’]) ?article|escuchar (este|el) artículo)\\b|^share (this|the) (post|article|story|page)\\W*$|^\\(?visited [\\d,.]+ times\\b"
            + "|^this (post|article|page|story) is (over|more than) [\\p{L}\\d]+ years? old\\b"
            + "|^(advertisement|sponsored( content)?|anzeige|werbung|reklama|publicidad|publicité|pubblicità|إعلان)"
            + "(\\s*[,:/|–-]\\s*(enthält|contains) [\\p{L}\\s-]{0,30}links?)?\\W*$");
    /** Letters beyond which a line reading like a note about the page is a paragraph of the article. */
    private static final int MAX_PAGE_NOTE = 150;
    /** Letters beyond which a line opening like a filing line is a paragraph of the article. */
    static final int MAX_FILING_LINE = 400;
    /** Letters beyond which a line opening with a date stamp says more than the date. */
    private static final int MAX_DATE_STAMP = 80;
    /** Letters beyond which a line is prose, not a credit. */
    private static final int MAX_CREDIT = 100;
    /** Letters beyond which a line opening like a "read also" pointer is a paragraph of the article. */
    static final int MAX_READ_ALSO = 250;
    /**
     * What prompts say wherever they say it: asking to sign up for a newsletter, to subscribe
     * or pay to read on, to get the site's app, to follow the site on a social network, telling a
     * subscriber to log in. Matched against lower case text, with the word boundary the English
     * phrases start at tried once per position: asked of nearly every paragraph of a page, the
     * pattern with each phrase's own boundary and case-insensitive matching took a tenth of
     * reading a page. The lookahead holds the letters the phrases start with, so a position
     * starting none of them is passed over without trying each phrase in turn (a phrase added
     * must add its first letter there).
     */
    private static final Pattern PROMPT_ANYWHERE = Pattern.compile("(?=[abdfgijnstuúاح])(?:\\b(?:sign(ing)? up (for|to) (our|the|my)\\b[^.!?]{0,40}"
            + "\\b(newsletters?|e-?mails?|updates|alerts|briefing)\\b|(sign up|subscribe) (now|today|here)\\b"
            + "|follow (me|us) on (facebook|instagram|twitter|x|tiktok|linkedin|youtube|pinterest|threads|bluesky|social media)\\b"
            + "|newsletter\\b[^.!?]{0,80}\\b(sign up|subscribe)\\b(?! to)|delivered (right |straight )?to your inbox"
            + "|already an? (subscriber|member)\\b|by clicking\\b[^.!?]{0,40}\\byou (agree|confirm|accept)"
            + "|sign up to (get|receive) (it|this|them|each issue)\\b[^.!?]{0,20}\\b(in|to) your inbox"
            + "|(become|upgrade to) an? (paid |premium )?(subscriber|member)\\b[^.!?]{0,40}\\bto (unlock|read|access|continue)"
            + "|(download|get) (our|the \\S+) (free |mobile )?apps?\\b[^.!?]{0,40}\\b(ios|android|app store|google play)"
            + "|to (view|read|continue reading|access) (the full|this|the rest of (this|the)) (story|article)\\b[^.!?]{0,20}"
            + "\\b(subscribe|log in|sign in))"
            + "|newsletter abonnieren|jetzt abonnieren|abonnez-vous|inscrivez-vous [àa] (notre|la) newsletter"
            + "|suscr[ií]bete|[úu]nete (a|desde)|اشترك في (نشرتنا|النشرة)|حمل تطبيق|حمّل تطبيق)");
    /**
     * Words of which every lower-case text {@link #PROMPT_ANYWHERE} finds holds one: looked for
     * first, most short boxes holding none, where the pattern is tried at every position.
     */
    private static final List<String> PROMPT_WORDS = List.of("sign", "subscribe", "newsletter", "delivered", "already",
            "by clicking", "member", "app", "log in", "follow", "abonn", "suscr", "nete ", "اشترك", "تطبيق");
    /** Letters beyond which a box opening like a prompt is a paragraph of the article. */
    private static final int MAX_PROMPT = 300;
    /**
     * How a site discloses that it is paid for the links of its pages ("We may earn a commission
     * from your purchases", "This post contains affiliate links"): a notice of the site's, set
     * where an article's opening paragraphs would stand.
     */
    private static final Pattern DISCLOSURE = Pattern.compile("(?iu)\\b((we|i) (may |might |could |can )?(earn|receive|get|make)"
            + "\\b[^.!?]{0,30}\\b(commissions?|compensation)\\b|(this|the) (post|article|page|story|guide) (may )?contains? affiliate links)");
    /**
     * How a site disclaims what its articles say: that the views are the writers' own ("The
     * views expressed by the authors of this blog are their own"), that an article is only for
     * information ("is intended for educational purposes only"), that it is no professional's
     * advice ("is not a substitute for medical advice", "do not provide tax, legal or
     * accounting advice"), that the site answers for none of it ("SITE is not responsible for the
     * opinions, statements or media content presented by contributors"); or that it may be
     * copied under a licence ("This work is licensed under a Creative Commons Attribution 4.0
     * License"). A notice of the site's under every article, as the disclosure is.
     */
    private static final Pattern DISCLAIMER = Pattern.compile("(?iu)\\b((the )?(views|opinions)( and opinions)? expressed"
            + "\\b[^.!?]{0,80}\\b(are (solely )?(those of|their own|the author|his own|her own)|do not (necessarily )?(reflect|represent))"
            + "|(is|are|was|has been) (intended|provided|prepared|published|offered|written) (solely |only |purely )?for (general )?"
            + "(educational|informational|information)( and (educational|informational))? purposes"
            + "|not (intended (as|to be) |meant (as|to be) )?an? (substitute|replacement) for (professional )?(medical |legal |financial )?"
            + "(advice|diagnosis|treatment)"
            + "|(is|are) not responsible for the (opinions|views|statements|contents?)\\b"
            + "|do(es)? not (provide|give|offer|constitute) (tax|legal|accounting|medical|financial|investment)\\b[^.!?]{0,40}\\badvice"
            + "|(this|the) (work|article|post|story|content|page|text|blog|site|website) (is|are) (licensed|available|published|distributed) under"
            + " (a|the) (creative commons|cc[ -]by)\\b)");

    /**
     * Words of which every text {@link #DISCLOSURE} or {@link #DISCLAIMER} finds holds one, as
     * their (?iu) matching compares letters: looked for first, in one pass over the text folded
     * so, since the patterns, tried at every position of every short box of the article, took a
     * twentieth of reading a page.
     */
    private static final Words DISCLOSURE_WORDS = new Words("commission", "compensation", "affiliate links",
            "expressed", "purposes", "substitute", "replacement", "responsible", "advice", "creative commons", "cc by",
            "cc-by");

    private Hints() {
    }

    /**
     * The class and id of {@code e} in lower case, camel case split with hyphens so that
     * {@code articleBody} and {@code ShareBar} read as {@code article-body}, {@code share-bar}.
     */
    static String names(Element e) {
        // Most elements have neither, and this is asked of each several times.
        if (!e.hasAttr("class") && !e.hasAttr("id")) return "";
        // Joined, not concatenated: the build compiles "+" to a builder that grows and is then
        // copied, and this is made for nearly every element, several times.
        String s = String.join(" ", e.className(), e.id());
        if (s.length() == 1) return "";
        int first = 0;
        while (first < s.length() && !changesInLowerCase(s.charAt(first))) first++;
        if (first == s.length()) return s;
        StringBuilder sb = new StringBuilder(s.length() + 8).append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(s.charAt(i - 1))) sb.append('-');
            sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }

    /** Whether {@code names} would change {@code c}: an upper-case letter, or one lower case maps. */
    private static boolean changesInLowerCase(char c) {
        if (c < 128) return c >= 'A' && c <= 'Z';
        return Character.isUpperCase(c) || Character.toLowerCase(c) != c;
    }

    static boolean isBoilerplate(Element e) {
        String n = names(e);
        if (n.isEmpty() && !e.hasAttr("role")) return false;
        if (hasChromeRole(e)) return true;
        return BOILERPLATE.in(n) && (!CONTENT.in(n) || OWNED_CALL.matcher(n).find()) && !wrapsNamedContent(e)
                && !isFormula(e);
    }

    /**
     * Whether all the text of {@code e} is that of its MathML formulas: formula renderers name
     * the box they draw a formula in for their own widgets ("CtxtMenu_Attached", its context
     * menu), and that name says nothing of the formula, which is the article's.
     */
    static boolean isFormula(Element e) {
        List<Element> formulas = e.select(MATH);
        if (formulas.isEmpty()) return false;
        int formulaLetters = 0;
        for (Element m : formulas) formulaLetters += visibleChars(m.text());
        return formulaLetters > 0 && formulaLetters == visibleChars(e.text());
    }

    private static int visibleChars(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\u00a0') n++;
        return n;
    }

    /** Whether the role of {@code e} says it is the site's navigation, banner, footer or a dialog. */
    static boolean hasChromeRole(Element e) {
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        return role.equals("navigation") || role.equals("complementary") || role.equals("contentinfo")
                || role.equals("banner") || role.equals("dialog") || role.equals("alert") || role.equals("menu")
                || role.equals("menubar");
    }

    /**
     * Whether {@code e} is all there is inside a box named as the article: page builders wrap
     * each box's content in a box named for their layout ("elementor-widget-container" inside
     * "elementor-widget-theme-post-content"), and that wrapper is the article, not a widget.
     */
    private static boolean wrapsNamedContent(Element e) {
        Element parent = e.parent();
        // The own text last: a paragraph's is most of its text.
        return parent != null && parent.childrenSize() == 1 && CONTENT.in(names(parent)) && parent.ownText().isBlank();
    }

    /** Whether {@code e} is named or marked up as a box about the article's writer. */
    static boolean namesAuthorBox(Element e) {
        if (e.attr("itemprop").equalsIgnoreCase("author")) return true;
        String n = names(e);
        return !n.isEmpty() && containsAny(n, AUTHOR_BOX_WORDS) && AUTHOR_BOX.matcher(n).find()
                && !QUOTE_NAME.matcher(n).find();
    }

    private static boolean containsAny(String s, List<String> words) {
        for (int i = 0; i < words.size(); i++) if (s.contains(words.get(i))) return true;
        return false;
    }

    /**
     * Lower-case ASCII words looked for in texts, with the letters they start with: the texts are
     * scanned once, a position whose letter starts none of them passed over at once, where
     * scanning the text again for each word, character by character through {@code charAt},
     * cost a twentieth of reading a page under the quick (C1) compiler the launcher uses.
     */
    static final class Words {
        private final char[][] words;
        private final boolean[] starts = new boolean[128];

        Words(String... words) {
            this.words = new char[words.length][];
            for (int i = 0; i < words.length; i++) {
                this.words[i] = words[i].toCharArray();
                starts[words[i].charAt(0)] = true;
            }
        }

        /**
         * Whether one of the words stands in {@code a} from {@code i}, its characters read as
         * {@link #asciiLower} gives them when {@code asciiOnly}, else as {@link #asciiFolded} does.
         */
        private boolean startsAt(char[] a, int i, boolean asciiOnly) {
            for (char[] w : words) {
                if (i + w.length > a.length) continue;
                int j = 0;
                while (j < w.length && (asciiOnly ? asciiLower(a[i + j]) : asciiFolded(a[i + j])) == w[j]) j++;
                if (j == w.length) return true;
            }
            return false;
        }
    }

    /**
     * Whether {@code s} holds one of {@code words}, upper-case ASCII letters read as lower case:
     * as a pattern with {@code (?i)} (ASCII case only) finds them, without making a matcher.
     */
    static boolean containsAnyIgnoringAsciiCase(String s, Words words) {
        char[] a = s.toCharArray();
        for (int i = 0; i < a.length; i++) {
            char c = asciiLower(a[i]);
            if (c < 128 && words.starts[c] && words.startsAt(a, i, true)) return true;
        }
        return false;
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    static boolean namesNeverArticle(Element e) {
        String n = names(e);
        return !n.isEmpty() && NEVER_ARTICLE.in(n);
    }

    /**
     * Words looked for in the names {@link #names} gives, or words beginning so: found without
     * cutting the names into strings (a substring and a joined pair for each word, for nearly
     * every element of a page, several times, were a twentieth of reading it). A set of the
     * words' hashes, as {@link String#hashCode} computes them, each word's and each joined
     * pair's hash computed while scanning.
     */
    static final class NameWords {
        private final String[] table;
        private final int[] hashes;
        private final List<String> prefixes;

        /**
         * @param prefixes beginnings that make any word one of these ("related-posts",
         *     "relatedStories" read as "relatedstories")
         */
        NameWords(List<String> prefixes, String... words) {
            int size = Integer.highestOneBit(Math.max(1, words.length) * 4);
            table = new String[size];
            hashes = new int[size];
            this.prefixes = prefixes;
            for (String w : words) {
                int i = slot(w.hashCode());
                while (table[i] != null) i = (i + 1) & (size - 1);
                table[i] = w;
                hashes[i] = w.hashCode();
            }
        }

        private int slot(int hash) {
            return (hash ^ hash >>> 16) & (table.length - 1);
        }

        /**
         * Whether a word of {@code names} (split at spaces, underscores and hyphens), or two
         * adjacent words joined, is one of these or begins with one of the prefixes.
         */
        boolean in(String names) {
            int previous = -1, previousEnd = 0, previousHash = 0;
            int start = 0, hash = 0, power = 1;
            for (int i = 0, n = names.length(); i <= n; i++) {
                if (i < n) {
                    char c = names.charAt(i);
                    if (!isWordSeparator(c)) {
                        hash = 31 * hash + c;
                        power *= 31;
                        continue;
                    }
                }
                if (i > start) {
                    if (holds(names, -1, 0, start, i, hash) || previous >= 0
                            && holds(names, previous, previousEnd, start, i, previousHash * power + hash)) {
                        return true;
                    }
                    // A prefix holds no separator: found at the word's start, it is within the word.
                    for (int p = 0; p < prefixes.size(); p++) if (names.startsWith(prefixes.get(p), start)) return true;
                    previous = start;
                    previousEnd = i;
                    previousHash = hash;
                }
                start = i + 1;
                hash = 0;
                power = 1;
            }
            return false;
        }

        /**
         * Whether the characters of {@code names} from {@code first} to {@code firstEnd} (none
         * when {@code first} is negative) followed by those from {@code start} to {@code end},
         * whose hash is {@code hash}, are one of the words.
         */
        private boolean holds(String names, int first, int firstEnd, int start, int end, int hash) {
            int firstLength = first < 0 ? 0 : firstEnd - first;
            int length = firstLength + end - start;
            for (int i = slot(hash); table[i] != null; i = (i + 1) & (table.length - 1)) {
                String w = table[i];
                if (hashes[i] == hash && w.length() == length
                        && (first < 0 || w.regionMatches(0, names, first, firstLength))
                        && w.regionMatches(firstLength, names, start, end - start)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static boolean isWordSeparator(char c) {
        return c == ' ' || c == '-' || c == '_' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    /** The class/id weight used in scoring: positive for article names, negative for chrome. */
    static int weight(Element e) {
        String n = names(e);
        if (n.isEmpty()) return 0;
        boolean chrome = (NEGATIVE.in(n) || BOILERPLATE.in(n)) && !isFormula(e);
        // A wrapper named for the layout inside a box named as the article is that box.
        if (chrome && wrapsNamedContent(e)) return 25;
        int w = 0;
        if (CONTENT.in(n)) w += 25;
        if (chrome) w -= 25;
        return w;
    }

    /**
     * Whether a box of {@code letters} letters, its text as {@link #normalize} gives it asked of
     * {@code normal} only when the letters allow a prompt, asks the reader to subscribe, accept
     * cookies or get an app.
     */
    static boolean isPrompt(int letters, Supplier<String> normal) {
        if (letters == 0 || letters >= MAX_PROMPT) return false;
        String text = normal.get();
        // Anchored at the start: lookingAt tries that one place, where find would try each.
        if (PROMPT.matcher(text).lookingAt()) return true;
        String lower = text.toLowerCase(Locale.ROOT);
        return containsAny(lower, PROMPT_WORDS) && PROMPT_ANYWHERE.matcher(lower).find();
    }

    /**
     * Whether a line of {@code letters} letters, {@code linkLetters} of them in links, points to
     * another article: a "read also" label and then a headline, most often its link; or the
     * label alone. This test and the credit, date-stamp and filing-line tests below take the
     * line's text as {@link #normalize} gives it: a line is asked them one after another, and
     * normalizing its text for each cost as much as the tests.
     */
    static boolean isReadAlsoLine(String normal, int letters, int linkLetters) {
        if (letters == 0 || letters > MAX_READ_ALSO) return false;
        Matcher m = null;
        for (String label : TeaserWords.labelsOpening(Keys.of(normal))) {
            m = LABEL_SEPARATOR.matcher(normal).region(Keys.endOf(normal, label), normal.length());
            if (m.lookingAt()) break;
            m = null;
        }
        if (m == null) return false;
        String rest = normal.substring(m.end());
        int restLetters = lettersAndDigits(rest);
        if (restLetters == 0 || linkLetters * 2 >= restLetters) return true;
        // Unlinked, a single headline-like sentence.
        return restLetters < 150 && !INNER_SENTENCE_END.matcher(rest.strip()).find();
    }

    /**
     * The letters and digits of {@code text}, counted by code point: a loop, as a stream made for
     * the first line of most boxes of a page cost more than the count.
     */
    static int lettersAndDigits(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isLetterOrDigit(c)) n++;
            i += Character.charCount(c);
        }
        return n;
    }

    /** Whether a short line is the credit of a picture. */
    static boolean isCreditLine(String normal, int letters) {
        return letters > 0 && letters <= MAX_CREDIT && CREDIT_LINE.matcher(normal).find();
    }

    /** Whether a line is a blog post's filing line: when it was posted, where it is filed, its feed. */
    static boolean isFilingLine(String normal, int letters) {
        return letters > 0 && letters <= MAX_FILING_LINE && FILING_LINE.matcher(normal).lookingAt();
    }

    /** Whether a line lists the tags or categories of the article. */
    static boolean isTagLine(String normal, int letters) {
        if (letters == 0 || letters > MAX_TAG_LINE) return false;
        Matcher m = TAG_LINE.matcher(normal);
        return m.lookingAt() && !INNER_SENTENCE_END.matcher(normal.substring(m.end())).find();
    }

    /** Whether a short line tells about the page the article is read on: its reading time, a player, its age. */
    static boolean isPageNote(String normal, int letters) {
        if (letters == 0 || letters > MAX_PAGE_NOTE) return false;
        return ReadingTimes.closes(normal) || ReadingTimes.labelled(normal) || PAGE_NOTE.matcher(normal).find();
    }

    /** Whether a short line only says when the article was published or updated. */
    static boolean isDateStampLine(String normal, int letters) {
        return letters > 0 && letters <= MAX_DATE_STAMP && DATE_STAMP.matcher(normal).lookingAt();
    }

    /**
     * Whether {@code text} discloses that the site is paid for its links (see {@link #DISCLOSURE})
     * or disclaims what the article says (see {@link #DISCLAIMER}).
     */
    static boolean isDisclosure(String text) {
        return containsAnyFolded(text, DISCLOSURE_WORDS)
                && (DISCLOSURE.matcher(text).find() || DISCLAIMER.matcher(text).find());
    }

    /**
     * Whether {@code text} holds one of {@code words} (lower case ASCII) with its letters compared
     * as a pattern with {@code (?iu)} compares them with a letter of the pattern: equal once upper-
     * then lower-cased (so "ſ" is an "s", "K" a "k").
     */
    private static boolean containsAnyFolded(String text, Words words) {
        char[] a = text.toCharArray();
        for (int i = 0; i < a.length; i++) {
            char f = asciiFolded(a[i]);
            if (f != 0 && words.starts[f] && words.startsAt(a, i, false)) return true;
        }
        return false;
    }

    /**
     * {@code c} upper- then lower-cased when that gives an ASCII character, else 0: the words
     * looked for being ASCII, what folds to any other character matches none of them. Past ASCII
     * only four characters fold into it (a test holds the JDK's tables to that), so their two
     * table look-ups are not made for every letter of an Arabic text.
     */
    static char asciiFolded(char c) {
        if (c < 0x80) return asciiLower(c);
        return switch (c) {
            case '\u0130', '\u0131' -> 'i';
            case '\u017F' -> 's';
            case '\u212A' -> 'k';
            default -> 0;
        };
    }

    /**
     * Whether a line says the article is over and something else follows: a label such as
     * "Related", "More from SITE:" or "About the author".
     */
    static boolean isEndLabel(String text) {
        String t = normalize(text);
        return t.length() < MAX_END_LABEL && END_LABEL.matcher(t).find();
    }

    /** Whether a line is the label of a table of contents and nothing more. */
    static boolean isContentsLabel(String text) {
        String t = normalize(text);
        return !t.isEmpty() && t.length() < 40 && CONTENTS_LABEL.matcher(t).matches();
    }

    /** Whether a line is the label of a box that is not the article ("Related stories", "Comments") and nothing more. */
    static boolean isBoxLabel(String text) {
        String t = normalize(text);
        return !t.isEmpty() && t.length() < 40 && (TeaserWords.isLabel(t) || BOX_LABEL.matcher(t).matches());
    }

    /** Runs of white space (and no-break spaces) as one space, trimmed. */
    static String collapseSpaces(String text) {
        return collapsed(text.toCharArray(), false);
    }

    /** Text compared loosely: NFKC, Arabic diacritics and tatweel removed, spaces collapsed. */
    static String normalize(String text) {
        char[] a = text.toCharArray();
        // ASCII text is its own NFKC form and holds no Arabic mark; asked of most lines of most
        // pages, the normalizer's check is then work for nothing.
        if (isAscii(a)) return collapsed(a, false);
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFKC)) {
            a = Normalizer.normalize(text, Normalizer.Form.NFKC).toCharArray();
        }
        return collapsed(a, true);
    }

    /**
     * The characters of {@code a} with runs of white space (and no-break spaces) as one space,
     * trimmed, and without Arabic diacritics and tatweel when {@code dropMarks}. Compacted in
     * place in the array: read with charAt and copied through a builder, every character cost
     * calls with their own bounds checks under the quick (C1) compiler the launcher uses.
     */
    private static String collapsed(char[] a, boolean dropMarks) {
        int w = 0;
        boolean space = true;
        for (char c : a) {
            if (dropMarks && (c >= '\u064B' && c <= '\u0652' || c == '\u0670' || c == '\u0640')) continue;
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00a0') {
                if (!space) a[w++] = ' ';
                space = true;
            } else {
                a[w++] = c;
                space = false;
            }
        }
        if (w > 0 && a[w - 1] == ' ') w--;
        return new String(a, 0, w);
    }

    private static boolean isAscii(char[] a) {
        for (char c : a) if (c >= 0x80) return false;
        return true;
    }
}
