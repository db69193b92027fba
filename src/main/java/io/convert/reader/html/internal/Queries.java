package io.convert.reader.html.internal;

import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The queries the reader asks of every page or of many of its elements, parsed once: jsoup
 * parses a query given as a string on every call, tokenising it and building its evaluators,
 * which cost more than running simple ones. An evaluator keeps no state between selections,
 * so one serves every page and thread; the simple ones are also asked of single elements
 * ({@code matches}) by a walk that gathers what several queries would select.
 */
final class Queries {
    static final Evaluator IMG = QueryParser.parse("img");
    static final Evaluator LINK = QueryParser.parse("a[href]");
    static final Evaluator FIGCAPTION = QueryParser.parse("figcaption");
    static final Evaluator BLOCKQUOTE = QueryParser.parse("blockquote");
    static final Evaluator CAPTION = QueryParser.parse("caption");
    static final Evaluator CODE = QueryParser.parse("code");
    static final Evaluator SCRIPT = QueryParser.parse("script");
    static final Evaluator ARTICLE = QueryParser.parse("article");
    static final Evaluator MAIN = QueryParser.parse("main, [role=main]");
    static final Evaluator BASE = QueryParser.parse("base[href]");
    static final Evaluator META = QueryParser.parse("meta[content]");
    static final Evaluator ARTICLE_TAGS = QueryParser.parse("meta[property=article:tag][content]");
    /** The page's own address and its picture for sharing, as links in its head declare them. */
    static final Evaluator CANONICAL_LINK = QueryParser.parse("link[rel~=(?i)^canonical$][href]");
    static final Evaluator IMAGE_LINK = QueryParser.parse("link[rel~=(?i)^image_src$][href]");
    static final Evaluator JSON_LD = QueryParser.parse("script[type~=(?i)application/ld\\+json]");
    static final Evaluator NAMED_CREDIT = QueryParser.parse("[class~=(?i)credit|copyright|photographer]");
    static final Evaluator AUTHOR_MARKUP =
            QueryParser.parse("a[rel~=(?i)^author$], [itemprop=author] [itemprop=name], [itemprop=author][content]");
    static final Evaluator PUBLISHED_TIME = QueryParser.parse("time[datetime], [itemprop=datePublished]");

    private Queries() {
    }
}
