package io.convert.reader.text.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.convert.lang.BylineWords;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BylineTest {

    @Test
    void englishForms() {
        assertEquals(new Byline(List.of("Lena Marchetti"), "Reuters"), Byline.parse("By Lena Marchetti, Reuters", null, false));
        assertEquals(new Byline(List.of("Maria Okafor", "Tom Reilly"), null),
                Byline.parse("By Maria Okafor and Tom Reilly", null, false));
        assertEquals(new Byline(List.of("Ahiza Garcia"), null),
                Byline.parse("by Ahiza Garcia @ahiza_garcia February 1, 2016: 12:41 PM ET", null, false));
        assertEquals(new Byline(List.of("John Smith"), "Associated Press"),
                Byline.parse("John Smith, Associated Press", null, false));
    }

    @Test
    void aReportersJobAndBeatOrOutletLeadToTheNameAtItsFirstGivenName() {
        assertEquals(new Byline(List.of("سامي نور"), "شبكة الوادي"), Byline.parse("مراسل شبكة الوادي سامي نور", null, false));
        assertEquals(List.of("منى حسن"), Byline.parse("محررة الشؤون الاقتصادية منى حسن", null, false).authors());
        assertEquals(List.of("سامي نور"), Byline.parse("المراسل الميداني سامي نور", null, false).authors());
        // No given name after the job: a headline about a reporter, not a byline.
        assertNull(Byline.parse("مراسل حربي يروي تفاصيل الليلة الأخيرة", null, false));
    }

    @Test
    void aSourceCreditNamesTheWriterBesideTheOutlet() {
        assertEquals(new Byline(List.of("سلمى عيسى"), "وكالة الأنباء المحلية"),
                Byline.parse("المصدر: وكالة الأنباء المحلية - سلمى عيسى", null, false));
        assertEquals(List.of("سلمى عيسى"), Byline.parse("المصدر: سلمى عيسى – الضفة اليوم", null, false).authors());
        // The outlet alone, or a source that names no person, signs no writer.
        assertNull(Byline.parse("المصدر: وكالات", null, false));
        assertNull(Byline.parse("المصدر: وزارة الصحة - مديرية الإعلام", null, false));
    }

    @Test
    void aScholarsTitleOrAnOfficersRankBeforeTheNameIsNoPartOfIt() {
        assertEquals(List.of("فاروق العطار"), Byline.parse("بقلم: اللواء فاروق العطار", null, false).authors());
        assertEquals(List.of("فاروق العطار"), Byline.parse("بقلم الشيخ فاروق العطار", null, false).authors());
    }

    @Test
    void fromAndAWholeNameIsACorrespondentsByline() {
        assertEquals(List.of("عادل فرحات"), Byline.parse("من عادل فرحات", null, false).authors());
        assertEquals(new Byline(List.of("عادل فرحات"), "طرابلس"), Byline.parse("طرابلس - من عادل فرحات", null, true));
        // "من" opens sentences: without a name that opens with a given name after it, no byline.
        assertNull(Byline.parse("من المتوقع هطول أمطار", null, true));
        assertNull(Byline.parse("من الأرشيف", null, false));
    }

    @Test
    void aTrailThroughTheWritersPagesEndsWithTheWriter() {
        assertEquals(List.of("جمال الخطيب"), Byline.parse("الرئيسية » كتّاب الرأي » جمال الخطيب", null, false).authors());
        assertEquals("ليلى حداد", Byline.writerEndingTrail("منبر الضاحية > مقالات > ليلى حداد"));
        // Through the news, the trail may end with the person a story is about.
        assertNull(Byline.writerEndingTrail("الرئيسية > رياضة > محمد صلاح"));
    }

    @Test
    void familyNamesOfOriginMayFollowAGivenNameEachWithTheArticle() {
        assertEquals("راشد الكندي البلوشي", Byline.personName("راشد الكندي البلوشي"));
        // Most words with the article and not all of them names of origin, or no given name first: a phrase.
        assertNull(Byline.personName("راشد الكبير الجديد"));
        assertNull(Byline.personName("حكم المحكمة الإدارية العليا"));
    }

    @Test
    void anOutletNamedAsMaghrebSitesSpellPresseIsTheSource() {
        Byline byline = Byline.parse("تحرير: وادي بريس", null, false);
        assertTrue(byline == null || byline.authors().isEmpty(), String.valueOf(byline));
    }

    @Test
    void aColonClosesANameThatOpensWithAGivenName() {
        assertEquals("منير الخطيب", Byline.personName("منير الخطيب : "));
        assertEquals("منير الخطيب", Byline.personName("م. منير الخطيب*:"));
        // A column's standing name is closed by a colon too.
        assertNull(Byline.personName("أول السطر:"));
    }

    @Test
    void aTatweelInsideANameOnlyStretchesIt() {
        assertEquals(List.of("سامي نور"), Byline.parse("بقلم: سامي نور – أعده للنشر: وليد الحـاج", null, false).authors());
        assertEquals(List.of("حامد يوسف"), Byline.parse("كتب: حامـد يوسف", null, false).authors());
    }

    @Test
    void aSecondCreditAfterADashNamesNoAuthor() {
        assertEquals(List.of("ريم الحاج"), Byline.parse("بقلم: ريم الحاج – مراجعة: سامر داود", null, false).authors());
        assertEquals(List.of("ريم الحاج"), Byline.parse("بقلم: ريم الحاج | تدقيق: سامر داود", null, false).authors());
        // Parted by slashes after the outlet: the photographer's credit is no writer's.
        assertEquals(new Byline(List.of("ريم الحاج"), "إذاعة الوادي"),
                Byline.parse("إذاعة الوادي/إعداد وتحرير: ريم الحاج/تصوير اللقاءات الميدانية: سامر", null, false));
    }

    @Test
    void dashesSpacedOnOneSideOrGluedToTheExclusiveWordStillPartTheByline() {
        assertEquals(List.of("ماجد الشامي"), Byline.parse("الرصيف -ماجد الشامي-خاص:", null, true).authors());
        assertEquals(List.of("ماجد الشامي"), Byline.parse("الرصيف- ماجد الشامي -خاص:", null, true).authors());
    }

    @Test
    void aCountryIsWhereTheWriterFilesFrom() {
        assertEquals(List.of("هشام عبد الرحمن"), Byline.parse("مصر: هشام عبد الرحمن", null, true).authors());
        assertEquals(List.of("ليلى حسن"), Byline.parse("العراق:ليلى حسن", null, true).authors());
    }

    @Test
    void anArticleCreditLeadsToTheNameAndAnOfficeAfterASlashIsTheWritersOwn() {
        assertEquals(List.of("سامي نور"), Byline.parse("مقال: سامي نور", null, false).authors());
        assertEquals(List.of("سامي نور الهاشمي"),
                Byline.parse("مقال: سامي نور الهاشمي/ رئيس جمعية حماية البيئة و ناشط في الشأن العام", null, false).authors());
        // What follows the label is no name: a headline's kicker.
        assertNull(Byline.parse("مقال: كيف نواجه الغلاء", null, false));
    }

    @Test
    void anOutletsReportersInBracketsPartedByADash() {
        assertEquals(new Byline(List.of("سلمى ناجي", "وداد حيدر"), "صوت الوادي"),
                Byline.parse("صوت الوادي – (سلمى ناجي – وداد حيدر)", null, true));
    }

    @Test
    void byGluedToTheWritersTitle() {
        assertEquals(List.of("سامي نور الهاشمي"), Byline.parse("للأستاذ الدكتور سامي نور الهاشمي", null, false).authors());
        assertEquals(List.of("منى حسن"), Byline.parse("للكاتبة منى حسن", null, false).authors());
        // "لل" opening a plain word ("للبيع", for sale) is no title.
        assertNull(Byline.parse("للبيع شقة في وسط المدينة", null, false));
    }

    @Test
    void aHeadlineOpenedByItsWritersByline() {
        assertEquals("سامي نور", Byline.penThenTitle("بقلم سامي نور: المدن الساحلية بين الأمس واليوم"));
        assertNull(Byline.penThenTitle("بقلم سامي نور: تعقيب"));
    }

    @Test
    void aNameSetOffAtAHeadlinesHeadOrEnd() {
        String rest = "المدن الساحلية بين الأمس واليوم";
        assertEquals(new Byline.HeadlineName("سامي نور", rest, Byline.HeadlineName.Shape.AFTER_DASH, false, false),
                Byline.headlineName(rest + " – سامي نور"));
        assertEquals(new Byline.HeadlineName("سامي نور", rest, Byline.HeadlineName.Shape.AFTER_DASH, false, false),
                Byline.headlineName(rest + "- سامي نور"));
        assertEquals(new Byline.HeadlineName("سامي نور", rest, Byline.HeadlineName.Shape.SET_APART, false, false),
                Byline.headlineName(rest + " “سامي نور”"));
        assertEquals(new Byline.HeadlineName("سامي نور", rest, Byline.HeadlineName.Shape.SET_APART, false, true),
                Byline.headlineName(rest + " (د. سامي نور)"));
        assertEquals(new Byline.HeadlineName("Lena Marchetti", "Why the harbour still floods every spring", Byline.HeadlineName.Shape.AFTER_COMMA, true, false),
                Byline.headlineName("Why the harbour still floods every spring, By Lena Marchetti"));
        // A name that leads stays in the title.
        assertEquals(new Byline.HeadlineName("منى حسن", null, Byline.HeadlineName.Shape.BEFORE_COLON, false, true),
                Byline.headlineName("د. منى حسن: المدارس الريفية تحتاج إلى معلمين"));
        // The verb of writing is no part of the name, and vouches for it as a byline word does.
        assertEquals(new Byline.HeadlineName("منى حسن", null, Byline.HeadlineName.Shape.BEFORE_COLON, true, true),
                Byline.headlineName("د. منى حسن تكتب: المدارس الريفية تحتاج إلى معلمين"));
        // A part's number, a picture tag, a two-word headline's quoted subject: no name set off.
        assertNull(Byline.headlineName("رحلة إلى قرى الجبل الأخضر - الجزء الثاني"));
        assertNull(Byline.headlineName("جولة في أسواق المدينة القديمة (صور)"));
        assertNull(Byline.headlineName("عبقرية “سامي نور”"));
    }

    @Test
    void aHeadlineThatNamesItsWriterByTradeAndSaysTheWriterWrites() {
        assertEquals("سلوى بنعلي", Byline.writerWritesHeadline("الشاعرة التونسية سلوى بنعلي تكتب قصيدة عن البحر والغياب"));
        assertEquals("سامي نور", Byline.writerWritesHeadline("الكاتب سامي نور يكتب عن مدينته القديمة"));
        // No trade before the name: a player "writes history", no piece.
        assertNull(Byline.writerWritesHeadline("سامي نور يكتب التاريخ في الدوري"));
    }

    @Test
    void anArabicSemicolonPartsTheOutletFromItsCredit() {
        assertEquals(new Byline(List.of("سامي نور"), "أخبار الوادي"), Byline.parse("أخبار الوادي؛ ترجمة وتحرير: سامي نور", null, true));
    }

    @Test
    void aBylineAfterTheDateAndItsTimeOnOneLine() {
        assertEquals("سامي نور", Byline.nameAfterDate("2021-05-03 10:15:40 حاوره: سامي نور"));
        assertEquals("سامي نور", Byline.nameAfterDate("الاثنين 3 مايو 2021 10:15 ص كتب: سامي نور"));
    }

    @Test
    void aRepresentativeIsAWritersTrade() {
        assertEquals(List.of("سامي نور"),
                Byline.parse("كتب / سامي نور ممثل مركز الدراسات الإقليمية في بغداد ومستشار في شؤون التخطيط", null, false).authors());
    }

    @Test
    void arabicForms() {
        assertEquals(new Byline(List.of("ريم الحاج"), null), Byline.parse("بقلم: ريم الحاج", null, false));
        assertEquals(new Byline(List.of("سارة محمود"), null), Byline.parse("كتبت - سارة محمود", null, false));
        assertEquals(new Byline(List.of("أحمد علي"), null), Byline.parse("كتب أحمد علي", null, false));
    }

    @Test
    void sourceDashNameUsesTheSiteOrAKnownAgency() {
        assertEquals(new Byline(List.of("إسلام عيسى"), "القاهرة الإخبارية"),
                Byline.parse("القاهرة الإخبارية - إسلام عيسى", "القاهرة الاخبارية", false));
        assertEquals(new Byline(List.of(), "وكالات"), Byline.parse("القاهرة - وكالات", null, false));
        assertEquals(new Byline(List.of("إسلام عيسى"), "القاهرة الإخبارية"),
                Byline.parse("القاهرة الإخبارية - إسلام عيسى السبت، 17 مايو 2025 02:32 م", "القاهرة الإخبارية", false));
        assertEquals(new Byline(List.of("Lena Marchetti"), "Reuters"),
                Byline.parse("Lena Marchetti, Reuters Thursday, June 12, 2025", null, false));
        // Unknown source: only below the title, where a headline of that shape cannot be.
        assertNull(Byline.parse("عمّان - ليث الخطيب", null, false));
        assertEquals(new Byline(List.of("ليث الخطيب"), "عمّان"), Byline.parse("عمّان - ليث الخطيب", null, true));
    }

    @Test
    void outletGluedToTheByline() {
        assertEquals(new Byline(List.of("سامر حداد"), "الوادي"), Byline.parse("الوادي- كتب سامر حداد", null, false));
        assertEquals(new Byline(List.of("نور الهدى"), "صوت المدينة نيوز"),
                Byline.parse("صوت المدينة نيوز/ إعداد: نور الهدى", null, false));
        assertEquals(new Byline(List.of("هبة سالم"), "المرصد"), Byline.parse("المرصد-هبة سالم", null, true));
        assertEquals(new Byline(List.of("سليمان الرفاعي"), null), Byline.parse("بقلم: أ. د. سليمان الرفاعي", null, false));
        // One word after an agency is its city.
        assertEquals(new Byline(List.of(), "Harbour News Agency"), Byline.parse("Harbour News Agency – Tripoli", null, true));
    }

    @Test
    void quotedOutletBeforeItsWriter() {
        assertEquals(new Byline(List.of("رامي سعيد الأحمد"), "صوت الوادي"), Byline.parse("تقرير \"صوت الوادي\" رامي سعيد الأحمد", null, false));
        assertEquals(new Byline(List.of("هالة عبده ناصر"), "المرفأ الرياضي"), Byline.parse("«المرفأ الرياضي» هالة عبده ناصر", null, false));
        // A quoted word opening a headline is its subject, no outlet.
        assertNull(Byline.parse("«الصحة» تحذر من موجة حر جديدة", null, false));
    }

    @Test
    void dashedDatelineEndingInTheSignature() {
        // A place word ("بيت") is no given name: the city is the source, the signed part the writer.
        assertEquals(new Byline(List.of("وليد الحموري"), "بيت جالا"), Byline.parse("بيت جالا - الشاطئ - كتب : وليد الحموري", null, false));
        assertEquals(new Byline(List.of("سالم الكعبي"), "مؤسسة الأفق الإعلامية"),
                Byline.parse("سالم الكعبي/مؤسسة الأفق الإعلامية", null, false));
    }

    @Test
    void nunationMarksAPhraseNotAName() {
        // A theme's byline bar printed without spaces: the name, the date, the reading time.
        assertEquals("هاني عبد الرحيم 12 أغسطس، 2023 4 دقائق", Byline.unglued("هاني عبد الرحيم12 أغسطس، 20234 دقائق"));
        // Given names of the Maghreb that take the article: the first, or the father's.
        assertEquals("الأخضر بن يوسف", Byline.personName("الأخضر بن يوسف"));
        assertEquals("سالم المهدي القماطي", Byline.personName("سالم المهدي القماطي"));
        // Mauritanian compounds: "محمد يسلم" (a given name opening like a verb), "السالك" with the article.
        assertEquals("محمد يسلم الحافظ", Byline.personName("محمد يسلم الحافظ"));
        assertEquals("السالك ولد أحمدو", Byline.personName("السالك ولد أحمدو"));
        // Any listed given name may take the article ("البراء", "المعتصم"); one list holds them all.
        assertEquals("البراء يونس", Byline.personName("البراء يونس"));
        assertEquals("المعتصم خليل", Byline.personName("المعتصم خليل"));
        assertNull(Byline.personName("الاقتصاد البرتقالي"));
        assertNull(Byline.personName("صحوة ضمير متأخرة جداً"));
        // A section's pair of words, a button's verb.
        assertNull(Byline.personName("خارجي وداخلي"));
        assertNull(Byline.personName("Follow Harbour Courier"));
        assertEquals("Jane Roe", Byline.personName("Jane Roe"));
        assertEquals("سامر الحداد", Byline.personName("سامر الحداد"));
    }

    @Test
    void slashesAfterANameCloseItLikeAnyOtherRule() {
        // Layouts set a writer's name off from the text with one or two slashes, spaced or not.
        assertEquals("نادر بنعيسى", Byline.personName("نادر بنعيسى //"));
        assertEquals("نادر بنعيسى", Byline.personName("نادر بنعيسى/"));
        assertNull(Byline.personName("أخبار / //"));
    }

    @Test
    void aSiteBeforeItsCityOrSectionIsNoWriter() {
        // "SITE _ CITY" and "SITE-SECTION/" are datelines: only a name that opens with a given name files from a city.
        assertEquals(new Byline(List.of(), "مرايا الجبل"), Byline.parse("مرايا الجبل _ حمص", null, true));
        assertEquals(new Byline(List.of(), "مرايا الجبل"), Byline.parse("مرايا الجبل-عربيات/", null, true));
        assertNull(Byline.personName("مرايا الجبل-محليات"));
        assertEquals(new Byline(List.of("كريم الشامي"), null), Byline.parse("كريم الشامي - حمص", null, true));
    }

    @Test
    void aCityAndAColonThenTheWriter() {
        assertEquals(new Byline(List.of("سامر الحداد"), null), Byline.parse("الموصل: سامر الحداد", null, false));
        assertEquals(new Byline(List.of("سحر رجب"), null), Byline.parse("القاهرة:سحر رجب", null, false));
        // A job's or a credit's label, and a quote after a speaker, are no city.
        assertNull(Byline.parse("رئيس التحرير : سامر الحداد", null, false));
        assertNull(Byline.parse("تصوير: سامر الحداد", null, false));
        assertNull(Byline.parse("الوزير: الموازنة جاهزة للتصويت", null, false));
        // Several reporters filed from the place, the first opening with a given name.
        assertEquals(new Byline(List.of("سامر الحداد", "نجوى آل حسن"), null), Byline.parse("تل الزعتر: سامر الحداد، نجوى آل حسن", null, false));
        assertNull(Byline.parse("الوزير: المدارس، المستشفيات", null, false));
        // The second writer's line: "and" glued to the given name.
        assertEquals("عمر عبد اللطيف", Byline.personName("وعمر عبد اللطيف"));
        assertEquals("وليد خالد", Byline.personName("وليد خالد"));
    }

    @Test
    void anEpithetBeforeTheColonIsNoPartOfTheName() {
        assertEquals(new Byline(List.of("سلوى عبد الحميد"), null), Byline.parse("بقلم الفنانة القديرة : سلوى عبد الحميد", null, false));
        assertEquals(new Byline(List.of("سامي نور"), null), Byline.parse("كتب الزميل : سامي نور", null, false));
    }

    @Test
    void aPenBylineMayRunOnWithTheWritersJobs() {
        assertEquals(new Byline(List.of("كمال عبد الرحمن سليم"), null), Byline.parse(
                "بقلم كمال عبد الرحمن سليم رئيس تحرير نشرة الساحل الأسبوعية و مستشار في شؤون الإعلام المحلي و الإذاعة", null, false));
    }

    @Test
    void aBrandOrAPhraseIsNoWriter() {
        assertEquals(new Byline(List.of(), "KoraPlus"), Byline.parse("كتب : KoraPlus", null, false));
        // Nouns joined by "و" are no list of writers; names are, when one of them opens with a given name.
        assertNull(Byline.parse("صناعة الخزف إرث قديم و دليل حضاري", null, true));
        assertEquals(new Byline(List.of("سامر الحداد", "نادية كاظم"), null), Byline.parse("سامر الحداد و نادية كاظم", null, true));
    }

    @Test
    void nationalAgenciesInDatelines() {
        assertEquals(List.of(), Byline.parse("تعز - سبأ:", null, false).authors());
        assertEquals(List.of(), Byline.parse("الكويت - كونا -", null, false).authors());
    }

    @Test
    void accountHandlesAndTaggedNames() {
        assertEquals(new Byline(List.of(), "admin_news"), Byline.parse("بواسطة admin_news", null, false));
        assertEquals(new Byline(List.of("سامي عبد الرحيم الحوراني"), null), Byline.parse("بقلم : ا د #سامي_عبد_الرحيم_الحوراني", null, false));
        assertEquals(new Byline(List.of("نور الدين بلقاسم"), null), Byline.parse(
                "بقلم “نور الدين بلقاسم”: طبيب مختص في طب الطوارئ، رئيس سابق لمصلحة الاستعجالات، وعضو في جمعية تحسين الخدمات الصحية", null, false));
    }

    @Test
    void aWriterAfterTheDateAndTime() {
        assertEquals("كريم عادل", Byline.nameAfterDate("الأحد، 22 سبتمبر 2019 03:00 ص كريم عادل"));
        // A section's name after the date opens with no given name.
        assertNull(Byline.nameAfterDate("الأحد، 22 سبتمبر 2019 03:00 ص أخبار مصر"));
        assertNull(Byline.nameAfterDate("كريم عادل"));
        // The bar between the date and the name is neither's.
        assertEquals("كريم عادل", Byline.nameAfterDate("22 سبتمبر 2019 - كريم عادل"));
        assertEquals("كريم عادل", Byline.personName("- كريم عادل"));
        // The outlet before its writer, joined by a slash.
        assertEquals("سامر القدسي", Byline.nameAfterDate("2025-03-14 10:22:05 صوت الوادي/سامر القدسي"));
        assertNull(Byline.nameAfterDate("2025-03-14 10:22:05 صوت الوادي/محليات"));
    }

    @Test
    void aDashSpacedOnOneSideSetsTheOutletOffTheName() {
        assertNull(Byline.personName("منارة- سلمى الحارثي"));
        assertNull(Byline.personName("سلمى الحارثي -منارة"));
        assertEquals("Jean-Pierre Roux", Byline.personName("Jean-Pierre Roux"));
        assertEquals(new Byline(List.of("سلمى الحارثي"), "منارة"), Byline.parse("منارة- سلمى الحارثي، مديرة مكتب منارة", null, true));
    }

    @Test
    void anOutletAfterTheName() {
        // Glued on with hyphens, which Arabic names never hold; a Latin word alone after "بقلم" is a brand.
        assertEquals(new Byline(List.of("نادر الحسيني"), "يوروفوكس-ستراسبورغ"), Byline.parse("كتب:نادر الحسيني-يوروفوكس-ستراسبورغ", null, false));
        assertEquals(new Byline(List.of(), "Eurovoix"), Byline.parse("بقلم:  Eurovoix", null, false));
    }

    @Test
    void anOfficeOrAPlaceIsNoWriter() {
        assertNull(Byline.personName("وزير الصحة"));
        assertNull(Byline.personName("محافظ البنك المركزي"));
        assertEquals(new Byline(List.of(), "الخرطوم"), Byline.parse("تقرير: الخرطوم", null, false));
        assertEquals(new Byline(List.of("الصادق"), null), Byline.parse("كتب: الصادق", null, false));
        assertEquals(new Byline(List.of("سعاد يوسف الخطيب"), null), Byline.parse("قلم سعاد يوسف الخطيب", null, false));
    }

    @Test
    void whatTheWriterIsAroundTheName() {
        assertEquals(new Byline(List.of("منصور عبد الحكيم"), null), Byline.parse("✍️ بقلم الكاتب والسياسي منصور عبد الحكيم", null, false));
        assertEquals(new Byline(List.of("Richard Hale"), null), Byline.parse("Richard Hale, Local democracy reporter", null, false));
        assertNull(Byline.parse("Floods, Heavy Rain and the editor", null, false));
    }

    @Test
    void theCityAnEnglishReporterFilesFromIsNoWriter() {
        Byline one = new Byline(List.of("Grace Adebayo"), null);
        assertEquals(one, Byline.parse("By Grace Adebayo, Abuja", null, false));
        assertEquals(one, Byline.parse("By Grace Adebayo in Abuja", null, false));
        assertEquals(one, Byline.parse("Grace Adebayo in Port Harcourt", null, true), "bare, near the headline");
        assertNull(Byline.parse("Grace Adebayo in Port Harcourt", null, false), "bare, anywhere");
        assertEquals(new Byline(List.of("Grace Adebayo", "Tunde Bello"), null), Byline.parse("By Grace Adebayo, Tunde Bello", null, false));
        assertNull(Byline.parse("Protests in Lagos", null, true), "one capitalised word names no one");
    }

    @Test
    void whatAnEnglishWriterIsAfterTheNameIsNoSecondWriter() {
        Byline one = new Byline(List.of("Grace Adebayo"), null);
        assertEquals(one, Byline.parse("By Grace Adebayo, Business Reporter", null, false));
        assertEquals(one, Byline.parse("By Grace Adebayo, Senior Health Correspondent", null, false));
        assertNull(Byline.personName("Senior Reporter"), "the job on the line under the name");
        assertNull(Byline.personName("Staff Writer"));
    }

    @Test
    void aNameInBracketsAloneOnItsLine() {
        assertEquals("كريم منصور", Byline.personName("(كريم منصور)"));
        assertEquals("Hannah Cole", Byline.personName("( Hannah Cole )"));
        assertNull(Byline.personName("(أ ف ب)"), "an agency's credit");
        assertNull(Byline.personName("(صورة أرشيفية)"));
    }

    @Test
    void theReadingTimeAfterTheNameLeavesTheWriter() {
        assertEquals(new Byline(List.of("Hannah Cole"), null), Byline.parse("Hannah Cole · 4 min read", null, false));
        assertEquals(new Byline(List.of("كريم منصور"), null), Byline.parse("كريم منصور | 3 دقائق قراءة", null, false));
        assertNull(Byline.parse("Flood warning · 4 min read", null, false), "a teaser's headline names no one");
    }

    @Test
    void aWritersNameBeforeThePagesOwnSiteName() {
        assertEquals(new Byline(List.of("Grace Adebayo"), "The Harbour Courier"),
                Byline.parse("Grace Adebayo - The Harbour Courier", "The Harbour Courier", true));
        assertNull(Byline.parse("Grace Adebayo - The Harbour Courier", null, true), "an unknown title after a name may be a headline's");
    }

    @Test
    void afterADeskWordOnlyAGivenNameIsAWriter() {
        assertEquals(List.of(), Byline.parse("متابعات – النيل الجديد", null, false).authors());
        assertEquals(new Byline(List.of("محمد الطيب"), "متابعات"), Byline.parse("متابعات – محمد الطيب", null, false));
        assertNull(Byline.signedInitials("و.م.أ"), "an agency's initials");
        assertEquals("ق. م", Byline.signedInitials("ق. م"));
    }

    @Test
    void whatTheWriterIsLabelsTheName() {
        assertEquals(new Byline(List.of("Kwame Asante"), null), Byline.parse("Columnist: Kwame Asante", null, false));
        assertEquals(new Byline(List.of("Jane Roe"), null), Byline.parse("Correspondent: Jane Roe", null, false));
        assertNull(Byline.parse("Author: Jane Roe", null, false), "a book's author in a listing as often");
        assertEquals(new Byline(List.of("Jean Dupont"), null), Byline.parse("Chroniqueur : Jean Dupont", null, false));
        assertNull(Byline.parse("Reporter: What do you make of the plan?", null, false), "a transcript's question");
    }

    @Test
    void initialsSignAText() {
        assertEquals("R.B.H", Byline.signedInitials("R.B.H"));
        assertEquals("ق. م", Byline.signedInitials(" ق. م  "));
        assertEquals("Rabah A.", Byline.signedInitials("Rabah A."));
        assertNull(Byline.signedInitials("Rabah Amrani"));
        assertNull(Byline.signedInitials("A."));
        assertNull(Byline.signedInitials("ق م"));
    }

    @Test
    void namesBesideADateInAnyScript() {
        assertEquals(List.of("Aylin Demir", "Kerem Aksoy"), Byline.namesBesideDate("Aylin Demir, Kerem Aksoy"));
        assertEquals(List.of("سامر الحداد", "ليلى ناصر"), Byline.namesBesideDate("سامر الحداد، ليلى ناصر"));
        assertNull(Byline.namesBesideDate("Aylin Demir"));
        assertNull(Byline.namesBesideDate("Aylin Demir, 12 photos"));
    }

    @Test
    void creditLabelsTitlesAndLineages() {
        assertEquals(new Byline(List.of("محمد عاطف السالمي"), null), Byline.parse("اسمُ الكاتب : محمد عاطف السالمي.", null, false));
        assertEquals(new Byline(List.of("سيدي يحيى ولد محمد ولد عبد الوهاب"), null),
                Byline.parse("د/ سيدي يحيى ولد محمد ولد عبد الوهاب", null, true));
        assertEquals("مريم منت أحمد", Byline.personName("مريم منت أحمد"));
        // "عبد" takes any divine name after it: its article is the compound's, not a phrase's.
        assertEquals("عبد الإله الصائغ", Byline.personName("أ. د. عبد الإله الصائغ"));
        assertNull(Byline.personName("تفكيك النظام السياسي"));
    }

    @Test
    void theWriterAndTheInterviewerAsCreditLabels() {
        assertEquals(new Byline(List.of("قاسم محمد"), null), Byline.parse("الكاتب: قاسم محمد", null, false));
        assertEquals(new Byline(List.of("أنور محمد"), null), Byline.parse("حاوره: أنور محمد", null, false));
        assertEquals(new Byline(List.of("سمير لطفي"), null), Byline.parse("(بقلم : سمير لطفي)", null, false));
        assertEquals(new Byline(List.of("وليد الأمين"), null), Byline.parse("عرض ونقاش: وليد الأمين", null, false));
        assertNull(Byline.parse("عرض: 500 جنيه للمتر", null, false));
        // Without its colon "الكاتب" opens a sentence about a writer.
        assertNull(Byline.parse("الكاتب قاسم محمد يصدر روايته الأولى", null, false));
    }

    @Test
    void aLogoOrAVoiceNamesNoOne() {
        assertNull(Byline.personName("Logo Wide"));
        assertNull(Byline.personName("صوت سطيف الحر"));
    }

    @Test
    void anExclusiveGreetingOrMonitorIsNoWriter() {
        assertNull(Byline.parse("لحج الغد – خاص", null, true));
        assertNull(Byline.personName("مرحبا بكم"));
        assertNull(Byline.personName("مرصد مينا"));
    }

    @Test
    void anUnderscoreTypedForADash() {
        assertEquals(new Byline(List.of("ناصر بكار"), "سناك سوري"), Byline.parse("سناك سوري_ ناصر بكار", null, true));
        assertEquals(new Byline(List.of("ناصر بكار"), "سناك سوري"), Byline.parse("سناك سوري _ ناصر بكار", null, true));
    }

    @Test
    void anOutletsStaffIsNoPerson() {
        assertEquals(new Byline(List.of(), "Executive Editors"), Byline.parse("by Executive Editors", null, false));
        assertEquals(new Byline(List.of(), "the Sports Desk"), Byline.parse("By the Sports Desk", null, false));
        assertEquals(new Byline(List.of("Hannah Cole"), null), Byline.parse("By Hannah Cole", null, false));
        assertNull(Byline.personName("La Rédaction"));
    }

    @Test
    void nameWithItsCityInBrackets() {
        assertEquals(new Byline(List.of("مازن الشامسي"), null), Byline.parse("مازن الشامسي (العين)", null, false));
        // A label in brackets is no city.
        assertNull(Byline.parse("حديقة الحيوان (فيديو)", null, false));
        // Nor is the part of a series a headline numbers, or the issue.
        assertNull(Byline.parse("مدرسة المهجر (الحلقة الثانية)", null, false));
        assertNull(Byline.parse("دفتر المهجر (العدد الرابع)", null, false));
        assertNull(Byline.parse("مدرسة المهجر (2)", null, false));
        assertNull(Byline.parse("مدرسة المهجر (٢ من ٣)", null, false));
    }

    @Test
    void nameWithItsEmailAndDatelinesInParts() {
        assertEquals(new Byline(List.of("سلمان الداوود"), null),
                Byline.parse("سلمان الداوود comments [at] example-daily.com", null, false));
        assertEquals(new Byline(List.of("سلمان الداوود"), null), Byline.parse("سلمان الداوود s.dawood@example.org", null, false));
        assertEquals(new Byline(List.of("رحاب الطرابلسي"), "صفاقس"),
                Byline.parse("صفاقس ــ الموقع الجديد / رحاب الطرابلسي", null, true));
        assertEquals(new Byline(List.of(), "صوت الساحل"), Byline.parse("(صوت الساحل)خاص:", null, false));
    }

    @Test
    void slashesBetweenWritersOrBetweenOutletAndWriter() {
        assertEquals(new Byline(List.of("هالة يونس", "كريم داود"), null), Byline.parse("هالة يونس/ كريم داود٣ مارس ٢٠٢٤", null, false));
        assertEquals(new Byline(List.of("نبيل العمراني"), "الوادي الأخضر"), Byline.parse("الوادي الأخضر/ نبيل العمراني", null, true));
        assertEquals(new Byline(List.of("منى الحداد"), "الشروق أون لاين"), Byline.parse("الشروق أون لاين – منى الحداد: ", null, false));
        assertEquals(new Byline(List.of("Nadia Ferhat"), null), Byline.parse("par Nadia Ferhat", null, false));
        assertEquals("رامي العطار", Byline.personName("........رامي العطار"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"أقلام وآراء", "أقلام حرة", "واج واج", "نبض الشارع نبض الشارع", "صوت السودان", "طرابلس الآن", "أهم الأخبارمحليات"})
    void sectionsAgenciesAndOutletsAreNoPersonsName(String text) {
        assertNull(Byline.personName(text));
    }

    @Test
    void byAndReportWordsThatOpenAHeadline() {
        // "كتب" is also "books", "تقرير" "a report".
        assertNull(Byline.parse("كتب قديمة تروي تاريخ الموانئ في «معرض الشارقة»", null, false));
        assertNull(Byline.parse("تقرير عن واقع المدارس على الحدود", null, false));
        assertEquals(new Byline(List.of("وليد حمدان"), null), Byline.parse("تقرير / وليد حمدان:", null, false));
    }

    @Test
    void aliIsANameAndOnIsNot() {
        // Folded, "على" (on) and "علي" (Ali) are one word; only the preposition makes a phrase.
        assertEquals("علي الحسيني", Byline.personName("علي الحسيني"));
        assertEquals("علي الحسيني", Byline.personName("د. علي الحسيني"));
        assertNull(Byline.personName("على الطريق"));
    }

    @Test
    void aColumnHeadedByItsWriter() {
        assertEquals(List.of("سلمى العابد", "حين تصمت المدن."),
                List.of(Byline.writesColumn("د. سلمى العابد تكتب: حين تصمت المدن.")));
        assertNull(Byline.writesColumn("الوزير يكتب: رسالة إلى المعلمين"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"محافظ البصرة: شكرا كوردستان", "*ليس سرا..", "Abdullahi.gallab@asu.edu", "أخبار محلية", "ع م"})
    void headlinesAndLabelsAreNoPersonsName(String text) {
        assertNull(Byline.personName(text));
    }

    @Test
    void captionsEndWithAnAgencysCredit() {
        assertEquals(true, Byline.endsWithCredit("Shoppers at a covered market in the old city. Reuters"));
        assertEquals(true, Byline.endsWithCredit("متطوعون ينظفون ضفة النهر (رويترز)"));
        assertEquals(false, Byline.endsWithCredit("Stocks fall again. Here is why"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"By the end of the year, prices had doubled.", "Trump - Putin summit ends early",
        "وقف فوري وغير مشروط لإطلاق النار", "by the river"})
    void sentencesAndHeadlinesAreNotBylines(String text) {
        assertNull(Byline.parse(text, null, false));
    }

    @Test
    void outletsAndAgenciesAreSourcesNeverAuthors() {
        assertEquals(new Byline(List.of(), "بوابة النهار الجديد"), Byline.parse("المنصورة ـ بوابة النهار الجديد", null, true));
        assertEquals(new Byline(List.of(), "سكاي نيوز عربية"), Byline.parse("أبوظبي - سكاي نيوز عربية", null, true));
        assertEquals(new Byline(List.of(), "وكالات"), Byline.parse("(وكالات):", null, false));
        assertEquals(new Byline(List.of("هالة منصور"), null), Byline.parse("بقلم: د. هالة منصور", null, false));
        assertEquals(new Byline(List.of("Karim Benali"), null), Byline.parse("Par Karim Benali.", null, false));
    }

    @Test
    void aBareNameIsAPersonButNotASectionOrAPhrase() {
        assertEquals("رنا الخطيب", Byline.personName("رنا الخطيب"));
        assertEquals("هالة منصور", Byline.personName("د. هالة منصور"));
        assertNull(Byline.personName("أخبار مصر"));
        assertNull(Byline.personName("صحافة المساءلة"), "a slogan of the press, no person");
        assertNull(Byline.personName("هيئة التحرير"));
        assertNull(Byline.personName("الاقتصاد البرتقالي"));
        assertNull(Byline.personName("30/05/2022"));
        // A share button, a list's label and a column's name made with a preposition of place.
        assertNull(Byline.personName("شارك الخبر"));
        assertNull(Byline.personName("أهم العناوين"));
        assertNull(Byline.personName("آخر التدوينات"));
        assertNull(Byline.personName("داخل الحدث"));
        // An open letter's salutation names whom it is written to, never its writer.
        assertNull(Byline.personName("Monsieur le Ministre"));
        assertNull(Byline.personName("Madame la Gouverneure"));
        assertNull(Byline.personName("Dear Councillor"));
    }

    @Test
    void bylineFormsOfArabicSitesNameThePersonAndNotTheOutletOrPlace() {
        assertEquals(new Byline(List.of("هالة سعيد"), "المنصورة"), Byline.parse("بقلم /هالة سعيد _المنصورة", null, false));
        assertEquals(List.of("سامر حداد"), Byline.parse("بقلم المهندس / سامر حداد", null, false).authors());
        assertEquals(new Byline(List.of(), "صوت البلد اليوم"), Byline.parse("متابعة صوت البلد اليوم", null, false));
        assertEquals(new Byline(List.of("سليم داود"), "صوت البلد اليوم"), Byline.parse("صوت البلد اليوم | سليم داود", null, false));
        assertEquals(List.of("رامي عواد"), Byline.parse("خاص شبكة الميدان الإعلامية: رامي عواد", null, false).authors());
        assertEquals(new Byline(List.of("منى قاسم"), "الراصد"),
                Byline.parse("الراصد- منى قاسم، مراسلة الراصد في عمّان", null, true));
        assertEquals(List.of("ريم الحسيني", "علاء الخطيب"), Byline.parse("ريم الحسيني ، علاء الخطيب", null, false).authors());
        assertEquals("سامي يوسف", Byline.personName("دكتور سامي يوسف"));
        assertNull(Byline.personName("مدينة بيت لحم"));
        assertNull(Byline.personName("القرية ... شتاء بلا مدارس"));
        assertEquals(new Byline(List.of("سامر حداد"), "نابلس"),
                Byline.parse("نابلس – سامر حداد – مركز الدراسات الريفية .", null, true));
        assertEquals(new Byline(List.of("منى قاسم"), "الراصد"),
                Byline.parse("الراصد- منى قاسم، مديرة مكتب الراصد في عمّان", null, true));
        assertNull(Byline.parse("Rising Rents, Falling Wages", null, false));
        assertNull(Byline.parse("وزير الإعلام: لا رقابة على الصحف", null, false));
    }

    @Test
    void aNameTakesTheArticleInItsFamilyNameAndCompoundsButAPhraseTakesItThroughout() {
        assertEquals("سعاد عبد الله النجار", Byline.personName("سعاد عبد الله النجار"));
        assertEquals("نور الدين الحلبي", Byline.personName("نور الدين الحلبي"));
        assertNull(Byline.personName("إصلاح التعليم المهني المتعثر"));
        assertNull(Byline.personName("تجديد الشبكة الكهربائية"));
        assertNull(Byline.personName("أصنافها وطرق الوقاية"), "a possessive pronoun glued on");
        assertNull(Byline.personName("اختر لغتك"));
        assertEquals("مها سليمان", Byline.personName("مها سليمان"));
    }

    @Test
    void theLanguagesCommonestWordsAreInNoName() {
        assertNull(Byline.personName("تم نسخ الرابط بنجاح"));
        assertNull(Byline.personName("تواصل معنا"));
        assertNull(Byline.personName("بسم الله الرحمن الرحيم"));
        // Folded, "على" (on) is "علي" (Ali): the name stays a name.
        assertEquals("علي بن سالم", Byline.personName("علي بن سالم"));
    }

    @Test
    void whatTheWriterIsBeforeTheNameLeadsToItAsAnHonorificDoes() {
        assertEquals(new Byline(List.of("هيفاء الراشد"), null), Byline.parse("الكاتبة / هيفاء الراشد", null, false));
        assertEquals(new Byline(List.of("مراد السالمي"), null), Byline.parse("الكاتب الصحفي مراد السالمي", null, false));
        assertEquals("عادل منصور", Byline.personName("أ. د عادل منصور"), "stacked titles, the second without its dot");
        assertEquals("عادل منصور", Byline.personName("أ . عادل منصور"), "a dot set apart");
        assertNull(Byline.personName("الكاتب الكبير"));
    }

    @Test
    void aNameThenWhereTheWriterWorksBelowTheTitle() {
        assertEquals(new Byline(List.of("سهى عبّاد"), null),
                Byline.parse("سهى عبّاد- مركز الجنوب لدراسات المياه والطاقة المتجددة", null, true));
        // Above the title the same shape may be a headline.
        assertNull(Byline.parse("سهى عبّاد- مركز الجنوب لدراسات المياه والطاقة المتجددة", null, false));
    }

    @Test
    void aHeadlineSignedWithThePenGluedToItsEllipsis() {
        assertArrayEquals(new String[] {"ليالي الصيف في الميناء القديم…", "رنا الخطيب"},
                Byline.runOnPen("ليالي الصيف في الميناء القديم…بقلم الكاتبة رنا الخطيب"));
    }

    @Test
    void clubsAssociationsAndASitesControlsAreNoWriters() {
        assertNull(Byline.personName("نادي الشروق"));
        assertNull(Byline.personName("جمعية الأمل"));
        assertNull(Byline.personName("طنجة سيتي"));
        assertNull(Byline.personName("بحث متقدم"));
        // Beside an agency, only a person's name is the writer; a club is not.
        assertEquals(new Byline(List.of(), "وكالات"), Byline.parse("نادي الشروق ـ وكالات", null, true));
        assertEquals(new Byline(List.of("ماجد الحربي"), "وكالات"), Byline.parse("د. ماجد الحربي ـ وكالات", null, true));
    }

    @Test
    void aDashDrawnWithSeveralTatweels() {
        assertEquals(new Byline(List.of("رياض بامطرف"), "خاص"), Byline.parse("خاص ــ رياض بامطرف", null, true));
        assertEquals(List.of("رياض بامطرف"), Byline.parse("المكلا| خاص ــ رياض بامطرف", null, true).authors());
    }

    @Test
    void namesAreReadInTheirOwnScriptWhateverTheLabels() {
        assertEquals(new Byline(List.of("حسان العمري"), null), Byline.parse("By حسان العمري", null, false));
        // An Arabic label before a Latin name is no English byline: its capitals are not checked.
        assertEquals(new Byline(List.of("Karim benali"), null), Byline.parse("بواسطة Karim benali", null, false));
    }

    @Test
    void aNameThenThePlaceItWasFiledFrom() {
        assertEquals(new Byline(List.of("نادر الطيب"), null), Byline.parse("نادر الطيب - الخرطوم", null, true));
        // Above the title the same shape may be a headline.
        assertNull(Byline.parse("نادر الطيب - الخرطوم", null, false));
    }

    @Test
    void aSentenceIsNoNameWhateverItsLength() {
        // "and" glued to a function word opens a sentence; a full stop ends one.
        assertNull(Byline.personName("وقد أعلنت لجنة الانتخابات"));
        assertNull(Byline.personName("وتسيير دوريات."));
        // A column's section ("كتاب الرأي"), a sports outlet's "كورة" and a city that reads like a name.
        assertNull(Byline.personName("كتاب الرأي"));
        assertNull(Byline.personName("ملاعب كورة"));
        Byline city = Byline.parse("رام الله - أخبار البلد", null, true);
        assertTrue(city == null || city.authors().isEmpty());
        // "الزهراء" ends a compound given name as "الدين" does.
        assertEquals("سلمى الزهراء الطيبي", Byline.personName("سلمى الزهراء الطيبي"));
    }

    @Test
    void separatorsAroundTheNameAreNoPartOfIt() {
        assertEquals(new Byline(List.of("Karim Haddad"), null), Byline.parse("Par Karim Haddad -", null, false));
        assertEquals(List.of("سلمى العارف"), Byline.parse("نابلس-جنين/ سلمى العارف:", null, true).authors());
        assertEquals(List.of("سامر الخطيب"), Byline.parse("متابعات | آراء | سامر الخطيب", null, true).authors());
        assertEquals("ليلى حداد", Byline.personName("| د. ليلى حداد"));
    }

    @Test
    void creditsJoinedByAndLeadToOneName() {
        assertEquals(new Byline(List.of("سلوى حمدان"), null), Byline.parse("إعداد وتقرير :سلوى حمدان", null, false));
        assertEquals(List.of("Jane Roe"), Byline.parse("By Jane Roe, Contributor", null, false).authors());
    }

    @Test
    void aCreditRunOnAfterAShortHeadlineOrAnEpithetSignsIt() {
        assertArrayEquals(new String[] {"ذاكرة البحر", "سلمى النعيمي"}, Byline.runOnPen("ذاكرة البحر بقلم سلمى النعيمي"));
        // After two words, only a given name signs: the two words may be a section's.
        assertNull(Byline.runOnPen("مقالات بقلم الشارع العربي"));
        assertEquals("سامي حسين الحداد", Byline.runOnPen("ليالي المدينة القديمة … بقلم الكاتب :سامي حسين الحداد")[1]);
        assertEquals("سامي نور", Byline.runOnPen("رحلة إلى الجنوب…. بقلم ؛ سامي نور")[1]);
    }

    @Test
    void aReadersLetterNamesItsWriters() {
        assertEquals(List.of("Jane Roe"), Byline.parse("Letter to the editor from Jane Roe, of West Harbour", null, false).authors());
        assertEquals(List.of("Jane Roe", "John Doe"), Byline.parse("From Ms Jane Roe & Mr John Doe", null, false).authors());
        // "From" alone opens a sentence.
        assertNull(Byline.parse("From Monday, the bridge will close", null, false));
    }

    @Test
    void aLatinTitleBeforeTheNameIsNoPartOfIt() {
        assertEquals(List.of("Jeanne Roy"), Byline.parse("Par Dr Jeanne Roy", null, false).authors());
        assertEquals(List.of("John Roe"), Byline.parse("By Mr John Roe", null, false).authors());
        assertEquals("Jeanne Marie ROY", Byline.personName("Pr. Jeanne Marie ROY"));
        assertEquals("John Roe", Byline.personName("Rev. John Roe"));
    }

    @Test
    void aRunOfDotsSetsANameOffAtTheHeadlinesEndAsADashDoes() {
        Byline.HeadlineName named = Byline.headlineName("ليالي المدينة القديمة؛؛؛؛ سامي حسين الحداد");
        assertEquals("سامي حسين الحداد", named.name());
        assertEquals("ليالي المدينة القديمة", named.headline());
        assertEquals("سامي نور", Byline.headlineName("ومضة : ليالي المدينة القديمة …!! سامي نور").name());
        assertNull(Byline.headlineName("غزة.. حياة بلا كهرباء"));
    }

    @Test
    void aTitleInsideTheCreditSaysWhereTheNameStartsAfterEpithetsAndJobs() {
        assertEquals(List.of("سلمى النعيمي"), Byline.parse("بقلم الشريفة الأديبة الشاعرة دكتورة سلمى النعيمي", null, false).authors());
        assertEquals(List.of("سامي حسين الحداد"), Byline.parse("بقلم المرحوم الشيخ سامي حسين الحداد", null, false).authors());
        assertEquals(List.of("سامر العلي"), Byline.parse("بقلم رئيس تحرير مجلة الأفق وأسرتها الأستاذ سامر العلي", null, false).authors());
        // An interview with a titled guest names the one interviewed, not the writer.
        assertNull(Byline.parse("حوار مع الشاعر والناقد ا. د. سامي حسين الحداد", null, false));
        // A title after the first writer's name belongs to the second writer.
        assertEquals(List.of("سامي نور", "علي حسن"), Byline.parse("إعداد: سامي نور و الدكتور علي حسن", null, false).authors());
    }

    @Test
    void aliSpeltAsThePrepositionClosesAName() {
        assertEquals(List.of("سامي نور محمد على"), Byline.parse("حوار - سامي نور محمد على", null, false).authors());
        assertNull(Byline.personName("على طريق المدينة"));
    }

    @Test
    void aBarAfterTheVerbOfWritingHeadsAColumn() {
        assertArrayEquals(new String[] {"سامي حسين", "رحلة إلى ذاكرة المدينة القديمة"},
                Byline.writesColumn("سامي حسين يكتب | رحلة إلى ذاكرة المدينة القديمة"));
    }

    @Test
    void theColonAfterTheBylineWordPartsTheNameFromAnEpithetOrAJob() {
        assertEquals(List.of("سلمى النعيمي"), Byline.parse("بقلم الشاعرة الليبية: د. سلمى النعيمي.", null, false).authors());
        assertEquals(List.of("سلمى النعيمي"), Byline.parse("بقلم سلمى النعيمي :إعلامية /كاتبة سياسية", null, false).authors());
    }

    @Test
    void aReportingVerbOpensASentenceNotAName() {
        assertNull(Byline.personName("شدد سامي حسين الحداد"));
        assertNull(Byline.personName("وحذرت سلمى النعيمي"));
        assertEquals("دعاء النعيمي", Byline.personName("دعاء النعيمي"));
    }

    @Test
    void afterAJobBoundToTheNextWordASlashLeadsToTheWorkplaceNotAName() {
        assertNull(Byline.runOnPen("المهندس/ سامي نور العلي / مدير/ مكتبة البلدية سابقا"));
        assertArrayEquals(new String[] {"رحلة إلى ذاكرة المدينة القديمة", "سامي نور"}, Byline.runOnPen("رحلة إلى ذاكرة المدينة القديمة / سامي نور"));
    }

    @Test
    void aLongNamePrintedTwiceIsTheWritersLinkAndItsText() {
        assertEquals("سامي حسين الحداد", Byline.personName("سامي حسين الحداد سامي حسين الحداد"));
        // A column's name printed twice opens with no given name.
        assertNull(Byline.personName("نبض الشارع العربي نبض الشارع العربي"));
    }

    @Test
    void aCreditJoinedByAndToAnyWordIsOneLabelBeforeItsColonOrSlash() {
        assertEquals(new Byline(List.of("سامر العلي"), null), Byline.parse("جمع وإعداد / سامر العلي", null, false));
        assertEquals(List.of("هالة بن سالم"), Byline.parse("حكايات المدينة: إعداد وتقديم : هالة بن سالم", null, true).authors());
        assertTrue(BylineWords.isAlone("إعداد وإشراف:"));
        // Without the colon or the slash, a word glued to "and" after the credit may be a given name.
        assertEquals(List.of("وليد سامر"), Byline.parse("كتب وليد سامر", null, false).authors());
    }

    @Test
    void aShareButtonAndAHeadlinesLabelAreNoNames() {
        assertNull(Byline.personName("مشاركة الخبر"));
        assertNull(Byline.personName("قم بمشاركة المقال"));
        // A spaced slash labels a headline ("تقدير موقف / HEADLINE"); one glued to a name closes it.
        assertNull(Byline.personName("تقدير موقف /"));
        assertEquals("سعيد المراغي", Byline.personName("سعيد المراغي/"));
    }

    @Test
    void compoundNamesCountAsOneWordEach() {
        assertEquals("ماهر عبد السلام فتح الله", Byline.personName("ماهر عبد السلام فتح الله"));
        assertNull(Byline.personName("ماهر سالم حسن علي محمود"));
    }

    @Test
    void aHeadlineRunsOnIntoItsWritersCredit() {
        assertArrayEquals(new String[] {"مواسم الحصاد في السهل الشرقي", "عادل الطيب"},
                Byline.runOnPen("مواسم الحصاد في السهل الشرقي كتب/ دكتور عادل الطيب (جامعة النيل )"));
        assertArrayEquals(new String[] {"ليل الامتحانات الطويل", "هدى فتح الله"},
                Byline.runOnPen("ليل الامتحانات الطويل بقلم:: هدى فتح الله"));
        assertArrayEquals(new String[] {"“المعلم” … ركيزة البيت والمدرسة …", "فاطمة سالم الحمدان"},
                Byline.runOnPen("“المعلم” … ركيزة البيت والمدرسة … بقلم . الكاتبه فاطمة سالم الحمدان"));
        // "كتب" is also "books": without its colon or slash it is no credit.
        assertNull(Byline.runOnPen("معرض الكتاب يعرض كتب الأطفال النادرة"));
    }

    @Test
    void aGivenNameWithTheFamilyNamesInitial() {
        assertEquals("جميلة. م", Byline.personName("جميلة. م"));
        assertEquals("رضا .ب", Byline.personName("رضا .ب"));
        // Only a given name so signs: a place or a verb before the letter is a sentence's end.
        assertNull(Byline.personName("العاصمة. ب"));
        assertNull(Byline.personName("قال. م"));
    }

    @Test
    void aHeadlineSignedAfterASlash() {
        assertArrayEquals(new String[] {"هل تنجح خطة المياه في الجنوب؟", "أحمد ولد سالم"},
                Byline.runOnPen("هل تنجح خطة المياه في الجنوب؟ / أحمد ولد سالم"));
        assertArrayEquals(new String[] {"الطرق الريفية بين الوعود والواقع", "منى الزين"},
                Byline.runOnPen("الطرق الريفية بين الوعود والواقع/بقلم:منى الزين"));
        assertArrayEquals(new String[] {"الشعر الشعبي ذاكرة القرية", "سامر يونس"},
                Byline.runOnPen("الشعر الشعبي ذاكرة القرية | حوار: سامر يونس"));
        assertArrayEquals(new String[] {"موسم الزيتون يبدأ مبكراً هذا العام", "ماهر سلوم"},
                Byline.runOnPen("موسم الزيتون يبدأ مبكراً هذا العام ـ بقلم : ماهر سلوم."));
        // After the slash an agency, a currency or a genre signs nothing.
        assertNull(Byline.runOnPen("ترامب يلتقي بوتين في ألاسكا / رويترز"));
        assertNull(Byline.runOnPen("أسعار الذهب اليوم في مصر / الجنيه المصري"));
        assertNull(Byline.runOnPen("الحكومة تقر الموازنة العامة للعام المقبل / تقرير"));
        // A short headline: only a name that opens with a given name signs it; a section and a place do not.
        assertArrayEquals(new String[] {"الواحة.. موسم التمر", "سامر عبد الحميد القضاة"},
                Byline.runOnPen("الواحة.. موسم التمر // سامر عبد الحميد القضاة"));
        assertArrayEquals(new String[] {"رحلة الشتاء !", "صالح يونس"}, Byline.runOnPen("رحلة الشتاء ! / د. صالح يونس"));
        assertNull(Byline.runOnPen("شؤون محلية / بيت لحم"));
        assertNull(Byline.runOnPen("أخبار الرياضة / الدوري الممتاز"));
    }

    @Test
    void aWritersOriginAfterTheJobIsNoPartOfTheName() {
        assertEquals(new Byline(List.of("سالم حمد الحارثي"), null), Byline.parse("بقلم: الكاتب العماني سالم حمد الحارثي", null, false));
        // Without the byline word, a job and an origin may be a news subject's: the name keeps what it is given.
        assertNull(Byline.parse("السفير الأمريكي توماس باراك", null, false));
    }

    @Test
    void theWritersPhotoAltTextRunIntoTheByline() {
        assertEquals(new Byline(List.of("سعاد إبراهيم الجبوري"), null), Byline.parse("سعاد إبراهيم الجبوريby سعاد إبراهيم الجبوري", null, false));
        // Two different names around "by" are no photo and its byline.
        assertNull(Byline.parse("سعاد إبراهيم الجبوريby هالة المنصوري", null, false));
    }

    @Test
    void aLineageShapesAPersonsNameWhenTheGivenNameIsUnlisted() {
        assertEquals("غيداء بنت سعد العتيبي", Byline.givenPersonName("غيداء بنت سعد العتيبي"));
        assertNull(Byline.givenPersonName("غيداء العتيبي"));
    }

    @Test
    void creditsThatLeadToTheNamesInMoreWays() {
        assertEquals(new Byline(List.of("وليد بن عاصم"), null), Byline.parse("كتب _وليد بن عاصم", null, false));
        assertEquals(new Byline(List.of("يوسف المرزوقي"), null), Byline.parse("الاسم: يوسف المرزوقي", null, false));
        assertEquals(new Byline(List.of("سلوى بن عمر", "هند الطاهري"), null),
                Byline.parse("ملف من إعداد: سلوى بن عمر /هند الطاهري", null, false));
        assertEquals(new Byline(List.of("نوال الشريف"), null),
                Byline.parse("بقلم رئيسة التحرير الإعلامية نوال الشريف", null, false));
        // The slash after a title parts it from the name, not two writers.
        assertEquals(new Byline(List.of("كمال الدباغ"), null), Byline.parse("بقلم المهندس / كمال الدباغ", null, false));
        assertEquals(new Byline(List.of("Nadia Berrada"), null), Byline.parse("Rédigé par Nadia Berrada sur", null, false));
        assertEquals(new Byline(List.of("R.K"), null), Byline.parse("Par R.KPublié le", null, false));
    }

    @Test
    void aColumnistAloneAboveTheHeadlineAndATitleCutBeforeItsBracketCloses() {
        assertEquals(new Byline(List.of("مازن عبد الرحيم"), null), Byline.parse("مازن عبد الرحيم يكتب…", null, true));
        assertEquals(List.of("مازن عبد الرحيم", "*جسور من ورق*"),
                List.of(Byline.writesColumn("مازن عبد الرحيم يكتب… *جسور من ورق*")));
        assertEquals(new Byline(List.of("ليلى بنت سعد الغامدي"), null),
                Byline.parse("الدكتوره ليلى بنت سعد الغامدي(أستاذة جامعية", null, true));
    }

    @Test
    void aTagMadeOfANameAloneIsThePerson() {
        assertEquals("منصور الخطيب", Byline.personName("#منصور_الخطيب"));
        // One word tags a topic, and two tags on a line are a tag row.
        assertNull(Byline.personName("#الاقتصاد"));
        assertNull(Byline.personName("#منصور_الخطيب #الاقتصاد_اليوم"));
    }

    @Test
    void aWireStorysClosingCreditNamesItsReportersNotItsEditors() {
        assertEquals(List.of("Nadia Keller"), Byline.wireReporters("$1 = 0.92 euros Reporting by Nadia Keller; Editing by Tom Hart"));
        assertEquals(List.of("Omar Said", "Lucy Brand"), Byline.wireReporters("(Reporting by Omar Said and Lucy Brand)"));
        assertNull(Byline.wireReporters("Additional reporting by Omar Said; Editing by Tom Hart"));
        assertNull(Byline.wireReporters("Editing by Tom Hart"));
        assertNull(Byline.wireReporters("The agency was reporting by phone from the border."));
    }

    @Test
    void datelinesBelowTheTitleWithTheirWritersGluedOrListed() {
        // A tatweel glued to the outlet's last letter, before a space, is the dash.
        assertEquals(new Byline(List.of("نادين الشامي"), "المرصد"), Byline.parse("المرصدـ نادين الشامي", null, true));
        // The place, then two writers between dashes.
        assertEquals(new Byline(List.of("يوسف الربيعي", "سامي كريم"), "الأنبار"),
                Byline.parse("الأنبار – يوسف الربيعي – سامي كريم", null, true));
        // "و" glued to the second writer's given name; the tatweel after the byline word is a dash.
        assertEquals(new Byline(List.of("ماجد العنزي", "خالد المطيري"), null),
                Byline.parse("متابعة ـ ماجد العنزي وخالد المطيري:", null, true));
        // A masthead's parts name no writer.
        assertEquals(List.of(), Byline.parse("الأنبار – جريدة يومية – مستقلة", null, true).authors());
        // "وليد" opens with "و" and is a given name itself: no second writer there.
        assertEquals(List.of("سامر وليد الحسن"), Byline.parse("متابعة ـ سامر وليد الحسن", null, true).authors());
    }

    @Test
    void seriesCreditsInterviewsAndNamesWithTheirMarks() {
        assertEquals(new Byline(List.of("ماهر نصار"), null), Byline.parse("بقلم الكاتب الصحفى ماهر نصار", null, false));
        // "و" glued to a given name joins two writers after a credit word.
        assertEquals(new Byline(List.of("سالم آل مطر", "علي الحربي"), null),
                Byline.parse("حلقات يكتبها: سالم آل مطر وعلي الحربي", null, false));
        assertEquals(new Byline(List.of("Samir Belkacem"), null),
                Byline.parse("par Entretien Réalisé Par Samir Belkacem", null, false));
        assertEquals(new Byline(List.of("Nadia Ferhat"), null), Byline.parse("Par Nadia Ferhat, grande reporter", null, false));
        assertEquals(new Byline(List.of("رامي العلي"), "موقع الضفة الإخباري"),
                Byline.parse("رامي العلي : موقع الضفة الإخباري", null, true));
        assertEquals("جمانة الصافي", Byline.personName("جمانة الصافي *"));
        assertEquals("جمانة الصافي", Byline.personName("جمانة الصافي جمانة الصافي"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"توضيحات واقتراحات", "تشهد المنطقة الساحلية", "توقيت مكة المكرمة", "مشاريع مدونات الأسرة",
            "حماة تحتضن المهرجان الأكبر",
            "Publié le Samedi"})
    void phrasesShapedAsVerbsPluralsOrDateLabelsAreNoPersonsName(String text) {
        assertNull(Byline.personName(text));
    }

    @Test
    void aPenBeforeTheWritersNameHeadsAColumn() {
        assertEquals(List.of("سامر الحلو", "الخرطوم بعد المطر"), List.of(Byline.writesColumn("✍ سامر الحلو : الخرطوم بعد المطر")));
        // A saying verb opens a sentence, whatever follows it.
        assertNull(Byline.personName("أعلن رئيس البلدية"));
    }

    @Test
    void aCaptionNotesWhereItsPictureCameFrom() {
        assertTrue(Byline.endsWithCredit("سوق المدينة القديمة صباح الجمعة (الصورة عن الشبكة)."));
        assertTrue(Byline.endsWithCredit("Le port de pêche au petit matin (Photo DR)"));
        // Or after the caption's last full stop, with no brackets.
        assertTrue(Byline.endsWithCredit("Des pêcheurs réparent leurs filets sur le quai, Sfax. Photo Karim B."));
        assertTrue(Byline.endsWithCredit("Farmers load sacks of wheat at dawn. Image: Archive"));
        assertFalse(Byline.endsWithCredit("The minister left early. Photographers waited outside"));
        assertFalse(Byline.endsWithCredit("المجلس يقر خطة الترميم (صور)"));
    }

    @Test
    void aNameStretchedWithTatweelsIsStillAName() {
        assertEquals("محـمد الصالحي", Byline.personName("محـمد الصالحي"));
        assertEquals("الـمهدي بنعلي", Byline.givenPersonName("الـمهدي بنعلي"));
    }

    @Test
    void givenNamesThatOpenAsVerbsDoAreNames() {
        assertEquals("تامر الخطيب", Byline.personName("تامر الخطيب"));
        assertEquals("يسرى عبد الله", Byline.personName("يسرى عبد الله"));
        assertEquals("محمد بركات", Byline.personName("محمد بركات"));
    }

    @Test
    void lessCommonGivenNamesOpenABareNameToo() {
        // A dateline "PLACE : NAME" names a person only when the name opens with a given name.
        for (String name : List.of("رويدا حسن", "وضاح سالم", "خلدون يوسف", "عبدالماجد عمر", "رغدة منصور", "نبراس كامل",
                "أصيل منصور", "أبرار حسن", "ابتهاج كامل", "ربا يوسف")) {
            assertEquals(List.of(name), Byline.parse("الدويم : " + name, null, false).authors(), name);
        }
    }

    @Test
    void aBylineSetInBoldByAMessagingAppIsReadWithoutItsStars() {
        assertEquals(List.of("سلمى عثمان"), Byline.parse("*كتبت: سلمى عثمان*", null, false).authors());
        assertEquals(List.of("سلمى عثمان"), Byline.parse("**الدويم : سلمى عثمان**", null, false).authors());
    }

    @Test
    void theGivenNamesAreListedInTheFoldedSpellingTheyAreLookedUpIn() {
        for (String name : io.convert.lang.GivenNames.all()) assertEquals(Words.key(name), name);
        assertTrue(io.convert.lang.GivenNames.contains(Words.key("فاطمة")));
    }

    @Test
    void dotsOrATatweelTrailingOffABylineAreNoPartOfTheName() {
        assertEquals(List.of("وليد الساعدي"), Byline.parse("بقلم : وليد الساعدي ..", null, false).authors());
        assertEquals(List.of("وليد الساعدي"), Byline.parse("بقلم : د.وليد الساعدي ... 12.03.2019", null, false).authors());
        assertEquals(new Byline(List.of("نسرين داود"), "الحسكة"), Byline.parse("الحسكة/ نسرين داود ـ", null, true));
        // A deck that opens with a byline word keeps its dots, and stays no byline.
        assertNull(Byline.parse("تقرير يتناول تاريخ القضية ومآلاتها..", null, false));
    }

    @Test
    void whatTheWriterIsInBracketsAfterTheNameIsNoPartOfIt() {
        assertEquals(List.of("سامر العلي"), Byline.parse("سامر العلي (رئيس جمعية حماية المستهلك)", null, true).authors());
        assertEquals(List.of("سامر العلي"), Byline.parse("سامر العلي (كاتب وباحث في الشؤون الاقتصادية)", null, true).authors());
    }

    @Test
    void aNameTakenWholeStandsForEachWriterWithoutWhatTheWriterIs() {
        assertEquals(List.of("نادر سليمان", "عماد الحاج"), Byline.writersIn("نادر سليمان وعماد الحاج"));
        assertEquals(List.of("سلوى مراد"), Byline.writersIn("سلوى مراد صحفية مغربية"));
        // A job's word before a word with the article may open a family name: the name stays whole.
        assertEquals(List.of("أحمد علي طالب الحسني"), Byline.writersIn("أحمد علي طالب الحسني"));
        assertEquals(List.of("وليد سليمان"), Byline.writersIn("وليد سليمان"));
    }

    @Test
    void theOutletBeforeAColonThenABylineWordAndTheWriter() {
        assertEquals(new Byline(List.of("سهام العبيدي"), "صوت الجنوب"), Byline.parse("صوت الجنوب: بقلم الباحثة سهام العبيدي", null, false));
    }

    @Test
    void namesCommonInIraqTunisiaAndTheKurdishPressOpenAWritersName() {
        for (String name : List.of("رسل الموسوي", "لسعد الجزيري", "بيريفان خليل", "هفال عمر", "حليم الصافي")) {
            assertEquals(name, Byline.givenPersonName(name), name);
        }
    }

    @Test
    void aNamePrintedTwiceAfterABylineWordIsTheWritersOnceOrTheSitesAccount() {
        assertEquals(List.of("هالة منصور"), Byline.parse("بقلم: هالة منصور هالة منصور", null, false).authors());
        Byline account = Byline.parse("بقلم: - صدى الوادي صدى الوادي", null, false);
        assertEquals(List.of(), account.authors());
        assertEquals("صدى الوادي", account.source());
    }

    @Test
    void aPicturesCreditWithAnAgencyAndAPhotographerNamesNoWriter() {
        assertNull(Byline.parse("صورة من: وكالة الشرق/ف. النجار", null, true));
        assertNull(Byline.parse("Photo: AFP/Jane Roe", null, true));
        // An outlet and its writer parted by a slash, with no picture's label, still sign.
        assertEquals(List.of("سامي نور"), Byline.parse("الوادي نيوز/ سامي نور", null, true).authors());
    }

    @Test
    void aHeadlineClosedByATitledNameInBracketsIsSignedByIt() {
        assertEquals("سمير العلوي", Byline.signedAfterStop("لماذا تتراجع القراءة بين طلاب الجامعات؟ (د. سمير العلوي)"));
        assertEquals("سمير العلوي", Byline.signedAfterStop("القراءة بين طلاب الجامعات تتراجع عاماً بعد عام.. (بقلم سمير العلوي)"));
        // Brackets without a title hold a place or a part of a series, not the writer.
        assertNull(Byline.signedAfterStop("لماذا تتراجع القراءة بين طلاب الجامعات؟ (سمير العلوي)"));
        assertNull(Byline.signedAfterStop("رحلة إلى قرى الجبل الأخضر (الحلقة الثانية)"));
    }

    @Test
    void aTitleBeforeANameCuesAPersonWhoseFirstNameOpensAsAVerbDoes() {
        assertEquals("يلينا كوفاليفا", Byline.personName("م. يلينا كوفاليفا*:"));
        assertEquals("تيري مارشان", Byline.personName("د. تيري مارشان"));
        // Without the title such a line reads as a phrase.
        assertNull(Byline.personName("يلينا كوفاليفا"));
        assertNull(Byline.personName("تستعد المدارس"));
    }

    @Test
    void anotherStorysDateAndHeadlineBeforeItsCreditMakeATeaserCardNotADateline() {
        assertNull(Byline.parse("14 March 2024   Rivers That Run Dry Before Reaching the Sea - By: Hadi Karam", null, true));
        assertNull(Byline.parse("9 March 2024   ماذا بقي من أسواق المدينة القديمة؟ - By: د. رامي حداد", null, true));
        // A place and an outlet before the credit are the story's own dateline.
        assertEquals(new Byline(List.of("سامي نور"), "بيت لحم"), Byline.parse("بيت لحم - معا - كتب : سامي نور", null, true));
    }

    @Test
    void aRunOfTatweelsPartsTheWritersCreditFromTheNextOne() {
        assertEquals(List.of("نادر سليم"), Byline.parse("أجرى الحوار: نادر سليم ــ أعده للنشر: هالة منصور", null, false).authors());
        assertEquals(new Byline(List.of("نادر سليم"), "بيروت"), Byline.parse("كتب: نادر سليم ــ بيروت", null, false));
    }

    @Test
    void aTemplateLabelInTitleCaseIsNoName() {
        // A control's noun, or a byline word left without its name, closes the label.
        assertNull(Byline.personName("Harbour Jobs Scroller"));
        // Menu entries run together: a capital after a small letter, twice in one word.
        assertNull(Byline.personName("AccueilActualitésSPORTS LOCAUX"));
        assertEquals("Ewan McDonald", Byline.personName("Ewan McDonald"));
    }

    @Test
    void anEmbeddedPostsSignatureQuotesItsAuthorAndNamesNoWriter() {
        assertNull(Byline.parse("— Karim Haddad (@karimh_news) March 3, 2024", null, true));
        assertNull(Byline.parse("- سامر الحلبي (@samer_h) 4 مارس 2024", null, true));
    }

    @Test
    void aSayingVerbWithAndGluedOnOpensASentenceNotAName() {
        assertNull(Byline.parse("وأوضحت الهيئة – في بيان صحفي – أن الطرق مفتوحة", null, true));
        assertNull(Byline.personName("وأضاف المدير"));
        // A name that opens with the letter of "and" is still one.
        assertEquals("وليد حمدان", Byline.personName("وليد حمدان"));
    }

    @Test
    void aLatinBylineWordClosingALabelNamesNoOne() {
        assertNull(Byline.parse("InfoNord | Chroniques Par | 3 mars 2019", null, true));
        assertNull(Byline.personName("Opinions By"));
        assertEquals(List.of("Karim Benali"), Byline.parse("InfoNord | Par Karim Benali | 3 mars 2019", null, true).authors());
    }

    @Test
    void aBooksCardNamesTheBooksAuthorNotTheReviewsWriter() {
        assertTrue(BylineWords.isBookCardEntry("الناشر: دار الأفق للنشر"));
        assertFalse(BylineWords.isBookCardEntry("الكاتب: سامر الحلبي"));
        assertEquals(List.of(), new ScrapedTextParser(Rule.all()).parse(BOOK_REVIEW).metadata().authors());
    }

    @Test
    void aSectionsWordWithTheArticleOrOurIsNoNamesWord() {
        assertNull(Byline.personName("نص الخبر"));
        assertNull(Byline.personName("أحدث المقالات"));
        assertNull(Byline.personName("أخبارنا اليمنية"));
        assertEquals("سالم العربي", Byline.personName("سالم العربي"));
        assertEquals(List.of(), new ScrapedTextParser(Rule.all()).parse(LABEL_UNDER_HEADLINE).metadata().authors());
    }

    private static final String LABEL_UNDER_HEADLINE = """
            الرئيسية
            محليات

            افتتاح سوق للمزارعين في ساحة البلدية القديمة

            نص الخبر

            افتتحت البلدية صباح اليوم سوقا أسبوعيا للمزارعين في الساحة القديمة وسط المدينة، يعرض فيه أكثر من أربعين مزارعا خضارهم وفاكهتهم مباشرة للسكان.

            وقال مسؤول في البلدية إن السوق سيفتح كل يوم سبت من الصباح حتى الظهر، وإن الرسوم ستبقى رمزية في السنة الأولى لتشجيع المزارعين الصغار.

            ورحب السكان بالخطوة، مؤكدين أن الأسعار في السوق أقل مما في المحلات المجاورة.
            """;

    @Test
    void aNamePrintedAgainAsTheMastheadIsNoWriter() {
        assertEquals(List.of(), new ScrapedTextParser(Rule.all()).parse(MASTHEAD_UNDER_HEADLINE).metadata().authors());
    }

    private static final String MASTHEAD_UNDER_HEADLINE = """
            صدى الساحل
            الرئيسية
            أخبار محلية
            اقتصاد
            رياضة
            صدى الساحل
            بحث

            ارتفاع منسوب المياه في السد الشمالي بعد الأمطار

            صدى الساحل

            ارتفع منسوب المياه في السد الشمالي خلال الأسبوع الماضي بعد أمطار غزيرة هطلت على المنطقة، وفق ما أعلنته إدارة الموارد المائية.

            وقالت الإدارة إن المخزون الحالي يكفي لري المزارع المجاورة طوال موسم الصيف، وإنها ستفتح البوابات تدريجيا.

            ودعت السكان القاطنين قرب مجرى الوادي إلى الحذر وعدم الاقتراب من ضفافه في الأيام المقبلة.
            """;

    @Test
    void anOfficeAPrepositionOrAnAccountMakesNoLatinName() {
        assertNull(Byline.personName("Governor Martin Okafor"));
        assertNull(Byline.personName("En Ville"));
        assertNull(Byline.personName("Harbour Administrator"));
        assertEquals("Martin Okafor", Byline.personName("Martin Okafor"));
        assertEquals(List.of(), new ScrapedTextParser(Rule.all()).parse(ACCOUNT_OVER_READING_TIME).metadata().authors());
    }

    private static final String ACCOUNT_OVER_READING_TIME = """
            Home
            News

            Ferry timetable changes for the winter season

            Harbour Administrator
            3 Min Read

            The island ferry will run four crossings a day instead of six from the first week of November, the operator said on Monday.

            The operator said the change follows a fall in passengers after the summer and will be reviewed in March.

            Residents who commute to the mainland said the early morning crossing, which stays on the timetable, matters most to them.
            """;

    private static final String BOOK_REVIEW = """
            الرئيسية
            كتب وقراءات

            قراءة في كتاب: المدن الساحلية وذاكرة البحر

            الكتاب: المدن الساحلية وذاكرة البحر
            الكاتب: الدكتور سامر الحلبي
            الناشر: دار الأفق للنشر والتوزيع، الطبعة الأولى 2022
            عدد الصفحات: 312 صفحة

            يتناول هذا الكتاب تاريخ المدن الساحلية في شرق المتوسط منذ القرن التاسع عشر، ويتتبع كيف شكّل البحر حياة سكانها وتجارتهم وعلاقاتهم بالمدن الداخلية.

            ويرى المؤلف أن ذاكرة هذه المدن لم تُكتب بعد كما ينبغي، وأن الأرشيفات المحلية ما زالت تخفي الكثير من تفاصيل الحياة اليومية التي عاشها الصيادون والتجار والبحارة.

            ويخلص الكتاب إلى أن إعادة قراءة تاريخ الساحل ضرورية لفهم التحولات التي تعيشها هذه المدن اليوم.
            """;
}
