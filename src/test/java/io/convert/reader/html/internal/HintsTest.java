package io.convert.reader.html.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The words looked for before the class-name and disclosure patterns rule out only what the
 * patterns would: the patterns' own case rules (ASCII case for (?i), Unicode case folding for
 * (?iu)) still find what they found.
 */
class HintsTest {
    @Test
    void disclosuresAreFoundInAnyCase() {
        assertTrue(Hints.isDisclosure("WE MAY EARN A COMMISSION when you buy through our links."));
        assertTrue(Hints.isDisclosure("This post contains Affiliate Links."));
        // A long s is an s to a case-insensitive Unicode pattern.
        assertTrue(Hints.isDisclosure("We may earn a commiſſion from the shops we link to."));
        assertTrue(Hints.isDisclosure("The views expressed here are those of the author."));
        assertTrue(Hints.isDisclosure("This article is licensed under a Creative Commons Attribution 4.0 License."));
        assertFalse(Hints.isDisclosure("The commission met on Tuesday to discuss the harbour."));
    }

    @Test
    void onlyFourCharactersPastAsciiFoldIntoIt() {
        // asciiFolded answers them without the Unicode tables; any other this JDK folds into ASCII would be missed.
        for (char c = 0x80; c < 0xFFFF; c++) {
            char folded = Character.toLowerCase(Character.toUpperCase(c));
            char expected = folded < 0x80 ? folded : 0;
            if (Hints.asciiFolded(c) != expected) throw new AssertionError("U+" + Integer.toHexString(c));
        }
    }

    @Test
    void disclosureWordsAreFoundWhereverAFoldedLetterStandsInThem() {
        // The Kelvin sign and the dotted capital I fold to "k" and "i", as in the (?iu) patterns.
        assertTrue(Hints.isDisclosure("This column is not a subst\u0130tute for medical advice."));
        assertTrue(Hints.isDisclosure("This post contains affiliate lin\u212As."));
        assertTrue(Hints.isDisclosure("We may earn a comm\u0131ssion from the shops we link to."));
        assertFalse(Hints.isDisclosure("Sa commission s'est réunie à l'aube, sans conseil ni avis."));
    }

    @Test
    void classWordsAreFoundInAsciiCaseOnly() {
        Hints.Words words = new Hints.Words("tooltip", "sr-only");
        assertTrue(Hints.containsAnyIgnoringAsciiCase("note has-ToolTip", words));
        assertTrue(Hints.containsAnyIgnoringAsciiCase("SR-ONLY", words));
        assertTrue(Hints.containsAnyIgnoringAsciiCase("xsr-onl sr-only", words));
        assertFalse(Hints.containsAnyIgnoringAsciiCase("sr-onl", words));
        // The Kelvin sign is no "k" to a (?i) pattern, which compares ASCII case only.
        assertFalse(Hints.containsAnyIgnoringAsciiCase("tippy-\u212Aey", new Hints.Words("tippy-key")));
        assertTrue(Hints.containsAnyIgnoringAsciiCase("TIPPY-KEY", new Hints.Words("tippy-key")));
    }

    @Test
    void promptsAreFoundAnywhereInAShortBox() {
        assertTrue(Hints.isPrompt(60, () -> "Thanks for reading. Sign up for our newsletter to get weekly updates"));
        assertTrue(Hints.isPrompt(40, () -> "Enjoyed it? ALREADY A MEMBER? Log in"));
        assertTrue(Hints.isPrompt(40, () -> "Gefällt es Ihnen? Jetzt abonnieren"));
        assertTrue(Hints.isPrompt(20, () -> "للمزيد حمل تطبيق الموقع"));
        assertFalse(Hints.isPrompt(60, () -> "The design of the harbour was signed off by the council in May."));
    }

    @Test
    void authorBoxesAreNamedAsBefore() {
        assertTrue(Hints.namesAuthorBox(element("<div class=\"author-bio\">x</div>")));
        assertTrue(Hints.namesAuthorBox(element("<div class=\"AboutTheAuthor\">x</div>")));
        assertFalse(Hints.namesAuthorBox(element("<div class=\"post-content\">x</div>")));
        assertFalse(Hints.namesAuthorBox(element("<div class=\"quote-author-box\">x</div>")));
    }

    @Test
    void screenReaderClassesAreHiddenInAnyAsciiCase() {
        assertTrue(PageCleaner.isHidden(element("<span class=\"SR-ONLY\">x</span>")));
        assertTrue(PageCleaner.isHidden(element("<span class=\"visually-hidden\">x</span>")));
        assertTrue(PageCleaner.isHidden(element("<span class=\"a Screen-Reader-Text\">x</span>")));
        assertFalse(PageCleaner.isHidden(element("<span class=\"hiddenness screens\">x</span>")));
    }

    private static Element element(String html) {
        return Jsoup.parseBodyFragment(html).body().child(0);
    }

    @Test
    void nameWordsAreWholeWordsOrTwoAdjacentWordsJoined() {
        Hints.NameWords words = new Hints.NameWords(List.of("teaser"), "promo", "sidebar", "Aa");
        assertTrue(words.in("box promo"));
        assertTrue(words.in("left-side_bar"));
        assertTrue(words.in("side--bar"));
        assertTrue(words.in("wrap teasers-grid"));
        assertFalse(words.in("promotion"));
        assertFalse(words.in("sidebars"));
        assertFalse(words.in("side x bar"));
        assertFalse(words.in("preteaser"));
        // "BB" has the hash of "Aa": the characters decide.
        assertFalse(words.in("BB"));
        assertTrue(words.in("x Aa"));
        assertFalse(words.in(""));
        assertFalse(words.in(" - "));
    }
}
