package io.convert.reader.html.internal;

import io.convert.lang.LanguageDetector;
import io.convert.lang.LanguageTags;
import io.convert.model.Article;
import io.convert.model.Block;
import io.convert.model.Direction;
import io.convert.model.Language;
import io.convert.model.Metadata;
import io.convert.spi.ConvertException;
import io.convert.spi.Input;
import io.convert.spi.Limits;
import io.convert.spi.ReadOptions;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The HTML reading pipeline: parse within limits, read metadata from the whole page, find the
 * article (or take the whole page), map it to blocks and assemble the article.
 */
public final class HtmlPageReader {
    /** Content with fewer letters than this is a failed extraction, not a short article. */
    private static final int MIN_ARTICLE_CHARS = 100;
    /** Letters below which an article is suspected cut short by the removal of chrome. */
    private static final int SHORT_ARTICLE_CHARS = 1500;

    private HtmlPageReader() {
    }

    /**
     * Reads {@code input} as HTML.
     *
     * @param extract find the article in the page; false maps the page's {@code <article>},
     *     {@code <main>} or {@code <body>} whole
     */
    public static Article read(Input input, ReadOptions options, boolean extract) {
        String base = options.baseUrl() != null ? options.baseUrl() : input.baseUri();
        Document doc = parse(input.text(), base, options.limits());
        MetadataExtractor metadataReader = new MetadataExtractor(doc, options.limits().maxElements());
        Urls urls = new Urls(effectiveBase(doc, metadataReader.base(), base, options));
        MetadataExtractor.Facts facts = metadataReader.extract(urls, base);
        Element body = doc.body();
        PageCleaner.removeNonContent(body);
        if (keepReadableText(body, options.limits())) {
            options.diagnostics().warn("the page has more than " + readableChars(options.limits())
                    + " characters of text; read the first " + readableChars(options.limits()));
        }
        Element content = extract ? extractContent(body, input.text(), base, options.limits()) : wholePage(body);
        Metadata metadata = facts.metadata();
        Language page = pageLanguage(metadata, content);
        BlockMapper mapper = new BlockMapper(urls, options.limits().maxDepth(), options.limits().maxTableCells(),
                options.diagnostics(), page);
        List<Block> blocks = mapper.map(content);
        ArticleAssembler.Assembled assembled = ArticleAssembler.assemble(metadata, blocks, facts.bylineTexts(),
                facts.authorBios(), extract);
        return new Article(assembled.metadata(), assembled.blocks());
    }

    /**
     * The page's tree. Its elements are counted against the limit by the first walk over it, the
     * metadata's, not by a walk of their own: the tree of the same text, parsed again, is the same.
     */
    static Document parse(String html, String base, Limits limits) {
        refuseTooManyTags(html, limits.maxElements());
        Document doc;
        try {
            doc = Parser.htmlParser().setMaxDepth(Math.max(16, limits.maxDepth())).parseInput(html, base == null ? "" : base);
        } catch (IndexOutOfBoundsException e) {
            // jsoup's depth cap can break its reconstruction of unclosed formatting tags (b, i, a
            // left open thousands of times); a higher cap parses such pages, and the block mapper
            // still flattens anything deeper than the limit.
            doc = Parser.htmlParser().setMaxDepth(limits.maxDepth() * 16).parseInput(html, base == null ? "" : base);
        }
        return doc;
    }

    /**
     * The base relative references are resolved against: a page's {@code <base href>} only when
     * it is http(s). A file: one ({@code <base href="file:///">}) would point "../x.png" anywhere
     * on the disk; ignored, references resolve against the input's own location, where the
     * resource loader keeps them inside the input's folder.
     */
    private static String effectiveBase(Document doc, Element tag, String inputBase, ReadOptions options) {
        String declared = tag == null ? "" : tag.attr("href").strip();
        String base = doc.baseUri();
        boolean web = base.regionMatches(true, 0, "http://", 0, 7) || base.regionMatches(true, 0, "https://", 0, 8);
        if (declared.isEmpty() || web) return base;
        options.diagnostics().warn("ignored <base href=\"" + declared + "\">: only http(s) bases are followed");
        return inputBase;
    }

    /**
     * Refuses, before building a tree, a page with more start tags than the element limit: the
     * tree of such a page alone could exhaust the heap, and every element costs time later.
     */
    private static void refuseTooManyTags(String html, int maxElements) {
        int tags = 0;
        for (int i = html.indexOf('<'); i >= 0 && i + 1 < html.length(); i = html.indexOf('<', i + 1)) {
            char next = html.charAt(i + 1);
            if (((next | 0x20) >= 'a' && (next | 0x20) <= 'z') && ++tags > maxElements) {
                throw ConvertException.badInput("page has more than " + maxElements + " elements");
            }
        }
    }

    /**
     * Most characters of a page's text read: twice the text a conversion keeps
     * ({@link Limits#maxTextChars()}), room for the menus and lists around an article that long.
     * Every rule that finds and cleans the article reads each line of the page, so a page of
     * fifty megabytes of paragraphs cost a minute of CPU for text the budget then dropped.
     */
    static long readableChars(Limits limits) {
        return 2L * limits.maxTextChars();
    }

    /**
     * Cuts {@code body} after its first {@link #readableChars} characters of text, in the page's
     * order; whether it cut anything.
     */
    static boolean keepReadableText(Element body, Limits limits) {
        long max = readableChars(limits);
        long[] chars = {0};
        TextNode[] last = {null};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    chars[0] += t.getWholeText().length();
                    if (chars[0] > max) {
                        last[0] = t;
                        return FilterResult.STOP;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        if (last[0] == null) return false;
        TextNode t = last[0];
        int keep = (int) (t.getWholeText().length() - (chars[0] - max));
        if (keep > 0 && Character.isHighSurrogate(t.getWholeText().charAt(keep - 1))) keep--;
        t.splitText(keep);
        for (Node n = t; n != body; n = n.parent()) removeFollowingSiblings(n);
        return true;
    }

    /**
     * Removes what follows {@code n} in its parent, in one pass: jsoup finds each node it removes
     * by a search of its parent's children, which for a parent of 400,000 paragraphs is quadratic.
     */
    private static void removeFollowingSiblings(Node n) {
        Element parent = n.parentElement();
        int index = n.siblingIndex();
        if (index == parent.childNodeSize() - 1) return;
        List<Node> kept = new ArrayList<>(parent.childNodes().subList(0, index + 1));
        parent.empty();
        parent.appendChildren(kept);
    }

    /**
     * The article: the best-scoring content of the page without its chrome (see
     * {@link #bestContent}), found again sparing the wrappers named as chrome that hold most of
     * the page's prose when it came out short.
     */
    private static Element extractContent(Element body, String html, String base, Limits limits) {
        TextStats stats = TextStats.of(body);
        boolean proseHolderRemoved = PageCleaner.removeChrome(body, stats, false);
        Best first = bestContent(body, stats, html, base, limits);
        Element content = first.content();
        if (!proseHolderRemoved || !first.readWhole() && letters(content) >= SHORT_ARTICLE_CHARS) return content;
        // Removing chrome by name took the article's own wrapper: read the page again sparing it.
        Element again = parse(html, base, limits).body();
        PageCleaner.removeNonContent(again);
        keepReadableText(again, limits);
        TextStats againStats = TextStats.of(again);
        PageCleaner.removeChrome(again, againStats, true);
        Element second = bestContent(again, againStats, html, base, limits).content();
        return first.readWhole() || letters(second) > letters(content) ? second : content;
    }

    /**
     * Content found in a body, and whether it was found in the page read again as it was, its
     * names aside, because nothing was left of the body cleaned of its chrome.
     */
    private record Best(Element content, boolean readWhole) {
    }

    private static int letters(Element e) {
        return TextStats.letters(e);
    }

    /**
     * The best-scoring content of a body cleaned of chrome; when that is too small to be an
     * article, the body itself; when that is too small too (a heading left alone), what little
     * the finder found; when even that is empty, the article found in the page as it was by its
     * text alone, or that page whole: its class names, which took everything, say nothing.
     * {@code stats} are measured on the body as it is.
     */
    private static Best bestContent(Element body, TextStats stats, String html, String base, Limits limits) {
        Element found = ContentFinder.find(body, stats);
        // The finder moves its content out of the body: cleaning what is left of the body leaves it as it is.
        int foundChars = found == null ? 0 : letters(found);
        if (foundChars >= MIN_ARTICLE_CHARS) return new Best(found, false);
        int bodyChars = letters(body);
        if (bodyChars > 0 && (found == null || bodyChars > foundChars)) {
            ContentFinder.cleanFallback(body);
            if (letters(body) >= MIN_ARTICLE_CHARS) return new Best(body, false);
        }
        if (foundChars > 0) return new Best(found, false);
        Element whole = parse(html, base, limits).body();
        PageCleaner.removeNonContent(whole);
        keepReadableText(whole, limits);
        PageCleaner.removeChromeTags(whole);
        Element byText = ContentFinder.findIgnoringNames(whole);
        if (byText != null && letters(byText) >= MIN_ARTICLE_CHARS) return new Best(byText, true);
        return new Best(whole, true);
    }

    /** For pages that are already clean: their one {@code <article>}, else {@code <main>}, else the body. */
    private static Element wholePage(Element body) {
        List<Element> articles = body.select(Queries.ARTICLE);
        if (articles.size() == 1) return articles.get(0);
        Element main = body.selectFirst(Queries.MAIN);
        return main != null ? main : body;
    }

    /** The page's language and direction, detected from the content when the markup does not say. */
    private static Language pageLanguage(Metadata m, Element content) {
        Direction dir = m.direction();
        String tag = m.language();
        if (dir != null && tag != null) return Language.of(tag, dir);
        String sample = content.text();
        Language detected = LanguageDetector.detect(sample.length() > 20_000 ? sample.substring(0, 20_000) : sample);
        if (dir == null) dir = tag != null ? LanguageTags.direction(tag) : detected.direction();
        return Language.of(tag != null ? tag : detected.tag(), dir);
    }
}
