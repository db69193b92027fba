package io.convert.reader.text.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChromeTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"• مشاركة :", "Share", "Share on Facebook", "فيسبوك تويتر واتساب طباعة", "اقرأ أيضا",
        "أخبار محلية، أخبار دولية، رأي، أخبار الرياضة، ثقافة، أخبار الاقتصاد، منوعات",
        "Sign up for our weekly newsletter and get the best of the week in your inbox.",
        "The latest stories from the desk, delivered straight to your inbox.",
        "By subscribing, you agree to our terms of use and privacy policy.", "Inscrivez-vous à notre newsletter",
        "اشترك في النشرة البريدية لتصلك أهم الأخبار",
        "Hotjar sets this cookie to know whether a visitor is new", "Functional cookies help to perform certain functions on the site.",
        "You must be logged in to leave a comment. Log in or create an account.",
        "The opinions expressed in reader comments are those of the author only.",
        "We use cookies and similar tools to run this site, to remember your settings, to measure how pages are read, to show offers that may interest you, to keep the service secure, to learn which stories readers follow, to share some data with partners who help us, to count visits, to test new features, to remember your settings, to measure how pages are read, to show offers that may interest you, to keep the service secure, to learn which stories readers follow, to share some data with partners who help us, to count visits, to test new features, to remember your settings, to measure how pages are read, to show offers that may interest you, to keep the service secure, to learn which stories readers follow, to share some data with partners who help us, to count visits, to test new features, and you can choose which of these to allow in your settings at any time.",
        "اقرأ أيضاً: ارتفاع أسعار المحروقات للمرة الثالثة هذا الشهر", "Read also: Suez Canal revenue falls",
        "Home > News > Local", "الرئيسية » اقتصاد » لبنان", "About us | Contact us | Privacy Policy | Terms of Use",
        "© 2025 Reuters. All rights reserved", "جميع الحقوق محفوظة © بيروت اليوم ٢٠٢٥",
        "We use cookies to improve your experience. By continuing to browse you accept our cookie policy.",
        "الوسوم: لبنان، صور، مياه، طاقة شمسية", "Tags: shipping, insurance", "•", "|", "5 min read",
        "Advertisement · Scroll to continue", "Skip to main content", "IFRAME: https://example.com/x", "Tweets by harbourpost",
        "طباعة     إرسال في البريد الإلكتروني", "Published: Updated:",
        "أنت الآن تتصفح:الرئيسية»آراء»مقالات الرأي»          مدن الساحل تدفع ثمن الصيف الطويل والمياه الشحيحة وانقطاع الكهرباء في الأحياء القديمة",
        "Vous êtes ici : Accueil > Économie > Le port attend ses grues", "Our website is temporarily unavailable in your location.", "شارك الخبر", "Lu 334 fois", "Nouveau commentaire :",
        "Votre avis nous intéresse. Cependant, le journal refusera de diffuser tout message haineux.", "وضع القراءة",
        ">> Lire sur Le Courrier : Un port attend ses grues",
        "<span class=x><img src=\"a.jpg\">", "12 Comments", "2250 مشاهدات 0", "تسجيل الدخول",
        "This Is Why Streaking During A Rugby Match Is Never...", "Reply",
        "© 2004-2019 All rights reserved. MNT is the registered trade mark of Healthline Media. Any medical information "
                + "published on this website is not intended as a substitute for informed medical advice and you should not "
                + "take any action before consulting with a healthcare professional.", "Trending now", "أخبار متعلقة", "اخترنا لك",
        "Click to share on Telegram (Opens in new window)", "Click to email this to a friend (Opens in new window)",
        "14:32 Rescuers reach survivors trapped under collapsed hotel", "10:05 م وزير الخارجية يصل إلى القاهرة", "وزير المالية يكشف تفاصيل الموازنة الجديدة...",
        "Partager sur Facebook", "Imprimer", "À lire également : la saison touristique démarre", "Les plus lus",
        "Mots-clés : Oran, port, pêche", "Publicité", "© 2024 Le Quotidien. Tous droits réservés", "Abonnez-vous à notre newsletter",
        "فيسبوك X (Twitter) الانستغرام RSS", "فيسبوك تويتر لينكدإن بينتيريست البريد الإلكتروني",
        "Get the Harbour Courier app for your iOS device or your Android phone: download it free",
        "حمّل تطبيق صوت الوادي على أجهزة آيفون وأندرويد", "إعلان", "مساحة إعلانية", "+ الخط -", "A+ A-", "A A", "A- A A+", "استمع إلى الملخص",
        "رئيس مجلس الإدارة: سامي خليل رئيس التحرير: هدى نصار",
        "إقرأ أيضاً:موجة حر جديدة تضرب الساحل هذا الأسبوع ما الذي ينتظر المزارعين؟ الأرصاد تحذر من ارتفاع الرطوبة وانقطاع الكهرباء في المدن الساحلية خلال أيام العيد",
        "Votre commentaire s'affichera sur cette page après validation.",
        "This post contains affiliate links, which means we may earn a small commission at no extra cost to you.",
        "Email Address *[                    ]", "Thanks for subscribing! Look out for your first newsletter soon!",
        "By entering your email address you agree to our Terms of Use and Privacy Policy.", "No thanks", "More to explore",
        "Published", "on", "نشر في", "● عاجل", "تلخيص", "روابط سريعة", "ابحث عن:",
        "فيسبوك تويتر واتساب تليجرام لينكد إن بريد إلكتروني",
        "Deprecated function: preg_match(): Passing null to parameter #2 ($subject) of type string is deprecated in /var/www/site/includes/common.inc",
        "Strict Standards: Non-static method Basket::total() should not be called statically in /srv/shop/lib/basket.php on line 88",
        "Only subscribers are eligible to post comments. Please subscribe to join the conversation.", "Les articles PLUS sont réservés aux abonnés.",
        "مواقيت الصلاة", "السبت 12 يوليو 2025 مدير النشر ورئيس التحرير: سعيد الإدريسي اتصل بنا من نحن", "Latest posts by سامي حداد (see all)", "عدد المقالات 48", "فهرس المقال إخفاء",
        "تاريخ الإضافة: | عدد الزيارات:812", "increase حجم الخط decrease", "تعديل حجم الخط:", "تغيير حجم الخط", "تكبير حجم الخط مسح تصغير حجم الخط", "إضافة تعليق جديد", "تسجيل الخروج", "هل تريد حقاً تسجيل الخروج؟",
        "JUser: :_load: غير قادر على استدعاء المستخدم برقم التعريف: 312", "نافذة على الجنوب >نافذة على الجنوب",
        "منتخب المغرب رياضة منتخب المغرب",
        "الصفحة الأولى | من نحن | هيئة التحرير | اتصل بنا | أرسل خبرا | آخر تحديث للموقع الخميس 3 يونيو 2021 11:05 مساءً",
        "شارك هذا المقالClose Button", "شارك هذا المقالمحادثة", "منذ يوم واحد", "3 hours ago", "Scroll To Top",
        ".row .col-md-12:has(.widget) { flex-direction: column; } .widget { margin: 0 auto; position: relative; }",
        "للاطلاع على العدد «42» من جريدة «الساحل» اضغط هنا", "لمشاهدة التقرير المصور من هنا",
        "للمزيد من الصور من هنا ، لتحميل التسجيل كاملا هنا .", "tag icon ع ع ع", "ع ع ع", "• English (الإنجليزية)",
        "Support HARBOUR POST's journalism of integrity", "Good journalism costs a lot of money.",
        "For continued free access we ask you to consider making a modest support to this work.",
        "By contributing to the Harbour Post, you are helping to keep it free.", "FacebookTwitterWhatsappEmail", "  • fb",
        "Recevoir notre newsletter", "Join our WhatsApp channel for the latest updates",
        "Now you can get handpicked stories from Harbour Post on Telegram every day.",
        "  • Notice : Undefined index: id dans node_view() (ligne 12 dans /home/site/public_html/node.module).",
        "Learn more", "View All", "Book a demo", "عرض الكل", "En savoir plus", "Recent Posts",
        "Thank you! Your submission has been received!", "Oops! Something went wrong while submitting the form.",
        "Headshot of Maren Tollervey", "Screenshot of the order board", "Image shows a loaf on a wooden board.",
        "The Crossing is a free weekly newsletter for islanders.", "The Harbour Post Newsletter is your guide to the coast.",
        "Thanks for signing up!", "Please check your inbox for your welcome email.", "Share it!", "Share post on:",
        "Share by Email", "Filed in: libraries, heritage buildings", "More articles from Corwen Halliwell",
        "Comment via: facebook, substack", "Buy on Amazon", "Read on Kobo", "Read the Review", "See It", "Order Now"})
    void templateLines(String line) {
        assertTrue(Chrome.isChrome(unit(line)), line);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"روسيا وأمريكا تبحثان نتائج محادثات إسطنبول", "مطالب أوكرانية", "What the plan includes",
        "The report was shared widely on Facebook and Twitter within hours of its release, officials said.",
        "Related developments in the region worried investors for the rest of the week and beyond that.",
        "وتابع: \"لا يمكن السماح لروسيا باستخدام محادثات إسطنبول ذريعة للاستمرار في الحرب\".",
        "Copy editors at the paper voted to strike on Friday after talks broke down.",
        "© Provided by Business Insider Nintendo and Apple shocked the world earlier this year by announcing a mobile "
                + "game, the legendary gaming company's first foray into mobile gaming, and the game is finally out on "
                + "phones and tablets around the world this week.",
        "12:00 PM PT -- Sheriff's deputies were at the hotel on Thursday morning.",
        "١. سحب مياه البحر عبر أنابيب مغمورة على عمق ثمانية أمتار",
        "Par ailleurs, les pêcheurs réclament un nouveau port pour la ville.", "Le partage des eaux du fleuve reste un sujet sensible.",
        "المرفأ | الوزير: الأعمال تنتهي قبل الصيف والرسوم لن ترتفع هذا العام",
        "New York Reopens Its Piers to New York", "الرياض تستضيف القمة العربية المقبلة في الرياض", "COVID19",
        "وزار الوفد مدن حلب، حماة، حمص، دمشق، درعا، السويداء، وحلب الجديدة.",
        "The newsletter business has grown quickly since 2020, analysts at the firm said.",
        "Subscribers to the local paper received a letter from the publisher on Monday.", "u2022 marks a bullet in Unicode",
        "إعلان نتائج امتحانات الثانوية العامة في المحافظات الجنوبية",
        "The bakery sets the cookie dough aside overnight before baking it.",
        "Readers who signed in to the forum were asked to leave feedback on the new bus routes.",
        "The company said its affiliate in Cairo would open a new plant next year, creating about 400 jobs in the region.",
        "منذ عامين والحكومة تعد بإصلاح الطرق", "The code {for example: this one;} was quoted in the ruling.",
        "To read the full report, click here.", "وقال المدير إن الفريق سيبقى هنا لمتابعة الأعمال حتى نهايتها.",
        "لمتابعة العمل في الموقع بقي المهندسون هنا", "Supporters of the bill said journalism schools would benefit.",
        "English (the language of the court) was used throughout the hearing, lawyers said.",
        "Supporters were told to follow the campaign on Twitter and Instagram, the organisers said.", "Facebook Marketplace",
        "Learn more about the scheme at the town hall on Saturday, the council said.",
        "Subscribers said the newsletter is a lifeline for families on the islands.",
        "Readers were asked to check their inbox for a survey from the council.",
        "Pictures of the flood were shared widely, and the council is still counting the damage.",
        "The post was shared by friends of the family on Sunday.", "Read on for the council's full answer"})
    void articleLines(String line) {
        assertFalse(Chrome.isChrome(unit(line)), line);
        assertFalse(Chrome.isArtefact(unit(line)), line);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"post-title", "image", "Photo", "صورة", "entry_thumbnail", "DM0KbSGUMAA4mmc", "Fx3_kQ9ZrLw2",
        "u0633u0648u0642 u0627u0644u062Eu0636u0627u0631 (u0623u0631u0634u064Au0641)"})
    void artefacts(String line) {
        assertTrue(Chrome.isArtefact(unit(line)), line);
    }

    /** Five headlines run together without a comma, as a ticker copied off a page prints them. */
    private static final String TICKER_TAIL = " بالصور.. افتتاح معرض الكتاب بمشاركة مئتي دار نشر من عشرين دولة عربية وأجنبية"
            + " هل ترتفع أسعار الخبز مع بداية الشهر المقبل؟ وزير التموين يجيب عن أسئلة المواطنين"
            + " المنتخب الوطني يفوز على ضيفه بثلاثة أهداف ويتأهل إلى الدور النهائي للبطولة الإقليمية"
            + " تحذير من موجة حر جديدة تضرب المناطق الساحلية خلال عطلة نهاية الأسبوع المقبل"
            + " الكشف عن تفاصيل خطة النقل الجديدة لتخفيف الزحام في الشوارع الرئيسية وسط العاصمة";

    @Test
    void headlinesRunTogetherWithoutCommasAreATickerButProseIsNot() {
        String ticker = "انقطاع المياه عن أحياء شرق المدينة يومين بسبب أعمال الصيانة الطارئة في المحطة الرئيسية"
                + TICKER_TAIL;
        assertTrue(Chrome.isTicker(unit(ticker)));
        String prose = "قال رئيس البلدية إن أعمال الصيانة في المحطة الرئيسية ستستمر يومين، وإن المياه ستعود إلى أحياء"
                + " شرق المدينة تدريجيا مساء الخميس، مضيفا أن فرق البلدية ستوزع المياه بالصهاريج على المدارس والمستشفيات"
                + " خلال فترة الانقطاع، وأن خطا ساخنا خصص لتلقي شكاوى السكان على مدار الساعة، كما دعا المواطنين إلى"
                + " ترشيد الاستهلاك وتخزين ما يكفيهم من المياه قبل بدء الأعمال صباح الأربعاء، وقال إن البلدية تعمل مع"
                + " وزارة الطاقة على خطة لتجديد الشبكة القديمة في الأحياء الشرقية خلال السنوات الثلاث المقبلة وفق ما أعلن";
        assertFalse(Chrome.isTicker(unit(prose)));
    }

    @Test
    void aNumbersGroupSeparatorIsNoCommaOfProse() {
        String ticker = "ارتفاع عدد المسجلين في برنامج الدعم السكني إلى 12,480 أسرة منذ إطلاقه في الربيع الماضي"
                + TICKER_TAIL;
        assertTrue(Chrome.isTicker(unit(ticker)));
    }

    @Test
    void aMastheadMottoIsTemplateButAHeadlineAboutAPaperIsNot() {
        assertTrue(Chrome.isChrome(unit("صحيفة يومية مستقلة تصدر عن مؤسسة النهر للطباعة والنشر")));
        assertTrue(Chrome.isChrome(unit("جريدة إلكترونية شاملة")));
        assertTrue(Chrome.isChrome(unit("موقع تربوي تعليمي أكاديمي")));
        assertFalse(Chrome.isChrome(unit("موقع إخباري أمريكي يكشف تفاصيل الصفقة الجديدة")));
        assertFalse(Chrome.isChrome(unit("صحيفة بريطانية: الحكومة تدرس رفع ضريبة الوقود في الخريف")));
        assertFalse(Chrome.isChrome(unit("صحيفة يومية تتوقف عن الصدور بعد أربعين عاما؟")));
    }

    @Test
    void aStaffLineWithThePapersDatesIsTheMastheadHoweverLong() {
        assertTrue(Chrome.isChrome(unit("رئيس التحرير: سامي خليل الراشد صدر العدد الأول في 3 مارس 1971 الخميس 12 شوال 1446 هـ - 10 أبريل 2025")));
        // A speaker's headline quotes the editor without a date; a sentence naming the editor is prose.
        assertFalse(Chrome.isChrome(unit("رئيس التحرير: الصحيفة ستبقى مستقلة مهما كانت الضغوط")));
        assertFalse(Chrome.isChrome(unit("قال رئيس التحرير في 3 مارس 2025 إن الصحيفة ستصدر بحلة جديدة ابتداء من الشهر المقبل.")));
    }

    @Test
    void menuEntriesRunTogetherAfterATaMarbutaAreTemplateButSpacedWordsAreNot() {
        assertTrue(Chrome.isChrome(unit("ثقافةرياضةمنوعات عربية")));
        assertTrue(Chrome.isChrome(unit("في الواجهةتقارير")));
        assertFalse(Chrome.isChrome(unit("جامعة المدينة تفتتح كلية جديدة")));
        // A long line with a typo inside is prose, not a menu.
        assertFalse(Chrome.isChrome(unit("قالت وزارة الصحةإن حملة التطعيم ستبدأ الأسبوع المقبل في جميع المدارس الحكومية.")));
    }

    @Test
    void aTickerEntryRunIntoItsTimeIsTemplateButATimeOfDayIsNot() {
        assertTrue(Chrome.isChrome(unit("14:30 أشغال البلدية تشرع بهدم مبان آيلة للسقوط")));
        assertTrue(Chrome.isChrome(unit("11:34البلدية تصادق على توسيع شبكة المياه شرق المدينة")));
        assertFalse(Chrome.isChrome(unit("10:06 م")));
    }

    /** A live feed printed as a list keeps its bullets before the times. */
    @Test
    void aTickerEntryInAListIsTemplateButABulletedSentenceIsNot() {
        assertTrue(Chrome.isChrome(unit("• 16:05 Harbour cranes halted as gusts reach ninety kilometres an hour")));
        assertTrue(Chrome.isChrome(unit("- 9:40 Ministers meet unions over the ferry strike")));
        assertFalse(Chrome.isChrome(unit("• 16:05 is when the last bus leaves the square, so plan your visit around it.")));
    }

    @Test
    void aMenuRunIntoOneLineFromTheHomePageIsTemplateButAHeadlineIsNot() {
        assertTrue(Chrome.isChrome(unit("الرئيسية أخبار محلية عربي ودولي اقتصاد رياضة")));
        assertTrue(Chrome.isChrome(unit("Accueil Actualités Économie Sport Culture")));
        assertFalse(Chrome.isChrome(unit("Home prices rise again in the coastal towns")));
        assertFalse(Chrome.isChrome(unit("الرئيسية: مباحثات لتوسيع التعاون الاقتصادي بين البلدين")));
    }

    @Test
    void thePrayerTimesWidgetIsTemplateButASentenceAboutTheDawnPrayerIsNot() {
        assertTrue(Chrome.isChrome(unit("الفجر 4:45 الظهر 12:10 العصر 3:30 المغرب 6:05 العشاء 7:25")));
        assertTrue(Chrome.isChrome(unit("مواقيت الصلاة: الفجر ٤:٤٥ | الظهر ١٢:١٠ | العصر ٣:٣٠")));
        assertFalse(Chrome.isChrome(unit("أقيمت صلاة الفجر في الجامع الكبير عند الساعة 4:45 بحضور المئات.")));
    }

    @Test
    void aHijriDateAloneIsTemplate() {
        assertTrue(Chrome.isChrome(unit("الأحد 20 ربيع الآخر 1447 هـ")));
    }

    @Test
    void aWritersNameBesideTheStorysAgeAndViewsIsNoCounterButAColumnistsRowIsAMenu() {
        assertFalse(Chrome.isChrome(unit("هالة الزين • منذ 3 ساعات • 1.2K مشاهدة")));
        assertFalse(Chrome.isChrome(unit("هالة الزين • 1200 مشاهدة • 5 تعليقات")));
        assertTrue(Chrome.isChrome(unit("1200 مشاهدة • 5 تعليقات")));
        assertTrue(Chrome.isChrome(unit("هالة الزين | سامي يوسف | كريم منصور")));
    }

    @Test
    void aWritersMetaRowBetweenBarsIsNoMenu() {
        assertFalse(Chrome.isChrome(unit("كتب: نادر السعدي | 3 مارس 2025 | 09:15")));
        assertFalse(Chrome.isChrome(unit("By Nora Quill | March 3, 2025 | 9:15 am")));
        assertTrue(Chrome.isChrome(unit("الرئيسية | أخبار | رياضة | اتصل بنا")));
        assertTrue(Chrome.isChrome(unit("سياسة | 3 مارس 2025 | 09:15")));
    }

    @Test
    void aFrenchSendAndPrintRowIsTemplateButAFriendInTheStoryIsNot() {
        assertTrue(Chrome.isChrome(unit("Accueil Envoyer à un ami Version imprimable Partager")));
        assertFalse(Chrome.isChrome(unit("Un ami de la famille a gardé la version imprimée du testament, a dit le notaire.")));
    }

    @Test
    void aPortraitsCreditIsTemplate() {
        assertTrue(Chrome.isChrome(unit("بورتريه/ سامي العطار")));
        assertTrue(Chrome.isChrome(unit("تصوير: سامي العطار")));
    }

    @Test
    void creditsAreReadWithTheWordsTheHtmlReaderKnowsButAStockLibraryInASentenceIsNoCredit() {
        assertTrue(Chrome.isChrome(unit("Illustration: Mara Quint")));
        assertTrue(Chrome.isChrome(unit("The north landing at dawn. Tomas Reyes/Shutterstock")));
        assertTrue(Chrome.isChrome(unit("The ferry in its winter livery. Ines Varga via Getty Images")));
        assertTrue(Chrome.isChrome(unit("The crew at the slipway (Photos by Ines Varga)")));
        assertFalse(Chrome.isChrome(unit("Its photo library supports Unsplash and two other free collections")));
    }

    @Test
    void anAppealForMoneyIsTemplateButDonationsInTheStoryAreNot() {
        assertTrue(Chrome.isChrome(unit("Support our Voice today")));
        assertTrue(Chrome.isChrome(unit("Donate now")));
        assertTrue(Chrome.isChrome(unit("Soutenez notre rédaction indépendante")));
        assertTrue(Chrome.isChrome(unit("ادعم صحافة مستقلة بمبلغ صغير كل شهر")));
        assertFalse(Chrome.isChrome(unit("Residents donated blankets and food to the families who lost their homes.")));
        assertFalse(Chrome.isChrome(unit("وتبرع رجال أعمال بتكاليف ترميم المدرسة القديمة في البلدة")));
    }

    @Test
    void whereToWriteToThePaperIsTemplateButAnAddressInTheStoryIsNot() {
        assertTrue(Chrome.isChrome(unit("  • Pour toute information concernant l'édition papier du journal, écrire à : abonnements@courrier.example")));
        assertTrue(Chrome.isChrome(unit("Pour toute demande concernant la version numérique, écrire à: web@courrier.example")));
        assertTrue(Chrome.isChrome(unit("للتواصل والإعلان: ads@alwadi.example")));
        assertFalse(Chrome.isChrome(unit("Les candidats peuvent envoyer leur dossier à l'adresse concours@mairie.example avant le 30 juin.")));
    }

    @Test
    void readingTimesPlaceholdersAndWeatherAreTemplate() {
        assertTrue(Chrome.isChrome(unit("قراءة دقيقتين")));
        assertTrue(Chrome.isChrome(unit("وقت القراءة: 4 دقائق")));
        assertTrue(Chrome.isChrome(unit("5-minute read")));
        assertTrue(Chrome.isArtefact(unit("No Image")));
        assertTrue(Chrome.isChrome(unit("24.5°القدس")));
        assertTrue(Chrome.isChrome(unit("نابلس 19°")));
        // A headline may read "a close reading" with the same words as a reading time.
        assertFalse(Chrome.isChrome(unit("قراءة دقيقة في نتائج الانتخابات البلدية")));
        assertFalse(Chrome.isChrome(unit("درجات الحرارة تتجاوز 45° في ثلاث محافظات جنوبية هذا الأسبوع")));
    }

    @Test
    void commentFormsDisclaimersAndMostReadListsAreTemplate() {
        assertTrue(Chrome.isChrome(unit("اترك رداً")));
        assertTrue(Chrome.isChrome(unit("لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *")));
        assertTrue(Chrome.isChrome(unit("Votre adresse email ne sera pas publiée.")));
        assertTrue(Chrome.isChrome(unit("There are no comments on this story.")));
        assertTrue(Chrome.isChrome(unit("المقالات لا تعبر عن وجهة نظر الصحيفة بل عن رأي كاتبها")));
        assertTrue(Chrome.isChrome(unit("نشر بتاريخ:")));
        assertTrue(Chrome.isTeaser(unit("الأخبار الأكثر قراءة")));
    }

    private static Unit unit(String text) {
        return new Unit(text, 0, true, 0, false, false);
    }
}
