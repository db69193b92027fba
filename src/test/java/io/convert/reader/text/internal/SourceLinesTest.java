package io.convert.reader.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceLinesTest {

    @Test
    void joinsHardWrappedParagraphsButNotShortLines() {
        String text = """
                The Northfield Public Library will stay open until 8 p.m. on Saturdays
                and will open on Sunday afternoons for the first time since 2019, the
                library board announced on Monday.

                New services

                The change follows a survey of 1,400 residents in which more than half
                said they could not visit the library during its current hours because
                of work or school.
                  - free printing of up to 20 pages a week for card holders who ask;
                  - laptop loans for use inside the building;
                Home
                News
                """;
        List<String> units = SourceLines.split(text, true).stream().map(Unit::text).toList();
        assertEquals(List.of(
                "The Northfield Public Library will stay open until 8 p.m. on Saturdays and will open on Sunday "
                        + "afternoons for the first time since 2019, the library board announced on Monday.",
                "New services",
                "The change follows a survey of 1,400 residents in which more than half said they could not visit "
                        + "the library during its current hours because of work or school.",
                "- free printing of up to 20 pages a week for card holders who ask;",
                "- laptop loans for use inside the building;", "Home", "News"), units);
    }

    @Test
    void joinsWrappedParagraphsAmongManyMenuLines() {
        String paragraphs = """
                Glass cloche terrariums are not only appealing to the eye, but they also
                preserve a bit of nature in your home and serve as a simple, yet beautiful,
                piece of art. Closed terrariums are easy to care for, as they retain much of
                their own moisture and provide a warm environment with a consistent level.

                Measure the circumference of your cloche and cut the foam oasis about 3/4
                inch smaller. Place the foam oasis into a container full of water and allow
                to soak until it sinks to the bottom. Dig out a hole on the oasis large so
                that it fits your plant, being careful not to pierce all the way through.

                """;
        StringBuilder menu = new StringBuilder();
        for (int i = 0; i < 30; i++) menu.append("• Browse the category ").append("x".repeat(i % 28)).append('\n');
        List<Unit> units = SourceLines.split(paragraphs + menu, true);
        assertEquals(32, units.size());
        assertTrue(units.get(0).text().endsWith("with a consistent level."), units.get(0).text());
        assertTrue(units.get(1).text().endsWith("all the way through."), units.get(1).text());
    }

    @Test
    void dropsAParagraphsOwnTagsButKeepsThoseThatLoadSomething() {
        List<Unit> units = SourceLines.split("<p dir=\"rtl\">أعلن المجلس البلدي عن خطة جديدة.</p><br />\n"
                + "<img src=\"a.jpg\"> صورة\n", false);
        assertEquals("أعلن المجلس البلدي عن خطة جديدة.", units.get(0).text());
        assertEquals("<img src=\"a.jpg\"> صورة", units.get(1).text());
    }

    /**
     * A picture's alt text and caption side by side before a paragraph go, both; a card's cut preview
     * before its full text goes alone; a sentence the writer repeats, longer than a caption, stays.
     */
    @Test
    void takesOutAPhrasePrintedTwiceBeforeTheText() {
        List<Unit> units = SourceLines.split("""
                Fishing boats tied up at the old quay at dawn.Fishing boats tied up at the old quay at dawn.The harbour board will decide in May whether to dredge the inner basin.

                Our spring planting workshop is back and th Our spring planting workshop is back and this year it runs on Saturdays.

                We will keep the harbour open, and we will keep the boats running through the winter months whatever the cost of fuel. We will keep the harbour open, and we will keep the boats running through the winter months whatever the cost of fuel. So said the mayor.
                """, false);
        assertEquals("The harbour board will decide in May whether to dredge the inner basin.", units.get(0).text());
        assertEquals("Our spring planting workshop is back and this year it runs on Saturdays.", units.get(1).text());
        assertTrue(units.get(2).text().startsWith("We will keep the harbour open, and we will keep the boats running through the winter months whatever the cost of fuel. We will"));
    }

    @Test
    void keepsUnwrappedLinesApart() {
        String text = "A first paragraph that is long enough to be a paragraph of some article text here.\n"
                + "A second one, shorter.\n" + "x".repeat(300) + "\n";
        assertEquals(3, SourceLines.split(text, true).size());
    }

    @Test
    void keepsAShortPagesParagraphsApartWhenTheyCloseTheirSentences() {
        // Paragraphs of one or two sentences, by chance of a length: no wrap ends them all with a full stop.
        String text = """
                تواصل فرق الصيانة أعمالها في الطريق الساحلي منذ مطلع الأسبوع الماضي.
                وقال مدير المشروع إن الأعمال ستنتهي قبل موعدها المحدد بأيام قليلة.
                أشغال الجسر الجنوبي
                وأضاف أن الجسر الجنوبي سيفتح أمام السيارات الخفيفة خلال الشهر المقبل.
                ويشكو السكان من الازدحام في ساعات الصباح الأولى بسبب تحويل السير.
                وتعهدت البلدية بتوفير حافلات إضافية إلى حين انتهاء الأشغال كلها.
                ودعت السائقين إلى سلوك الطرق البديلة المعلنة على صفحتها الرسمية.
                """;
        assertEquals(7, SourceLines.split(text, true).size());
    }

    @Test
    void removesTextBrowserLinkMarkersAndReferenceList() {
        String text = """
                   [1]Home [2]News

                   The council voted on [3]Tuesday to build the barrier.

                References

                   1. https://example.com/
                   2. https://example.com/news
                   3. https://example.com/tuesday
                """;
        List<Unit> units = SourceLines.split(text, true);
        assertEquals(List.of("Home News", "The council voted on Tuesday to build the barrier."),
                units.stream().map(Unit::text).toList());
        assertEquals(2, units.get(0).links());
        assertTrue(units.get(0).linkFirst());
        assertEquals(1, units.get(1).links());
    }

    @Test
    void removesReferenceListWithWrappedAddressAndImageMapAfterIt() {
        String text = """
                   The council voted on [1]Tuesday to build the barrier.

                References

                   Visible links:
                   1. https://example.com/tuesday
                   2. mailto:?subject=Barrier&body=The council voted on Tuesday to build the
                barrier.
                   3. https://example.com/share

                   Hidden links:
                   4. https://example.com/hidden
                   5. https://example.com/more
                   6. https://example.com/other
                   7. https://example.com/last
                   8. https://example.com/really-last
                   9. https://example.com/9
                  10. https://example.com/10
                  11. https://example.com/11
                  12. https://example.com/12
                  13. https://example.com/13
                  14. https://example.com/14
                  15. https://example.com/15
                  16. https://example.com/16
                  17. https://example.com/17
                  18. https://example.com/18
                  19. https://example.com/19
                [USEMAP]
                """;
        assertEquals(List.of("The council voted on Tuesday to build the barrier."),
                SourceLines.split(text, true).stream().map(Unit::text).toList());
    }

    @Test
    void findsTheMarginPastATablesWideRows() {
        String text = "The town's two ferries have carried cars across the estuary since the bridge\n" +
                "closed for repairs in the spring, and the queue at the northern slipway now\n" +
                "reaches back past the old customs house on most weekday mornings. Drivers say\n" +
                "the wait has doubled since the summer timetable ended, and the ferry company\n" +
                "has asked for a third boat.\n" +
                "\n" +
                "A spokesman for the council said the bridge should reopen to light traffic\n" +
                "before Christmas, although lorries will have to use the ferries or the long\n" +
                "road round the head of the estuary until the new deck is tested in February.\n" +
                "\n" +
                "Crossing                         Monday to Friday                 Saturday                         Sunday                           Last boat                     \n" +
                "North slipway                    every 20 minutes                 every 30 minutes                 every hour                       22:40                         \n" +
                "South slipway                    every 20 minutes                 every 30 minutes                 every hour                       22:55                         \n" +
                "Night service                    on request                       on request                       none                             01:10                         \n";
        List<String> units = SourceLines.split(text, true).stream().map(Unit::text).toList();
        assertTrue(units.get(0).startsWith("The town's two ferries") && units.get(0).endsWith("asked for a third boat."), units.get(0));
        assertTrue(units.get(1).startsWith("A spokesman") && units.get(1).endsWith("tested in February."), units.get(1));
    }

    @Test
    void takesPicturesNamedByTheirFileForImageMarks() {
        String text = "The first frame went up in March.\n\n[4f2c9a1e-frame-800x600]\n\n[7b31d0c2] [svg]\n\n[12]\n\nThe roof followed.\n";
        List<Unit> units = SourceLines.split(text, true);
        assertEquals(List.of("The first frame went up in March.", "", "", "[12]", "The roof followed."), units.stream().map(Unit::text).toList());
        assertTrue(units.get(1).imageMark() && units.get(2).imageMark());
    }

    @Test
    void takesAPictureNamedByItsFileOutOfItsLine() {
        Unit card = SourceLines.split("[20230417_harbour_crop_55] Weekend walks\n", true).get(0);
        assertEquals("Weekend walks", card.text());
        assertTrue(card.imageMark());
    }

    @Test
    void leavesBracketedNumbersAloneInOrdinaryText() {
        String text = "Citations look like this [1] and stay [2] as they are.\n";
        assertEquals("Citations look like this [1] and stay [2] as they are.", SourceLines.split(text, true).get(0).text());
    }
}
