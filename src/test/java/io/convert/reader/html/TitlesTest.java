package io.convert.reader.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The title the page's titles agree on, without the site's name: declared by the page, taken from
 * the words that name a publication in Arabic, Persian and Urdu, or shared by two titles of
 * different wording; and never a logo's or a related story's heading.
 */
class TitlesTest {
    private static String title(String fixture) {
        return HtmlFixtures.resource(fixture).metadata().title();
    }

    @Test
    void arabicChannelNameIsCutAndNeitherTheLogoNorARelatedHeadlineWins() {
        assertEquals("افتتاح أول مكتبة رقمية متنقلة في قرى الصعيد", title("title-ar-channel-affix.html"));
    }

    @Test
    void persianNewsAgencyNameBeforeTheHeadlineIsCut() {
        assertEquals("بازگشایی جاده کوهستانی پس از بارش سنگین برف", title("title-fa-agency-first.html"));
    }

    @Test
    void urduDailyNameAfterTheHeadlineIsCut() {
        assertEquals("شہر میں پانی کی نئی پائپ لائن کا کام مکمل ہو گیا", title("title-ur-daily-suffix.html"));
    }

    @Test
    void anArabicSiteNameBeforeTheHeadlineIsCutWhenOgTitleRepeatsTheTitle() {
        // og:site_name spells the site in Latin letters, the titles in Arabic, and no heading shows
        // the headline: og:title, <title> word for word, loses the same short segment <title> does.
        assertEquals("بلدية المدينة تفتتح حديقة عامة جديدة على الواجهة البحرية",
                title("title-ar-site-first-no-heading.html"));
    }

    @Test
    void anUrduSiteNameBeforeABarIsCutWhenOgTitleRepeatsTheTitle() {
        assertEquals("شہر کے سرکاری اسکولوں میں نئی لائبریریاں کھول دی گئیں", title("title-ur-site-first-bar.html"));
    }

    @Test
    void anArabicSiteNameAfterAGuillemetIsCutWhenOgTitleRepeatsTheTitle() {
        assertEquals("مزارعو الزيتون يتوقعون موسماً وفيراً بعد أمطار الشتاء", title("title-ar-guillemet-suffix.html"));
    }

    @Test
    void aPersianPublisherNameAfterADoubleColonIsCut() {
        // The site's name is declared only as the JSON-LD publisher, whose headline keeps it too.
        assertEquals("نمایشگاه کتاب کودک امسال در سه شهر برگزار می‌شود", title("title-fa-double-colon-publisher.html"));
    }

    @Test
    void anArabicSiteNameIsCutAfterATatweelDashOrABarTouchingTheLetters() {
        String headline = "موجة البرد تستمر حتى نهاية الأسبوع في المناطق المرتفعة";
        assertEquals(headline, arabicPageTitle(headline + " ـ الساحل الشرقي", headline + " ـ الساحل الشرقي"));
        assertEquals(headline, arabicPageTitle(headline + "|الساحل الشرقي", headline + "|الساحل الشرقي"));
        // og:title sets a dash where <title> sets a bar: the same words, the same site's name.
        assertEquals(headline, arabicPageTitle(headline + " | الساحل الشرقي", headline + " - الساحل الشرقي"));
    }

    /** The title of an Arabic page with no heading, only a styled line showing the headline. */
    private static String arabicPageTitle(String documentTitle, String ogTitle) {
        String headline = "موجة البرد تستمر حتى نهاية الأسبوع في المناطق المرتفعة";
        String page = "<html lang=\"ar\" dir=\"rtl\"><head><title>" + documentTitle + "</title><meta property=\"og:title\""
                + " content=\"" + ogTitle + "\"></head><body><header><a href=\"/\"><img src=\"/logo.png\" alt=\"logo\">"
                + "</a></header><div class=\"story\"><div class=\"story-head\">" + headline + "</div><p>أعلنت هيئة"
                + " الأرصاد أن موجة البرد ستستمر حتى نهاية الأسبوع، وأن درجات الحرارة قد تنخفض إلى ما دون الصفر في"
                + " المناطق المرتفعة خلال ساعات الليل.</p><p>ودعت الهيئة المواطنين إلى تجنب السفر على الطرق الجبلية،"
                + " وإلى التأكد من صلاحية وسائل التدفئة في منازلهم قبل النوم.</p></div></body></html>";
        return HtmlFixtures.html(page).metadata().title();
    }

    @Test
    void aDirectionMarkBesideTheSeparatorDoesNotHideIt() {
        // A right-to-left page sets a right-to-left mark before the dash or the bar, so that it
        // stands where the reader expects it; the site's name after it is cut all the same.
        String headline = "موجة البرد تستمر حتى نهاية الأسبوع في المناطق المرتفعة";
        String title = headline + " \u200f- الساحل الشرقي";
        assertEquals(headline, arabicPageTitle(title, title));
        String urdu = "<html lang=\"ur\" dir=\"rtl\"><head><title>شہر کے سرکاری اسکولوں میں نئی لائبریریاں کھول دی گئیں"
                + " \u200f| \u200fپہاڑ ٹائمز</title><meta property=\"og:site_name\" content=\"پہاڑ ٹائمز\"></head><body>"
                + "<p>محکمہ تعلیم کے مطابق پہلے مرحلے میں بیس اسکولوں کو کتابیں اور فرنیچر دیا گیا ہے اور اگلے سال"
                + " باقی اسکولوں کی باری آئے گی۔</p></body></html>";
        assertEquals("شہر کے سرکاری اسکولوں میں نئی لائبریریاں کھول دی گئیں", HtmlFixtures.html(urdu).metadata().title());
    }

    @Test
    void aNameInLatinLettersAfterAnArabicHeadlineIsTheSitesName() {
        // No name declared, no address, and three words of headline, too few to cut an unnamed
        // segment on a guess: the brand in another script says what the segment is.
        String page = "<html lang=\"ar\" dir=\"rtl\"><head><title>ارتفاع أسعار الذهب | Al Wadi Today</title></head>"
                + "<body><p>سجلت أسعار الذهب ارتفاعا جديدا في تعاملات اليوم، مدفوعة بزيادة الطلب على المعدن الأصفر"
                + " قبل موسم الأعياد.</p></body></html>";
        assertEquals("ارتفاع أسعار الذهب", HtmlFixtures.html(page).metadata().title());
        String first = page.replace("ارتفاع أسعار الذهب | Al Wadi Today", "Al Wadi Today | ارتفاع أسعار الذهب");
        assertEquals("ارتفاع أسعار الذهب", HtmlFixtures.html(first).metadata().title());
    }

    @Test
    void aPersianAgencysNameInTwoScriptsAroundItsTaglineIsCutBeforeTheHeadline() {
        // The agency names itself first in Persian, then gives its tagline, then its name in Latin
        // letters: all of it goes, as it opens the title.
        String page = "<html lang=\"fa\" dir=\"rtl\"><head><title>خبرگزاری کوهسار | اخبار استان و کشور | Kuhsar News"
                + " Agency - بازگشایی جاده کوهستانی پس از بارش سنگین برف</title></head><body><p>راهداران از صبح امروز"
                + " برف‌روبی را آغاز کردند و جاده پس از شش ساعت به روی خودروهای سبک باز شد.</p></body></html>";
        assertEquals("بازگشایی جاده کوهستانی پس از بارش سنگین برف", HtmlFixtures.html(page).metadata().title());
    }

    @Test
    void aFullWidthBarSetsOffTheSiteNameOfAJapaneseTitle() {
        String page = "<html lang=\"ja\"><head><title>港の灯台が今夜初めて点灯｜Harbour News</title></head><body>"
                + "<p>港の入り口に新しく建てられた灯台が、今夜初めて明かりをともします。点灯式には町の人々が集まる予定です。</p>"
                + "</body></html>";
        assertEquals("港の灯台が今夜初めて点灯", HtmlFixtures.html(page).metadata().title());
        String named = page.replace("Harbour News</title>", "海港ニュース</title><meta property=\"og:site_name\""
                + " content=\"海港ニュース\">");
        assertEquals("港の灯台が今夜初めて点灯", HtmlFixtures.html(named).metadata().title());
    }

    @Test
    void thinSpacesAroundTheSeparatorAreSpaces() {
        String page = "<html><head><title>Ferry timetable changes for the winter months\u2009—\u2009Harbour Notes"
                + "</title><meta property=\"og:site_name\" content=\"Harbour Notes\"></head><body><p>From the first"
                + " of November the morning ferry leaves half an hour later, and the last crossing of the day is"
                + " dropped on weekdays until March.</p></body></html>";
        assertEquals("Ferry timetable changes for the winter months", HtmlFixtures.html(page).metadata().title());
    }

    @Test
    void aRelatedStorysH1LinkingToItsOwnPageDoesNotWinOverTheDeclaredTitle() {
        // No heading shows the article's headline; the ticker's <h1>, a link to another story on
        // the same subject, shares a third of the declared title's words.
        assertEquals("وزير الصحة يعلن خطة لتوسيع المستشفيات الحكومية في الجنوب",
                title("title-ar-related-h1-links-away.html"));
    }

    @Test
    void aPersianHeadlineAgreesWithATitleTypedWithArabicLetters() {
        // <title> and og:title spell yeh and kaf as Arabic does (ي ك), the <h1> as Persian does
        // (ی ک): the same words, and the headline the reader sees is the title.
        assertEquals("افزایش ساعت کار کتابخانه‌های عمومی در تابستان", title("title-fa-arabic-keyboard-letters.html"));
    }

    @Test
    void aRelatedStorysH1DoesNotWinOverTheHeadlineInAnH2() {
        // The ticker's <h1> is another story on the same subject, sharing a third of the words;
        // the article's <h2> is the declared title without the site's name.
        assertEquals("وزير الصحة يعلن خطة لتوسيع المستشفيات الحكومية في الجنوب",
                title("title-ar-related-h1-headline-in-h2.html"));
    }

    @Test
    void declaredTitleLosesTheSiteNameTheVisibleHeadlineLacks() {
        assertEquals("Repotting a Fiddle-Leaf Fig Without Losing Leaves", title("title-en-keyword-affix.html"));
    }

    @Test
    void theHeadlineKeepsTheSpellingTheReaderSees() {
        // The declared titles differ from the visible headline only in case and apostrophe.
        assertEquals("A Beginner's Guide to Winter Cycling", title("title-en-heading-spelling.html"));
    }

    @Test
    void aHeadingHiddenForScreenReadersDoesNotKeepTheSiteNameInTheTitle() {
        // The hidden <h1> repeats <title> whole; the reader sees no headline.
        assertEquals("When to prune apple trees", title("title-en-hidden-heading.html"));
    }

    @Test
    void anAffixTwoDifferentTitlesShareIsTheSiteName() {
        assertEquals("Ferry timetable to change as harbour works begin", title("title-en-shared-affix.html"));
    }

    @Test
    void aSegmentTwoTitlesShareStaysWhenTheHeadlineShowsIt() {
        // og:title and <title> open alike and differ after it; the <h1> shows og:title whole.
        assertEquals("Cup: Millbrook - Eastfield live tonight", title("title-en-shared-segment-in-headline.html"));
    }

    @Test
    void aChineseSiteNameAfterAnUnspacedDashIsCut() {
        assertEquals("山区小学新建图书室正式开放，孩子们课后有了好去处！", title("title-zh-unspaced-site-affix.html"));
    }

    @Test
    void aShortNameAfterABarIsCutWhenOgTitleIsTheDocumentTitle() {
        // No site name declared, no address, no headline on the page: og:title repeating <title>
        // word for word carries the same affix.
        assertEquals("Why the old mill pond froze late this winter", title("title-en-bar-affix.html"));
    }

    @Test
    void aSectionBetweenTheHeadlineAndTheSiteGoesWithTheSite() {
        String page = "<html><head><title>Choosing a first telescope for a city balcony | Buying Guides | The Northern"
                + " Sky Observers' Society</title></head><body><p>A small refractor on a steady mount shows more from"
                + " a balcony than a large mirror that takes an hour to cool, and it fits in a cupboard.</p></body></html>";
        assertEquals("Choosing a first telescope for a city balcony", HtmlFixtures.html(page).metadata().title());
    }

    @Test
    void aSectionBesideTheSiteNameBeforeTheHeadlineGoesWithIt() {
        String page = "<html><head><title>Lantern Notes » Blog Archive » Recaning a chair seat at the kitchen table"
                + "</title><meta property=\"og:site_name\" content=\"Lantern Notes\"></head><body><p>Soak the strands"
                + " overnight so they bend without cracking, and weave the first layer loosely: each later pass pulls"
                + " the seat tighter.</p></body></html>";
        assertEquals("Recaning a chair seat at the kitchen table", HtmlFixtures.html(page).metadata().title());
    }

    @Test
    void aHeadlineThatIsAllOneSegmentKeepsItsDash() {
        String page = "<html><head><title>Rain - and then more rain - for the valley</title></head><body><h1>Rain"
                + " - and then more rain - for the valley</h1><p>The forecast promises a wet week for everyone who"
                + " lives along the river, with showers on every day but Thursday.</p></body></html>";
        assertEquals("Rain - and then more rain - for the valley", HtmlFixtures.html(page).metadata().title());
    }

    @Test
    void theVisibleHeadlineWinsOverTitlesWordedForSearchEngines() {
        // og:title and <title> agree with each other, but the reader sees the headline's wording;
        // the aside's heading shares too few of their words to be taken for it.
        assertEquals("The Best Gooseneck Kettles of 2025, Tested for Pour-Over",
                title("title-en-reworded-headline.html"));
    }

    @Test
    void aSectionNameRunIntoTheHeadlineIsNotPartOfTheTitle() {
        assertEquals("Library opens its reading room on Sunday afternoons",
                title("title-en-section-before-headline.html"));
    }

    @Test
    void aHeadlineSetInCapitalsTakesItsCaseFromTheDeclaredTitle() {
        assertEquals("Planning a Week of School Lunches", title("title-en-headline-in-capitals.html"));
    }

    @Test
    void theHeadlineCutsAffixesEveryDeclaredTitleRepeats() {
        // All three declared titles carry the same author, section and studio after the headline.
        assertEquals("Five Ways to Keep Basil Alive Indoors", title("title-en-headline-before-affixes.html"));
    }

    @Test
    void aDublinCoreTitleGivenAsAPropertyOutranksOneGivenAsAName() {
        // An old template's label stays under name=, the story's title comes as property=.
        String page = "<html><head><title>Allotment Diary</title>"
                + "<meta name=\"DC.title\" content=\"Allotment Diary entry\">"
                + "<meta property=\"dc:title\" content=\"Leeks that survived the January frost\"></head>"
                + "<body><p>Three rows went in late, and only the row under the fleece came through the cold"
                + " week without rotting at the base.</p></body></html>";
        assertEquals("Leeks that survived the January frost", HtmlFixtures.html(page).metadata().title());
    }

    @Test
    void aHeadingSharingFewWordsWithTheTitlesDoesNotWin() {
        String page = "<html><head><title>Harbour works delay the morning ferry by an hour</title>"
                + "<meta property=\"og:title\" content=\"Harbour works delay the morning ferry by an hour\"></head>"
                + "<body><h1>Subscribe to our morning briefing</h1><p>The first ferry of the day will leave at"
                + " seven instead of six until the new pier is finished in the spring.</p></body></html>";
        assertEquals("Harbour works delay the morning ferry by an hour", HtmlFixtures.html(page).metadata().title());
    }

    @Test
    void aHeadlineHoldingTheSiteNameAsAWordIsStillTheHeadline() {
        // The h1 and the JSON-LD headline agree; only the logo is the site's name alone.
        assertEquals("Why every trailrunner should own two pairs of shoes",
                title("title-en-headline-holds-site-word.html"));
    }

    @Test
    void aSegmentWrittenAsAHostNameIsTheSiteName() {
        String page = "<html><head><title>Pruning Roses in Winter | Gardenwise.net</title></head><body><p>Cut"
                + " back to an outward-facing bud in late winter, once the hardest frosts have passed, and burn"
                + " the prunings of any plant that showed black spot last summer.</p></body></html>";
        assertEquals("Pruning Roses in Winter", HtmlFixtures.html(page).metadata().title());
    }

    @Test
    void aHeadlineInCapitalsTakesTheCaseOfTheDeclaredWords() {
        // <title> keeps an unnamed site after the bar; the headline's words are all in it.
        assertEquals("Sourdough Starter Basics", title("title-en-capitals-word-case.html"));
        String reordered = "<html><head><title>Marathon Plan for Beginners</title></head><body><h1>BEGINNERS MARATHON"
                + " PLAN</h1><p>Sixteen weeks of three runs a week take a runner who can manage five kilometres to the"
                + " start line, with one long run that grows by a kilometre or two each Sunday.</p></body></html>";
        assertEquals("Beginners Marathon Plan", HtmlFixtures.html(reordered).metadata().title());
    }

    @Test
    void aHeadlineInCapitalsStaysSoWhenOgTitleSpellsItInCapitals() {
        String page = "<html><head><title>Knots Every Dinghy Sailor Should Know | Harbour Sailing Club</title>"
                + "<meta property=\"og:title\" content=\"KNOTS EVERY DINGHY SAILOR SHOULD KNOW\"></head><body><article>"
                + "<h1>KNOTS EVERY DINGHY SAILOR SHOULD KNOW</h1><p>A bowline, a clove hitch and a round turn with two"
                + " half hitches will see a beginner through most days on the water, and each can be tied with cold"
                + " hands.</p></article></body></html>";
        assertEquals("KNOTS EVERY DINGHY SAILOR SHOULD KNOW", HtmlFixtures.html(page).metadata().title());
    }

    @Test
    void aHeadlineSetBesideItsSubtitleInOneHeadingIsTheTitle() {
        assertEquals("Night Trains Return to the Alps: Sleeping Cars, Old and New",
                title("title-en-headline-with-subtitle.html"));
    }

    @Test
    void aPostTitleInAnH2IsTheHeadlineWhenNoH1Is() {
        assertEquals("Fixing a wobbly chair with hide glue", title("title-en-post-title-in-h2.html"));
    }

    @Test
    void aHeadingWithCharactersLostToAWrongEncodingGivesWayToTheIntactDeclaredTitle() {
        // The theme printed the heading through a character set without the curly apostrophe.
        assertEquals("Planning a Garden Party: A Host’s Checklist", title("title-en-damaged-heading.html"));
    }

    @Test
    void theOnlyHeadlineWinsOverATitleEveryPageOfTheSiteShares() {
        // The template titles every page "News"; the page's one <h1> is the headline.
        String page = "<html><head><title>News</title></head><body><header><a href=\"/\">Home</a></header>"
                + "<article><h1>Parish council agrees to light the towpath before winter</h1><p>Twelve lamps will"
                + " run from the lock to the footbridge, paid for from the parish reserve rather than the"
                + " precept, and the first should be lit by the end of October.</p></article></body></html>";
        assertEquals("Parish council agrees to light the towpath before winter",
                HtmlFixtures.html(page).metadata().title());
        // Marked up as the headline inside the <h1>, it is still the one heading.
        String marked = page.replace("<h1>Parish council agrees to light the towpath before winter</h1>",
                "<h1><span itemprop=\"headline\">Parish council agrees to light the towpath before winter</span></h1>");
        assertEquals("Parish council agrees to light the towpath before winter",
                HtmlFixtures.html(marked).metadata().title());
        // Two <h1>s, neither agreeing with the title: no way to tell which is the headline.
        String two = page.replace("<article>", "<aside><h1>Readers' letters on the new bus timetable</h1></aside>"
                + "<article>");
        assertEquals("News", HtmlFixtures.html(two).metadata().title());
    }

    @Test
    void theOnlyHeadlineWinsOverAPageLabelTheDeclaredTitlesAgreeOn() {
        // og:title and <title> agree, but on the label the site gives its about page.
        String page = "<html><head><title>Our Story - Fernleaf</title><meta property=\"og:title\" content=\"Our Story"
                + " - Fernleaf\"><meta property=\"og:site_name\" content=\"Fernleaf\"></head><body><header><a"
                + " href=\"/\">Fernleaf</a></header><main><h1>A growers' cooperative on the valley terraces</h1><p>Nine"
                + " families farm the terraces above the river, share one press and one van, and sell what they"
                + " pick within a day of picking it.</p></main></body></html>";
        assertEquals("A growers' cooperative on the valley terraces", HtmlFixtures.html(page).metadata().title());
    }

    @Test
    void theHeadlineMicrodataMarksInAnH2WinsUnderALogoH1() {
        // The theme sets the site's name in the <h1> and the post's headline in an <h2> marked as
        // the headline; og:title words the story for a social card.
        String page = "<html><head><title>Notes from a first year of beekeeping - Marl Hill Hives</title><meta"
                + " property=\"og:title\" content=\"What my first beekeeping year taught me\"><meta"
                + " property=\"og:site_name\" content=\"Marl Hill Hives\"></head><body><header><h1><a href=\"/\">Marl"
                + " Hill Hives</a></h1></header><article itemscope itemtype=\"https://schema.org/BlogPosting\"><h2"
                + " itemprop=\"headline\">A first year of keeping bees on the hill, in notes</h2><p>The first colony"
                + " arrived in May in a wooden box on the back seat, and by August two supers were full and the"
                + " neighbours had stopped asking whether it was safe.</p></article></body></html>";
        assertEquals("A first year of keeping bees on the hill, in notes", HtmlFixtures.html(page).metadata().title());
        // A page marking several headlines marks a list of stories: none of them is singled out.
        String list = page.replace("</article>", "</article><aside><h3 itemprop=\"headline\">Swarm season on the"
                + " hill: what to do when they leave</h3></aside>");
        assertEquals("What my first beekeeping year taught me", HtmlFixtures.html(list).metadata().title());
    }

    @Test
    void aBlogNameBeforeTheColonOfTheTitleIsNotTheHeadline() {
        // The platform titles the post "Blog: Post" and sets the blog's name, a link home, in the <h1>.
        String page = "<html><head><title>Slow Bread: Slow bread starter troubleshooting</title>"
                + "<meta property=\"og:title\" content=\"Slow bread starter troubleshooting\"></head><body>"
                + "<h1 class=\"title\"><a href=\"https://slowbread.example.org/\">Slow Bread</a></h1><div class=\"post\">"
                + "<h3>Slow bread starter troubleshooting</h3><p>A starter that smells of nail varnish is hungry,"
                + " not ruined: feed it twice a day at a warmer spot for three days before you give up on it.</p>"
                + "</div></body></html>";
        assertEquals("Slow bread starter troubleshooting", HtmlFixtures.html(page).metadata().title());
    }

    @Test
    void theVisibleHeadlineWinsWhenItRetellsTheTitleInFewOfItsWords() {
        // The declared titles agree; the headline shares a third of their words and brings its own.
        String page = "<html><head><title>Garden hedges in winter: when to cut back the yew | Hedgerow Weekly</title>"
                + "<meta property=\"og:title\" content=\"Garden hedges in winter: when to cut back the yew\"></head>"
                + "<body><article><h1>How do I look after my yew hedges in winter?</h1><p>Leave the main cut until"
                + " late summer, but take out dead wood on a dry day in January, when the birds have finished with"
                + " the berries and no nests are hidden in it.</p></article></body></html>";
        assertEquals("How do I look after my yew hedges in winter?", HtmlFixtures.html(page).metadata().title());
        // A heading made only of a few of the title's words is a part of it, not a retelling.
        String part = page.replace("How do I look after my yew hedges in winter?", "Garden hedges");
        assertEquals("Garden hedges in winter: when to cut back the yew", HtmlFixtures.html(part).metadata().title());
    }

    @Test
    void aBannerInCapitalsSharingAFewOfTheTitlesWordsIsNoRetellingOfIt() {
        // The service page's banner names two of the title's words; the declared titles agree.
        String page = "<html><head><title>Payroll Audits: Keeping Your Staff Records Ready For Inspection</title>"
                + "<meta property=\"og:title\" content=\"Payroll Audits: Keeping Your Staff Records Ready For"
                + " Inspection\"></head><body><h1>TRUSTED PAYROLL AUDITS</h1><p>An inspector may ask for three years"
                + " of timesheets at a week's notice, so keep each month's records in one folder with the signed"
                + " contracts beside them.</p></body></html>";
        assertEquals("Payroll Audits: Keeping Your Staff Records Ready For Inspection",
                HtmlFixtures.html(page).metadata().title());
        // In the page's case the same heading is a retelling, and the visible headline wins.
        String mixed = page.replace("TRUSTED PAYROLL AUDITS", "Trusted Payroll Audits");
        assertEquals("Trusted Payroll Audits", HtmlFixtures.html(mixed).metadata().title());
    }

    @Test
    void theHeadlineTwoTitlesShareAfterKickersOfTheirOwnIsTheTitle() {
        // og:title and <title> each set a teaser or section of their own before the same headline.
        String page = "<html><head><title>Pixel Harbour | Previews: Lighthouse Keeper Beta</title>"
                + "<meta property=\"og:site_name\" content=\"Pixel Harbour\">"
                + "<meta property=\"og:title\" content=\"Storms ahead?: Lighthouse Keeper Beta\"></head><body>"
                + "<p>The beta lets you tend three lamps on a rocky coast, trade oil with passing boats and"
                + " keep a log of every ship that passes in the night.</p></body></html>";
        assertEquals("Lighthouse Keeper Beta", HtmlFixtures.html(page).metadata().title());
    }

    @Test
    void aKickerInItsOwnElementRunIntoTheHeadlineIsNotPartOfTheTitle() {
        // The kicker's words have no colon or dash after them; the declared titles keep the soft
        // hyphen the page's text loses.
        String page = "<html><head><title>Harbour board approves the new ferry pier at East&shy;wick | Coast Courier"
                + "</title><meta property=\"og:title\" content=\"Harbour board approves the new ferry pier at"
                + " East&shy;wick\"></head><body><article><h1><span class=\"roofline\">Coastal transport</span>"
                + " Harbour board approves the new ferry pier at East&shy;wick</h1><p>Work on the pier starts in"
                + " March and should end before the summer timetable, when the second boat returns to the"
                + " crossing.</p></article></body></html>";
        assertEquals("Harbour board approves the new ferry pier at East\u00adwick",
                HtmlFixtures.html(page).metadata().title());
        // A directory's card: a four-word kicker in a block of its own above a short name.
        String card = "<html><head><title>Hillside Roasters | Café Guide</title><meta property=\"og:title\""
                + " content=\"Hillside Roasters | Café Guide\"><meta property=\"og:site_name\" content=\"Café Guide\">"
                + "</head><body><article><h1><div class=\"eyebrow\">Meet the"
                + " local roaster</div> <span>Hillside Roasters</span></h1><p>Three friends roast twice a week in a"
                + " former bakery, and sell most of their beans to the cafés within a mile of the door.</p></article>"
                + "</body></html>";
        assertEquals("Hillside Roasters", HtmlFixtures.html(card).metadata().title());
    }

    @Test
    void theSiteNameInAnAddressUnderACountrysSecondLevelDomainIsCut() {
        // Only the page's address names the site: the label before ".co.uk", not "co".
        assertEquals("Volunteers replant the old orchard behind the village hall",
                title("title-en-country-domain.html"));
    }

    @Test
    void anOgTitleThatIsTheSiteNameLeavesNoFragmentOfItAsTheTitle() {
        // The template gives every page the site's name as og:title; cut at its dash it left "IRU".
        String page = "<html><head><title>Junior crews race on the lake for the first time since the flood</title>"
                + "<meta property=\"og:title\" content=\"International Rowing Union - IRU\">"
                + "<meta property=\"og:site_name\" content=\"International Rowing Union - IRU\"></head><body><p>Nine"
                + " clubs sent boats to the regatta, which moved back to the lake once the new landing stage had"
                + " been checked by the harbour master.</p></body></html>";
        assertEquals("Junior crews race on the lake for the first time since the flood",
                HtmlFixtures.html(page).metadata().title());
    }

    @Test
    void aLongSegmentHoldingTheSitesNameIsAHeadlineNotTheName() {
        // The product is named for the site: cut as if it were the site's name, the segment left
        // only the slogan, and the visible headline, which retells the whole title, lost to it.
        assertEquals("Lumenkit Arc 3 LED Desk Lamp", title("title-en-product-named-for-site.html"));
    }

    @Test
    void aSiteNameInsideTheTitleGoesWithTheTaglineAfterIt() {
        // The blog's template: "Post : Blog | Tagline | Year"; the <h1> is the blog's name.
        assertEquals("Why the old lighthouse keeper kept a diary", title("title-en-site-name-before-tagline.html"));
    }

    @Test
    void aHeadingThatLinksToTheHomePageNamesTheSite() {
        // A documentation theme: the project's name, a link home, in one <h1>; the page's headline,
        // shorter than the name, in another. Both are segments of <title>; nothing declares the name.
        String page = "<html><head><title>Packing a Rucksack: Weight First \u2014 field notes of the ridge walkers club"
                + "</title></head><body><div class=\"header\"><h1 class=\"heading\"><a href=\"index.html\"><span>field"
                + " notes of the ridge walkers club</span></a></h1></div><div class=\"body\"><h1>Packing a Rucksack:"
                + " Weight First</h1><p>Put the tent and the stove against your back and high up, the sleeping bag at"
                + " the bottom, and the things you need during the day in the lid.</p></div></body></html>";
        assertEquals("Packing a Rucksack: Weight First", HtmlFixtures.html(page).metadata().title());
        // A logo <h1> linking to the site's root: its name is the <title>'s last segment, which a
        // reworded match of the whole <title> took for the headline.
        String logo = "<html><head><title>Harbour Seals \u2013 Counting Pups on the Sandbanks | Friends of the Seal"
                + " Coast</title></head><body><h1 class=\"logo\"><a href=\"https://www.seal-coast.example.org/\">"
                + "Friends of the Seal Coast</a></h1><h2>Harbour Seals \u2013 Counting Pups on the Sandbanks</h2><p>Each"
                + " June volunteers count the pups from the dunes at low tide, keeping two hundred metres away so"
                + " that no mother leaves her young.</p></body></html>";
        assertEquals("Harbour Seals \u2013 Counting Pups on the Sandbanks", HtmlFixtures.html(logo).metadata().title());
    }

    @Test
    void aTitleLosesItsSiteNameOnceNotASegmentThatIsPartOfTheName() {
        // The headline opens with words of the site's name; cut once at the end, the name does
        // not cut the headline's first segment too.
        String page = "<html><head><title>Offshore Wind \u2013 Clean Power from the Sea | Foundation for Offshore Wind"
                + "</title><meta property=\"og:site_name\" content=\"Foundation for Offshore Wind\"></head><body><p>A"
                + " turbine standing in open water turns on most days of the year, and the cables that bring its"
                + " power ashore are buried under the seabed.</p></body></html>";
        assertEquals("Offshore Wind \u2013 Clean Power from the Sea", HtmlFixtures.html(page).metadata().title());
    }

    @Test
    void aHeadingsPermalinkMarkIsNotPartOfTheTitle() {
        String page = "<html><head><title>Rebasing Safely \u2014 gitwise 2.1 documentation</title></head><body>"
                + "<div class=\"section\"><h1>Rebasing Safely<a class=\"headerlink\" href=\"#rebasing-safely\""
                + " title=\"Link to this heading\">\u00b6</a></h1><p>Rebase only the commits nobody else has pulled,"
                + " and push with a lease, so that a colleague's work is never overwritten by accident.</p></div>"
                + "</body></html>";
        assertEquals("Rebasing Safely", HtmlFixtures.html(page).metadata().title());
    }

    @Test
    void aSeparatorBesideAnEmptySiteNameSlotIsNotPartOfTheTitle() {
        // The template appends " - {site}" and prepends "{section} | ", both names left empty.
        String page = "<html><head><title>Lantern festival returns to the old quay -</title><meta property=\"og:title\""
                + " content=\"| Lantern festival returns to the old quay\"></head><body><p>Paper lanterns will hang"
                + " along the harbour wall for three nights, lit at dusk by the children of the sailing club.</p>"
                + "</body></html>";
        assertEquals("Lantern festival returns to the old quay", HtmlFixtures.html(page).metadata().title());
    }

    @Test
    void anArabicSiteNameTheHostSpellsInLatinLettersIsCutBesideAShortHeadline() {
        // Four words of headline are too few to cut an unnamed segment on a guess; the address
        // (www.alsahil.example) spells the name before the bar.
        assertEquals("افتتاح سوق السمك الجديد", title("title-ar-site-name-from-host.html"));
    }

    @Test
    void anArabicSiteNameOgSiteNameSpellsInLatinLettersIsCutFromTheDeclaredTitle() {
        String page = "<html lang=\"ar\" dir=\"rtl\"><head><meta property=\"og:title\" content=\"عودة القطار الليلي -"
                + " صوت الوادي\"><meta property=\"og:site_name\" content=\"Sawt Al Wadi\"></head><body><p>تعود رحلات"
                + " القطار الليلي بين المدينتين ابتداء من الأسبوع المقبل، بعد توقف دام ثلاث سنوات بسبب أعمال صيانة"
                + " الجسور على طول الخط.</p><p>وقالت إدارة السكك إن القطار سيغادر كل مساء في العاشرة ويصل مع شروق"
                + " الشمس.</p></body></html>";
        assertEquals("عودة القطار الليلي", HtmlFixtures.html(page).metadata().title());
    }

    @Test
    void aPublicationNameClosingWithANewsWordIsCutBesideAShortHeadline() {
        // Three and four words of headline are too few to cut an unnamed segment on a guess; the
        // name's last word, borrowed from English, says it is a publication's.
        String arabic = "<html lang=\"ar\" dir=\"rtl\"><head><title>ارتفاع أسعار الخبز | الضفة نيوز</title></head>"
                + "<body><p>رفعت المخابز سعر الرغيف للمرة الثانية هذا العام، وعزا أصحابها الزيادة إلى غلاء الطحين"
                + " وأجور النقل خلال الأشهر الأخيرة.</p></body></html>";
        assertEquals("ارتفاع أسعار الخبز", HtmlFixtures.html(arabic).metadata().title());
        String urdu = "<html lang=\"ur\" dir=\"rtl\"><head><title>بارش کا نیا سلسلہ - پہاڑ ٹی وی</title></head>"
                + "<body><p>محکمہ موسمیات کے مطابق اگلے تین دن پہاڑی علاقوں میں وقفے وقفے سے بارش ہو گی اور ندی نالوں"
                + " میں پانی کی سطح بڑھ سکتی ہے۔</p></body></html>";
        assertEquals("بارش کا نیا سلسلہ", HtmlFixtures.html(urdu).metadata().title());
        String first = arabic.replace("ارتفاع أسعار الخبز | الضفة نيوز", "الضفة الإخباري | ارتفاع أسعار الخبز");
        assertEquals("ارتفاع أسعار الخبز", HtmlFixtures.html(first).metadata().title());
    }

    @Test
    void aLongArabicWordBesideAShortHeadlineIsNoTitleOfItsOwn() {
        // A section's name of eight letters is one word, not a headline in a script without
        // spaces: neither it nor the headline is cut on a guess.
        String page = "<html lang=\"ar\" dir=\"rtl\"><head><title>الاقتصاد - ارتفاع أسعار الخبز</title></head><body>"
                + "<p>رفعت المخابز سعر الرغيف للمرة الثانية هذا العام، وعزا أصحابها الزيادة إلى غلاء الطحين وأجور"
                + " النقل.</p></body></html>";
        assertEquals("الاقتصاد - ارتفاع أسعار الخبز", HtmlFixtures.html(page).metadata().title());
        String after = page.replace("الاقتصاد - ارتفاع أسعار الخبز", "ارتفاع أسعار الخبز - الاقتصاد");
        assertEquals("ارتفاع أسعار الخبز - الاقتصاد", HtmlFixtures.html(after).metadata().title());
    }

    @Test
    void oneMetaElementGivingItsTitleUnderTwoNamesIsOneVote() {
        // og:title and twitter:title share one element: not two titles agreeing, so the
        // JSON-LD headline, first of the declared titles, stays the title.
        String page = "<html><head><title>Harbour Notes</title><meta property=\"og:title twitter:title\""
                + " content=\"You will not believe what the tide left behind\"><script type=\"application/ld+json\">"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Storm leaves a wrecked schooner on the north beach\"}"
                + "</script></head><body><h1>From the shore</h1><p>Walkers found the hull of an old two-masted"
                + " schooner half buried in the sand on Sunday morning, after three days of gales had stripped the"
                + " dunes back to the rock.</p></body></html>";
        assertEquals("Storm leaves a wrecked schooner on the north beach", HtmlFixtures.html(page).metadata().title());
    }

    @Test
    void theDublinCoreTitleOutranksTheShareCardsWhenNothingElseDecides() {
        // Three titles, three wordings, and a heading that is none of them: the share card carries
        // the social teaser, the Dublin Core title names the document.
        String page = "<html><head><title>Harbour Notes</title><meta property=\"og:title\""
                + " content=\"You will not believe what the tide left behind\"><meta name=\"DC.title\""
                + " content=\"Storm leaves a wrecked schooner on the north beach\"></head><body><h1>From the shore</h1>"
                + "<p>Walkers found the hull of an old two-masted schooner half buried in the sand on Sunday morning,"
                + " after three days of gales had stripped the dunes back to the rock.</p></body></html>";
        assertEquals("Storm leaves a wrecked schooner on the north beach", HtmlFixtures.html(page).metadata().title());
    }
}
