package io.convert.reader.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The page's own name, learned from its copyright line or its masthead, and the lines that only name it. */
class SiteNameTest {
    private static final String PROSE = "The council met on Monday night to hear from residents about the plan for the old harbour wall.";

    private static SiteName learn(String... lines) {
        return SiteName.learn(List.of(lines));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "© 2024 Harbour Lights. All rights reserved.|Harbour Lights",
        "Copyright (c) 2019-2025 The Valley Courier|The Valley Courier",
        "جميع الحقوق محفوظة لـ نبض الجبل © 2025|نبض الجبل",
        "الحقوق محفوظة لصحيفة الواحة 2023|صحيفة الواحة",
        "Tous droits réservés à Le Phare du Lac 2022|Le Phare du Lac"})
    void learnsTheNameACopyrightLineGives(String line, String name) {
        SiteName site = learn("Menu", "A headline", PROSE, line);
        assertEquals(name, site.name());
    }

    @Test
    void aPicturesCreditNamesItsPhotographerNotTheSite() {
        assertNull(learn("The harbour wall at dusk. © Jane Holloway", PROSE));
        assertNull(learn("© D.R", PROSE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "موقع الساحل الإخباري|الساحل",
        "جريدة صوت الجالية – مونتريال|صوت الجاليه",
        "نبض الوادي نيوز|نبض الوادي",
        "Harbourlights.net, the island's news on the net|harbourlights",
        "Welcome to Harbour Lights|harbour lights",
        "The Valley Tribune|the valley"})
    void learnsTheNameAMastheadGivesByWhatTheOutletIs(String masthead, String core) {
        SiteName site = learn("Menu", masthead, "A headline", PROSE);
        assertEquals(core, site.core());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Hospitals face uncertain times", "Local news and sport", "Sport - Results from the weekend"})
    void aLatinLineInSentenceCaseNamesNoSite(String line) {
        assertNull(learn(line, PROSE));
    }

    @Test
    void aSubheadingBetweenParagraphsIsNoMasthead() {
        assertNull(learn("A headline", PROSE, "The Valley Tribune", PROSE));
    }

    @Test
    void linesThatOnlyNameTheSite() {
        SiteName site = learn("موقع الساحل الإخباري", PROSE);
        for (String line : Set.of("الساحل", "موقع الساحل", "الساحل الإخباري", "موقع الساحل الإخباري – صوت البحر والناس",
                "مرحبا بكم في موقع الساحل")) {
            assertTrue(site.namedAlone(line), line);
        }
        // The outlet's byline names its writer; a headline runs on past a motto's few words, to its full stop.
        for (String line : Set.of("موقع الساحل الإخباري – سامر يوسف الحداد", "الساحل يفتتح مكتبه الجديد في وسط المدينة",
                "الساحل – أعلنت البلدية أمس عن خطة لترميم السور القديم.")) {
            assertFalse(site.namedAlone(line), line);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ar-site-name-from-copyright-line-signs-nothing", "en-site-name-from-copyright-line-signs-nothing"})
    void theSitesNameAloneUnderTheHeadlineSignsNothing(String fixture) throws IOException {
        String page = Files.readString(Path.of("src/test/resources/text", fixture + ".txt"));
        Set<Rule> without = Rule.all();
        without.remove(Rule.SITE_NAME);
        assertTrue(new ScrapedTextParser(Rule.all()).parse(page).metadata().authors().isEmpty(), "with SITE_NAME");
        assertFalse(new ScrapedTextParser(without).parse(page).metadata().authors().isEmpty(), "without SITE_NAME");
    }
}
