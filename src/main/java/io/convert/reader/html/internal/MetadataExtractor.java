package io.convert.reader.html.internal;

import io.convert.lang.BylineWords;
import io.convert.lang.LanguageTags;
import io.convert.lang.PrintedDates;
import io.convert.model.Dates;
import io.convert.model.Direction;
import io.convert.model.Image;
import io.convert.model.Inline;
import io.convert.model.Metadata;
import io.convert.spi.ConvertException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads a page's metadata, most reliable source first: JSON-LD, OpenGraph, Twitter cards,
 * Dublin Core and plain {@code <meta>}, {@code <time datetime>}, {@code rel=author}, visible
 * bylines and dates, {@code <title>} cleaned of the site name, {@code <html lang dir>}. Runs on
 * the whole page before any cleaning.
 */
final class MetadataExtractor {
    /** What an element's class or id says it holds, by the words in it (or two joined by a hyphen). */
    private static final int BYLINE = 1, DATE = 2, STANDFIRST = 4;
    private static final Map<String, Integer> NAMED_WORDS = namedWords(Map.of(
            BYLINE, List.of("byline", "by-line", "author", "authors", "author-name", "writer", "reporter", "katib",
                    "kateb", "contributor"),
            DATE, List.of("date", "dateline", "time", "timestamp", "published", "pubdate", "postdate", "post-date",
                    "tarikh", "taarikh"),
            STANDFIRST, List.of("standfirst", "dek", "subtitle", "sub-title", "subheadline", "sub-headline", "subhead",
                    "strapline", "articlesummary", "article-summary", "lede", "excerpt")));
    /** The words of {@link #NAMED_WORDS} by their length, looked up where they stand in a name. */
    private static final String[][] NAMED_BY_LENGTH = byLength(NAMED_WORDS.keySet());
    private static final Set<String> INLINE_WRAPPER = Set.of("a", "span", "strong", "b", "em", "i", "small");
    /** Elements named as bylines or dates looked at; the first few are the article's own. */
    private static final int MAX_NAMED = 20;
    /*
     * The patterns asked of every page, compiled once: a pattern given as a string to String's
     * matches, split or replaceFirst is compiled again on every call.
     */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** A date and a time apart ("2020-05-01 10:30"), joined with a T for ISO 8601. */
    private static final Pattern DATE_SPACE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})\\s+(\\d{2}:\\d{2})");
    /** A time zone offset without its colon ("+0200"), which ISO 8601 parsing wants ("+02:00"). */
    private static final Pattern ZONE_WITHOUT_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");
    private static final Pattern URL_START = Pattern.compile("(?i)^(https?:|www\\.|/).*");
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://.*");
    /** An index page's name and the slashes at a path's end: "/story/index.html" is "/story". */
    private static final Pattern INDEX_PAGE = Pattern.compile("(?i)(/index\\.[a-z]{2,5})?/*$");
    private static final Pattern GENERIC_IMAGE = Pattern.compile(".*(logo|favicon|default[-_]?(image|share|og)|placeholder).*");
    private static final Pattern SITE_ADDRESS = Pattern.compile("(?i)(?:https?://)?(?:www\\.)?([a-z0-9-]+(?:\\.[a-z0-9-]+)+)/?");
    /** Opening words two texts share to be taken as the same text, one perhaps cut short. */
    private static final int OPENING_WORDS = 8;
    private static final int MIN_OPENING_WORDS = 4;
    /** Letters a word shared by a deck and its title needs to count (shorter ones are mostly "the", "في"). */
    private static final int MIN_SHARED_LETTERS = 4;

    /**
     * What the page says about the article, the visible byline and date texts it printed, and
     * the biographies of the people its structured data names.
     */
    record Facts(Metadata metadata, Set<String> bylineTexts, List<String> authorBios) {
    }

    private final Document doc;
    private final Map<String, String> meta = new HashMap<>();
    /** The {@code <meta>} each of {@link #meta}'s values came from. */
    private final Map<String, Element> metaElements = new HashMap<>();
    /** The names of {@link #meta}'s values that a {@code property} attribute gave. */
    private final Set<String> givenAsProperty = new HashSet<>();
    /*
     * The elements of the whole page the reading below asks for, gathered in the one walk of the
     * constructor, in the page's order: a selection of each walked the whole tree again, and the
     * ten of them took a seventh of reading a page.
     */
    private Element html, title, base, canonicalLink, imageLink;
    private final List<Element> h1s = new ArrayList<>();
    private final List<Element> h2s = new ArrayList<>();
    private final List<Element> figures = new ArrayList<>();
    private final List<Element> jsonLdScripts = new ArrayList<>();
    private final List<Element> articleTags = new ArrayList<>();
    private final List<Element> publishedTimes = new ArrayList<>();
    private final List<Element> bylineElements = new ArrayList<>();
    private final List<Element> dateElements = new ArrayList<>();
    private Element subtitleElement;
    /**
     * The body's elements besides its {@code <h1>}s that microdata marks as the headline: two at
     * most, as only a page marking one is asked.
     */
    private final List<Element> markedHeadlines = new ArrayList<>();
    /** Elements named as a standfirst, in the page's order, and how many elements bear each name. */
    private final List<Element> standfirsts = new ArrayList<>();
    private final Map<String, Integer> standfirstNames = new HashMap<>();

    /**
     * Reads what the page holds in one walk over it; {@link #extract} makes the metadata of it.
     * The walk also refuses a page of more than {@code maxElements} elements (more than its
     * start tags when the parser adds the elements they imply), where a walk of its own cost a
     * fiftieth of reading a page.
     */
    MetadataExtractor(Document doc, int maxElements) {
        this.doc = doc;
        Element body = doc.body();
        NodeTraversor.traverse(new NodeVisitor() {
            private boolean inBody;
            private int elements;

            @Override
            public void head(Node node, int depth) {
                if (!(node instanceof Element e)) return;
                if (++elements > maxElements) {
                    throw ConvertException.badInput("page has more than " + maxElements + " elements");
                }
                if (e == body) inBody = true;
                take(e);
                if (inBody) takeNamed(e);
            }

            @Override
            public void tail(Node node, int depth) {
                if (node == body) inBody = false;
            }
        }, doc);
    }

    /** Keeps {@code e} when a part of the reading asks for it. */
    private void take(Element e) {
        switch (e.normalName()) {
            case "meta" -> {
                if (Queries.META.matches(doc, e)) readMeta(e);
                if (Queries.ARTICLE_TAGS.matches(doc, e)) articleTags.add(e);
            }
            case "html" -> html = html == null ? e : html;
            case "title" -> title = title == null ? e : title;
            case "h1" -> h1s.add(e);
            case "h2" -> h2s.add(e);
            case "figure" -> figures.add(e);
            case "base" -> base = base == null && Queries.BASE.matches(doc, e) ? e : base;
            case "link" -> {
                if (canonicalLink == null && Queries.CANONICAL_LINK.matches(doc, e)) canonicalLink = e;
                if (imageLink == null && Queries.IMAGE_LINK.matches(doc, e)) imageLink = e;
            }
            case "script" -> {
                if (Queries.JSON_LD.matches(doc, e)) jsonLdScripts.add(e);
            }
            default -> {
            }
        }
        if (Queries.PUBLISHED_TIME.matches(doc, e)) publishedTimes.add(e);
    }

    /** The content of a {@code <meta>}, under each of the names it gives, the first one given kept. */
    private void readMeta(Element m) {
        String content = m.attr("content").strip();
        if (content.isEmpty()) return;
        for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
            for (String key : SPACES.split(m.attr(attr).toLowerCase(Locale.ROOT))) {
                if (key.isEmpty() || meta.putIfAbsent(key, content) != null) continue;
                metaElements.put(key, m);
                if (attr.equals("property")) givenAsProperty.add(key);
            }
        }
    }

    private static Map<String, Integer> namedWords(Map<Integer, List<String>> wordsByKind) {
        Map<String, Integer> kinds = new HashMap<>();
        wordsByKind.forEach((kind, words) -> words.forEach(w -> kinds.put(w, kind)));
        return Map.copyOf(kinds);
    }

    private static String[][] byLength(Set<String> words) {
        int longest = 0;
        for (String w : words) longest = Math.max(longest, w.length());
        List<List<String>> lists = new ArrayList<>();
        for (int n = 0; n <= longest; n++) lists.add(new ArrayList<>());
        for (String w : words) lists.get(w.length()).add(w);
        String[][] byLength = new String[longest + 1][];
        for (int n = 0; n <= longest; n++) byLength[n] = lists.get(n).toArray(new String[0]);
        return byLength;
    }

    /**
     * The kinds ({@link #BYLINE}, {@link #DATE}, {@link #STANDFIRST}) that {@code names} says, by
     * its words between spaces, underscores and hyphens and its pairs of words joined by one hyphen
     * ("sub-title"). One scan by hand for the three: a pattern for each, tried at every position of
     * every element's names, took a tenth of reading a page. The words and pairs are compared
     * where they stand: a string made of each to look it up took a third of the walk that asks.
     */
    private static int namedKinds(String names) {
        int kinds = 0;
        // Where the word before a single hyphen starts, or -1.
        int pairStart = -1;
        int start = 0;
        for (int i = 0; i <= names.length(); i++) {
            char c = i < names.length() ? names.charAt(i) : ' ';
            if (c != ' ' && c != '_' && c != '-') continue;
            boolean word = i > start;
            if (word) {
                kinds |= namedKind(names, start, i);
                if (pairStart >= 0) kinds |= namedKind(names, pairStart, i);
            }
            pairStart = c == '-' && word ? start : -1;
            start = i + 1;
        }
        return kinds;
    }

    /** The kind the word of {@link #NAMED_WORDS} from {@code start} to {@code end} in {@code names} is of, or 0. */
    private static int namedKind(String names, int start, int end) {
        int length = end - start;
        if (length >= NAMED_BY_LENGTH.length) return 0;
        for (String w : NAMED_BY_LENGTH[length]) if (names.regionMatches(start, w, 0, length)) return NAMED_WORDS.get(w);
        return 0;
    }

    /** Keeps an element of the body named or marked up as byline, date, standfirst, subtitle or headline. */
    private void takeNamed(Element e) {
        if (e.nameIs("address") || e.attr("rel").equalsIgnoreCase("author") || e.attr("itemprop").equals("author")) {
            if (bylineElements.size() < MAX_NAMED) bylineElements.add(e);
            return;
        }
        if (e.attr("itemprop").equals("alternativeHeadline") && subtitleElement == null) subtitleElement = e;
        if (e.attr("itemprop").equals("headline") && !e.nameIs("h1") && !e.nameIs("meta") && markedHeadlines.size() < 2) {
            markedHeadlines.add(e);
        }
        String names = Hints.names(e);
        int kinds = names.isEmpty() ? 0 : namedKinds(names);
        if (kinds == 0) return;
        if (bylineElements.size() < MAX_NAMED && (kinds & BYLINE) != 0) bylineElements.add(e);
        else if (dateElements.size() < MAX_NAMED && (kinds & DATE) != 0) dateElements.add(e);
        else if ((kinds & STANDFIRST) != 0) {
            if (standfirsts.size() < MAX_NAMED) standfirsts.add(e);
            standfirstNames.merge(names, 1, Integer::sum);
        }
    }

    /** The page's {@code <base href>} element, or null. */
    Element base() {
        return base;
    }

    /** The page's metadata, relative addresses resolved with {@code urls}. */
    Facts extract(Urls urls, String pageUrl) {
        JsonLd.Facts ld = JsonLd.read(jsonLdScripts);
        Set<String> bylineTexts = new LinkedHashSet<>();
        Metadata.Builder b = Metadata.builder();

        String site = addressAsName(first(meta("og:site_name"), ld.publisher(), ld.website(), meta("application-name")));
        Bylines.Byline byline = visibleByline(bylineTexts);
        if (site == null && byline != null) site = byline.source();
        b.site(site);

        // The Dublin Core title names the document; og:title and twitter:title are written for
        // share cards and may carry a teaser of their own, so they rank after it when no heading
        // and no two titles decide.
        List<String> declared = new ArrayList<>();
        declared.add(ld.headline(documentTitleText()));
        declared.addAll(metaTitles(new String[] {"dc.title", "dc:title", "dcterms.title", "dcterm:title"},
                new String[] {"og:title"}, new String[] {"twitter:title"},
                new String[] {"title", "parsely-title", "sailthru.title", "headline"}));
        List<String> sites = new ArrayList<>(Arrays.asList(site, meta("og:site_name"), ld.publisher(), ld.website(),
                meta("application-name")));
        sites.addAll(homeLinkedHeadings());
        String own = first(absolute(href(canonicalLink), urls), absolute(meta("og:url"), urls),
                pageUrl != null && WEB_ADDRESS.matcher(pageUrl).matches() ? pageUrl : null);
        String title = Titles.choose(declared, documentTitleText(), headings(), linkedAway(urls, own), subheadings(),
                sites, host(urls));
        b.title(title == null || title.isEmpty() ? null : title);
        String description = first(ld.description(), meta("og:description", "twitter:description", "description",
                "dc.description"));
        b.subtitle(first(ld.alternativeHeadline(), subtitleElementText(description, title)));

        List<String> authors = ld.authors().stream().filter(a -> !looksLikeUrl(a)).toList();
        if (authors.isEmpty()) authors = metaAuthors();
        if (authors.isEmpty()) authors = relAuthors();
        if (authors.isEmpty() && byline != null) authors = byline.authors();
        b.authors(authors.stream().map(MetadataExtractor::withoutByPrefix).distinct().toList());

        b.published(first(date(ld.published()), date(meta("article:published_time", "og:published_time",
                "published_time", "datepublished", "pubdate", "publishdate", "publish-date", "publish_date",
                "dc.date.issued", "dcterms.issued", "dcterms.created", "dc.date", "dc:date", "date", "parsely-pub-date",
                "sailthru.date", "article.published", "cxenseparse:recs:publishtime")), timeElementDate(),
                visibleDate()));
        b.modified(first(date(ld.modified()), date(meta("article:modified_time", "og:updated_time", "datemodified",
                "dcterms.modified", "last-modified"))));

        String lang = first(LanguageTags.clean(html == null ? null : html.attr("lang")),
                LanguageTags.clean(meta("content-language", "dc.language", "language")), LanguageTags.clean(ld.language()),
                LanguageTags.clean(meta("og:locale")));
        b.language(lang);
        Direction dir = direction();
        b.direction(dir != null ? dir : lang == null ? null : LanguageTags.direction(lang));

        b.description(description);
        b.source(first(absolute(href(canonicalLink), urls), absolute(meta("og:url"), urls),
                pageUrl != null && WEB_ADDRESS.matcher(pageUrl).matches() ? pageUrl : null));
        b.tags(tags(ld));
        String image = first(ld.image(), meta("og:image:secure_url", "og:image", "og:image:url", "twitter:image",
                "twitter:image:src"), href(imageLink));
        String resolved = image == null || isGenericImage(image) ? null : urls.resolve(image);
        if (resolved != null) b.leadImage(leadImage(resolved, urls));
        return new Facts(b.build(), bylineTexts, ld.personDescriptions());
    }

    /**
     * The declared lead image, with the caption and credit of the page's figure showing the
     * same picture (the figure often sits outside the article's text).
     */
    private Metadata.LeadImage leadImage(String source, Urls urls) {
        String stem = ArticleAssembler.stem(source);
        ImageSources images = new ImageSources(urls);
        for (Element figure : figures) {
            Element figcaption = figure.selectFirst(Queries.FIGCAPTION);
            if (figcaption == null) continue;
            Element img = figure.selectFirst(Queries.IMG);
            Image image = img == null ? null : images.imageOf(img);
            if (image == null || !ArticleAssembler.stem(image.source()).equals(stem)) continue;
            Element caption = figcaption.clone();
            Element credit = caption.selectFirst(Queries.NAMED_CREDIT);
            String creditText = credit == null ? null : Titles.collapse(credit.text());
            if (credit != null) credit.remove();
            String text = Titles.collapse(caption.text());
            return new Metadata.LeadImage(new Image(source, image.alt()),
                    text.isEmpty() ? List.of() : List.of(new Inline.Text(text)),
                    creditText == null || creditText.isEmpty() ? null : creditText);
        }
        return new Metadata.LeadImage(new Image(source, ""), List.of(), null);
    }

    private String meta(String... keys) {
        for (String k : keys) {
            String v = meta.get(k);
            if (v != null && !v.isBlank()) return org.jsoup.parser.Parser.unescapeEntities(v, false).strip();
        }
        return null;
    }

    /**
     * The title the {@code <meta>}s give under each group of names, null where none does. A
     * {@code <meta>} giving its title under several names ({@code property="og:title twitter:title"})
     * gives it once: the titles vote, and one element's title is one vote, not two.
     */
    private List<String> metaTitles(String[]... groups) {
        List<Element> given = new ArrayList<>();
        List<String> out = new ArrayList<>(groups.length);
        for (String[] keys : groups) {
            // Of the names a group spells its title with, one given as a property comes first:
            // RDFa, which defines the "dc:" prefix, gives Dublin Core so ("dc:title"), and a page
            // naming its title both ways with other words ("DC.title") means the property.
            String key = Arrays.stream(keys).filter(k -> meta(k) != null && givenAsProperty.contains(k)).findFirst()
                    .or(() -> Arrays.stream(keys).filter(k -> meta(k) != null).findFirst()).orElse(null);
            Element from = key == null ? null : metaElements.get(key);
            boolean again = from != null && given.stream().anyMatch(e -> e == from);
            if (from != null) given.add(from);
            out.add(key == null || again ? null : meta(key));
        }
        return out;
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null && !(v instanceof String s && s.isBlank())) return v;
        }
        return null;
    }

    private String documentTitleText() {
        return title == null ? "" : title.text();
    }

    /**
     * The visible {@code <h1>}s' texts (one hidden for screen readers often repeats the
     * {@code <title>} whole, site name and all, which is not the headline the reader sees), each
     * followed by the text of its first part when it sets its words in separate elements: a
     * headline with its subtitle or the site's name beside it
     * ("<h1><span>Headline</span><small>Subtitle</small></h1>") reads as one run of text, and
     * only the part is the headline the page's declared titles give. Then the text of the one
     * other element microdata marks as the headline ({@code itemprop="headline"}).
     */
    private List<String> headings() {
        List<String> out = new ArrayList<>();
        for (Element h : h1s) {
            if (hidden(h)) continue;
            if (out.size() >= MAX_NAMED) break;
            out.add(withoutPermalinks(h).text());
            List<Element> parts = h.children().stream().filter(Element::hasText).toList();
            if (parts.size() >= 2 && h.textNodes().stream().allMatch(TextNode::isBlank)) out.add(parts.get(0).text());
        }
        // The one element the page marks as its headline (an <h2> under an <h1> that is the
        // site's logo) shows the headline the reader sees; a page marking several marks the
        // headlines of a list of stories. One inside the <h1> is no second heading: the page's
        // one <h1> stays the only one.
        if (markedHeadlines.size() == 1 && !hidden(markedHeadlines.get(0))) {
            String marked = markedHeadlines.get(0).text();
            if (!out.contains(marked)) out.add(marked);
        }
        return out;
    }

    /**
     * The texts of the {@code <h1>}s that are each one link to the site's home page: a logo set as
     * the page's heading, which names the site where nothing declares its name ("<h1><a
     * href="/">Ridge Walkers</a></h1>"). Such a name may be longer than the headline the
     * {@code <title>} gives beside it, and matched one of its segments as well as the headline did.
     */
    private List<String> homeLinkedHeadings() {
        List<String> out = new ArrayList<>();
        for (Element h : h1s) {
            Element a = h.selectFirst(Queries.LINK);
            String text = h.text().strip();
            if (a != null && !text.isEmpty() && a.text().strip().equals(text) && isHomePage(a.attr("href"))) out.add(text);
        }
        return out;
    }

    /**
     * Whether a link goes to a site's home page: its path is empty, a slash or an index page; not
     * an anchor on this page, which says nothing of the site.
     */
    private static boolean isHomePage(String href) {
        String v = href.strip();
        if (v.isEmpty() || v.startsWith("#")) return false;
        URI uri = uri(v);
        if (uri == null || uri.getScheme() != null && !uri.getScheme().toLowerCase(Locale.ROOT).startsWith("http")) return false;
        String path = uri.getRawPath();
        if (path == null) return false;
        String p = path.startsWith("/") ? path : "/" + path.replaceFirst("^\\./", "");
        return INDEX_PAGE.matcher(p).replaceFirst("").isEmpty();
    }

    /**
     * The heading without the links to itself that documentation themes set after its words, a
     * mark such as "¶" or "#" to copy the heading's address, which is no part of the headline.
     */
    private static Element withoutPermalinks(Element heading) {
        if (heading.select(Queries.LINK).stream().noneMatch(MetadataExtractor::isPermalink)) return heading;
        Element out = heading.clone();
        out.select(Queries.LINK).stream().filter(MetadataExtractor::isPermalink).forEach(Element::remove);
        return out;
    }

    /** A link to an anchor on this page whose text is a mark, no letter or digit. */
    private static boolean isPermalink(Element a) {
        String text = a.text();
        return a.attr("href").startsWith("#") && !text.isBlank() && NOT_WORD.matcher(text).replaceAll("").isEmpty();
    }

    /** The texts of the visible {@code <h1>}s that are links to other pages. */
    private List<String> linkedAway(Urls urls, String own) {
        List<String> out = new ArrayList<>();
        for (Element h : h1s) if (!hidden(h) && linksAway(h, urls, own)) out.add(h.text());
        return out;
    }

    /**
     * Whether the heading is a link to another page, as a related story's or a ticker's headline
     * set in an {@code <h1>} is: the article's own links to itself, if anywhere. Unknown (false)
     * when the page does not say its own address.
     */
    private static boolean linksAway(Element heading, Urls urls, String own) {
        if (own == null) return false;
        Element a = heading.selectFirst(Queries.LINK);
        if (a == null || !a.text().strip().equals(heading.text().strip())) return false;
        String target = urls.resolve(a.attr("href"));
        // An anchor or a query on this page, or an address left relative for want of a base, says
        // nothing of where the link goes.
        if (target == null || !target.startsWith("/") && !target.contains("://")) return false;
        String ownName = lastName(own), targetName = lastName(target);
        return ownName != null && targetName != null && !ownName.startsWith(targetName)
                && !targetName.startsWith(ownName);
    }

    /**
     * The last name in an address's path, which names the article (its slug or number), without
     * an extension or an index page's name; null when there is none. Another view of the same
     * article ("/doi/full/X" for "/doi/abs/X", "/story/" for "/story/index.html") ends alike, and
     * a slug may lengthen an article's number ("/news/123-headline" for "/news/123").
     */
    private static String lastName(String url) {
        URI uri = uri(url.strip());
        String path = uri == null ? null : uri.getRawPath();
        if (path == null) return null;
        String p = INDEX_PAGE.matcher(path).replaceFirst("");
        String name = p.substring(p.lastIndexOf('/') + 1).replaceFirst("\\.[A-Za-z]{2,5}$", "");
        return name.isEmpty() ? null : name.toLowerCase(Locale.ROOT);
    }

    /** {@code address} as a URI, or null when it is not one. */
    private static URI uri(String address) {
        try {
            return URI.create(address);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private List<String> subheadings() {
        return h2s.stream().filter(h -> !hidden(h)).limit(MAX_NAMED).map(Element::text).toList();
    }

    /** Hidden by itself or an ancestor; not a part a streaming server sends hidden, which its script shows. */
    private static boolean hidden(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (PageCleaner.isHidden(p) && !PageCleaner.isStreamedSegment(p)) return true;
        }
        return false;
    }

    /** The page's host: from its base URL, else from the address it declares as its own. */
    private String host(Urls urls) {
        String host = urls.host();
        if (host != null) return host;
        return new Urls(first(href(canonicalLink), meta("og:url"), "")).host();
    }

    /**
     * The text of the element marked up or named as the standfirst. A standfirst is one of a
     * kind on its page (a name several elements share, "post-excerpt", is that of the teasers in
     * a list of other articles) and speaks of what the title does; or it opens as the page's
     * description does, whatever it is named.
     */
    private String subtitleElementText(String description, String title) {
        Element chosen = subtitleElement;
        for (int i = 0; chosen == null && i < standfirsts.size(); i++) {
            Element e = standfirsts.get(i);
            boolean described = opensAlike(e.text(), description);
            if (described || standfirstNames.get(Hints.names(e)) == 1 && aboutTheSame(e.text(), title, description)) {
                chosen = e;
            }
        }
        if (chosen == null) return null;
        String text = Titles.collapse(chosen.text());
        return text.isEmpty() || text.length() > 400 ? null : text;
    }

    /**
     * Whether a deck shares a word of some length with the title or the description, as the
     * article's own does; a line that shares none ("Check It Out", "Get The Times. As low as
     * $1.88 a week") is a prompt or a label that happens to be named so.
     */
    private static boolean aboutTheSame(String deck, String title, String description) {
        Set<String> words = new HashSet<>();
        for (String w : words(deck)) if (w.codePointCount(0, w.length()) >= MIN_SHARED_LETTERS) words.add(w);
        for (String other : new String[] {title, description}) {
            if (other == null) continue;
            for (String w : words(other)) if (words.contains(w)) return true;
        }
        return false;
    }

    /**
     * A site named by its address ("https://www.example.com/", "www.example.com") is named by its
     * host, as a reader says it ("example.com"); any other name as it is.
     */
    private static String addressAsName(String site) {
        if (site == null) return null;
        Matcher m = SITE_ADDRESS.matcher(site.strip());
        return m.matches() ? m.group(1) : site;
    }

    /** Whether two texts open with the same words (a description is often the deck, or its start). */
    private static boolean opensAlike(String text, String other) {
        if (other == null) return false;
        List<String> a = words(text), b = words(other);
        int n = Math.min(OPENING_WORDS, Math.min(a.size(), b.size()));
        return n >= MIN_OPENING_WORDS && a.subList(0, n).equals(b.subList(0, n));
    }

    private static List<String> words(String text) {
        return Arrays.stream(NOT_WORD.split(text.toLowerCase(Locale.ROOT))).filter(w -> !w.isEmpty()).toList();
    }

    private List<String> metaAuthors() {
        for (String key : new String[] {"author", "article:author", "dc.creator", "dc:creator", "dcterms.creator",
            "parsely-author", "sailthru.author", "byl", "citation_author"}) {
            String v = meta(key);
            if (v == null || looksLikeUrl(v)) continue;
            Bylines.Byline b = Bylines.parse(v, true);
            if (b == null) continue;
            // The site credited as the author is one name, however it is spelled ("Mac & i").
            String site = meta("og:site_name");
            if (b.authors().size() > 1 && site != null && Titles.collapse(v).equalsIgnoreCase(Titles.collapse(site))) {
                return List.of(Titles.collapse(v));
            }
            return b.authors();
        }
        return List.of();
    }

    private List<String> relAuthors() {
        List<String> out = new ArrayList<>();
        for (Element a : doc.select(Queries.AUTHOR_MARKUP)) {
            String name = Titles.collapse(a.hasAttr("content") ? a.attr("content") : a.text());
            List<String> names = Bylines.names(withoutByPrefix(name));
            for (String n : names) if (!out.contains(n)) out.add(n);
            if (out.size() >= 6) break;
        }
        return out;
    }

    /**
     * The first byline the page prints: in an element named as one, or as a short line starting
     * "By", "بقلم", "كتب" or shaped "SOURCE - AUTHOR". Its text is remembered so the body can drop it.
     */
    private Bylines.Byline visibleByline(Set<String> texts) {
        Element body = doc.body();
        if (body == null) return null;
        Bylines.Byline found = null;
        for (Element e : bylineElements) {
            String text = Titles.collapse(e.text());
            if (text.isEmpty() || text.length() > 150) continue;
            Bylines.Byline b = Bylines.parse(text, true);
            if (b == null) continue;
            texts.add(text);
            if (found == null) found = b;
        }
        if (found != null) return found;
        for (Element e : linesStartingAsBylines(body)) {
            String text = Titles.collapse(e.text());
            if (text.length() > 100) continue;
            Bylines.Byline b = Bylines.parse(text, false);
            if (b != null && b.source() == null) {
                texts.add(text);
                return b;
            }
        }
        return null;
    }

    /** The elements (lines) whose text starts with a byline word, found in one pass over the text. */
    private static List<Element> linesStartingAsBylines(Element body) {
        List<Element> found = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            // Most text nodes are the blank ones between tags, which no byline word opens: their
            // text is not built.
            if (found.size() >= MAX_NAMED || !(node instanceof TextNode t) || t.parent() == null || t.isBlank()) {
                return;
            }
            if (!BylineWords.opens(t.text())) return;
            Element line = t.parent();
            while (INLINE_WRAPPER.contains(line.normalName()) && line.parent() != null) line = line.parent();
            if (!found.contains(line)) found.add(line);
        }, body);
        return found;
    }

    private String timeElementDate() {
        Element best = null;
        for (Element t : publishedTimes) {
            boolean marked = t.hasAttr("pubdate") || t.attr("itemprop").equalsIgnoreCase("datePublished")
                    || Hints.names(t).contains("publish");
            if (best == null || marked) best = t;
            if (marked) break;
        }
        if (best == null) return null;
        String v = best.hasAttr("datetime") ? best.attr("datetime") : best.hasAttr("content") ? best.attr("content")
                : best.text();
        return first(date(v), date(best.text()));
    }

    private String visibleDate() {
        for (Element e : dateElements) {
            String text = e.text();
            if (text.length() > 120) continue;
            String d = date(text);
            if (d != null) return d;
        }
        return null;
    }

    private static String date(String value) {
        if (value == null) return null;
        String v = value.strip();
        String iso = Dates.normalize(ZONE_WITHOUT_COLON.matcher(DATE_SPACE_TIME.matcher(v).replaceFirst("$1T$2"))
                .replaceFirst("$1:$2"));
        if (iso != null) return iso;
        LocalDate printed = PrintedDates.find(v);
        return printed == null ? null : printed.toString();
    }

    private Direction direction() {
        Direction d = html == null ? null : Direction.fromCode(html.attr("dir"));
        if (d == null && doc.body() != null) d = Direction.fromCode(doc.body().attr("dir"));
        return d;
    }

    private static String href(Element link) {
        return link == null ? null : link.attr("href");
    }

    private static String absolute(String url, Urls urls) {
        return url == null ? null : urls.resolve(url);
    }

    private List<String> tags(JsonLd.Facts ld) {
        Set<String> tags = new LinkedHashSet<>();
        for (Element m : articleTags) tags.add(m.attr("content").strip());
        tags.addAll(ld.keywords());
        String news = meta("news_keywords");
        if (tags.isEmpty() && news != null) {
            for (String k : news.split("\\s*[,،]\\s*")) if (!k.isBlank()) tags.add(k.strip());
        }
        tags.removeIf(String::isBlank);
        return List.copyOf(tags);
    }

    private static boolean looksLikeUrl(String s) {
        return URL_START.matcher(s).matches();
    }

    /** Social-card images that show the site, not the story. */
    private static boolean isGenericImage(String url) {
        return GENERIC_IMAGE.matcher(url.toLowerCase(Locale.ROOT)).matches();
    }

    private static String withoutByPrefix(String name) {
        Bylines.Byline b = Bylines.parse(name, true);
        return b != null && b.authors().size() == 1 ? b.authors().get(0) : Titles.collapse(name);
    }
}
