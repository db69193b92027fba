package io.convert.reader.text;

import io.convert.model.Article;
import io.convert.spi.Input;
import io.convert.spi.ReadOptions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the text reader over grids of invented pages, every byline form in every place a theme
 * puts it, every kind of template line over every kind of headline, and counts where it misses.
 * The labelled pages show the forms their sites use; a grid shows the forms no labelled page has
 * yet, which is where pages never seen go wrong. All text is written for this bench. Run:
 *
 * <pre>
 * src/bench/run.sh io.convert.reader.text.LayoutGridBench [-v]
 * </pre>
 *
 * Prints, for each grid, the misses out of its pages, then by form and by place; {@code -v} lists
 * each missed page with what the reader found. Some misses are chosen: "Author: NAME" credits a
 * book's author as often as the page's writer, so it is read only between the headline and the
 * text; "NAME - TITLE" reads as a headline unless the title is the site's own name (its title bar's
 * or its masthead's); a name in Latin letters on an Arabic page tags the story.
 */
public final class LayoutGridBench {
    private static final String BODY_AR = """
            عادت الحافلة الزرقاء التي تحمل الكتب إلى قرى الوادي بعد غياب دام ثلاث سنوات، وتجمع حولها الأطفال منذ الصباح الباكر.
            ويقول القائمون على المبادرة إن عدد المستعيرين تضاعف في الشهر الأول، وإن كتب المغامرات والعلوم هي الأكثر طلباً.
            وتأمل البلدية أن تضيف حافلة ثانية في الربيع المقبل إذا استمر الإقبال على هذا النحو بين الأسر.""";
    private static final String BODY_EN = """
            The blue bus that carries books returned to the valley villages this week after an absence of three years, and children gathered around it from early morning.
            Organisers say the number of borrowers doubled in the first month, and that adventure and science books are the most requested of all.
            The council hopes to add a second bus next spring if the demand continues at this pace across the district.""";
    private static final String BODY_FR = """
            Le bus bleu qui transporte des livres est revenu cette semaine dans les villages de la vallée après trois ans d'absence, et les enfants se sont rassemblés autour de lui dès le matin.
            Selon les organisateurs, le nombre d'emprunteurs a doublé le premier mois, et les livres d'aventure et de sciences sont les plus demandés.
            La mairie espère ajouter un deuxième bus au printemps prochain si la demande se maintient à ce rythme dans la région.""";

    /**
     * Where a theme puts the byline (BY) among headline (T), date (D), share row (S), section (L), caption (C),
     * text (BODY, or its first paragraph P1 and the rest P2) and the footer under it (F: tags, "read also" and
     * another story).
     */
    private static final Map<String, List<String>> PLACES = new LinkedHashMap<>();

    static {
        PLACES.put("under-headline", List.of("T", "BY", "D", "BODY"));
        PLACES.put("under-date", List.of("T", "D", "BY", "BODY"));
        PLACES.put("over-headline", List.of("BY", "T", "D", "BODY"));
        PLACES.put("after-share-row", List.of("T", "D", "S", "BY", "BODY"));
        PLACES.put("no-date", List.of("T", "BY", "BODY"));
        PLACES.put("section-and-caption", List.of("L", "T", "BY", "D", "C", "BODY"));
        PLACES.put("closing", List.of("T", "D", "BODY", "BY"));
        PLACES.put("date-first", List.of("D", "T", "BY", "BODY"));
        PLACES.put("caption-first", List.of("T", "C", "BY", "D", "BODY"));
        PLACES.put("closing-over-footer", List.of("T", "D", "BODY", "BY", "S", "F"));
        PLACES.put("after-first-paragraph", List.of("T", "D", "P1", "BY", "P2"));
    }

    /** One language's page parts and the byline forms tried in it. */
    record Language(String name, String masthead, String headline, List<String> dates, String shareRow, String section,
            String caption, String body, String footer, String writer, Map<String, String> forms) {
    }

    /** The second writer "W2" stands for in a form that credits two ("كتب: W و W2"). */
    private static final String SECOND_WRITER = "سامي يوسف";

    private static final List<Language> LANGUAGES = List.of(
            new Language("ar", "صحيفة السهل الأخضر\nالرئيسية\nأخبار\nاقتصاد\nرياضة\nمقالات",
                    "المكتبات المتنقلة تعود إلى قرى الوادي بعد غياب",
                    List.of("الأحد 12 أكتوبر 2025", "12/10/2025 - 14:30", "2025-10-12", "منذ 3 ساعات", "١٢ أكتوبر ٢٠٢٥",
                            "12 تشرين الأول 2025", "نشر في: 12 أكتوبر 2025 - 02:30 م", "آخر تحديث: الأحد 12 أكتوبر 2025",
                            "2025/10/12 14:30", "الأحد 20 ربيع الآخر 1447 هـ الموافق 12 أكتوبر 2025"),
                    "شارك\nفيسبوك\nتويتر\nواتساب", "مقالات الرأي", "صورة أرشيفية للحافلة في ساحة القرية", BODY_AR,
                    "الكلمات المفتاحية: المكتبات، القرى\nاقرأ أيضاً\nارتفاع أسعار الذهب في السوق المحلية", "كريم منصور", forms(
                            "كتب: W", "بقلم: W", "W - السهل الأخضر", "W | 12 أكتوبر 2025", "W", "W\nكاتب وباحث سياسي",
                            "الكاتب: W", "W، كاتب صحفي", "د. W", "بقلم الكاتب W", "إعداد: W", "بواسطة: W", "تقرير: W",
                            "W - القاهرة", "القاهرة - W", "حوار: W", "W • 12 أكتوبر 2025", "نشر بواسطة W في 12 أكتوبر 2025",
                            "المحرر: W", "بقلم / W", "كتب - W", "W (السهل الأخضر)", "الكاتب W", "كتب W", "بقلم W",
                            "الأستاذ W", "W | 3 دقائق قراءة", "كتبت - W", "✍️ W", "• W", "اعداد/ W", "متابعة/ W",
                            "بقلم:د. W", "W\nمراسل السهل الأخضر في بغداد", "W - مراسل", "بغداد/ W", "W ـ بيروت", "(W)",
                            "كتب / W - 12 أكتوبر 2025", "الإعلامية W", "أ. W", "حرر بواسطة: W",
                            "محمد ولد أحمد::بقلم: W", "خالد بن علي::كتب: W", "أبو بكر الشامي::W", "محمد عبد الله أحمد الشامي::W",
                            "سعود آل ثاني::بقلم W", "عبدالرحمن الحسيني::W", "ليلى عبد اللطيف::كتبت: W",
                            "كتب: W | 12 أكتوبر 2025 | 14:30", "بقلم: W في 12 أكتوبر 2025", "W - 12 أكتوبر 2025 - 1.2K مشاهدة",
                            "هديل السامرائي::W\nصحفية", "W\nالأحد 12 أكتوبر 2025 - 14:30", "المصدر: السهل الأخضر - W",
                            "بقلم الدكتور W", "W\nرئيس التحرير", "كتب: W\nتحرير: سامي يوسف", "W منذ 3 ساعات",
                            "W • منذ 3 ساعات • 1.2K مشاهدة", "12 أكتوبر 2025 - W",
                            // Forms of the CMSs no labelled page showed yet: the writer as a breadcrumb's last
                            // entry, titles before the name, two writers, names with a nisba and the article,
                            // a report-and-photo credit, the writer's box with a bio, a column's standing name,
                            // "من NAME" under a city, a link with the writer's count of articles, and a name
                            // in Latin letters on an Arabic page.
                            "الرئيسية > مقالات الرأي > W", "الرئيسية » كتّاب » W", "بقلم: د. W", "بقلم: م. W",
                            "بقلم الشيخ W", "بقلم: اللواء W", "بقلم: أ.د. W", "كتب: W و W2", "بقلم: W وW2", "W و W2",
                            "كتب: W / W2", "سلطان العامري الشحي::W", "محمد الأمين ولد الشيخ::بقلم: W",
                            "عبد الكريم الحسني الإدريسي::W", "مريم المنصوري::كتبت: W", "تقرير وتصوير: W", "(نص وتصوير: W)",
                            "W\nكاتب وصحفي مقيم في برلين، يكتب في الشؤون الثقافية والاجتماعية.",
                            "نبذة عن الكاتب\nW\nباحث في الاقتصاد السياسي وأستاذ في جامعة الوادي.", "نبض الشارع\nW",
                            "W\nزاوية: نبض الشارع", "بيروت - من W", "من W\nبيروت", "W (123 مقال)", "W\n45 مقالاً",
                            "Karim Mansour::W", "Karim Mansour::بقلم: W")),
            new Language("en", "The Harbour Courier\nHome\nNews\nBusiness\nSport\nOpinion",
                    "Mobile libraries return to the valley villages after three years",
                    List.of("Sunday, October 12, 2025", "12/10/2025 14:30", "Oct 12, 2025 at 2:30 pm", "2 hours ago",
                            "Updated 14:30 BST, 12 October 2025", "Published: 12 October 2025"), "Share\nFacebook\nTwitter\nWhatsApp",
                    "Opinion", "The blue bus parked in the village square. Photo: archive", BODY_EN,
                    "Tags: libraries, villages\nRead more\nGold prices rise in the local market", "Karen Mansfield", forms(
                            "By W", "By KAREN MANSFIELD", "W | October 12, 2025", "W", "W\nSenior Reporter", "Written by W",
                            "W, Staff Writer", "Dr. W", "Posted by W on October 12, 2025", "Words by W", "W, Reuters",
                            "By W, Business Reporter", "W · 4 min read", "by W", "Story by W", "W\n@kmansfield",
                            "W - The Harbour Courier", "Author: W", "By W | October 12, 2025", "W\nOctober 12, 2025",
                            "By W\nUpdated 2 hours ago", "By W and The Harbour Courier staff")),
            new Language("fr", "Le Courrier du Port\nAccueil\nActualités\nÉconomie\nSport\nOpinions",
                    "Les bibliothèques mobiles reviennent dans les villages de la vallée",
                    List.of("dimanche 12 octobre 2025", "12/10/2025 à 14h30", "Publié le 12 octobre 2025 à 14h30",
                            "il y a 3 heures", "Mis à jour le 12/10/2025 à 14h30"),
                    "Partager\nFacebook\nTwitter\nWhatsApp", "Opinions", "Le bus bleu sur la place du village. Photo d'archives",
                    BODY_FR, "Mots-clés : bibliothèques, villages\nLire aussi\nLe prix de l'or monte sur le marché local",
                    "Karim Mansouri", forms("Par W", "Par KARIM MANSOURI", "W | 12 octobre 2025", "W", "W\nJournaliste",
                            "W, journaliste", "W, AFP", "par W", "Par W, envoyé spécial à Tunis", "W - Le Courrier du Port",
                            "Auteur : W", "Par W le 12 octobre 2025 à 14h30", "Par W | Publié le 12/10/2025",
                            "W\n12 octobre 2025")));

    /** Template lines a page may print above its headline. */
    private static final Map<String, String> CHROME = new LinkedHashMap<>();

    static {
        CHROME.put("date-bar", "الأحد، 12 أكتوبر 2025 - 10:45 ص | القاهرة 24°");
        CHROME.put("latin-ad-label", "Advertisement");
        CHROME.put("brand-line", "السهل الأخضر | أخبار اليمن والعالم");
        CHROME.put("picture-credit", "(صورة أرشيفية - أ ف ب)");
        CHROME.put("long-menu", String.join("\n", "الرئيسية", "أخبار محلية", "عربي ودولي", "اقتصاد", "رياضة", "ثقافة وفنون",
                "منوعات", "تكنولوجيا", "صحة", "مقالات", "تحقيقات", "فيديو", "صور", "اتصل بنا", "من نحن"));
        CHROME.put("breadcrumb", "الرئيسية > أخبار > اقتصاد");
        CHROME.put("breaking-ticker", "عاجل | الرئيس يصل إلى العاصمة في زيارة رسمية تستمر يومين");
        CHROME.put("latest-news-box", "آخر الأخبار\nارتفاع أسعار الذهب في السوق المحلية\nافتتاح معرض الكتاب بمشاركة 300 دار نشر\n"
                + "المنتخب يستعد لمواجهة حاسمة الأسبوع المقبل");
        CHROME.put("account-links", "بحث\nتسجيل الدخول\nاشترك في النشرة البريدية");
        CHROME.put("counters", "1.2K مشاهدة\n0 تعليق");
        CHROME.put("prices", "دولار 48.5 | يورو 52.3 | ذهب 21 3950");
        CHROME.put("section", "اقتصاد");
        CHROME.put("follow-row", "تابعونا على\nفيسبوك\nتويتر\nيوتيوب\nإنستغرام");
        CHROME.put("ranked-box", "الأكثر قراءة\n1 وزير التعليم يعلن موعد الامتحانات\n2 أمطار غزيرة على المناطق الساحلية\n"
                + "3 افتتاح طريق جديد يربط المدن الشمالية");
        CHROME.put("weather", "حالة الطقس: غائم جزئياً 18°");
        CHROME.put("sponsored", "SPONSORED");
        CHROME.put("cookie-notice", "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك، وباستمرارك في التصفح فإنك توافق على ذلك.\nموافق");
        CHROME.put("one-line-menu", "الرئيسية أخبار محلية عربي ودولي اقتصاد رياضة ثقافة منوعات");
        CHROME.put("long-entry-menu", String.join("\n", "الرئيسية", "أخبار محلية وعربية", "شؤون دولية وتقارير", "اقتصاد وأسواق المال",
                "رياضة محلية وعالمية", "ثقافة وفنون وأدب", "مقالات ووجهات نظر"));
        CHROME.put("hijri-date", "الأحد 20 ربيع الآخر 1447 هـ");
        CHROME.put("search-box", "ابحث هنا...\nبحث");
        CHROME.put("app-prompt", "حمّل تطبيق السهل الأخضر على أندرويد وآيفون");
        CHROME.put("newsletter-prompt", "اشترك في نشرتنا البريدية ليصلك كل جديد");
        CHROME.put("prayer-times", "الفجر 4:45 الظهر 12:10 العصر 3:30 المغرب 6:05 العشاء 7:25");
        CHROME.put("last-updated", "آخر تحديث: الأحد 12 أكتوبر 2025 - 10:45");
        CHROME.put("kicker", "خاص");
        CHROME.put("ad-label", "إعلان");
        CHROME.put("glued-sections", "ثقافةفنونمحليات عربية");
    }

    /**
     * Template lines tried alone over every headline, after the stacks above: a long trail, a section's
     * label, the browser's title bar repeating the headline ("H") with the site's name, a trail ending
     * with the headline, and that trail with no headline printed under it ("trail-only").
     */
    private static final Map<String, String> HEADLINE_CHROME = new LinkedHashMap<>();

    static {
        HEADLINE_CHROME.put("long-breadcrumb", "الرئيسية > أخبار محلية > اقتصاد وأسواق المال > الزراعة والري");
        HEADLINE_CHROME.put("section-label", "تقارير وتحقيقات");
        HEADLINE_CHROME.put("title-bar", "H | السهل الأخضر");
        HEADLINE_CHROME.put("trail-with-headline", "الرئيسية > أخبار > H");
        HEADLINE_CHROME.put("trail-only", "الرئيسية > أخبار > H");
    }

    private static final Map<String, String> HEADLINES = new LinkedHashMap<>();

    /** A copy keeps blank lines between a page's blocks, or runs every line together (select-all in some browsers). */
    private static final Map<String, String> JOINERS = new LinkedHashMap<>();

    static {
        JOINERS.put("spaced", "\n\n");
        JOINERS.put("tight", "\n");
    }

    static {
        HEADLINES.put("plain", "الحكومة تقر خطة جديدة لدعم المزارعين في المناطق الجبلية");
        HEADLINES.put("three-words", "أزمة الخبز تتفاقم");
        HEADLINES.put("quoted-speaker", "وزير المالية: لا زيادة في الضرائب هذا العام");
        HEADLINES.put("question", "هل تنجح خطة إنقاذ الليرة؟");
        HEADLINES.put("quoted-title", "«الطريق الطويل» رواية جديدة تعيد قراءة تاريخ المدينة");
        HEADLINES.put("long", "بعد سنوات من الانتظار والتأجيل المتكرر، البلدية تبدأ أخيراً أعمال ترميم السوق القديم في وسط المدينة وسط ترحيب التجار");
    }

    /**
     * What a theme prints under (or right over) the headline (T) before the text (BODY): its date (D), a deck, its
     * section, the picture's caption or alt text (ALT: the headline's words after a preposition glued to one of them,
     * "… بمركز الشباب" giving "مركز الشباب"; headlines without one skip that layout), the writer's photo's alt
     * text over the byline, the headline printed again under a byline with a kicker between (an agency's story
     * block), a kicker of a few words over the headline, and the text cut short after a word or two (CUT) under the site's name and the story's
     * date, which then open what little prose the copy has.
     */
    private static final Map<String, List<String>> UNDER = new LinkedHashMap<>();

    static {
        UNDER.put("deck-and-second-deck", List.of("T", "الزراعة تفقد حصتها من الاقتصاد عاماً بعد عام",
                "علاقة عكسية بين حجم الدعم وإنتاجية الأرض تحتاج مراجعة.", "BODY"));
        UNDER.put("caption-between-date-and-writer", List.of("T", "D", "المركز الوطني للفنون الشعبية", "كريم منصور", "BODY"));
        UNDER.put("section-between-date-and-byline", List.of("T", "D", "جهات و بيئة", "بقلم: كريم منصور", "BODY"));
        UNDER.put("alt-text-glued", List.of("T", "ALT", "D", "كريم منصور", "BODY"));
        UNDER.put("writer-photo-over-byline", List.of("T", "D", "سالم عوض بالخير", "بقلم: سالم عوض بالخير", "BODY"));
        UNDER.put("kicker-then-headline-again-under-byline", List.of("T", "احتفالاً بيوم القراءة..",
                "Karim Mansour, Lina Haddad  | 12.10.2025 - محدث : 13.10.2025", "T", "الوادي/وكالة السهل", "BODY"));
        UNDER.put("kicker-over-headline", List.of("خلال ندوة نظمتها جمعية المزارعين", "T", "D", "BODY"));
        UNDER.put("date-opens-cut-copy", List.of("D", "T", "T", "المصدر / نادية فريد",
                "الحافلة الزرقاء تحمل الكتب إلى قرى الوادي بعد غياب ثلاث سنوات", "CUT"));
    }

    /** A headline's words after a preposition glued to one of them, as a picture's alt text takes them up; null without one. */
    private static final Pattern GLUED_TAIL = Pattern.compile("(?:^|\\s)[بل](\\p{L}{3,}(?:\\s+\\S+){2,})$");

    private LayoutGridBench() {
    }

    /** A grid's misses, counted by form and by place. */
    static final class Misses {
        final String grid;
        int pages;
        final Map<String, Integer> byForm = new TreeMap<>(), byPlace = new TreeMap<>();
        final List<String> listed = new ArrayList<>();

        Misses(String grid) {
            this.grid = grid;
        }

        void page(String form, String place, boolean right, String found) {
            pages++;
            if (right) return;
            byForm.merge(form, 1, Integer::sum);
            byPlace.merge(place, 1, Integer::sum);
            listed.add(form + " @ " + place + ": " + found);
        }

        void print(boolean verbose) {
            int missed = byForm.values().stream().mapToInt(Integer::intValue).sum();
            System.out.printf("%s: %d of %d pages missed%n  by form:  %s%n  by place: %s%n", grid, missed, pages, byForm, byPlace);
            if (verbose) listed.forEach(m -> System.out.println("    " + m));
        }
    }

    public static void main(String[] args) {
        boolean verbose = List.of(args).contains("-v");
        TextReader reader = new TextReader();
        Function<String, Article> read = text -> reader.read(Input.of(text), ReadOptions.defaults());
        for (String joiner : JOINERS.keySet()) for (Language language : LANGUAGES) {
            Misses misses = new Misses("bylines, " + language.name() + ", " + joiner);
            for (Map.Entry<String, String> form : language.forms().entrySet()) {
                for (Map.Entry<String, List<String>> place : PLACES.entrySet()) {
                    List<String> dates = place.getKey().equals("under-date") ? language.dates() : language.dates().subList(0, 1);
                    for (String date : dates) {
                        List<String> parts = new ArrayList<>(List.of(language.masthead()));
                        for (String part : place.getValue()) {
                            parts.add(switch (part) {
                                case "T" -> language.headline();
                                case "BY" -> form(form.getValue()).replace("W2", SECOND_WRITER)
                                        .replaceAll("\\bW\\b", writer(form.getValue(), language));
                                case "P1" -> language.body().lines().findFirst().orElseThrow();
                                case "P2" -> language.body().lines().skip(1).collect(java.util.stream.Collectors.joining("\n"));
                                case "D" -> date;
                                case "S" -> language.shareRow();
                                case "L" -> language.section();
                                case "C" -> language.caption();
                                case "F" -> language.footer();
                                default -> language.body();
                            });
                        }
                        Article article = read.apply(String.join(JOINERS.get(joiner), parts) + "\n");
                        List<String> writers = new ArrayList<>(List.of(writer(form.getValue(), language).toLowerCase()));
                        if (form(form.getValue()).contains("W2")) writers.add(SECOND_WRITER);
                        boolean right = article.metadata().authors().stream().map(a -> a.toLowerCase()).toList().equals(writers);
                        misses.page(form.getKey(), place.getKey(), right, String.valueOf(article.metadata().authors()));
                    }
                }
            }
            misses.print(verbose);
        }
        for (String joiner : JOINERS.keySet()) {
        Misses titles = new Misses("titles under template lines, ar, " + joiner);
        List<List<String>> stacks = new ArrayList<>();
        for (String kind : CHROME.keySet()) stacks.add(List.of(kind));
        // A dozen stacks of three kinds, the same dozen every run.
        Random random = new Random(7);
        List<String> kinds = new ArrayList<>(CHROME.keySet());
        for (int k = 0; k < 12; k++) {
            List<String> shuffled = new ArrayList<>(kinds);
            Collections.shuffle(shuffled, random);
            stacks.add(shuffled.subList(0, 3).stream().sorted().toList());
        }
        for (String kind : HEADLINE_CHROME.keySet()) stacks.add(List.of(kind));
        for (List<String> stack : stacks) {
            for (Map.Entry<String, String> headline : HEADLINES.entrySet()) {
                for (boolean dated : new boolean[] {true, false}) {
                    List<String> parts = new ArrayList<>(List.of("صحيفة السهل الأخضر"));
                    stack.forEach(kind -> parts.add(CHROME.containsKey(kind) ? CHROME.get(kind)
                            : HEADLINE_CHROME.get(kind).replace("H", headline.getValue())));
                    if (!stack.contains("trail-only")) parts.add(headline.getValue());
                    if (dated) parts.add("الأحد 12 أكتوبر 2025");
                    parts.add(BODY_AR);
                    Article article = read.apply(String.join(JOINERS.get(joiner), parts) + "\n");
                    titles.page(String.join("+", stack), headline.getKey() + (dated ? ", dated" : ""),
                            headline.getValue().equals(article.metadata().title()), String.valueOf(article.metadata().title()));
                }
            }
        }
        titles.print(verbose);
        }
        for (String joiner : JOINERS.keySet()) {
            Misses titles = new Misses("titles over lines under them, ar, " + joiner);
            for (Map.Entry<String, List<String>> layout : UNDER.entrySet()) {
                for (Map.Entry<String, String> headline : HEADLINES.entrySet()) {
                    Matcher tail = GLUED_TAIL.matcher(headline.getValue());
                    if (layout.getValue().contains("ALT") && !tail.find()) continue;
                    List<String> parts = new ArrayList<>(List.of("صحيفة السهل الأخضر"));
                    for (String part : layout.getValue()) {
                        parts.add(switch (part) {
                            case "T" -> headline.getValue();
                            case "ALT" -> tail.group(1);
                            case "D" -> "الأحد 12 أكتوبر 2025 - 10:45";
                            case "BODY" -> BODY_AR;
                            case "CUT" -> BODY_AR.substring(0, BODY_AR.indexOf(' ', 10));
                            default -> part;
                        });
                    }
                    Article article = read.apply(String.join(JOINERS.get(joiner), parts) + "\n");
                    titles.page(layout.getKey(), headline.getKey(), headline.getValue().equals(article.metadata().title()),
                            String.valueOf(article.metadata().title()));
                }
            }
            titles.print(verbose);
        }
    }

    /** A form's own writer ("NAME::FORM"), or the language's. */
    private static String writer(String form, Language language) {
        int own = form.indexOf("::");
        return own < 0 ? language.writer() : form.substring(0, own);
    }

    private static String form(String form) {
        int own = form.indexOf("::");
        return own < 0 ? form : form.substring(own + 2);
    }

    /** The forms, "W" standing for the writer's name ("NAME::FORM" for a name of their own), each keyed by itself on one line. */
    private static Map<String, String> forms(String... forms) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String form : forms) out.put(form.replace("\n", " / "), form);
        return out;
    }
}
