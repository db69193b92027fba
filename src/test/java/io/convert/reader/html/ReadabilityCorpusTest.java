package io.convert.reader.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.convert.model.Article;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the reader over the 130 Readability.js test pages and holds it to its floor: mean body
 * token F1 at least 0.975 (issue 14's target) and Readability.js's title on at least 89% of
 * pages, exact or without the site name Readability.js leaves in it (issue 14 asks for it out).
 *
 * <p>The expected titles are Readability.js's choice, which prefers the declared titles to the
 * headline the page shows; the reader takes the visible headline when it rewords them, as the
 * hand-made truths of WCXB and trafilatura's evaluation set do (10 of these pages differ so).
 */
class ReadabilityCorpusTest {
    private static final double MIN_F1 = 0.975;
    private static final double MIN_TITLE_RATE = 0.89;

    @Test
    void extractsTheArticlesAndTitlesOfTheReadabilityPages() {
        List<ReadabilityCorpus.Page> pages = ReadabilityCorpus.pages();
        assertEquals(130, pages.size(), "corpus pages found in " + ReadabilityCorpus.root().toAbsolutePath());
        double f1Sum = 0;
        int titles = 0, exactTitles = 0;
        List<String> weak = new ArrayList<>();
        for (ReadabilityCorpus.Page page : pages) {
            Article article = ReadabilityCorpus.read(page);
            double f1 = ReadabilityCorpus.tokenF1(page.expectedText(), ReadabilityCorpus.bodyText(article));
            f1Sum += f1;
            if (f1 < 0.9) weak.add(String.format("%s=%.3f", page.name(), f1));
            String title = article.metadata().title();
            if (ReadabilityCorpus.sameTitle(page.expectedTitle(), title)) exactTitles++;
            if (ReadabilityCorpus.sameTitleBesidesAffix(page.expectedTitle(), title)) titles++;
        }
        double meanF1 = f1Sum / pages.size();
        double titleRate = (double) titles / pages.size();
        System.out.printf("readability corpus: %d pages, mean token F1 %.4f, title %.4f (%d/%d; exact %d)%n",
                pages.size(), meanF1, titleRate, titles, pages.size(), exactTitles);
        if (!weak.isEmpty()) System.out.println("pages below F1 0.9: " + String.join(", ", weak));
        assertTrue(meanF1 >= MIN_F1, "mean token F1 " + meanF1 + " below " + MIN_F1);
        assertTrue(titleRate >= MIN_TITLE_RATE, "title rate " + titleRate + " below " + MIN_TITLE_RATE);
    }
}
