package io.convert.reader.text.internal;

import io.convert.lang.BylineWords;
import io.convert.lang.FunctionWords;
import io.convert.lang.Numerals;
import io.convert.lang.PictureCredits;
import io.convert.lang.PrintedDates;
import io.convert.lang.ReadingTimes;
import io.convert.lang.TeaserWords;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the lines a page's template adds around an article, in English and Arabic: share
 * and follow widgets, "read also" teasers, breadcrumbs, menu rows, copyright and cookie notices,
 * tag lists, lone bullets, and CMS artefacts such as an image's placeholder alt text. Each test
 * looks at one line; the context rules (runs of short lines, link density) live in
 * {@link ContentRegion}.
 */
public final class Chrome {
    /** Words a share/follow/navigation widget is made of; a line of only these is a widget. */
    private static final Set<String> WIDGET_WORDS = Set.of(
            "share", "shares", "sharing", "shared", "tweet", "facebook", "fb", "twitter", "x", "whatsapp", "telegram",
            "linkedin", "pinterest", "reddit", "tumblr", "messenger", "instagram", "youtube", "tiktok", "snapchat",
            "threads", "bluesky", "flipboard", "اكس", "rss", "feed", "email", "e", "mail", "print", "comment", "comments",
            "copy", "copied", "link", "url", "follow", "us", "on", "this", "article", "story", "page", "save", "saved",
            "bookmark", "gift", "subscribe", "more", "close", "menu", "search", "home", "login", "log", "in", "out",
            "sign", "up", "register", "next", "previous", "prev", "back", "to", "top", "scroll", "skip", "content", "main",
            "navigation", "toggle", "open", "via", "and", "or", "font", "size", "text", "a", "listen", "audio",
            "play", "video", "view", "views", "like", "likes", "reply", "replies", "google", "news",
            // "Share it!", "Share post on:", "Share by Email", "Share with friends": a share button's longer labels
            "it", "post", "by", "with", "friend", "friends",
            // "Summarize with ChatGPT", "Perplexity", "Grok": the buttons that send the page to a chatbot, beside the share row
            "summarize", "summarise", "chatgpt", "perplexity", "grok", "claude", "gemini", "copilot", "ai",
            "مشاركه", "شارك", "شاركها", "المشاركه", "عبر", "على", "علي", "تابعنا", "تابعونا", "طباعه", "اطبع",
            "تعليق", "تعليقات", "التعليقات", "فيسبوك", "فيس", "بوك", "تويتر", "واتساب", "واتس", "اب", "تيليجرام",
            "تلجرام", "تليجرام", "انستغرام", "انستجرام", "يوتيوب", "لينكدان", "البريد", "الالكتروني", "ارسل", "ارسال",
            "لصديق", "نسخ", "الرابط", "رابط", "مختصر", "حفظ", "الرئيسيه", "بحث", "ابحث", "القائمه", "اغلاق",
            "المزيد", "التالي", "السابق", "حجم", "الخط", "تكبير", "تصغير", "في", "من", "و", "استمع", "للخبر",
            "الخبر", "المقال", "المقاله", "الموضوع", "الصفحه", "القصه", "هذا", "هذه", "الان", "انشر", "وانشر", "محادثه", "button", "icon",
            "مشاهده", "مشاهدات", "اعجاب", "partager", "partagez", "partage", "imprimer", "envoyer", "commentaire",
            "commentaires", "réagir", "suivez", "nous", "sur", "par",
            // "Envoyer à un ami", "Version imprimable": a French page's send and print buttons, "Accueil" its home link
            "accueil", "à", "un", "ami", "version", "imprimable",
            "الفيسبوك", "الانستغرام", "الانستجرام", "انستقرام", "اليوتيوب", "تلغرام", "التلغرام", "التليجرام", "سناب", "شات",
            "تيك", "توك", "بينتيريست", "بنترست", "ريديت", "ماسنجر", "تمبلر", "لينكد", "ان", "بريد", "الكتروني");
    private static final int LONGEST_WIDGET_WORD = WIDGET_WORDS.stream().mapToInt(String::length).max().orElse(0);
    /** Where an Arabic word runs into a Latin one, or a Latin into an Arabic, with no space between. */
    private static final Pattern SCRIPT_SEAM = Pattern.compile(" |(?<=\\p{IsArabic})(?=\\p{IsLatin})|(?<=\\p{IsLatin})(?=\\p{IsArabic})");
    private static final Set<String> SHARE_WORDS = Set.of("share", "sharing", "مشاركه", "شارك", "شاركها", "المشاركه", "partager", "partagez");
    /** Widget words that alone make a line a widget (the rest also occur in ordinary short lines). */
    private static final Set<String> WIDGET_ANCHORS = Set.of(
            "share", "sharing", "tweet", "facebook", "fb", "twitter", "whatsapp", "telegram", "linkedin", "pinterest",
            "reddit", "messenger", "instagram", "youtube", "tiktok", "flipboard", "email", "print", "comments", "summarize", "summarise",
            "bookmark", "subscribe", "menu", "search", "home", "login", "skip", "scroll", "navigation", "reply",
            "مشاركه", "شارك", "شاركها", "المشاركه", "تابعنا", "تابعونا", "طباعه", "اطبع", "تعليقات", "التعليقات",
            "فيسبوك", "تويتر", "واتساب", "تيليجرام", "تلجرام", "تليجرام", "انستغرام", "انستجرام", "يوتيوب",
            "الرئيسيه", "بحث", "ابحث", "القائمه", "نسخ", "الرابط", "partager", "partagez", "imprimer", "commentaires",
            "الفيسبوك", "الانستغرام", "الانستجرام", "انستقرام", "اليوتيوب", "تلغرام", "التلغرام", "التليجرام", "rss", "بينتيريست", "بنترست", "ماسنجر");
    /** Phrases that start a template line of any other kind (tags, ads, sign-up, skip links). */
    private static final List<String> TEMPLATE_PREFIXES = List.of(
            "advertisement", "advertising", "sponsored", "tags", "topics", "filed under", "keywords",
            "categories", "category", "newsletter", "sign up", "subscribe", "click here", "click to share",
            // a post's filing line, its writer's archive link, and where to comment on it ("Comment via: facebook")
            "filed in", "more articles from", "more articles by", "comment via",
            "click to email", "click to print", "listen to this article",
            "skip to", "jump to", "back to top", "loading", "share this", "share on", "follow us", "follow on",
            "our standards", "image source", "image caption", "suggested topics", "media caption", "getty images", "view comments", "leave a comment",
            "post a comment", "add a comment", "comments", "privacy policy", "terms of use",
            "terms of service", "contact us", "about us", "all rights reserved", "log in", "sign in",
            "الوسوم", "الكلمات المفتاحيه", "كلمات مفتاحيه", "كلمات دالة", "كلمات داله", "تاجز",
            "النشره البريديه", "اشترك", "سياسه الخصوصيه", "اتصل بنا", "من نحن", "اضف تعليق", "أضف تعليق",
            "التعليقات", "شروط الاستخدام", "رابط مختصر", "الرابط المختصر", "تابعونا على", "تابعنا على",
            "شارك على", "شارك عبر", "مصدر الصوره", "صوره ارشيفيه", "تسجيل الدخول", "تسجيل الخروج", "هل تريد حقا تسجيل الخروج",
            "log out", "sign out", "se déconnecter", "عرض مقالات الكاتب", "مقالات الكاتب", "صفحة الكاتب",
            "كل مقالات", "لتصلك", "حمل تطبيق", "download the app", "get the app", "télécharger l application",
            "publicité", "mots clés", "abonnez vous", "inscrivez vous", "s abonner", "laisser un commentaire",
            "ajouter un commentaire", "taille du texte", "se connecter", "suivez nous", "politique de confidentialité",
            "mentions légales", "nous contacter", "qui sommes nous", "votre commentaire", "استمع الى الملخص",
            "اظهر الملخص", "اخف الملخص", "استمع الي المقال", "استمع الى المقال",
            // prayer-time widgets, a writer's box ("Latest posts by NAME (see all)", "عدد المقالات 122"),
            // an article's folding table of contents, counters under the headline
            "مواقيت الصلاه", "latest posts by", "عدد المقالات", "table of contents", "فهرس المقال", "فهرس المحتويات",
            "جدول المحتويات", "تاريخ الاضافه", "عدد الزيارات", "عدد القراءات",
            // a newsletter box's states, and a form's
            "thank you your submission has been received", "oops something went wrong while submitting the form",
            "thanks for subscribing", "thank you for subscribing", "awesome you re subscribed", "you re subscribed",
            "by entering your email", "by signing up", "enter your email", "enter email", "no thanks",
            "روابط سريعه", "ابحث عن",
            // a comment form's prompts and notices, a copy guard's alert
            "there are no comments", "no comments yet", "be the first to comment", "have your say", "donnez votre avis",
            "votre adresse email", "votre adresse e mail", "لن يتم نشر عنوان بريدك", "اترك تعليقا", "اترك تعليق",
            "اترك ردا", "اترك رد", "اضف رد", "لن يتم نشر البريد الالكتروني", "leave a reply", "laisser une réponse", "اضافه تعليق",
            "error content is protected", "error contenu protégé",
            // where an advertisement breaks the text ("تتمة المقال تحت الإعلان", "Story continues below"),
            // and a comment form's fields
            "تتمه المقال تحت الاعلان", "تتمه المقال بعد الاعلان", "يتبع بعد الاعلان",
            "article continues after", "article continues below", "story continues after", "story continues below",
            "continue reading below", "l article continue après", "la suite après cette publicité", "la suite après la publicité",
            "please enter your comment", "please enter your name", "you have entered an incorrect email address",
            // an opinion page's disclaimer ("المقالات لا تعبر عن وجهة نظر الموقع")
            "المقالات لا تعبر عن", "المقالات المنشوره تعبر عن", "الاراء الوارده", "الاراء المنشوره",
            // the heading of a CMS's status box, above the server's warning it shows
            "رساله الخطا", "error message", "message d erreur");
    private static final List<String> TEMPLATE_KEYS = keys(TEMPLATE_PREFIXES);
    /** A breadcrumb trail's label, which the whole trail follows, the headline at its end however long. */
    private static final List<String> TRAIL_KEYS = keys(List.of("you are here", "انت هنا", "انت الان تتصفح", "vous êtes ici"));
    /**
     * An advertisement's label, a line of its own: "إعلان" also opens many headlines, as the noun for
     * an announcement ("إعلان حكومة …", "إعلان نتائج …").
     */
    private static final Set<String> AD_LABELS = Set.of("اعلان", "اعلانات", "مساحه اعلانيه", "اعلان ممول");
    /** An advertisement's control, a button alone on its line: "Hide Ad", "Close this ad", "Skip Ads", "Report ad". */
    private static final Pattern AD_CONTROL = Pattern.compile("(?i)\\W*(?:hide|close|skip|remove|report|dismiss|block|mute)(?: this)? ads?\\W*");
    /** A button's or a link's label alone on its line: "Learn more", "View all", "Book a demo", "عرض الكل". */
    private static final Set<String> BUTTON_LABELS = Set.of("learn more", "view all", "see all", "show all", "show more",
            "load more", "start free trial", "start your free trial", "book a demo", "request a demo", "get a quote", "book now",
            "buy now", "shop now", "check price", "order now", "apply now", "start now", "see it", "get deal", "check it out",
            "read the review", "read full review", "get a demo", "schedule a demo", "try for free", "try it free",
            "no items found", "expand collapse", "open submenu", "close submenu",
            "en savoir plus", "voir tout", "voir plus", "afficher plus", "عرض الكل", "عرض المزيد", "تحميل المزيد",
            // "أظهر المزيد", "إظهار المزيد", "المزيد": "show more" as Arabic themes print it, folded as keys are
            "اظهر المزيد", "اظهار المزيد", "المزيد");
    private static final Set<String> ARTEFACT_WORDS = Set.of(
            "image", "images", "photo", "photos", "img", "picture", "pic", "thumbnail", "thumb", "icon", "logo",
            "banner", "placeholder", "null", "undefined", "default", "featured image", "gallery", "video", "untitled", "background",
            "no image", "no photo", "no thumbnail", "image not found", "image not available",
            "صوره", "الصوره", "صور", "فيديو", "الفيديو", "شعار", "صوره توضيحيه", "صوره تعبيريه", "صوره ارشيفيه");
    /**
     * Labels that are chrome when alone on their line: a theme's byline connectors copied a word
     * per line ("Published" / "on" / DATE), the "or" between two sign-in buttons, a breaking-news badge,
     * a summary toggle.
     */
    private static final Set<String> LONE_LABELS = Set.of("published", "posted", "updated", "on", "or", "ou", "publié", "publié le",
            "mis à jour", "نشر", "نشر في", "نشرت في", "تم النشر", "بتاريخ", "نشر بتاريخ", "عاجل", "breaking", "تلخيص", "ملخص",
            "وضع القراءه", "reading mode", "mode lecture");
    /**
     * A theme's date labels left without their dates ("Published: Updated:"): every word a lone label.
     */
    private static boolean isLabelsOnly(String key, int words) {
        if (words < 2 || words > 4) return false;
        for (String w : key.toLowerCase(Locale.ROOT).split(" ")) if (!LONE_LABELS.contains(w)) return false;
        return true;
    }

    /**
     * A server's warning printed into the page: "Deprecated function: preg_match(): … in /var/www/…",
     * "… in path_alter() (line 40 of /home/…)", "Strict Standards: Declaration of … in /home/…"; or the time it took to build the page ("Page generated in
     * 1.54 seconds.", "Page générée en 0,21 secondes").
     */
    private static final Pattern SERVER_WARNING = Pattern.compile(
            "(?i)^\\W*(?:deprecated(?: function)?|warning|notice|strict standards|fatal error|parse error)\\s*:.*\\b(?:in|of|dans)\\s+\\S*/\\S+"
            + "|^\\W*(?:page (?:generated|created|rendered|loaded) in|page (?:générée|créée) en)\\s+[\\d.,]+\\s*(?:seconds?|secondes?|sec|s|ms)\\b");
    /** A CMS's error printed into the page: "JUser: :_load: …" (a Joomla class and method). */
    private static final Pattern CMS_ERROR = Pattern.compile("J[A-Z]?\\w*: :_?\\w+:");
    private static final Pattern TRAIL_MARK = Pattern.compile("\\s*[>»›|]\\s*");
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[.،,:;!?؟؛]");
    private static final Set<String> HOME = Set.of("الرئيسيه", "الصفحه الرئيسيه", "home", "accueil", "homepage");
    private static final Pattern CSS_NAME = Pattern.compile("[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+");
    /** "DM0KbSGUMAA4mmc": an image's file id for its alt text, one token mixing capitals, small letters and digits. */
    private static final Pattern FILE_ID = Pattern.compile("(?=[^ ]*[A-Z])(?=[^ ]*[a-z])(?=[^ ]*[0-9])[A-Za-z0-9_-]{10,}");
    /**
     * "صورة الوزير في المؤتمر.jpg": a picture's file name standing for its alt text, however many words the
     * uploader gave it; no sentence ends with a picture's extension glued to its last word.
     */
    private static final Pattern PICTURE_FILE_NAME = Pattern.compile("(?i)[\\p{L}\\p{N})_-]\\.(?:jpe?g|png|gif|webp|avif)$");
    /** "u062du0631u064a u0628…": text whose code points a page stored escaped without their backslashes. */
    private static final Pattern ESCAPED_CODE_POINTS = Pattern.compile("(?:u[0-9a-fA-F]{4})+(?:[\\s\\p{P}]+(?:u[0-9a-fA-F]{4})+)*[\\s\\p{P}]*");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "©|\\(c\\)\\s*\\d{4}|\\bcopyright\\b|all rights reserved|tous droits réservés|جميع الحقوق|حقوق النشر|الحقوق محفوظة|powered by",
            Pattern.CASE_INSENSITIVE);
    /**
     * A footer's legal notice ("© 2004-2019 …"), which may go on about trademarks and medical
     * advice at length; "© Provided by …" is an image credit that may run into a paragraph.
     */
    private static final Pattern COPYRIGHT_START = Pattern.compile("(?i)\\s*(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?\\d{4}|\\s*جميع الحقوق");
    private static final Pattern COOKIES = Pattern.compile(
            "(?i)\\bcookies?\\b.*\\b(use|uses|using|accept|consent|policy|settings|browsing|experience)\\b|"
                    + "\\b(use|uses|accept|consent)\\b.*\\bcookies\\b|ملفات تعريف الارتباط|الكوكيز|ملفات الكوكيز"
                    // a consent box's table: "Hotjar sets this cookie to …", "Functional cookies help …"
                    + "|\\bsets? (?:this|the|a) cookie (?:to|when|for|via|which|that)\\b|^\\W*(?:necessary|functional|analytical|analytics|performance|"
                    + "advertisement|marketing|essential|other uncategorized) cookies\\b");
    /**
     * A comment section's notices: "You must be logged in to leave a comment", "The opinions expressed
     * in reader comments are those of the author only", "Comments are moderated"; in French the form's
     * label and its rules ("Nouveau commentaire :", "Votre avis nous intéresse. Cependant, SITE refusera de
     * diffuser …", "Seront immédiatement exclus …").
     */
    private static final Pattern COMMENT_NOTICE = Pattern.compile("(?i)\\b(?:logged in|log in|sign in|signed in|register(?:ed)?)\\b"
            + ".*\\bto (?:leave|post|add|write|join) (?:a )?(?:comment|the conversation)|\\bopinions expressed in (?:the |reader |readers' )?"
            + "comments\\b|^\\W*comments (?:are|will be) (?:moderated|closed|reviewed)\\b"
            + "|^\\W*(?:nouveau commentaire|ajouter un commentaire|laisser un commentaire)\\s*:?\\s*$|^votre avis nous intéresse\\b"
            + "|\\b(?:refusera|se réserve le droit) de (?:diffuser|publier)\\b|^seront (?:immédiatement )?(?:exclus|supprimés|refusés)\\b");
    /**
     * An outlet's disclaimer of what it prints: the views in a text (or its comments) are their writers', not the
     * outlet's. A story may report that a statement "does not reflect" someone's view; it names no outlet's position so.
     */
    private static final Pattern DISCLAIMER = Pattern.compile(
            "(?i)\\b(?:views|opinions)(?: and (?:views|opinions))? expressed\\b.*\\b(?:are (?:solely )?(?:those|the) of|do(?:es)? not (?:necessarily )?(?:reflect|represent))"
            + "|(?:التعليقات|المقالات|الآراء|الاراء|المواد)\\s+(?:المنشورة|المنشوره|الواردة|الوارده)?.{0,30}(?:لا\\s+(?:تعبر|تمثل|تعكس)|تعبر عن (?:رأي|راي|وجهة نظر|وجهه نظر) (?:كاتبها|كتابها|أصحابها|اصحابها|صاحبها))"
            + "|n['’]engagent que\\b|\\bne reflètent pas (?:nécessairement )?(?:l['’]avis|les opinions|la position)");
    /** The most words of a disclaimer: a sentence or two. */
    private static final int DISCLAIMER_WORDS = 80;
    /** The most words of a page's prompt or a paywall's line: a sentence or two of fine print. */
    private static final int PAYWALL_WORDS = 40;
    /** A geo-block's notice in place of the page: "Our website is temporarily unavailable in your location". */
    private static final Pattern GEO_BLOCK = Pattern.compile(
            "(?i)\\b(?:unavailable|not available) in your (?:location|country|region)\\b|\\bget it back online\\b"
                    + "|\\bn.est pas disponible dans votre (?:pays|région)\\b");
    /** "We use cookies …": a consent notice, however long it runs, opens so. */
    private static final Pattern COOKIE_NOTICE_START = Pattern.compile("(?i)^\\W*(?:we|this (?:web)?site|our (?:web)?site) uses? cookies\\b");
    /** A shop's disclosure: "This post contains affiliate links … we may earn a commission at no extra cost to you". */
    private static final Pattern DISCLOSURE = Pattern.compile(
            "(?i)\\baffiliate links?\\b|\\b(?:may|might) earn (?:us )?(?:a )?(?:small )?(?:commission|fee)|\\bat no (?:extra|additional) cost to you");
    /** A form field as a text browser draws it: "Email Address *[                    ]". */
    private static final Pattern FORM_FIELD = Pattern.compile("\\[[ _]{4,}]");
    /** A page's counters: "2250 مشاهدات 0" (views, the comments' own count after it), "Lu 300 fois". */
    private static final Pattern COUNTER = Pattern.compile(
            "(?i)^\\d[\\d,.]*\\s*(comments?|views?|shares?|likes?|تعليق|تعليقات|مشاهده|مشاهدة|مشاهدات|قراءات|زيارات|مشاركة)(?:\\s+\\d+)?$|"
                    + "^(?:عدد\\s+)?(?:القراءات|المشاهدات|الزيارات|القراء|قراءات|مشاهدات|views|vues|lectures)\\s*[:：]?\\s*\\d[\\d,.]*$|"
                    + "^(?:lu|vu)\\s+\\d[\\d\\s.]*\\s+fois$");
    /**
     * A review widget's score: "4.8 out of 5 stars", which a shop or an app directory follows with its count
     * of reviews and a plan's price ("(193) 193 total reviews • Free trial available").
     */
    private static final Pattern STAR_RATING = Pattern.compile("(?i)^\\W*(?:rated\\s+)?\\d(?:[.,]\\d)?\\s+out of\\s+(?:5|five|10|ten)(?:\\s+stars?)?\\b");
    /** A rating widget's count alone on its line: "(7 votes)", "12 صوتا". */
    private static final Pattern VOTE_COUNT = Pattern.compile("(?i)^\\(?\\s*\\d+\\s+(?:votes?|أصوات|اصوات|صوتا|صوت)\\s*\\)?$");
    /**
     * A buying guide's shop buttons under each product: "$200 at Amazon $180 at Target View on Williams Sonoma",
     * "See it at AmazonSee it at Razer", "£45 at John Lewis", "Buy on Amazon", a book's "Read on Kobo".
     */
    private static final Pattern SHOP_BUTTONS = Pattern.compile(
            "^\\W*(?:[$£€]\\s?\\d[\\d.,]*\\s+at|(?i:see it at|view (?:it )?on|buy (?:it )?(?:now )?(?:at|on)|read (?:it )?on|check price at))\\s+\\p{Lu}(?:[^.!?]|[.](?=\\w))*$");
    /**
     * A picture's description left where the picture stood, as its alt text says what it shows ("A picture of
     * a pitcher of water with lemon slices", "This image shows the view of Qatar from the airplane"). A
     * caption that tells what happened in it says so with a verb ("An image of the president is raised
     * during a rally"), and stays.
     */
    private static final Pattern IMAGE_DESCRIPTION = Pattern.compile(
            "(?i)^\\W*(?:an?\\s+(?:close[- ]?up|picture|photo|photograph|image|screenshot|headshot)\\s+of|this (?:image|photo|picture) (?:shows|depicts))\\s"
                    // The same without the article, as alt texts are often written: "Headshot of NAME", "Screenshot of
                    // a 90s home page", "Image shows a rustic menu"; capitalised, as a line opens and a wrapped
                    // sentence's next line ("portrait of a generation …") does not.
                    + "|^\\W*(?-i:[A-Z])(?:icture|hoto|hotograph|mage|creenshot|eadshot|llustration) (?:of|shows|depicts)\\s");
    /**
     * An image's alt text a text browser prints on its own line: a description in lower case with no stop at
     * its end ("a pot of mint on a balcony railing"). A heading or a paragraph opens with a capital; a
     * wrapped sentence's next line (in a list item the wrap leaves apart) has no blank line above it.
     */
    private static final Pattern LOWER_CASE_DESCRIPTION = Pattern.compile("^an? \\p{Ll}.*(?<![.!?:;,…])$");
    /** Where a line's first sentence ends. */
    private static final Pattern FINAL_STOP_INSIDE = Pattern.compile("[.!?]\\s+\\S");
    /** The verb a caption tells what happens in its picture with; a description names what it shows. */
    private static final Pattern FINITE_BE = Pattern.compile("(?i)\\b(?:is|are|was|were)\\b");
    /** What a line of a program has and prose has not: braces or brackets, a statement's closing semicolon, a call or a list left open, an arrow. */
    private static final Pattern SOURCE_CODE = Pattern.compile("(?:[;{}(,\\[]|=>)\\s*$|^\\s*[}\\])]");
    /** An Arabic letter right after a ta marbuta, which ends its word: two words run together. */
    private static final Pattern GLUED_ENTRIES = Pattern.compile("ة[\\x{0621}-\\x{064A}]");
    /** A weather widget's reading: "10.88°رام الله", "Cairo 31°C". */
    private static final Pattern TEMPERATURE = Pattern.compile("\\d\\s*°\\s*[CFcf]?(?!\\p{L}*\\d)");
    /** The words of a weather widget's line ("حالة الطقس: غائم جزئياً 18°", "Weather: sunny 24°C"). */
    private static final Pattern WEATHER = Pattern.compile(
            "(?iu)الطقس|طقس|غائم|مشمس|ممطر|صحو|weather|sunny|cloudy|showers|météo|nuageux|ensoleillé");
    /** The day's prayers, named with their times in a widget ("الفجر 4:45 الظهر 12:10 …"). */
    private static final Pattern PRAYER = Pattern.compile("(?:الفجر|الشروق|الظهر|العصر|المغرب|العشاء)\\s*:?\\s*\\d{1,2}:\\d{2}");
    /**
     * A headline a teaser cut short: "Ten things you never knew about…", "… Is Never...". A site cuts with an
     * ellipsis or three dots; a run of four or more ("ووجع الحاضر....") is the writer's own trailing off.
     */
    private static final Pattern TRUNCATED = Pattern.compile("(?:…|(?<!\\.)\\.\\.\\.)\\s*$");
    /**
     * A teaser's excerpt: the start of another story, cut off with an ellipsis before its link ("Before walking
     * up to… Read more Read more", "…his first season... Continue reading →"). A paragraph of the article is
     * not cut so.
     */
    private static final Pattern CUT_EXCERPT = Pattern.compile(
            "(?i)(?:…|\\.\\.\\.)\\s*(?:read more|continue reading|keep reading)(?:\\s+read more)*\\s*[»→›]?\\s*$");
    /**
     * An entry of a live ticker or news feed: a headline after the time it was posted ("14:32 …",
     * "10:05 م …", "• 14:32 …" when the feed is a list), or run into it when the copy loses the space
     * ("11:34الاحتلال …").
     */
    private static final Pattern TICKER_ENTRY = Pattern.compile(
            "(?i)^(?:[-*•·▪◦●■]\\s*)?\\d{1,2}:\\d{2}(?:\\s*(?:am|pm|a\\.m\\.|p\\.m\\.|ص|م)(?!\\p{L}))?(?:\\s+|(?=\\p{IsArabic}{2}))\\S.*[^.]$");
    /** What stands for an embedded frame in a copy: its tag, its fallback, a timeline's label ("Tweets by SITE"). */
    private static final Pattern EMBED = Pattern.compile(
            "(?i)^(?:IFRAME|EMBED|APPLET|OBJECT|FRAME|Your browser does not support)\\b.*|^(?:Tweets|Posts) (?:by|from) @?\\w+$");
    private static final Pattern MARKUP = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(?:\\s+[\\w-]+\\s*=|\\s*/?>)|\\b(?:src|href|class|style)=\\S"
            // A style sheet's rule: "selector { property: value;".
            + "|\\{\\s*-?[a-z]+(?:-[a-z]+)*\\s*:\\s*[^;{}]+;");
    /** "… | Foto: Reuters", "Photograph: Jane Doe/AFP", "(Photo by X)", "الصورة: رويترز". */
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?i)(?:^|[|(\\s])" + PictureCredits.LABEL + "(?:\\s+by)?\\s*[:/]\\s*\\S+(?:\\s+\\S+){0,5}\\)?$|"
                    + "^\\s*تصوير\\s+\\p{IsArabic}+(?:\\s+\\p{IsArabic}+){0,3}\\s*$|"
                    + "\\(" + PictureCredits.LABEL + "s?\\s+(?:by|credit|:)[^)]*\\)$|(?:^|[/|(©]\\s*|\\bvia\\s+)" + PictureCredits.STOCK + "\\b");
    /**
     * A caption closed by its credit as a sentence of its own: "… in Central Park. Photograph by Jane Roe.",
     * "… 40 × 30 cm. Courtesy the artist." A sentence of the text names a photograph inside it ("…, a
     * photograph by Walker Evans.") and thanks someone with more than a name. A credit alone on its line
     * ("Photo by NAME") may be all the caption a picture has, and is left to the patterns above.
     */
    private static final Pattern CLOSING_CREDIT = Pattern.compile(
            "(?<=[.!?;:—–]\\s{1,3})(?:(?i:photo(?:graph)?s?|image|illustration)\\s+(?:by|courtesy of)\\s+\\p{Lu}|Courtesy\\s+(?:of\\s+)?(?:the\\s+)?\\p{L})"
                    + "[^.!?]{0,60}\\.?\\s*$");
    /** The signature line of an embedded tweet or post: "— Name (@handle) October 31, 2021". */
    private static final Pattern EMBEDDED_POST_SIGNATURE = Pattern.compile("^[—–-]\\s*.{1,60}\\(@\\w+\\)|pic\\.twitter\\.com/");
    /** The fewest characters of a headline printed over and over in one line: a writer's name so glued is the byline's link. */
    private static final int MIN_REPRINTED_LINK = 15;
    /** The most characters of a headline printed over and over in one line, so that a huge line costs no more than a long one. */
    private static final int MAX_REPRINTED_LINK = 300;
    /**
     * What marks a run of non-spaces as an address, a query string, a file name or code; a server's IPv4 address
     * ("85.10.193.41") is what a theme prints of its host or the reader's, no figure a text gives.
     */
    private static final Pattern TECHNICAL = Pattern.compile(
            "https?:|www\\.|//|[=&{};<>\\\\]|%[0-9A-Fa-f]{2}|\\.(?:gif|png|jpe?g|js|css|php|html?)\\b|^\\d{1,3}(?:\\.\\d{1,3}){3}$");
    /**
     * "2 حزيران، 2018اعتقالات متبادلة…": a list of other stories copied with each date run into its
     * headline; a year ends a word only with its era letter ("2018م").
     */
    private static final Pattern DATE_GLUED_TO_HEADLINE = Pattern.compile("^.{0,40}?(?<!\\d)(?:19|20)\\d{2}(?=\\p{L}{2})");
    private static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile("\\s+[>»›/«‹]\\s+|\\s*[»›‹]\\s*");
    private static final Pattern QUOTED_BREADCRUMB_SEPARATOR = Pattern.compile("\\s+[>›/‹]\\s+|\\s*[›‹]\\s*");
    /** The masthead's staff line: "رئيس التحرير", often with the name glued or on the next line. */
    private static final List<String> MASTHEAD_KEYS = keys(List.of(
            "رئيس التحرير", "رئيسة التحرير", "مدير التحرير", "رئيس مجلس الإدارة", "رئيس مجلسي الإدارة", "المدير العام",
            "مدير النشر", "مديرة النشر", "المشرف العام", "directeur de publication",
            "editor in chief"));
    /**
     * The masthead's motto: "صحيفة يومية مستقلة تصدر عن …", "جريدة إلكترونية شاملة". A headline about
     * a paper names its country ("صحيفة بريطانية: …"), not its kind.
     */
    private static final Pattern PUBLICATION_MOTTO = Pattern.compile(
            "^\\s*(?:صحيفة|جريدة|مجلة|موقع|بوابة|شبكة)\\s+(?:\\S+\\s+)?(?:يومية|أسبوعية|اسبوعية|شهرية|إلكترونية|الكترونية|إخبارية|اخبارية|مستقلة|شاملة)(?!\\p{L})[^:؟?!]*$");
    /** A site's motto, short: "موقع تربوي تعليمي أكاديمي", "موقع إخباري مستقل". */
    private static final Pattern SITE_MOTTO = Pattern.compile(
            "^\\s*(?:موقع|منبر)\\s+(?:إخباري|اخباري|تربوي|تعليمي|ثقافي|رياضي|أكاديمي|اكاديمي|إلكتروني|الكتروني|مستقل|شامل)(?:\\s+\\p{L}+){0,3}\\s*$");
    /** A closing credit of where the story was taken from: "المصدر: ...", "Source: ...". */
    private static final Pattern SOURCE_CREDIT = Pattern.compile("(?i)^\\s*(?:المصدر|المصادر|مصدر الخبر|source|sources|source de l'article)\\s*:");
    /** A store a phone app is downloaded from, named by a download banner. */
    private static final Pattern APP_STORE = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:app store|google play|ios|android|آب ستور|جوجل بلاي|غوغل بلاي|أندرويد|اندرويد|آيفون|ايفون)(?!\\p{L})");
    private static final Pattern DOWNLOAD = Pattern.compile("(?iu)(?<!\\p{L})(?:download|télécharger|حمل|حمّل|نزل|تحميل)(?!\\p{L})");
    /**
     * The font-size buttons: "+ الخط -", "A+ A-", "حجم الخط", the label before them ("تعديل حجم الخط:"), or each
     * button named in words ("تكبير حجم الخط مسح تصغير حجم الخط": larger, reset, smaller).
     */
    private static final Pattern FONT_SIZE = Pattern.compile(
            "(?iu)^(?=.*\\+.*[-–]|.*[-–].*\\+|.*(?:الخط|font size|taille du texte))(?:[\\sA+\\-–]|increase|decrease)*"
                    + "(?:(?:(?:تعديل|تغيير|تكبير|تصغير|زيادة|إنقاص|انقاص)\\s+)?(?:حجم\\s+)?(?:الخط|font size|taille du texte)?"
                    + "(?:[\\sA+\\-–:]|increase|decrease|مسح|إعادة|اعادة)*){1,3}$");
    /** Font-size buttons drawn as letters: "A A", "A- A A+", "+A" and "-A" each on its line, "ع ع ع", a tag's icon before them perhaps. */
    private static final Pattern FONT_BUTTONS = Pattern.compile("\\s*(?:tag icon\\s+)?(?:(?:[+-]?[Aa][+-]?\\s+){1,2}[+-]?[Aa][+-]?|[+-][Aa]|[Aa][+-]|(?:ع\\s+){1,2}ع)\\s*");
    /**
     * What the page says to its reader about the page, not the story: "… اضغط هنا" (click here), "لتحميل
     * الفيديو من هنا" (for the video, here), an appeal to pay for the journalism, what only subscribers may do.
     */
    private static final Pattern PAGE_PROMPT = Pattern.compile("(?iu)(?:اضغط هنا|انقر هنا|إضغط هنا)\\s*[.!:]?\\s*$"
            + "|(?:^|[،,٬]\\s*)(?:للمزيد|لمزيد|لمشاهدة|لتحميل|للتحميل|لقراءة|للاطلاع|للتسجيل|للاشتراك|لمتابعة)(?:\\s+\\S+){0,3}?\\s+(?:من\\s+)?هنا\\s*[.!:]?\\s*$"
            + "|^\\s*support [\\p{L}' ’]{0,40}journalism\\b|(?:consider|please) (?:making|make) a (?:modest |small )?(?:support|contribution|donation)"
            + "|^\\s*by (?:contributing|donating) to\\b|^\\s*good journalism costs\\b"
            // An outlet asking its readers for money: "Support our Nation today", "For the price of a cup of coffee
            // a month you can help us …", "Donate now", "Soutenez notre rédaction", "ادعم صحافة مستقلة".
            + "|^\\s*support (?:us|our [\\p{L}' ’]{1,30}?)(?: today| now)?\\s*[.!]?\\s*$|\\bfor the price of a (?:cup of )?coffee\\b"
            + "|^\\s*(?:donate|make a donation)(?: now| today)?\\s*[.!]?\\s*$"
            + "|^\\s*(?:soutenez|faites un don)\\b.{0,60}\\b(?:nous|notre|journalisme|presse|information|rédaction|média)"
            + "|^\\s*(?:ادعم|ادعموا|تبرع|تبرّع)\\s+(?:الصحافة|صحافة|الموقع|موقعنا|عملنا|استقلال)"
            // "Contenu réservé aux abonnés", a badge over a headline as often as a paywall's opening: no box opens at it.
            + "|^\\W*(?:ce |cet |les )?(?:contenu|article|articles)(?: \\p{L}+)?(?: est| sont)? réservée?s? aux (?:abonnés|inscrits|membres)\\b"
            + "|\\bpour (?:nous )?soutenir\\b[^.!?]{0,40}\\babonnez-vous\\b|^\\W*only subscribers (?:are eligible to|can|may) (?:post|leave|read|comment)\\b"
            // Where to write to the paper: "Pour toute information (ou demande) … écrire à : ADDRESS", "للتواصل: ADDRESS".
            + "|^\\W*(?:pour toute (?:information|question|demande)|for (?:all |any )?(?:enquiries|inquiries)|للتواصل|للاستفسار)"
            + "[^@]{0,120}?[\\w.+-]+@[\\w-]+\\.\\w|(?:écrire|écrivez(?:-nous)?) à\\s*:?\\s*[\\w.+-]+@[\\w-]+\\.\\w"
            // "You can send your letters at: ADDRESS", the whole line (a copy of a page that hides addresses prints
            // "[email protected]"); a column's own "(Send your questions to ADDRESS. …)" goes on to say more
            + "|^\\W*(?:you can )?(?:send|e-?mail) (?:us )?(?:your )?[^@.!?]{0,40}?\\b(?:at|to)\\s*:?\\s*(?:[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|\\[email protected\\])\\s*\\.?\\s*$");
    /**
     * A paywall's cut: "Subscribe to continue reading", "To continue reading, please subscribe:", "Already a
     * subscriber?", "Already have an account? Log in", "Read this article for free:", "Want to read more?",
     * "S'abonner pour lire la suite", "Il vous reste 72% à découvrir", "Pour lire l'intégralité de ce dossier, …",
     * and its offer: "Monthly Digital Subscription", "Enjoy unlimited reading on SITE", "$19 $0 for the first 4
     * weeks*", "… Cancel anytime."
     */
    private static final Pattern PAYWALL = Pattern.compile("(?iu)^\\W*(?:subscribe|sign up|register) (?:now )?to (?:continue reading|keep reading|read the (?:full|rest)|read more)\\b"
            + "|^\\W*to (?:continue|keep) reading\\b[^.!?]{0,30}\\b(?:subscribe|sign in|log in|register)\\b"
            + "|^\\W*already (?:a subscriber|subscribed|have an account)\\b|^\\W*read (?:this|the full) (?:article|story) for free\\b"
            + "|^\\W*want to (?:read|keep reading|continue reading)(?: more| on)?\\s*\\?\\s*$"
            + "|^\\W*(?:enjoy )?unlimited (?:digital )?(?:reading|access)\\b|[$€£]\\s?\\d[^.!?]{0,30}\\bfor (?:the )?first \\d+ (?:days|weeks|months)\\b"
            + "|\\bcancel any ?time\\s*[.!]?\\s*$|^\\W*(?:monthly|annual|yearly|weekly)(?: digital| print)? subscription\\s*$"
            + "|\\b(?:s'abonner|s’abonner|abonnez-vous) pour (?:lire|continuer|accéder)\\b"
            + "|^\\W*il vous reste \\d+\\s?% (?:de (?:cet|l['’])article )?à (?:lire|découvrir)\\b"
            + "|^\\W*(?:inscrivez-vous|inscrivez vous|abonnez-vous|connectez-vous)?\\s*pour lire (?:la suite|l['’]intégralité) de (?:cet|ce|l['’])");
    /** A language switcher's entry: "English (الإنجليزية)", "• Français (الفرنسية)". */
    private static final Pattern LANGUAGE_ENTRY = Pattern.compile(
            "^[\\s•·*-]*(?:English|Français|Deutsch|Español|Türkçe|فارسی|العربية|Русский|中文)\\s*\\([^()]{2,20}\\)\\s*$");
    /** "تطبيق SITE", "App SITE": the banner that sends readers to the site's phone app. */
    private static final Pattern APP_PROMPT = Pattern.compile("(?i)^\\s*(?:تطبيق|حمّل تطبيق|حمل تطبيق|app|l'appli)\\s+\\S+[^.!?؟]*$");
    /**
     * A newsletter box's pitch: "Sign up for our weekly newsletter…", "Want the news first? Sign up to get it in
     * your inbox", "…delivered straight to your inbox", "By subscribing, you agree to…", "Inscrivez-vous à notre
     * newsletter", "اشترك في نشرتنا البريدية"; and a blog platform's own lines under a post: "Thanks for reading
     * NAME! Subscribe for free to receive new posts", "consider becoming a free or paid subscriber". The box may
     * say what the newsletter is ("SITE Weekly is a free weekly newsletter for …", "The SITE Newsletter is your
     * guide to …", the name capitalised: "the newsletter is a lifeline" is news about one), and its form answers
     * "Thanks for signing up!" and "Please check your inbox for your welcome email".
     */
    private static final Pattern NEWSLETTER_PROMPT = Pattern.compile("(?iu)(?:^|[.!?]\\s)\\W*(?:sign up|subscribe|join|get|receive|"
            + "inscrivez-vous|abonnez-vous|recevez|recevoir|اشترك|اشتركوا|سجل|انضم)\\b.*(?:newsletter|inbox|e-?mails?\\b|new posts|"
            + "lettre d'information|النشرة البريدية|نشرتنا|بريدك)"
            + "|(?:delivered|sent)(?: straight| directly| right)? to your inbox|^\\W*by (?:subscribing|signing up|submitting|providing|clicking|checking)\\b.*\\bagree"
            + "|^\\W*thanks for reading\\b.*\\b(?:subscribe|share)\\b|\\bbecom(?:e|ing) a (?:free or )?paid subscriber\\b"
            + "|\\b(?-i:Newsletter) is (?:a|an|your|the)\\b|\\bis (?:a|an|our) (?:free )?(?:weekly|daily|monthly|fortnightly|bi-?weekly) (?:e-?mail )?(?:newsletter|digest)\\b"
            + "|^\\W*(?:thanks|thank you)(?: so much)? for signing up\\b|\\bcheck your (?:inbox|e-?mail)\\b.{0,30}\\b(?:welcome|confirm|download)");
    /** "By signing up, you agree to …": a form's consent, which may go on about rates and opting out at length. */
    private static final Pattern SIGNUP_CONSENT = Pattern.compile("(?i)^\\W*by (?:subscribing|signing up|submitting|providing)\\b.*\\bagree");
    /**
     * A prompt to follow the outlet on a messaging or social channel: "Now you can get handpicked stories
     * from SITE on Telegram every day.", "Click to follow SITE Facebook page and Twitter", "Join our
     * WhatsApp channel". Anchored at the line's start: a report may say someone was followed on Twitter.
     */
    private static final Pattern CHANNEL_PROMPT = Pattern.compile("(?i)^\\W*(?:now )?(?:you can )?(?:click (?:the link |here )?to )?"
            + "(?:get|follow|join)\\b.{0,80}\\b(?:telegram|whatsapp|facebook page|twitter|instagram|youtube channel|google news)\\b");
    private static final Pattern NUMBER_ROW = Pattern.compile("\\s*\\d{1,2}(?:\\s+\\d{1,2}){2,}\\s*");
    private static final Pattern PROSE_PUNCTUATION = Pattern.compile("[.,،؛;:!?؟…，。；：！？、]");
    /** Runs of prose marks: "...", "..!!" and "؟!" are one pause each. */
    private static final Pattern PROSE_MARKS = Pattern.compile(PROSE_PUNCTUATION.pattern() + "+");
    private static final Pattern DIGIT_SEPARATOR = Pattern.compile("(?<=\\d)[,.٫٬](?=\\d)");
    private static final Pattern FINAL_STOP = Pattern.compile("[.!?؟…][\"”»')\\]]*$");
    private static final Pattern MENU_SEPARATOR = Pattern.compile("\\s*[|•·]\\s*|\\s{3,}");

    private Chrome() {
    }

    /**
     * Whether {@code unit} is chrome only for trailing off ("Un manque à gagner qui se chiffre en
     * millions..."): a teaser cut short, or, between two paragraphs, a subheading so written.
     */
    public static boolean isChromeOnlyForTrailingOff(Unit unit) {
        Matcher m = TRUNCATED.matcher(unit.text());
        if (!m.find() || unit.words() > 12) return false;
        Unit closed = new Unit(unit.text().substring(0, m.start()).strip(), unit.indent(), unit.blankBefore(), unit.links(),
                unit.imageMark(), unit.linkFirst());
        return !isChrome(closed);
    }

    /**
     * Whether {@code unit} is the outlet disowning what it prints: "The views expressed in this letter are those of the
     * writer and do not reflect …", "التعليقات المنشورة لا تعبر عن رأي الموقع", "Les articles n'engagent que leurs auteurs".
     */
    public static boolean isDisclaimer(Unit unit) {
        return unit.words() <= DISCLAIMER_WORDS && DISCLAIMER.matcher(unit.text()).find();
    }

    /** Whether {@code unit} is a line of a paywall's cut or of its offer ("Already a subscriber?", "Cancel anytime."). */
    public static boolean isPaywall(Unit unit) {
        return unit.words() <= PAYWALL_WORDS && PAYWALL.matcher(unit.text()).find();
    }

    /** Whether {@code unit} belongs to the page's template rather than to any article. */
    public static boolean isChrome(Unit unit) {
        String text = unit.text();
        String key = Words.key(text);
        if (key.isEmpty()) return !unit.imageMark();
        int words = key.split(" ").length;
        if (isWidget(key, words)) return true;
        // "منذ يوم واحد", "نشر منذ: 3 سنوات و 4 أشهر": the story's age, printed where its date would be; no line of the article.
        if (words <= 12 && PrintedDates.isTimeAgo(text)) return true;
        if (words <= 10 && PrintedDates.isHijriDate(text)) return true;
        // "الرئيسية أخبار محلية اقتصاد رياضة": a menu a copy ran into one line, opening with the home page. (An
        // English headline may open with "Home".)
        if (words >= 4 && !key.startsWith("home ") && isHome(key.substring(0, key.indexOf(' '))) && !SENTENCE_PUNCTUATION.matcher(text).find()
                && !isWritersTrail(text)) return true;
        if (words <= 40 && COPYRIGHT.matcher(text).find() || words <= 80 && COPYRIGHT_START.matcher(text).lookingAt()) return true;
        if ((words <= 80 || COOKIE_NOTICE_START.matcher(text).lookingAt()) && COOKIES.matcher(text).find()) return true;
        if (words <= 40 && COMMENT_NOTICE.matcher(text).find()) return true;
        if (words <= 30 && GEO_BLOCK.matcher(text).find()) return true;
        if (words <= 60 && DISCLOSURE.matcher(text).find() || words <= 20 && FORM_FIELD.matcher(text).find()) return true;
        if (words <= 40 && PHOTO_CREDIT.matcher(text).find() || words <= 60 && CLOSING_CREDIT.matcher(text).find()) return true;
        if (words <= 12 && TRUNCATED.matcher(text).find()) return true;
        if (words <= 80 && CUT_EXCERPT.matcher(text).find()) return true;
        // Digits as ASCII for the rules that read numbers: one pass over the line, not one for each rule.
        String digits = Numerals.ascii(text);
        if (words <= 25 && TICKER_ENTRY.matcher(digits.strip()).matches() && !PrintedDates.isDateBar(text)) return true;
        if (words <= 30 && DATE_GLUED_TO_HEADLINE.matcher(digits).lookingAt() && PrintedDates.find(text) != null) return true;
        if (EMBEDDED_POST_SIGNATURE.matcher(text).find() || isReprinted(text) || isRepeatedAround(text, key)) return true;
        // "NAME · 4 min read" is the byline, the reading time after it.
        String line = key.isEmpty() ? text : text.strip();
        if (words <= 8 && (ReadingTimes.mentions(line) || COUNTER.matcher(line).find()) && !namesPerson(text) && !isNamedMetaRow(text)) return true;
        // "سياسةصحفمحليات لبنانية": a ta marbuta ends its word, so a letter right after one is the next menu
        // entry a copy ran on without a space (a headline's words are spaced even where a kicker is glued on).
        if (words <= 4 && GLUED_ENTRIES.matcher(text).find()) return true;
        if (words <= 4 && TEMPERATURE.matcher(digits).find()) return true;
        if (words <= 8 && TEMPERATURE.matcher(digits).find() && WEATHER.matcher(text).find()) return true;
        if (words <= 24 && PRAYER.matcher(digits).results().count() >= 3) return true;
        if (words <= 30 && STAR_RATING.matcher(text).lookingAt() || words <= 15 && SHOP_BUTTONS.matcher(text).matches()) return true;
        if (words <= 3 && VOTE_COUNT.matcher(digits.strip()).matches()) return true;
        if (words <= 40 && isImageDescription(text) || PICTURE_FILE_NAME.matcher(text.strip()).find()) return true;
        if (words >= 3 && words <= 30 && unit.blankBefore() && LOWER_CASE_DESCRIPTION.matcher(text.strip()).matches()) return true;
        if (startsWith(key, TEMPLATE_KEYS, 12) || startsWith(key, TRAIL_KEYS, 40) || AD_LABELS.contains(key) || EMBED.matcher(text).matches()) return true;
        if (words <= 3 && AD_CONTROL.matcher(text).matches()) return true;
        if (words <= 4 && BUTTON_LABELS.contains(key.toLowerCase(Locale.ROOT))) return true;
        if (isCodeOrAddresses(text)) return true;
        if (isTeaser(unit) || isTeaserHeading(unit)) return true;
        if (words <= 4 && APP_PROMPT.matcher(text).lookingAt() || (words <= 45 || words <= 80 && SIGNUP_CONSENT.matcher(text).lookingAt())
                && NEWSLETTER_PROMPT.matcher(text).find()) return true;
        if (words <= 30 && CHANNEL_PROMPT.matcher(text).lookingAt()) return true;
        if (words <= 30 && APP_STORE.matcher(text).find() && DOWNLOAD.matcher(text).find()) return true;
        // "المصدر: SITE - NAME": a source credit that names the writer is the byline.
        if (isMastheadLabel(key) || words <= 8 && SOURCE_CREDIT.matcher(text).lookingAt() && !namesPerson(text)) return true;
        // "رئيس التحرير: NAME صدر العدد الأول في 22 يونيو 1962 …": the staff line with the paper's founding or issue
        // date is the masthead, however long; no article line opens with a staff title and its colon to give a date.
        if (words <= 40 && opensWithMastheadLabel(text) && PrintedDates.find(text) != null) return true;
        if (words <= 14 && PUBLICATION_MOTTO.matcher(text).matches() || words <= 5 && SITE_MOTTO.matcher(text).matches()) return true;
        if (words <= 30 && mastheadLabels(key) >= 2) return true;
        if (words <= 10 && FONT_SIZE.matcher(text).matches() || words <= 5 && FONT_BUTTONS.matcher(text).matches()) return true;
        if (words <= PAYWALL_WORDS && (PAGE_PROMPT.matcher(text).find() || PAYWALL.matcher(text).find()) || words <= 3 && LANGUAGE_ENTRY.matcher(text).matches()) return true;
        if (words <= 2 && LONE_LABELS.contains(key.toLowerCase(Locale.ROOT)) || isLabelsOnly(key, words)
                || SERVER_WARNING.matcher(text.strip()).lookingAt()
                || CMS_ERROR.matcher(text.strip()).lookingAt()) return true;
        // A rating or pagination widget leaves a row of small bare numbers ("1 2 3 4 5").
        if (NUMBER_ROW.matcher(digits).matches()) return true;
        // "كتب: NAME | DATE | TIME": a meta row's bars part the writer from the date, no menu's entries.
        return isBreadcrumb(text) && !isWritersTrail(text) || isMenuRow(text) && !(BylineWords.opens(text) && namesPerson(text)) && !isNamedMetaRow(text) || isSectionList(text, key, words);
    }

    /** Whether a short line gives a person as its byline, with whatever the theme prints after the name. */
    private static boolean namesPerson(String text) {
        Byline byline = Byline.parse(text, null, false);
        return byline != null && !byline.authors().isEmpty();
    }

    /**
     * "الرئيسية > كتّاب > NAME": a trail that ends with the column's writer is the byline, no menu or breadcrumb.
     * Asked only of a line that would otherwise be one.
     */
    private static boolean isWritersTrail(String text) {
        return Byline.writerEndingTrail(text) != null;
    }

    /**
     * "NAME • منذ 3 ساعات • 1.2K مشاهدة": whether a row of parts is a meta row, a person's name beside the
     * story's date, age, reading time or a counter (a row of names alone is a menu of columnists).
     */
    private static boolean isNamedMetaRow(String text) {
        String[] parts = MENU_SEPARATOR.split(text.strip());
        return parts.length > 1 && Arrays.stream(parts).anyMatch(part -> Byline.givenPersonName(part) != null)
                && Arrays.stream(parts).anyMatch(part -> PrintedDates.find(part) != null || PrintedDates.isTimeAgo(part)
                        || ReadingTimes.mentions(part) || COUNTER.matcher(part).find());
    }

    private static boolean isImageDescription(String text) {
        if (!IMAGE_DESCRIPTION.matcher(text).lookingAt()) return false;
        Matcher end = FINAL_STOP_INSIDE.matcher(text);
        return !FINITE_BE.matcher(end.find() ? text.substring(0, end.start()) : text).find();
    }

    /**
     * Whether {@code unit} introduces another article ("Read also: ...", "اقرأ أيضا"), so that
     * short headline lines right after it belong to the teaser too.
     */
    public static boolean isTeaser(Unit unit) {
        // A teaser is a headline; a sentence that happens to start with "Related" is prose.
        String text = unit.text().strip();
        // "اقرأ أيضا:HEADLINE HEADLINE ...": a marker and its colon open a run of teasers, however long.
        int colon = text.indexOf(':');
        if (colon > 0 && colon <= 30 && TeaserWords.isLabel(text.substring(0, colon)) && Words.count(text) <= 80) return true;
        boolean sentence = text.endsWith(".") || text.endsWith("!") || text.endsWith("?") || text.endsWith("؟");
        if (sentence) return false;
        String key = Words.key(text);
        List<String> labels = TeaserWords.labelsOpening(key);
        return !labels.isEmpty() && Words.count(key) - Words.count(labels.get(0)) <= 20;
    }

    /**
     * A teaser marker with nothing after it: its headlines are on the following lines. Besides the known labels,
     * a short unpunctuated line that opens with one ("More from this author") or names a list of stories by its
     * shape ("Other News", "Similar stories") heads such a list.
     */
    public static boolean isTeaserHeading(Unit unit) {
        String text = unit.text().strip();
        if (TeaserWords.isLabel(text)) return true;
        if (unit.words() > 5 || text.indexOf(':') >= 0 || FINAL_STOP.matcher(text).find()) return false;
        String key = Words.key(text);
        return !TeaserWords.labelsOpening(key).isEmpty() || TeaserWords.namesStoryList(key);
    }

    /**
     * Whether {@code unit} is what is left of an image in copied text: a placeholder alt text
     * ({@code image}, {@code صورة}), a CSS class name ({@code post-title}) or a browser's image mark.
     */
    public static boolean isArtefact(Unit unit) {
        String text = unit.text().strip();
        if (text.isEmpty()) return unit.imageMark();
        return CSS_NAME.matcher(text).matches() || FILE_ID.matcher(text).matches() || ARTEFACT_WORDS.contains(Words.key(text))
                || ESCAPED_CODE_POINTS.matcher(text).matches();
    }

    /**
     * The rest of a line that starts with an image's placeholder alt text, as a text-mode
     * browser prints an image and its caption ("صورة سيارات عالقة…"); null when it does not.
     * Capitalised words are left alone: "Image problems…" is a sentence, not an artefact.
     */
    public static String withoutLeadingArtefact(String text) {
        String t = text.strip();
        int space = t.indexOf(' ');
        if (space <= 0 || Character.isUpperCase(t.charAt(0))) return null;
        String first = t.substring(0, space);
        boolean artefact = CSS_NAME.matcher(first).matches() || ARTEFACT_WORDS.contains(Words.key(first));
        return artefact ? t.substring(space + 1).strip() : null;
    }

    /**
     * A line of a program a technical article shows ("options.Level = LogLevel.Debug;", "});"): template by its
     * look, yet it sits between the article's paragraphs. Addresses, file names and leaked markup are no code.
     */
    public static boolean isSourceCode(String text) {
        return SOURCE_CODE.matcher(text).find() && !MARKUP.matcher(text).find() && (Words.key(text).isEmpty() || isCodeOrAddresses(text));
    }

    /** Markup or script source a page leaked into its text, or a line that is mostly addresses and code. */
    private static boolean isCodeOrAddresses(String text) {
        if (MARKUP.matcher(text).find()) return true;
        int urlChars = 0;
        for (String token : text.split("\\s+")) {
            if (TECHNICAL.matcher(token).find()) urlChars += token.length();
        }
        return urlChars * 10 > text.length() * 4;
    }

    /**
     * "SECTION >SECTION", "منتخب الجزائر رياضة منتخب الجزائر": a trail or a tag row that names the
     * same section at both ends.
     */
    private static boolean isRepeatedAround(String text, String key) {
        String[] halves = TRAIL_MARK.split(text.strip(), -1);
        String first = halves.length == 2 ? Words.key(halves[0]) : "";
        if (!first.isEmpty() && first.equals(Words.key(halves[1]))) return true;
        // English headlines may open and close on one name ("New York, a Year On: New York"), Arabic ones do not.
        String[] words = key.split(" ");
        if (words.length < 5 || words.length > 8 || !Words.opensArabic(text)) return false;
        return Arrays.equals(words, 0, 2, words, words.length - 2, words.length);
    }

    /**
     * A line printed twice over, as a link's text and its title run together, or an image's alt text
     * before the same link text ("Headline Headline"); an Arabic writer's name so
     * printed ("سميرة عوام سميرة عوام") is the byline's link, which {@link Byline#personName} reads once.
     * A Latin one stays template: kept, it joined an English page's menus to its text. A teaser's link may
     * print its headline three times, as title, alt text and link text, some copies glued together
     * ("HeadlineHeadline Headline"): long enough, such a line reads as prose and carries the article's
     * run on through the writer's box and the teasers under it.
     */
    private static boolean isReprinted(String text) {
        String t = text.strip();
        int mid = t.length() / 2;
        if (t.length() >= 15 && t.length() % 2 == 1 && t.charAt(mid) == ' ' && t.regionMatches(0, t, mid + 1, mid)) {
            return !(Words.opensArabic(t) && Byline.givenPersonName(t.substring(0, mid)) != null);
        }
        // A paragraph printed again and again in a row, as a wrapped copy joins them, ends with its full stop.
        if (t.endsWith(".") || t.length() > 3 * MAX_REPRINTED_LINK) return false;
        for (int copy = MIN_REPRINTED_LINK; copy * 2 <= t.length(); copy++) {
            int copies = reprints(t, copy);
            if (copies == 3 || copies == 2 && t.length() == copy * 2) return true;
        }
        return false;
    }

    /** How many times the first {@code copy} characters of {@code t} fill it, copies glued or one space apart; 0 if they do not. */
    private static int reprints(String t, int copy) {
        int at = copy, copies = 1;
        while (at < t.length()) {
            if (t.charAt(at) == ' ') at++;
            if (!t.regionMatches(at, t, 0, copy)) return 0;
            at += copy;
            copies++;
        }
        return copies;
    }

    /**
     * A line that starts with a file or CSS-class name an image left behind
     * ({@code 0225-lupita-getty-01 Lupita's dress…}): the rest of the line, else null. Only
     * names that cannot be words (with an underscore, a digit or several hyphens) count.
     */
    public static String withoutLeadingFileName(String text) {
        int space = text.indexOf(' ');
        if (space <= 0) return null;
        String first = text.substring(0, space);
        boolean name = CSS_NAME.matcher(first).matches()
                && (first.indexOf('_') >= 0 || first.chars().anyMatch(Character::isDigit) || first.split("-").length > 2);
        return name ? text.substring(space + 1).strip() : null;
    }

    /**
     * Whether {@code unit} is a share bar ("Share", "مشاركة : فيسبوك إكس واتساب"), which sites
     * put right under the headline.
     */
    public static boolean isShareBar(Unit unit) {
        String key = Words.key(unit.text());
        if (key.isEmpty() || !isWidget(key, key.split(" ").length)) return false;
        for (String word : key.split(" ")) if (SHARE_WORDS.contains(word)) return true;
        return false;
    }

    private static boolean isWidget(String key, int words) {
        if (words > 14) return false;
        boolean anchored = false;
        // "شارك هذا المقالClose Button": a button's label and its icon's alt text copy off glued.
        for (String word : SCRIPT_SEAM.split(key)) {
            if (word.chars().allMatch(Character::isDigit)) continue;
            boolean listed = WIDGET_WORDS.contains(word), glued = !listed && isGluedWidgetWords(word);
            if (!listed && !glued) return false;
            // Labels run together are buttons, whatever they say.
            anchored |= glued || WIDGET_ANCHORS.contains(word);
        }
        return anchored;
    }

    /**
     * "المقالمحادثه", "facebooktwitterwhatsappemail": buttons' labels run together, as a copy of a share
     * row leaves them; each label at least three letters long.
     */
    private static boolean isGluedWidgetWords(String word) {
        // glued[k]: whether word's first k letters are labels run together. A label is no longer than the
        // longest listed one, so letters past that length with no label ending among them end the search:
        // a line of 100,000 letters without a space took close to a minute before.
        boolean[] glued = new boolean[word.length() + 1];
        glued[0] = true;
        int lastGlued = 0;
        for (int end = 3; end <= word.length(); end++) {
            if (end - lastGlued > LONGEST_WIDGET_WORD) return false;
            for (int start = Math.max(0, end - LONGEST_WIDGET_WORD); start <= end - 3 && !glued[end]; start++) {
                glued[end] = glued[start] && WIDGET_WORDS.contains(word.substring(start, end));
            }
            if (glued[end]) lastGlued = end;
        }
        return glued[word.length()];
    }

    private static boolean startsWith(String key, List<String> prefixKeys, int maxTail) {
        int words = -1;
        for (String p : prefixKeys) {
            if (key.equals(p)) return true;
            if (key.length() > p.length() && key.charAt(p.length()) == ' ' && key.startsWith(p)) {
                if (words < 0) words = key.split(" ").length;
                if (words - p.split(" ").length <= maxTail) return true;
            }
        }
        return false;
    }

    private static List<String> keys(List<String> phrases) {
        return phrases.stream().map(Words::key).distinct().toList();
    }

    /**
     * Headlines run together into one line (a news ticker copied off the page): long, without a
     * closing full stop, and with hardly any of the punctuation prose has every sentence or two,
     * or without its commas.
     * The last line of a copy is never one: a copy cut off mid-paragraph ends the same way.
     */
    public static boolean isTicker(Unit unit) {
        String t = unit.text().strip();
        int words = unit.words();
        // Headlines are words; a long row of table cells or symbols is something else.
        long letters = t.codePoints().filter(Character::isLetter).count();
        if (words < 60 || letters * 10 < t.replace(" ", "").length() * 9) return false;
        if (FINAL_STOP.matcher(t).find()) return false;
        // A number's group separators and decimal point ("45,717", "3.5") are no marks of prose.
        t = DIGIT_SEPARATOR.matcher(t).replaceAll("");
        // "...", "..!!" and "؟!" are one pause each, however many marks they take.
        Matcher m = PROSE_MARKS.matcher(t);
        int marks = 0;
        while (m.find()) marks++;
        // Headlines take no commas: a long line whose few marks are the headlines' own ("..", "؟", ":")
        // is a ticker, where prose would have had a comma every sentence or two; a line with commas,
        // however few, is a writer's long sentence.
        boolean commaless = t.indexOf('،') < 0 && t.indexOf(',') < 0;
        if (!commaless || marks * 8 >= words) return false;
        // A writer who never punctuates still joins clause to clause ("التي", "لكن", "بينما"): prose all the same.
        long links = Arrays.stream(Words.key(t).split(" ")).filter(FunctionWords::linksClauses).count();
        return links < Math.max(3, words / 30);
    }

    /** How many staff labels the line holds: two make it the masthead ("رئيس مجلس الإدارة: … رئيس التحرير: …"). */
    private static int mastheadLabels(String key) {
        int labels = 0;
        for (String m : MASTHEAD_KEYS) {
            for (int at = key.indexOf(m); at >= 0; at = key.indexOf(m, at + m.length())) labels++;
        }
        return labels;
    }

    /** Whether {@code text} opens with a staff label closed by a colon ("رئيس التحرير:"). */
    private static boolean opensWithMastheadLabel(String text) {
        int colon = text.indexOf(':');
        return colon > 0 && MASTHEAD_KEYS.contains(Words.key(text.substring(0, colon)));
    }

    /**
     * What comes before a staff label that ends the line with at most a name after it ("SITE رئيس
     * التحرير NAME", the name often glued to the label), or null when the line has no such label.
     */
    public static String beforeMastheadLabel(String key) {
        for (String m : MASTHEAD_KEYS) {
            int at = key.indexOf(m);
            if (at > 0 && key.charAt(at - 1) == ' ' && Words.count(key.substring(at)) - Words.count(m) <= 4) return key.substring(0, at).strip();
        }
        return null;
    }

    /** "جانب من حشد …", "صورة أرشيفية …": how Arabic captions open ("part of", "an archive picture"); {@code key} folded. */
    public static boolean opensAsCaption(String key) {
        return key.startsWith("جانب من ") || key.startsWith("صوره ارشيفيه") || key.startsWith("صوره من الارشيف");
    }

    /** Whether the line is a masthead's staff label, with at most a name after it. */
    public static boolean isMastheadLabel(String key) {
        for (String m : MASTHEAD_KEYS) {
            if (key.startsWith(m) && Words.count(key) - Words.count(m) <= 4) return true;
        }
        return false;
    }

    /**
     * A menu copied as one line of section names that share a word ("الأخبار أخبار سورية أخبار
     * عربية أخبار دولية", "News World News UK News"): no headline repeats a word three times.
     */
    private static boolean isSectionList(String text, String key, int words) {
        if (isCommaMenu(text)) return true;
        // "التعليم.. التعليم.. التعليم": a headline repeats a word for effect between stops; a menu has none.
        if (words > 12 || PROSE_PUNCTUATION.matcher(text).find()) return false;
        Map<String, Integer> counts = new HashMap<>();
        for (String w : key.split(" ")) {
            String stem = w.startsWith("ال") && w.length() > 3 ? w.substring(2) : w;
            if (stem.length() >= 4 && counts.merge(stem, 1, Integer::sum) >= 3) return true;
        }
        return false;
    }

    /**
     * "أخبار لبنان، أخبار أستراليا، مقالات، أخبار رياضية، صحة، منوعات": a site's sections listed with
     * commas, short entries of which three or more open with the same word; a sentence's list has a
     * verb before it and a full stop after it.
     */
    private static boolean isCommaMenu(String text) {
        String[] parts = text.strip().split("\\s*[،,]\\s*");
        if (parts.length < 6 || !allShort(parts, 4) || PROSE_PUNCTUATION.matcher(parts[parts.length - 1]).find()) return false;
        Map<String, Integer> openings = new HashMap<>();
        for (String part : parts) {
            String[] first = Words.key(part).split(" ", 2);
            if (!first[0].isEmpty() && openings.merge(first[0], 1, Integer::sum) >= 3) return true;
        }
        return false;
    }

    /**
     * The last step of a trail of three steps or more ("SITE > SECTION > HEADLINE"), each but the last
     * a few words, or null: a page that prints that step alone too shows the line is its breadcrumb.
     */
    public static String trailEnd(String text) {
        String[] parts = BREADCRUMB_SEPARATOR.split(text.strip());
        if (parts.length < 3 || !allShort(Arrays.copyOf(parts, parts.length - 1), 4)) return null;
        return parts[parts.length - 1];
    }

    /** Whether {@code key} is the home page's name alone ("الرئيسيه", "Home", "Accueil"). */
    public static boolean isHome(String key) {
        return HOME.contains(key.toLowerCase(Locale.ROOT));
    }

    /**
     * What follows the home page's name that {@code key} opens with ("الرئيسيه", "Home"), glued to
     * it or not, or null.
     */
    public static String afterHome(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        for (String home : HOME) {
            if (lower.startsWith(home) && lower.length() > home.length()) return key.substring(home.length()).strip();
        }
        return null;
    }

    private static boolean isBreadcrumb(String text) {
        // "المستعمرات «المستوطنات» اليهودية…": on a line with both, "«" and "»" are quotation marks.
        String[] parts = (text.indexOf('«') >= 0 && text.indexOf('»') >= 0 ? QUOTED_BREADCRUMB_SEPARATOR : BREADCRUMB_SEPARATOR).split(text.strip());
        // "الرئيسية / أخبار اليمن / HEADLINE": the trail may end with the article's own headline.
        // So may "SITE > Blog > SECTION > HEADLINE": three short steps say it is a trail, whatever the first.
        if ((parts.length >= 3 && HOME.contains(Words.key(parts[0]).toLowerCase(Locale.ROOT)) || parts.length >= 4)
                && allShort(Arrays.copyOf(parts, parts.length - 1), 4)) return true;
        // "تقرير / NAME:" and "الكاتبة / NAME" are bylines, their slash no trail's.
        // "بغداد / NAME": a city and the writer, a dateline's byline.
        return parts.length >= 3 && allShort(parts, 5) || parts.length == 2 && allShort(parts, 2)
                && BREADCRUMB_SEPARATOR.matcher(text).find() && text.strip().length() < 40 && !BylineWords.opens(text)
                && BylineWords.withoutJobBefore(text).equals(text.strip()) && Byline.personName(parts[1]) == null;
    }

    /**
     * Short entries between bars or dots; a long menu may end with one longer entry ("آخر تحديث
     * للموقع DATE", a slogan), which a headline with its site's name never has four entries for.
     */
    private static boolean isMenuRow(String text) {
        String[] parts = MENU_SEPARATOR.split(text.strip());
        if (parts.length >= 3 && allShort(parts, 4)) return true;
        if (parts.length < 5) return false;
        int longer = 0;
        for (String part : parts) if (Words.count(part) > 4) longer++;
        return longer == 1;
    }

    private static boolean allShort(String[] parts, int maxWords) {
        int nonEmpty = 0;
        for (String part : parts) {
            int words = Words.count(part);
            if (words > maxWords) return false;
            if (words > 0) nonEmpty++;
        }
        return nonEmpty >= 2;
    }
}
