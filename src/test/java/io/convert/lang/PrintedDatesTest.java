package io.convert.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PrintedDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "الأحد، 12 يناير 2025 09:30 ص|2025-01-12",
        "الأربعاء ١٥ كانون الثاني ٢٠٢٥ - ١٠:٤٥|2025-01-15",
        "نشر في: الثلاثاء، ٤ شباط ٢٠٢٥|2025-02-04",
        "السبت 17 أيار/مايو 2025|2025-05-17",
        "الأحد 9 مارس-آذار 2014 07:40 م|2014-03-09",
        "الخميس 2 تموز – يوليو 2020|2020-07-02",
        "مقالات رأي الأحد ٢٧/مارس/٢٠١٦ ٠٠:٣٧ ص|2016-03-27",
        "03-Feb-2020|2020-02-03",
        "3 تشرين الأول 2024|2024-10-03",
        "1 كانون الأول 2023|2023-12-01",
        "12 جويلية 2022|2022-07-12",
        "۲۱ آب ۲۰۲۱|2021-08-21",
        "June 12, 2025 4:17 PM GMT+1|2025-06-12",
        "Published March 4, 2025|2025-03-04",
        "Sat 17 May 2025 10.30 BST|2025-05-17",
        "Sept. 3 2024|2024-09-03",
        "Oct 14,2016 - Last updated at Oct 15,2016|2016-10-14",
        "2025-05-17T10:30:00Z|2025-05-17",
        "١٧/٠٥/٢٠٢٥|2025-05-17",
        "Posted on 03/11/2024|2024-03-11",
        "تاريخ النشر 03/11/2024|2024-11-03",
        "Posted on 25/12/2024|2024-12-25",
        "Updated 4th of March 2025|2025-03-04",
        "4 Mar. 2025|2025-03-04",
        "Filed 31 June 2025, corrected 1 July 2025|2025-07-01",
        "Publié 02 Septembre 2021 à 08:23|2021-09-02",
        "23 mai 2008 - 23h00|2008-05-23",
        "le 14 août 2023|2023-08-14",
        "26 نيسان (أبريل - أفريل)، 2017|2017-04-26",
    })
    void findsDates(String text, String expected) {
        assertEquals(LocalDate.parse(expected), PrintedDates.find(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"مارس الرئيس ضغوطاً كبيرة", "It may rain on 30 days a year", "31/02/2024", "the 1990s",
        "قتل 30 شخصاً في 2024"})
    void ignoresWhatIsNotADate(String text) {
        assertNull(PrintedDates.find(text));
    }

    @Test
    void aNameBeforeTheStorysAgeIsWhatComesBeforeIt() {
        assertEquals("هالة الزين", PrintedDates.beforeTimeAgo("هالة الزين منذ 3 ساعات"));
        assertEquals("Mara Quint", PrintedDates.beforeTimeAgo("Mara Quint - 2 hours ago"));
        assertNull(PrintedDates.beforeTimeAgo("منذ 3 ساعات"));
        assertNull(PrintedDates.beforeTimeAgo("هالة الزين"));
    }

    @Test
    void aHijriDateAloneIsOneButAHeadlineAboutRamadanIsNot() {
        assertTrue(PrintedDates.isHijriDate("الأحد 20 ربيع الآخر 1447 هـ"));
        assertTrue(PrintedDates.isHijriDate("٣ رمضان ١٤٤٦ هـ"));
        assertTrue(PrintedDates.isHijriDate("الجمعة، 9 ذو الحجة 1446هـ"));
        assertFalse(PrintedDates.isHijriDate("أسواق المدينة تستعد لشهر رمضان 1447"));
        assertFalse(PrintedDates.isHijriDate("الأحد 12 أكتوبر 2025"));
    }

    @Test
    void tellsADateBarFromAHeadlineWithADate() {
        assertTrue(PrintedDates.isDateBar("الأربعاء 14 فبراير 2024 09:15 ص 4 شعبان 1445 هـ"));
        assertTrue(PrintedDates.isDateBar("11:40 ص الثلاثاء 9 أبريل 2024"));
        assertTrue(PrintedDates.isDateBar("Monday, 3 June 2024 | Rabat 24°"));
        assertFalse(PrintedDates.isDateBar("الحكومة تقر موازنة 2025 في جلسة الأحد 3 مارس 2024 بعد نقاش طويل"));
        assertFalse(PrintedDates.isDateBar("الأربعاء ٤ شعبان"));
    }

    @Test
    void aDateBarOpensWithItsDateAHeadlineEndingWithOneDoesNot() {
        assertTrue(PrintedDates.opensDateBar("الأحد ١٢/يناير/٢٠٢٥ ٠٨:١٥ ص"));
        assertTrue(PrintedDates.opensDateBar("12 janvier 2025 08:15"));
        // What is left of "النقابة تقرر تنفيذ إضراب عام يوم 14 فيفري 2026" without its first words:
        // few enough words around the date for a date bar, but they come first.
        assertTrue(PrintedDates.isDateBar("إضراب عام يوم 14 فيفري 2026"));
        assertFalse(PrintedDates.opensDateBar("إضراب عام يوم 14 فيفري 2026"));
    }

    @Test
    void aYearMayHaveTheTimeGluedToIt() {
        assertEquals(LocalDate.of(2022, 3, 10), PrintedDates.find("10 مارس 202218:08"));
        assertEquals(LocalDate.of(2021, 1, 5), PrintedDates.find("5 janvier 20219:45"));
    }

    @Test
    void aDayAndAMonthAloneAreADateWithoutItsYear() {
        assertTrue(PrintedDates.isYearlessDate("8 نوفمبر، 14:00"));
        assertTrue(PrintedDates.isYearlessDate("الخميس ٣ مارس"));
        assertTrue(PrintedDates.isYearlessDate("March 3, 10:45 am"));
        assertFalse(PrintedDates.isYearlessDate("إضراب عام يوم 14 فيفري"));
        assertFalse(PrintedDates.isYearlessDate("نوفمبر 14:00"));
        assertFalse(PrintedDates.isYearlessDate("8 نوفمبر 2024"));
    }

    @Test
    void aTwoDigitYearIsADateOnlyWithTheTimeOfDayAfterIt() {
        assertEquals(LocalDate.of(2021, 8, 20), PrintedDates.find("Info Radio M | 20/08/21 19:08"));
        assertEquals(LocalDate.of(2019, 11, 5), PrintedDates.find("نشر في 05.11.19 - 10:30"));
        assertNull(PrintedDates.find("النتيجة 3/2/21 في الشوط الثاني"));
        assertNull(PrintedDates.find("1/2/3"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"منذ يوم واحد", "منذ 3 ساعات", "قبل ساعتين", "منذ ٥ دقائق", "2 hours ago", "an hour ago",
        "il y a 5 minutes", "Il y a une heure", "نشر منذ: 4 سنوات و 2 أشهر و 11 يوماً", "منذ ساعتين و 5 دقائق"})
    void aStorysAgeCountedBackFromNow(String age) {
        assertTrue(PrintedDates.isTimeAgo(age), age);
    }

    @ParameterizedTest
    @ValueSource(strings = {"منذ عامين والحكومة تعد بإصلاح الطرق", "Ten years ago today", "قبل الانتخابات"})
    void aSentenceOpeningWithSinceIsNoTimestamp(String line) {
        assertFalse(PrintedDates.isTimeAgo(line), line);
    }

    @Test
    void aYearRunIntoItsMonth() {
        assertEquals(LocalDate.of(2022, 7, 26), PrintedDates.find("تقرير: محمد علي 26 يوليو2022م"));
        assertEquals(LocalDate.of(2024, 3, 12), PrintedDates.find("12 مارس2024"));
    }
}
