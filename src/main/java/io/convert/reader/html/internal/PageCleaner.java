package io.convert.reader.html.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Removes what never belongs in an article: scripts, styles, forms controls, embeds, hidden
 * nodes; restores {@code <noscript>} images; and, when extracting, removes page chrome named
 * by its class, id, role or label.
 */
final class PageCleaner {
    /** Tags that never hold content; a {@code <source>} and a {@code <title>} only where {@link #isNeverContent} says. */
    private static final Set<String> NEVER_CONTENT = Set.of("script", "style", "link", "meta", "template", "iframe",
            "frame", "frameset", "object", "embed", "applet", "canvas", "input", "button", "select", "textarea",
            "option", "dialog", "map", "audio", "video", "track", "svg", "param", "base");
    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "(?i)(^|;)\\s*(display\\s*:\\s*none|visibility\\s*:\\s*hidden)\\s*(!important)?\\s*(;|$)");
    private static final Pattern SCREEN_READER_ONLY = Pattern.compile(
            "(?i)(^|\\s)(sr-only|visually-?hidden|screen-?reader-?text|hidden|offscreen|a11y-hidden)(\\s|$)");

    /**
     * Classes hiding a box on one size of screen: page builders' ("elementor-hidden-mobile") and
     * Bootstrap 3's ("hidden-xs"). A box hidden on each size is a draft the page's author left
     * switched off, shown to no one.
     */
    private static final Pattern HIDDEN_ON_SCREEN =
            Pattern.compile("(?:^|\\s)(?:[a-z]+-)?hidden-(desktop|tablet|mobile|xs|sm|md|lg)(?=\\s|$)");
    /** A link's address asking a wiki to edit the page (MediaWiki's {@code action=edit}, {@code veaction=edit}). */
    private static final Pattern SECTION_EDIT = Pattern.compile("[?&](?:ve)?action=edit(?:&|$)");
    /** What a wiki sets around a section's edit link: brackets, a bar, spaces. */
    private static final Pattern EDIT_BRACKETS = Pattern.compile("[\\s\\[\\]|()]*");
    private static final Set<String> HEADING_TAGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** Words in the classes of a tooltip's parts, the word it explains and the bubble alike, in any case. */
    private static final Hints.Words TOOLTIP_WORDS = new Hints.Words("tooltip", "popover", "tippy");
    /**
     * What a class matching {@link #SCREEN_READER_ONLY} holds, in any case: looked for first,
     * the pattern's matcher being made for every element with a class otherwise.
     */
    private static final Hints.Words SCREEN_READER_WORDS = new Hints.Words("hidden", "screen", "sr-only");
    /**
     * Class names of a tooltip's bubble, camel case split ("tooltip-bubble", "tooltiptext",
     * "c-tooltip__content", "popover-body"): not of the word it explains, whose box is named
     * the tooltip too ("tooltip", "has-tooltip", "tooltip-link").
     */
    private static final Pattern TOOLTIP_BUBBLE =
            Pattern.compile("(tooltip|popover|tippy)[_-]*(bubble|content|text|body|inner|message|popup|panel)");
    private static final Set<Set<String>> EVERY_SCREEN = Set.of(Set.of("desktop", "tablet", "mobile"),
            Set.of("xs", "sm", "md", "lg"));

    /** Letters beyond which a box named as about the writer is not one. */
    private static final int MAX_AUTHOR_BOX = 2000;
    /** Letters from which a box set apart inside an article holds prose of its own, not a pull quote or a label. */
    private static final int MIN_PROSE_ASIDE = 300;
    /*
     * Queries asked of every element of a page are parsed once: jsoup parses a query given as
     * a string on each call, which cost a tenth of reading a page.
     */
    private static final Evaluator LINE_HOLDERS =
            QueryParser.parse("p, div, ul, ol, dl, table, blockquote, figure, h1, h2, h3, h4, h5, h6, br");
    private static final Evaluator MAIN_CONTENT = QueryParser.parse("main, [role=main], [itemprop=articleBody]");
    private static final Evaluator ARTICLE = QueryParser.parse("article");
    private static final Evaluator PARAGRAPH = QueryParser.parse("p");
    /** React numbers the parts it streams in hexadecimal: the eleventh is "S:a", the thirty-second "S:1f". */
    private static final Pattern STREAM_SEGMENT = Pattern.compile("S:[0-9a-f]+");
    /** The calls of React's streaming script naming which part goes where: {@code $RC("B:0","S:0")}. */
    private static final Pattern STREAM_CALL = Pattern.compile("\\$R[CS]\\(\"([BPS]:[0-9a-f]+)\",\\s*\"([BPS]:[0-9a-f]+)\"");

    private PageCleaner() {
    }

    /**
     * Cleaning done for every page, extracted or not. The page's elements are listed once for
     * the noscripts and the streamed parts, and once for what never holds content with the
     * noscripts, as each walk over a page's elements is a fiftieth of reading it. Restoring the
     * noscripts' images only puts images in place of images, which leaves the streamed parts
     * as they were; an element that never holds content removed inside a noscript, or a
     * noscript inside one, leaves the page as removing them in turn did.
     */
    static void removeNonContent(Element root) {
        List<Element> noscripts = new ArrayList<>();
        List<Element> segments = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e.nameIs("noscript")) noscripts.add(e);
            else if (isStreamedSegment(e)) segments.add(e);
        }
        restoreNoscriptImages(noscripts);
        placeStreamedSegments(root, segments);
        List<Element> never = new ArrayList<>();
        for (Element e : root.getAllElements()) if (isNeverContent(e, root) || e.nameIs("noscript")) never.add(e);
        never.forEach(Node::remove);
        List<Element> hidden = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e != root && (isHidden(e) || isTooltipBubble(e))) hidden.add(e);
            else if (e.nameIs("a") && SECTION_EDIT.matcher(e.attr("href")).find()) {
                Element box = sectionEditBox(e);
                if (box != null) hidden.add(box);
            }
        }
        hidden.forEach(Node::remove);
    }

    /**
     * The box of a wiki's link to edit a heading's section ("History [edit]", "简介[编辑]"): the
     * link with the brackets set around it, or null when the link is not in a heading. Left in,
     * its word ran into every heading's.
     */
    private static Element sectionEditBox(Element link) {
        Element box = link;
        boolean growing = true;
        for (Element p = link.parent(); p != null; p = p.parent()) {
            if (HEADING_TAGS.contains(p.normalName())) return box;
            growing = growing && EDIT_BRACKETS.matcher(p.text().replace(link.text(), "")).matches();
            if (growing) box = p;
        }
        return null;
    }

    /**
     * The bubble of a tooltip: a glossary's definition or a footnote shown while the pointer is
     * over a word. Left in, its text would run into the sentence around the word ("keywordKeyword
     * A keyword is …"). A page showing its footnotes so lists them under the article too, where
     * their text stays.
     */
    private static boolean isTooltipBubble(Element e) {
        if ("tooltip".equalsIgnoreCase(e.attr("role"))) return true;
        // Asked of every element of the page: most have no class naming a tooltip.
        String classes = e.className();
        if (classes.isEmpty() || !Hints.containsAnyIgnoringAsciiCase(classes, TOOLTIP_WORDS)) return false;
        return TOOLTIP_BUBBLE.matcher(Hints.names(e)).find();
    }

    /**
     * Scripts, styles, embeds, form controls and media, told by their tag in one pass: as a query
     * of 27 alternatives, tried one after another on every element, it took a thirtieth of
     * reading a page.
     */
    private static boolean isNeverContent(Element e, Element root) {
        if (NEVER_CONTENT.contains(e.normalName())) return true;
        // A <source> gives a video's or a song's file; in a <picture>, the picture's own image.
        if (e.nameIs("source")) return e.parent() == null || !e.parent().nameIs("picture");
        return e.nameIs("title") && e != root && insideHead(e, root);
    }

    private static boolean insideHead(Element e, Element root) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.nameIs("head")) return true;
            if (p == root) return false;
        }
        return false;
    }

    static boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) return true;
        // Icons are aria-hidden; pictures marked so by mistake are still content.
        if ("true".equalsIgnoreCase(e.attr("aria-hidden")) && !e.nameIs("img") && e.selectFirst(Queries.IMG) == null) {
            return true;
        }
        String style = e.attr("style");
        if (!style.isEmpty() && HIDDEN_STYLE.matcher(style).find()) return true;
        String classes = e.className();
        return !classes.isEmpty() && (Hints.containsAnyIgnoringAsciiCase(classes, SCREEN_READER_WORDS)
                && SCREEN_READER_ONLY.matcher(classes).find() || hiddenOnEveryScreen(classes));
    }

    private static boolean hiddenOnEveryScreen(String classes) {
        // Asked of every element of the page: most have no such class.
        if (!classes.contains("hidden-")) return false;
        Set<String> screens = new HashSet<>();
        Matcher m = HIDDEN_ON_SCREEN.matcher(classes);
        while (m.find()) screens.add(m.group(1));
        for (Set<String> every : EVERY_SCREEN) if (screens.containsAll(every)) return true;
        return false;
    }

    /**
     * Pages rendered by React on the server while streaming send each slow part of the page
     * (often the whole article) as a hidden {@code <div id="S:n">} at the end of the body, with a
     * script that moves it into place of a {@code <template id="B:n">} (or {@code "P:n"}) and of
     * the loading placeholder after it. Without scripts the article would be read as hidden:
     * each such part is moved where the script would put it.
     */
    private static void placeStreamedSegments(Element root, List<Element> segments) {
        if (segments.isEmpty()) return;
        Map<String, String> target = new HashMap<>();
        for (Element script : root.select(Queries.SCRIPT)) {
            Matcher m = STREAM_CALL.matcher(script.data());
            while (m.find()) {
                boolean segmentFirst = m.group(1).startsWith("S");
                target.put(segmentFirst ? m.group(1) : m.group(2), segmentFirst ? m.group(2) : m.group(1));
            }
        }
        for (Element segment : segments) {
            String id = segment.id();
            String number = id.substring(2);
            Element place = placeholder(root, target.get(id));
            if (place == null) place = placeholder(root, "B:" + number);
            if (place == null) place = placeholder(root, "P:" + number);
            if (place == null || isAncestor(segment, place)) continue;
            if (place.id().startsWith("B")) removeFallback(place);
            for (Node child : new ArrayList<>(segment.childNodes())) place.before(child);
            place.remove();
            segment.remove();
        }
    }

    /** A part of the page sent hidden by a streaming server, shown where its script puts it. */
    static boolean isStreamedSegment(Element e) {
        return e.nameIs("div") && e.hasAttr("hidden") && STREAM_SEGMENT.matcher(e.id()).matches();
    }

    private static Element placeholder(Element root, String id) {
        if (id == null) return null;
        Element e = root.getElementById(id);
        return e != null && e.nameIs("template") ? e : null;
    }

    /** The loading placeholder shown until a part arrives: what follows its template up to the {@code <!--/$-->} mark. */
    private static void removeFallback(Element template) {
        List<Node> fallback = new ArrayList<>();
        for (Node n = template.nextSibling(); n != null; n = n.nextSibling()) {
            if (n instanceof Comment c && c.getData().strip().equals("/$")) {
                fallback.forEach(Node::remove);
                return;
            }
            fallback.add(n);
        }
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) if (p == ancestor) return true;
        return false;
    }

    /**
     * Lazy-loading pages put the real {@code <img>} in a {@code <noscript>} next to a
     * placeholder: the noscript image takes the placeholder's place.
     */
    private static void restoreNoscriptImages(List<Element> noscripts) {
        for (Element noscript : noscripts) {
            Element img = noscriptImage(noscript);
            if (img == null) continue;
            Element previous = noscript.previousElementSibling();
            Element placeholder = previous == null ? null
                    : previous.nameIs("img") ? previous : previous.children().size() == 1
                            && previous.child(0).nameIs("img") && previous.text().isBlank() ? previous.child(0) : null;
            if (placeholder != null) placeholder.replaceWith(img);
            else noscript.after(img);
        }
    }

    private static Element noscriptImage(Element noscript) {
        List<Element> images = noscript.select(Queries.IMG);
        if (images.isEmpty() && noscript.html().toLowerCase(Locale.ROOT).contains("<img")) {
            // Some parsers keep noscript content as text; read it as markup.
            String markup = noscript.childNodes().stream().filter(n -> n instanceof TextNode)
                    .map(n -> ((TextNode) n).getWholeText()).reduce("", String::concat);
            images = Parser.parseBodyFragment(markup, noscript.baseUri()).select(Queries.IMG);
        }
        if (images.size() != 1 || !noscript.text().isBlank() && images.get(0).parent() == noscript) return null;
        return images.get(0).clone();
    }

    /**
     * Removes navigation, share bars, related lists, comments, cookie banners and footers:
     * elements named so, unless they hold the article's own markup (some sites name the
     * article's wrapper oddly); and boxes whose label says they are lists of other articles.
     * When {@code spareProseHolders}, an element named so is kept if it holds most of the page's
     * prose: page builders name the article's wrappers for their layout ("sidebar-container",
     * "elementor-widget", "is-style-sidebar"), unless its tag says it is chrome ({@code <aside>}).
     * Boxes named so that are the stretches of one article (see {@link #proseHoldingGroups}) are
     * always kept.
     *
     * @param stats measured on {@code root}; left measuring what is left of it
     * @return whether an element named as chrome holding most of the page's prose was removed
     *     (or, when sparing, kept): reading the page again sparing it may then find more
     */
    static boolean removeChrome(Element root, TextStats stats, boolean spareProseHolders) {
        List<Element> doomed = new ArrayList<>();
        int pageProse = prose(stats.get(root));
        boolean proseHolder = false;
        List<Element> all = root.getAllElements();
        Element lastDoomed = null;
        Element lastCode = null;
        // Named as chrome, in document order: asked once of each element, for the groups and for the removal.
        List<Element> namedChrome = new ArrayList<>();
        for (Element e : all) if (e != root && Hints.isBoilerplate(e)) namedChrome.add(e);
        Set<Element> namedSet = Collections.newSetFromMap(new IdentityHashMap<>());
        namedSet.addAll(namedChrome);
        Set<Element> grouped = proseHoldingGroups(namedChrome, stats, pageProse);
        for (Element e : all) {
            if (e == root || e.nameIs("html") || e.nameIs("body")) continue;
            // Syntax highlighters name the tokens of a listing by what they are ("hljs-comment",
            // "token tag", "meta"): inside code a name says nothing of the page's chrome.
            if (lastCode != null && isInside(e, lastCode)) continue;
            if (e.nameIs("pre") || e.nameIs("code")) lastCode = e;
            boolean named = namedSet.contains(e);
            if (named && grouped.contains(e)) continue;
            boolean holder = named && holdsMostProse(e, stats, pageProse);
            proseHolder |= holder;
            // A sidebar or footer says what it is by its tag, however much of the prose it holds.
            if (holder && spareProseHolders && !isChromeTag(e)) continue;
            // Inside a box already doomed it goes with the box: the tests below, which read its
            // text, would only say so again.
            if (lastDoomed != null && isInside(e, lastDoomed)) continue;
            LineText line = new LineText(e);
            boolean chrome = named || isChromeTag(e) && !isProseAside(e, stats) || isLabelledBox(e, stats)
                    || isPrompt(e, stats, line) || isAuthorBox(e, stats) || isPointerOrCredit(e, stats, line)
                    || isContentsLabel(e, stats);
            if (chrome && !holdsArticle(e)) {
                doomed.add(e);
                lastDoomed = e;
            }
        }
        for (Element e : doomed) {
            if (e.parent() == null) continue;
            stats.removing(e);
            e.remove();
        }
        return proseHolder;
    }

    private static boolean isInside(Element e, Element box) {
        for (Element p = e.parent(); p != null; p = p.parent()) if (p == box) return true;
        return false;
    }

    /**
     * Removes the page's chrome that says what it is by its tag or role (navigation, asides,
     * footers, forms), not by class names: for reading a page whole when no article was found
     * in it, where names have already proved unreliable (they named the article's own wrappers
     * as widgets). The box about the writer is the exception: its name says what it holds.
     */
    static void removeChromeTags(Element root) {
        List<Element> doomed = new ArrayList<>();
        TextStats stats = TextStats.of(root);
        for (Element e : root.getAllElements()) {
            boolean chrome = isChromeTag(e) || Hints.hasChromeRole(e) || isAuthorBox(e, stats);
            if (e != root && chrome && !holdsArticle(e)) doomed.add(e);
        }
        for (Element e : doomed) {
            if (e.parent() != null) e.remove();
        }
    }

    /**
     * Boxes named as chrome and alike (tag and a class word, digits aside), each with few links,
     * that together hold a third of the page's prose or more: page builders name each stretch of
     * an article for their layout ("product-widget" around each reviewed item of a buying
     * guide), and no one of them holds most of the page's prose, as one wrapper would.
     */
    private static Set<Element> proseHoldingGroups(List<Element> namedChrome, TextStats stats, int pageProse) {
        Map<String, Set<Element>> groups = new HashMap<>();
        for (Element e : namedChrome) {
            if (stats.get(e).linkDensity() >= 0.3 || Hints.namesNeverArticle(e)) continue;
            // Each class word a key of its own: the boxes of one builder differ in their other
            // words ("product-widget product-widget--big" beside "product-widget").
            for (String word : ContentFinder.classWords(e)) {
                Set<Element> group = groups.computeIfAbsent(e.normalName() + " " + word,
                        k -> Collections.newSetFromMap(new IdentityHashMap<>()));
                if (!hasAncestorIn(e, group)) group.add(e);
            }
        }
        Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Set<Element> group : groups.values()) {
            if (group.size() < 2) continue;
            int prose = 0;
            for (Element e : group) prose += prose(stats.get(e));
            if (pageProse > 0 && prose * 3 >= pageProse) out.addAll(group);
        }
        return out;
    }

    private static boolean hasAncestorIn(Element e, Set<Element> set) {
        for (Element p = e.parent(); p != null; p = p.parent()) if (set.contains(p)) return true;
        return false;
    }

    /**
     * Most of the page's prose, few links (or nearly all of the prose, whatever the links), and
     * not a comment thread or a gallery of captions, which can outgrow a short article.
     */
    private static boolean holdsMostProse(Element e, TextStats stats, int pageProse) {
        TextStats.Stat s = stats.get(e);
        if (pageProse == 0 || prose(s) * 2 < pageProse || Hints.namesNeverArticle(e)) return false;
        // A box holding nearly all of the page's prose wraps the page, its menus with its
        // article: however many links they bring, it is no menu.
        return s.linkDensity() < 0.3 || prose(s) * 10 >= pageProse * 9;
    }

    private static int prose(TextStats.Stat s) {
        return s.chars - s.linkChars;
    }

    /** A wrapper named oddly ("has-sidebar") that still holds the article's own markup. */
    private static boolean holdsArticle(Element e) {
        if (e.nameIs("main") || e.nameIs("article") || "main".equals(e.attr("role"))
                || e.selectFirst(MAIN_CONTENT) != null) {
            return true;
        }
        // Comment threads mark each comment up as an article of its own ("comment-body").
        for (Element article : e.select(ARTICLE)) if (!Hints.namesNeverArticle(article)) return true;
        return false;
    }

    private static boolean isChromeTag(Element e) {
        if (e.nameIs("nav") || e.nameIs("aside")) return true;
        if (e.nameIs("footer")) return !insideQuote(e);
        return e.nameIs("form") && e.select(PARAGRAPH).size() < 2;
    }

    /**
     * An {@code <aside>} set inside an article that holds prose of its own, few links: a box the
     * article sets apart ("What counts as a serving?"), not a sidebar or a list of other
     * articles, which sit beside the article or are made of links.
     */
    private static boolean isProseAside(Element e, TextStats stats) {
        if (!e.nameIs("aside")) return false;
        TextStats.Stat s = stats.get(e);
        if (s.chars < MIN_PROSE_ASIDE || s.linkDensity() >= 0.1 || s.paragraphs == 0) return false;
        for (Element p = e.parent(); p != null; p = p.parent()) if (p.nameIs("article")) return true;
        return false;
    }

    private static boolean insideQuote(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.nameIs("blockquote") || p.nameIs("figure")) return true;
        }
        return false;
    }

    /**
     * A box about the writer: a name, a photo, a few lines of biography. An element so named
     * that is long, or sits in a quote (its attribution), is something else.
     */
    private static boolean isAuthorBox(Element e, TextStats stats) {
        return stats.get(e).chars < MAX_AUTHOR_BOX && Hints.namesAuthorBox(e) && !insideQuote(e);
    }

    /**
     * A line pointing to another article ("Read also: HEADLINE"), crediting a picture
     * ("Photo: NAME"), only dating the article ("Last updated on DATE"), filing it ("This entry
     * was posted on DATE and is filed under ..."), listing its tags ("Tags: NAME, NAME") or
     * telling about the page it is read on ("3 min read"), standing as a paragraph among the
     * article's.
     */
    private static boolean isPointerOrCredit(Element e, TextStats stats, LineText line) {
        // Sites set their pointers in a quote box as often as in a paragraph ("PUEDES VER: HEADLINE").
        if (!(e.nameIs("p") || e.nameIs("div") || e.nameIs("blockquote") || e.nameIs("h2") || e.nameIs("h3")
                || e.nameIs("h4") || e.nameIs("h5") || e.nameIs("h6") || e.nameIs("span") && isOwnLine(e))) {
            return false;
        }
        TextStats.Stat s = stats.get(e);
        if (s.chars == 0 || s.chars > Math.max(Hints.MAX_READ_ALSO, Hints.MAX_FILING_LINE)) return false;
        // A box holding other lines is judged line by line (looked for without listing them all);
        // a break before all of its text or after it parts no lines.
        for (Element child : e.children()) {
            if (child.selectFirst(LINE_HOLDERS) != null && !(child.nameIs("br") && isEdgeBreak(child))) return false;
        }
        String text = line.get();
        return Hints.isReadAlsoLine(text, s.chars, s.linkChars) || Hints.isCreditLine(text, s.chars)
                || Hints.isDateStampLine(text, s.chars) || Hints.isFilingLine(text, s.chars)
                || Hints.isTagLine(text, s.chars) || Hints.isPageNote(text, s.chars);
    }

    /** A line break with no text before it, or none after it, in its parent. */
    private static boolean isEdgeBreak(Element br) {
        return !hasTextBeside(br, true) || !hasTextBeside(br, false);
    }

    private static boolean hasTextBeside(Node n, boolean before) {
        for (Node s = before ? n.previousSibling() : n.nextSibling(); s != null;
                s = before ? s.previousSibling() : s.nextSibling()) {
            if (s instanceof TextNode t ? !t.isBlank() : s instanceof Element el && el.hasText()) return true;
        }
        return false;
    }

    /**
     * An element's text as {@link Hints#normalize} gives it, made the first time a test asks:
     * the prompt test and the pointer test read the same short lines.
     */
    private static final class LineText implements Supplier<String> {
        private final Element e;
        private String normal;

        LineText(Element e) {
            this.e = e;
        }

        @Override
        public String get() {
            if (normal == null) normal = Hints.normalize(e.text());
            return normal;
        }
    }

    /** A span that is the only content of its parent's line: alone in it. */
    private static boolean isOwnLine(Element span) {
        Element parent = span.parent();
        return parent != null && parent.childrenSize() == 1 && parent.ownText().isBlank();
    }

    /** A paragraph or box asking the reader to subscribe, accept cookies or install an app. */
    private static boolean isPrompt(Element e, TextStats stats, LineText line) {
        if (!(e.nameIs("p") || e.nameIs("div") || e.nameIs("section") || e.nameIs("form") || e.nameIs("aside"))) {
            return false;
        }
        return Hints.isPrompt(stats.get(e).chars, line);
    }

    /**
     * The label of a table of contents ("Table of Contents", "On this page") over a list of links
     * to the page's own sections, or alone in a box its script would fill: the list goes as
     * links, and the label, standing over the article's first section, read as one of its
     * headings. A label over the article's own sentence ("Contents" over "This list is long, so
     * ...") heads a part of the article.
     */
    private static boolean isContentsLabel(Element e, TextStats stats) {
        if (!ContentFinder.isHeading(e) || stats.get(e).chars == 0 || !Hints.isContentsLabel(e.text())) return false;
        Element next = e.nextElementSibling();
        while (next != null && stats.get(next).chars == 0) next = next.nextElementSibling();
        if (next == null) return stats.get(e.parent()).chars == stats.get(e).chars;
        List<Element> links = next.select(Queries.LINK);
        if (links.isEmpty() || stats.get(next).linkChars * 2 < stats.get(next).chars) return false;
        for (Element a : links) if (!a.attr("href").startsWith("#")) return false;
        return true;
    }

    /** A box starting with a label such as "اقرأ أيضا" or "Related" and made mostly of links. */
    private static boolean isLabelledBox(Element e, TextStats stats) {
        if (!(e.nameIs("div") || e.nameIs("section") || e.nameIs("ul") || e.nameIs("ol") || e.nameIs("p"))) {
            return false;
        }
        Element first = e.firstElementChild();
        String label = null;
        if (first != null && stats.get(first).chars < 60 && (first.nameIs("h2") || first.nameIs("h3") || first.nameIs("h4") || first.nameIs("h5")
                || first.nameIs("h6") || first.nameIs("span") || first.nameIs("strong") || first.nameIs("b")
                || first.nameIs("p") || first.nameIs("div") || first.nameIs("header"))) {
            label = first.text();
        }
        TextStats.Stat s = stats.get(e);
        int rest = s.chars - (label == null ? 0 : Hints.lettersAndDigits(label));
        if (!(rest <= 0 || (double) s.linkChars / rest > 0.5 || s.chars < 120)) return false;
        if (label != null && Hints.isBoxLabel(label)) return true;
        // Looked at last: the own text of a paragraph is nearly all of its text, built for nothing
        // where the box is too long and has too few links to be labelled so.
        String own = e.ownText();
        return !own.isBlank() && Hints.isBoxLabel(own);
    }
}
