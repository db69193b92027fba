package io.convert.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BylineWordsTest {

    @Test
    void findsTheNamesAfterTheWordsBothReadersKnow() {
        assertEquals("Maya Lindqvist and Tomás Ferreira", BylineWords.after("By Maya Lindqvist and Tomás Ferreira"));
        assertEquals("Jane Doe", BylineWords.after("Written by: Jane Doe"));
        assertEquals("أحمد علي", BylineWords.after("بقلم: أحمد علي"));
        assertEquals("سارة محمود", BylineWords.after("كتبت - سارة محمود"));
        assertEquals("منى حسن", BylineWords.after("إعداد منى حسن"));
        assertEquals("أحمد", BylineWords.after("بقلم:أحمد"));
    }

    @Test
    void aJobAloneNamesNoOne() {
        assertTrue(BylineWords.isJobOnly("رئيس التحرير"));
        assertTrue(BylineWords.isJobOnly("الكاتب الصحفي"));
        assertFalse(BylineWords.isJobOnly("رئيس التحرير سامي نور"));
        assertFalse(BylineWords.isJobOnly("سامي نور"));
    }

    @Test
    void leavesWordsThatOnlyStartWithOne() {
        assertNull(BylineWords.after("Bystanders watched the fire"));
        assertNull(BylineWords.after("كتبهم التاريخ"));
        assertNull(BylineWords.after("Reporting by Jane Doe; Editing by John Roe"));
        assertFalse(BylineWords.opens("Byzantine walls"));
        assertTrue(BylineWords.opens("  by the desk"));
    }

    @Test
    void aColumnsLabelNeedsItsNameOfAFewWords() {
        assertTrue(BylineWords.labelsColumn("زاوية: همس المدينة"));
        assertTrue(BylineWords.labelsColumn("Column: Notes From the Valley"));
        assertFalse(BylineWords.labelsColumn("زاوية:"));
        assertFalse(BylineWords.labelsColumn("عمود: قال الوزير إن الميزانية الجديدة ستقر قبل نهاية الشهر المقبل"));
    }

    @Test
    void todayAndDailyNameAnOutletOnlyAtTheEndOfAShortName() {
        assertTrue(BylineWords.isOutlet("Valley Today"));
        assertTrue(BylineWords.isOutlet("North Harbour Daily"));
        assertFalse(BylineWords.isOutlet("What to know about the storm today"));
        assertFalse(BylineWords.isOutlet("Five Things To Watch Today"));
    }

    @Test
    void onBehalfOfCreditsAFirmButOpensSentencesToo() {
        assertEquals("Harbour Law Group | Mar 3, 2019", BylineWords.after("On Behalf of Harbour Law Group | Mar 3, 2019"));
        // The firm's name a link of its own: the words close their text.
        assertTrue(BylineWords.opens("On Behalf of "));
        assertNull(BylineWords.after("On behalf of the board, I thank the volunteers"));
    }

    @Test
    void readsFrenchBylinesOnlyBeforeAName() {
        assertEquals("Karim Benali.", BylineWords.after("Par Karim Benali."));
        assertNull(BylineWords.after("Par ailleurs, le ministre a annoncé une hausse"));
    }

    @Test
    void ourCorrespondentPostedByAndTheEditorsLabelLeadToTheWriter() {
        assertEquals("سامي نور", BylineWords.after("مراسلنا سامي نور"));
        assertEquals("منى حسن", BylineWords.after("مراسلتنا: منى حسن"));
        assertEquals("سامي نور", BylineWords.after("نشر بواسطة سامي نور"));
        assertEquals("منى حسن", BylineWords.after("المحرر: منى حسن"));
        assertEquals("سامي نور", BylineWords.after("المراسل: سامي نور"));
        // Without the label's colon, "the editor" and "the correspondent" open sentences.
        assertNull(BylineWords.after("المحرر المسؤول عن الصفحة يعتذر للقراء"));
        assertNull(BylineWords.after("المراسلون في المدينة يواجهون صعوبات"));
    }

    @Test
    void theInterviewerConductedTheInterview() {
        assertEquals("هالة نصار", BylineWords.after("أجرى الحوار: هالة نصار"));
        assertEquals("سمير عواد", BylineWords.after("أجرت اللقاء - سمير عواد"));
        assertNull(BylineWords.after("أجرى الرئيس اتصالا هاتفيا بنظيره"));
        // After a credit label, "interviewed him" needs no colon; alone it opens a sentence.
        assertEquals("رامي خليل", BylineWords.after("الكاتب: حاوره رامي خليل"));
        assertNull(BylineWords.after("حاوره الصحفي طويلا قبل أن يغادر"));
    }

    @Test
    void aPapersOwnReporterSentOut() {
        assertEquals("Lounès Amrani", BylineWords.after("De notre envoyé spécial à Tozeur, Lounès Amrani"));
        assertEquals("Lounès Amrani", BylineWords.after("De notre envoyé spécialLounès Amrani"));
        assertEquals("Sonia Haddad", BylineWords.after("De notre correspondante Sonia Haddad"));
        assertNull(BylineWords.after("De notre envoyé spécial sur place, rien ne filtre"));
    }

    @Test
    void dropsTheWritersTitle() {
        assertEquals("هالة منصور", BylineWords.withoutHonorific("د. هالة منصور"));
        assertEquals("سامي نور", BylineWords.withoutHonorific("الدكتور سامي نور"));
        assertEquals("Jane Roe", BylineWords.withoutHonorific("Dr. Jane Roe"));
        assertEquals("دينا حسن", BylineWords.withoutHonorific("دينا حسن"));
    }

    @Test
    void tellsOutletsFromPeople() {
        assertTrue(BylineWords.isOutlet("سكاي نيوز عربية"));
        assertTrue(BylineWords.isOutlet("بوابة النهار الجديد"));
        assertTrue(BylineWords.isOutlet("المغرب اليوم"));
        // "presse" as Maghreb outlets spell it in Arabic letters.
        assertTrue(BylineWords.isOutlet("وادي بريس"));
        assertFalse(BylineWords.isOutlet("رنا الخطيب"));
        assertFalse(BylineWords.isOutlet("Karim Benali"));
    }

    @Test
    void knowsWhatWritersAreInFrenchToo() {
        assertTrue(BylineWords.opensWithJob("grand reporter"));
        assertTrue(BylineWords.opensWithJob("envoyée spéciale à Tunis"));
        assertFalse(BylineWords.opensWithJob("Grandes manœuvres au port"));
    }

    @Test
    void creditsAPicturesMakers() {
        assertTrue(BylineWords.isCredit("Image Credit: Archive"));
        assertTrue(BylineWords.isCredit("Pictures: Lina Haddad"));
        assertTrue(BylineWords.isCredit("تصوير: سامر الحلو"));
        assertFalse(BylineWords.isCredit("Images of the flood reached the capital within hours"));
    }

    @Test
    void officesNameACaptionsSubject() {
        assertTrue(BylineWords.opensWithOffice("وزير الصحة"));
        assertTrue(BylineWords.opensWithOffice("الرئيس الفرنسي"));
        // "أمير" and "ملك" are given names too.
        assertFalse(BylineWords.opensWithOffice("أمير سالم"));
        assertFalse(BylineWords.opensWithOffice("رئيف خالد"));
    }

    @Test
    void anEnglishJobClosesTheWritersLine() {
        assertTrue(BylineWords.endsWithJob("Local democracy reporter"));
        assertTrue(BylineWords.endsWithJob(" Staff Writer "));
        assertFalse(BylineWords.endsWithJob("Heavy Rain and the editorial"));
    }

    @Test
    void aBylineWordAloneOnItsLine() {
        assertTrue(BylineWords.isAlone("Written by"));
        assertTrue(BylineWords.isAlone("بقلم:"));
        assertFalse(BylineWords.isAlone("Written by Jane Roe"));
        assertFalse(BylineWords.isAlone("Bylines"));
    }
}
