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
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the element holding the article by scoring candidates: every stretch of prose gives
 * points to its parent and, less, to its grandparent and great-grandparent, by its length and
 * its punctuation; class names add or take away; links count against. The best candidate is
 * joined by siblings that look like more of the same, or by the boxes named as it is elsewhere
 * on the page when the article was cut into such boxes, then cleaned of boxes that are not prose.
 */
final class ContentFinder {
    /**
     * Prose shorter than this (letters and digits, a character of a dense script counting as
     * {@link #DENSE_LETTERS}) is not evidence of an article.
     */
    private static final int MIN_PROSE = 25;
    /**
     * The Latin letters one Han, kana or Hangul character in a sentence is worth as evidence of
     * prose: a Chinese sentence of a dozen characters says what an English one of thirty letters
     * does. Counted one for one, a Chinese article of short paragraphs fell under
     * {@link #MIN_PROSE} line by line and lost to the footer's one long notice. A line without a
     * comma or a full stop (a list's entry, a table's cell, a label) keeps its count.
     */
    private static final double DENSE_LETTERS = 2.5;
    /** Letters from which a box before the article is prose of its own, not its heading or byline. */
    private static final int MIN_LEDE = 120;
    /** Wrappers above the content's box beside which an opening box is looked for (see {@link #openingCousins}). */
    private static final int MAX_COUSIN_LEVELS = 3;
    /** Letters beyond which a box is more than a notice of the site's. */
    private static final int MAX_NOTICE = 400;
    /** Elements a notice of the site's stands in: a paragraph or a box of its own. */
    private static final Set<String> NOTICE_TAGS = Set.of("p", "div", "section", "aside");
    private static final Hints.NameWords HEADER_NAMES = new Hints.NameWords(List.of(),
            "header", "articleheader", "postheader", "entryheader");
    /* Parsed once: asked of every candidate, a query given as a string is parsed on each call. */
    private static final Evaluator BLOCK_CONTENT = QueryParser.parse("pre, table, math, blockquote, figure");
    private static final Evaluator FIGURE = QueryParser.parse("figure, figcaption");
    private static final Evaluator HEADING = QueryParser.parse("h1, h2, h3, h4, h5, h6");
    private static final Evaluator HEADING_LINK =
            QueryParser.parse("h2 a[href], h3 a[href], h4 a[href], h5 a[href], h6 a[href]");
    /** Letters of prose per picture below which a box beside the article is a column of cards. */
    private static final int MIN_LETTERS_PER_PICTURE = 300;
    /** Cards fewer than this are a pair of links, not a grid of teasers. */
    private static final int MIN_TEASERS = 3;
    /** Letters beyond which a card is more than a headline and an excerpt. */
    private static final int MAX_TEASER = 600;
    /**
     * Boxes a template sets twice for two screens. Not paragraphs, nor boxes of one line (see
     * {@link #MIN_COPY_LINES}): a page may well say one line twice (a refrain, the "Lorem ipsum"
     * of a test page).
     */
    private static final Set<String> COPY_TAGS = Set.of("div", "section", "article", "aside", "figure", "blockquote");
    /**
     * Boxes holding lines (itself among them) from which a box said twice is a band of the page
     * set for two screens, a heading over its text: a box holding one line is a paragraph.
     */
    private static final int MIN_COPY_LINES = 3;
    private static final Set<String> PROSE_TAGS = Set.of("p", "pre", "td", "blockquote", "dd");
    private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "main", "td", "blockquote",
            "pre", "form", "ol", "ul", "li", "dl", "dd", "header", "span", "font", "center", "table", "tbody", "tr");
    private static final Set<String> CONDITIONAL = Set.of("div", "section", "ul", "ol", "table", "form", "aside",
            "header", "dl", "fieldset", "center");

    /**
     * A share of the best score from which another candidate is nearly as good: which of the
     * two wins is then left to the boxes named as each.
     */
    private static final double NEAR_TIE = 0.9;

    /** Words beyond which a repeated link is a headline, not a button. */
    private static final int MAX_BUTTON_WORDS = 8;
    /** Times a link stands alone with the same words before it is taken for a button. */
    private static final int MIN_BUTTON_REPEATS = 3;
    private static final Set<String> LINE_TAGS = Set.of("p", "div", "section", "center");
    /** Elements that hold a line or lines of their own: a label is none of these but its own. */
    private static final Evaluator LINE_HOLDERS =
            QueryParser.parse("p, div, section, ul, ol, dl, table, blockquote, figure, h1, h2, h3, h4, h5, h6");
    /** Elements that stand as blocks of an article: a link between them stands on a line of its own. */
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "center", "ul", "ol", "dl", "table",
            "blockquote", "figure", "pre", "hr", "h1", "h2", "h3", "h4", "h5", "h6");

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /**
     * Words from which a line ending in a colon is a sentence announcing a list, not a label over
     * a box of links ("Verwandte Artikel:", "Links zu verwandten externen Artikeln:") in a
     * language whose labels are not known.
     */
    private static final int MIN_INTRO_WORDS = 6;
    /** How a sentence announcing a list ends: with a colon. */
    private static final Pattern INTRO_END = Pattern.compile("[:：]$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\u061F\u3002\u06D4]\\s*$");

    private final TextStats stats;
    /** False on a page whose class names named the article's own boxes as chrome: they then say nothing. */
    private final boolean trustNames;
    private final Map<Element, Double> scores = new IdentityHashMap<>();
    /**
     * The scored elements in the order first scored, the document's: equal scores then break the
     * same way on every run, where the identity map's order changes from one run to the next.
     */
    private final List<Element> candidates = new ArrayList<>();
    /** The score of the best candidate before it was moved up. */
    private double bestScore;
    /** A container's own text, measured afresh for each container ({@link #proseChars}). */
    private final TextStats.Tally ownText = new TextStats.Tally();

    private ContentFinder(TextStats stats, boolean trustNames) {
        this.stats = stats;
        this.trustNames = trustNames;
    }

    /**
     * The article's content in a new detached element, or null when nothing on the page scores
     * as prose (the caller then falls back to the whole body); {@code stats} measured on
     * {@code body} as it is.
     */
    static Element find(Element body, TextStats stats) {
        return find(body, stats, true);
    }

    /**
     * The article's content found by its text alone, class names aside: for pages whose names
     * call the article's own boxes chrome ("elementor-widget" around every box of the page), so
     * that nothing was left of the page without them. Null as {@link #find}.
     */
    static Element findIgnoringNames(Element body) {
        return find(body, TextStats.of(body), false);
    }

    private static Element find(Element body, TextStats stats, boolean trustNames) {
        ContentFinder finder = new ContentFinder(stats, trustNames);
        Element top = finder.bestCandidate(body);
        if (top == null) return null;
        List<Element> twins = finder.twins(top, body);
        Element rival = finder.strongerGroup(top, twins, body);
        if (rival != null) {
            top = rival;
            twins = finder.twins(rival, body);
        }
        if (!twins.isEmpty()) twins = finder.withShortTwinsBetween(top, twins, body);
        // Found before the content is gathered, which takes its boxes out of the page.
        List<Element> opening = finder.openingCousins(twins.isEmpty() ? top.parent() : commonAncestor(top, twins, body), body);
        Element content = twins.isEmpty() ? finder.withSiblings(top) : finder.withTwins(top, twins, body);
        for (int i = 0; i < opening.size(); i++) content.insertChildren(i, opening.get(i));
        clean(content, trustNames);
        return content;
    }

    /** Cleans a whole body used as content for lack of a candidate. */
    static void cleanFallback(Element body) {
        clean(body, true);
    }

    private Element bestCandidate(Element body) {
        for (Element e : body.getAllElements()) {
            int chars = proseChars(e);
            if (chars < MIN_PROSE) continue;
            double score = 1 + Math.min(stats.get(e).punctuation, 30) + Math.min(chars / 100, 3);
            Element ancestor = e.parent();
            for (int level = 1; level <= 3 && ancestor != null && !ancestor.nameIs("html"); level++) {
                Double old = scores.get(ancestor);
                if (old == null) candidates.add(ancestor);
                scores.put(ancestor, (old == null ? initialScore(ancestor) : old) + score / level);
                ancestor = ancestor.parent();
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Element e : candidates) {
            double s = scores.get(e) * (1 - stats.get(e).linkDensity());
            scores.put(e, s);
            if (s > bestScore) {
                best = e;
                bestScore = s;
            }
        }
        if (best == null) return null;
        best = longerRival(best, bestScore);
        bestScore = scores.get(best);
        this.bestScore = bestScore;
        return promote(best, bestScore);
    }

    /**
     * A candidate scoring nearly as well as the best and holding several times its text, apart
     * from it: a short box dense with punctuation (a preview of the article, a summary card)
     * otherwise beats the article itself.
     */
    private Element longerRival(Element best, double bestScore) {
        int chars = stats.get(best).chars;
        Element longer = best;
        for (Element c : candidates) {
            if (scores.get(c) >= bestScore * 0.8 && stats.get(c).chars >= chars * 3 && !isAncestor(c, best)
                    && !isAncestor(best, c) && (longer == best || scores.get(c) > scores.get(longer))) {
                longer = c;
            }
        }
        return longer;
    }

    private static boolean isHeader(Element e) {
        return e.nameIs("header") || HEADER_NAMES.in(Hints.names(e));
    }

    /**
     * Prose letters of an element that is itself a paragraph, or of a container's own text; a
     * character of a dense script counts as {@link #DENSE_LETTERS} in a line with a comma or a
     * full stop, a sentence, and as one letter in a label or a list's entry without them.
     */
    private int proseChars(Element e) {
        if (PROSE_TAGS.contains(e.normalName())) {
            TextStats.Stat s = stats.get(e);
            return asLatinLetters(s.chars - s.linkChars, s.denseChars, s.punctuation);
        }
        if (!CONTAINERS.contains(e.normalName())) return 0;
        TextStats.Tally own = ownText.clear();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                own.add(t.getWholeText());
            } else if (n instanceof Element c && isInlineText(c)) {
                TextStats.Stat s = stats.get(c);
                own.letters += s.chars - s.linkChars;
                own.dense += s.denseChars;
                own.punctuation += s.punctuation;
            }
        }
        return asLatinLetters(own.letters, own.dense, own.punctuation);
    }

    /**
     * {@code letters}, of which {@code dense} are of a dense script, as Latin letters saying as much: a dense
     * character says more only in a sentence, a line with {@code punctuation}.
     */
    private static int asLatinLetters(int letters, int dense, int punctuation) {
        return letters + (punctuation > 0 ? (int) (dense * (DENSE_LETTERS - 1)) : 0);
    }

    private static boolean isInlineText(Element e) {
        return switch (e.normalName()) {
            case "b", "strong", "i", "em", "span", "font", "u", "small", "big", "sub", "sup", "code", "abbr", "q",
                    "cite", "mark", "time", "br" -> true;
            default -> false;
        };
    }

    private double initialScore(Element e) {
        int tag = switch (e.normalName()) {
            case "article" -> 10;
            case "div", "main" -> 5;
            case "section" -> 3;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        String itemprop = e.attr("itemprop");
        if (itemprop.equals("articleBody") || itemprop.equals("text")) tag += 25;
        return tag + weight(e);
    }

    /**
     * Moves up from the best candidate when the article was split: to the ancestor holding
     * several of the strongest other candidates (steps, sections); to an ancestor scoring better
     * than the one below it on the way up; and out of wrappers it is the only child of.
     */
    private Element promote(Element best, double bestScore) {
        Element current = containerOfAlternatives(best, bestScore);
        double last = scores.getOrDefault(current, bestScore);
        double floor = last / 3;
        int below = stats.get(current).chars;
        for (Element parent = current.parent(); parent != null && !parent.nameIs("body") && !parent.nameIs("html");
                parent = parent.parent()) {
            Double ps = scores.get(parent);
            if (ps == null) continue;
            int chars = stats.get(parent).chars;
            boolean wrapper = chars <= below * 1.1;
            below = chars;
            if (ps < floor) {
                // A wrapper holding no more text than what is below it (a collapsed accordion's
                // pane) scores little for want of paragraphs of its own, which says nothing.
                if (wrapper) continue;
                break;
            }
            // A box named as the article around a best candidate that is not (a list, a panel
            // in it) is the article.
            boolean named = weight(parent) > 0 && weight(current) <= 0;
            if ((ps > last || named) && ps >= bestScore / 2) {
                current = parent;
                break;
            }
            last = ps;
        }
        while (current.parent() != null && !current.parent().nameIs("body") && current.parent().childrenSize() == 1) {
            current = current.parent();
        }
        return current;
    }

    /** The nearest ancestor of {@code best} that holds three of the five next-best candidates. */
    private Element containerOfAlternatives(Element best, double bestScore) {
        List<Element> strong = candidates.stream()
                .filter(e -> e != best && scores.get(e) >= bestScore * 0.75)
                .sorted((x, y) -> Double.compare(scores.get(y), scores.get(x)))
                .limit(5).toList();
        if (strong.size() < 3) return best;
        for (Element ancestor = best.parent(); ancestor != null && !ancestor.nameIs("html"); ancestor = ancestor.parent()) {
            int inside = 0;
            for (Element s : strong) if (isAncestor(ancestor, s)) inside++;
            if (inside >= 3) return ancestor;
        }
        return best;
    }

    private int weight(Element e) {
        return weight(e, trustNames);
    }

    /** What the class names of {@code e} say of it (see {@link Hints#weight}), when they are trusted. */
    private static int weight(Element e, boolean trustNames) {
        return trustNames ? Hints.weight(e) : 0;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) if (p == ancestor) return true;
        return false;
    }

    /**
     * Page builders put each stretch of an article (a section under its heading, the text
     * between two pictures) in a box of its own, named as its neighbours are ("text-block",
     * "et_pb_text_3", "rich-text"), each inside wrappers of its own: the best candidate is then
     * one stretch. These are the other boxes named as it is (tag and most class words, digits
     * aside) that score as prose, outside it and outside one another; not a copy of one of them
     * (pages hold the article twice, for narrow screens or behind a sign-up form).
     */
    private List<Element> twins(Element top, Element body) {
        Set<String> words = classWords(top);
        if (words.isEmpty()) return List.of();
        Map<Element, Double> within = bestScoreWithin();
        // Wrappers above the paragraphs' grandparents have no score of their own: a box is
        // judged by the best candidate it holds.
        double threshold = Math.max(10, within.getOrDefault(top, 0.0) * 0.2);
        List<Element> twins = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == top || !e.normalName().equals(top.normalName()) || within.getOrDefault(e, 0.0) < threshold
                    || isAncestor(e, top) || isAncestor(top, e) || !similar(words, classWords(e))) {
                continue;
            }
            if (twins.stream().noneMatch(t -> isAncestor(t, e) || isAncestor(e, t)) && !sameText(e, top)
                    && twins.stream().noneMatch(t -> sameText(t, e))) {
                twins.add(e);
            }
        }
        return twins;
    }

    /**
     * The twins of {@code top} with the boxes named as they are that stand between the first
     * and the last of them, however little they score: a builder's blocks of one article are
     * prose, and also its short lists (a product's specifications, its pros and cons) and its
     * lines, which score too little to count as twins on their own but are the same article.
     */
    private List<Element> withShortTwinsBetween(Element top, List<Element> twins, Element body) {
        Set<String> words = classWords(top);
        List<Element> parts = new ArrayList<>(twins);
        parts.add(top);
        Set<Element> partSet = Collections.newSetFromMap(new IdentityHashMap<>());
        partSet.addAll(parts);
        List<Element> all = body.getAllElements();
        int first = -1, last = -1;
        for (int i = 0; i < all.size(); i++) {
            if (!partSet.contains(all.get(i))) continue;
            if (first < 0) first = i;
            last = i;
        }
        List<Element> more = new ArrayList<>(twins);
        // In the page's order, where an element's boxes follow it: a part or a box taken is passed over whole.
        for (int i = first + 1; i < last; i++) {
            Element e = all.get(i);
            if (partSet.contains(e)) {
                i += e.getAllElements().size() - 1;
            } else if (e.normalName().equals(top.normalName()) && stats.get(e).chars > 0
                    && similar(words, classWords(e)) && parts.stream().noneMatch(p -> isAncestor(e, p))) {
                more.add(e);
                i += e.getAllElements().size() - 1;
            }
        }
        return more;
    }

    /**
     * A candidate scoring nearly as well as the best whose boxes named as it is (see
     * {@link #twins}) score more together than the best and its own: an article cut into
     * sections, each a candidate, otherwise loses to one long box (a legal disclosure) scoring a
     * little more than any one section. Candidates inside the best's group are parts of it, not
     * rivals. Null when the best group is the best candidate's.
     */
    private Element strongerGroup(Element top, List<Element> topTwins, Element body) {
        Map<Element, Double> within = bestScoreWithin();
        double most = total(top, topTwins, within);
        Element stronger = null;
        Element around = top.parent() == null || top.parent() == body ? top : top.parent();
        for (Element c : candidates) {
            // Boxes beside the best are joined to it as its siblings are (withSiblings), not rivals.
            if (scores.get(c) < bestScore * NEAR_TIE || c == top || isAncestor(c, top) || isAncestor(around, c)
                    || topTwins.stream().anyMatch(t -> t == c || isAncestor(t, c))) {
                continue;
            }
            List<Element> group = twins(c, body);
            if (group.isEmpty()) continue;
            double total = total(c, group, within);
            if (total > most) {
                most = total;
                stronger = c;
            }
        }
        return stronger;
    }

    private static double total(Element top, List<Element> twins, Map<Element, Double> within) {
        double total = within.getOrDefault(top, 0.0);
        for (Element t : twins) total += within.getOrDefault(t, 0.0);
        return total;
    }

    /** For each element, the best score of a candidate it is or holds. */
    private Map<Element, Double> bestScoreWithin() {
        Map<Element, Double> within = new IdentityHashMap<>();
        for (Element c : candidates) {
            double score = scores.get(c);
            for (Element e = c; e != null; e = e.parent()) {
                Double old = within.get(e);
                if (old != null && old >= score) break;
                within.put(e, score);
            }
        }
        return within;
    }

    private boolean sameText(Element a, Element b) {
        return stats.get(a).chars == stats.get(b).chars && a.text().equals(b.text());
    }

    /** The words of a class attribute without their digits: "et_pb_text_3" and "et_pb_text_12" are one word. */
    static Set<String> classWords(Element e) {
        Set<String> words = new HashSet<>();
        for (String c : e.classNames()) {
            String w = DIGITS.matcher(c).replaceAll("");
            if (!w.isEmpty()) words.add(w);
        }
        return words;
    }

    /** Whether two sets of class words share most of their words. */
    private static boolean similar(Set<String> a, Set<String> b) {
        int shared = 0;
        for (String w : a) if (b.contains(w)) shared++;
        return shared * 2 > a.size() + b.size() - shared;
    }

    /**
     * The best candidate and its twins, each with the wrappers it fills (the heading and the
     * picture of its section), in page order.
     */
    private Element withTwins(Element top, List<Element> twins, Element body) {
        List<Element> parts = new ArrayList<>(twins);
        parts.add(top);
        Element common = commonAncestor(top, twins, body);
        if (!trustNames) {
            // Names said nothing of the page's boxes: the headings and pictures between the
            // stretches, each in a box of its own, are the article's as much as the stretches.
            Element content = new Element("div");
            content.appendChild(common);
            return content;
        }
        List<Element> units = new ArrayList<>();
        for (Element part : parts) units.add(unit(part, common, parts));
        Map<Element, Integer> order = new IdentityHashMap<>();
        List<Element> all = body.getAllElements();
        for (int i = 0; i < all.size(); i++) order.put(all.get(i), i);
        units.sort((x, y) -> Integer.compare(order.getOrDefault(x, 0), order.getOrDefault(y, 0)));
        Element content = new Element("div");
        for (Element e : units) content.appendChild(e);
        return content;
    }

    private static boolean isAncestorOfAll(Element ancestor, List<Element> parts) {
        for (Element p : parts) if (!isAncestor(ancestor, p)) return false;
        return true;
    }

    /** The outermost wrapper of {@code part} below {@code common} that holds little besides it, and no other part. */
    private Element unit(Element part, Element common, List<Element> parts) {
        int own = stats.get(part).chars;
        Element unit = part;
        for (Element p = part.parent(); p != null && p != common; p = p.parent()) {
            if (stats.get(p).chars > own * 1.5 + 200) break;
            Element wrapper = p;
            if (parts.stream().anyMatch(other -> other != part && isAncestor(wrapper, other))) break;
            unit = p;
        }
        return unit;
    }

    /** The best candidate and its siblings that are more of the article, in page order. */
    private Element withSiblings(Element top) {
        Element content = new Element("div");
        Element parent = top.parent();
        if (parent == null || parent.nameIs("html")) {
            content.appendChild(top);
            return content;
        }
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> lede = lede(top);
        List<Element> chosen = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top || lede.contains(sibling) || belongs(sibling, top, threshold)) chosen.add(sibling);
        }
        for (Element e : chosen) content.appendChild(e);
        return content;
    }

    /**
     * The boxes of paragraphs just before the best candidate, above its headings, pictures and
     * byline: the article's opening paragraphs set apart from its body (a lede or an intro in a
     * hero box over the text), too short beside a long body for their score or their length to
     * join it as its siblings do. Not the article's header, whose lines under the headline are
     * a subtitle and a disclosure, nor a box disclosing the site's paid links. Stops at the first
     * box that is neither prose, nor small, nor such a notice.
     */
    private List<Element> lede(Element top) {
        List<Element> lede = new ArrayList<>();
        for (Element e = top.previousElementSibling(); e != null; e = e.previousElementSibling()) {
            if (isLede(e)) {
                lede.add(e);
            } else if (endsOpening(e)) {
                break;
            }
        }
        return lede;
    }

    /** A box of the article's opening paragraphs (see {@link #lede}), not a notice set among them. */
    private boolean isLede(Element e) {
        TextStats.Stat s = stats.get(e);
        return s.chars >= MIN_LEDE && s.paragraphs > 0 && s.linkDensity() < 0.2 && s.punctuation >= 2
                && weight(e) >= 0 && !isHeader(e) && SENTENCE_END.matcher(e.text()).find() && !isDisclosure(e);
    }

    /**
     * A short box disclosing that the site is paid for its links: a notice of the site's set
     * over the body or between its opening paragraphs and the body, part of neither (passed over).
     */
    private boolean isDisclosure(Element e) {
        return isDisclosure(e, stats);
    }

    private static boolean isDisclosure(Element e, TextStats stats) {
        int chars = stats.get(e).chars;
        return chars > 0 && chars < MAX_NOTICE && Hints.isDisclosure(e.text());
    }

    /**
     * Removes the paragraphs and boxes disclosing that the site is paid for its links (see
     * {@link #isDisclosure}), set inside the article's opening box or between its sections, with
     * {@code stats} measured on {@code content} as it is; whether it removed any.
     */
    private static boolean removeDisclosures(Element content, TextStats stats) {
        List<Element> notices = new ArrayList<>();
        for (Element e : content.getAllElements()) {
            if (e == content || !NOTICE_TAGS.contains(e.normalName()) || insideAny(e, notices)) continue;
            if (isDisclosure(e, stats)) notices.add(e);
        }
        notices.forEach(Element::remove);
        return !notices.isEmpty();
    }

    /** Whether {@code e} is inside one of {@code boxes}; a loop, as a stream made for each element of the content cost. */
    private static boolean insideAny(Element e, List<Element> boxes) {
        for (int i = 0; i < boxes.size(); i++) if (isAncestor(boxes.get(i), e)) return true;
        return false;
    }

    /** Whether the search for opening boxes stops at {@code e}: a box of text, neither prose nor a notice. */
    private boolean endsOpening(Element e) {
        return stats.get(e).chars >= MIN_LEDE && !isDisclosure(e);
    }

    /**
     * The boxes of opening paragraphs before the box holding the content, each beside one of
     * its wrappers, in page order: templates set the lede in a hero band over the article's
     * grid, or the introduction in a box of its own above the sections of a review, each band
     * in wrappers of its own, so that the lede is the content's cousin, not its sibling. Looked
     * for up to {@link #MAX_COUSIN_LEVELS} wrappers up, not beyond the page's article or main
     * box (what stands before it is not the article's), and up to the first box before them
     * that is neither such prose, nor small, nor a notice (see {@link #isDisclosure}).
     */
    private List<Element> openingCousins(Element holder, Element body) {
        List<Element> found = new ArrayList<>();
        Element a = holder;
        for (int level = 0; level < MAX_COUSIN_LEVELS && a != null && a != body && a.parent() != null
                && !isArticleBox(a); level++, a = a.parent()) {
            for (Element e = a.previousElementSibling(); e != null; e = e.previousElementSibling()) {
                if (isLede(e)) {
                    found.add(0, e);
                } else if (endsOpening(e)) {
                    return found;
                }
            }
        }
        return found;
    }

    private static boolean isArticleBox(Element e) {
        return e.nameIs("article") || e.nameIs("main") || e.nameIs("body");
    }

    private static Element commonAncestor(Element top, List<Element> twins, Element body) {
        Element common = top.parent();
        while (common != body && !isAncestorOfAll(common, twins)) common = common.parent();
        return common;
    }

    private boolean belongs(Element sibling, Element top, double threshold) {
        double bonus = !top.className().isEmpty() && top.className().equals(sibling.className())
                ? scores.getOrDefault(top, 0.0) * 0.2 : 0;
        Double score = scores.get(sibling);
        if (score != null && score + bonus >= threshold) return true;
        TextStats.Stat s = stats.get(sibling);
        // A long stretch of prose next to the article is more of it, even when its paragraphs
        // sit too deep for their score to reach it; not a column of cards, a picture over each
        // one-sentence excerpt.
        if (s.chars >= Math.max(400, stats.get(top).chars / 4) && s.linkDensity() < 0.2 && s.punctuation >= 8
                && weight(sibling) >= 0 && s.images * MIN_LETTERS_PER_PICTURE <= s.chars) {
            return true;
        }
        if (!sibling.nameIs("p")) return false;
        String text = sibling.text();
        if (s.chars > 80) return s.linkDensity() < 0.25;
        return s.chars > 0 && s.linkChars == 0 && SENTENCE_END.matcher(text).find();
    }

    /**
     * Removes boxes inside the content that are not prose: link lists, image galleries with
     * little text, boxes named as chrome. Works from the innermost out so an
     * outer box is judged on what is left of it.
     *
     * @param trustNames false when class names are given no weight (see {@link #findIgnoringNames})
     */
    private static void clean(Element content, boolean trustNames) {
        // Measured again only after a step removed something: most steps remove nothing, and
        // measuring the content cost as much as a step.
        TextStats stats = TextStats.of(content);
        if (cutAtEndLabel(content, stats)) stats = TextStats.of(content);
        if (removeDisclosures(content, stats)) stats = TextStats.of(content);
        // Before boxes are judged by their links: buttons would make a box of prose look like a list of links.
        if (removeButtons(content, stats)) stats = TextStats.of(content);
        if (removeScreenCopies(content, stats)) stats = TextStats.of(content);
        // Found before the boxes are judged, which takes the links from the cards' headings, and
        // removed after: the links of a grid still count against the box around it.
        List<List<Element>> grids = teaserGrids(content, stats);
        List<Element> all = content.getAllElements();
        for (int i = all.size() - 1; i >= 0; i--) {
            Element e = all.get(i);
            if (e == content || e.parent() == null) continue;
            if (isHeading(e)) {
                if (weight(e, trustNames) < 0 || stats.get(e).linkDensity() > 0.5 && stats.get(e).chars < 80) e.remove();
                continue;
            }
            if (!CONDITIONAL.contains(e.normalName())) continue;
            int weight = weight(e, trustNames);
            if (isJunk(e, stats, weight) && !insideCode(e) && !isCaptionOfPicture(e)
                    && !isQuoteAttribution(e, stats.get(e)) && !(weight >= 0 && isIntroducedList(e, stats))) {
                e.remove();
            }
        }
        for (List<Element> grid : grids) {
            for (Element card : grid) if (card.parent() != null) card.remove();
        }
    }

    /**
     * Removes boxes that say again what the box just before them says, word for word: templates
     * set a band of the page twice, once laid out for wide screens and once for narrow ones,
     * and a style sheet shows one of the two. An article does not repeat a section, a quote
     * or a picture with its caption at once. Whether it removed any; {@code stats} measured on
     * {@code content} as it is.
     */
    private static boolean removeScreenCopies(Element content, TextStats stats) {
        List<Element> copies = new ArrayList<>();
        for (Element e : content.getAllElements()) {
            if (e == content || !COPY_TAGS.contains(e.normalName())) continue;
            int chars = stats.get(e).chars;
            Element previous = e.previousElementSibling();
            if (chars < MIN_PROSE || previous == null || stats.get(previous).chars != chars) continue;
            if (!insideAny(e, copies) && e.select(LINE_HOLDERS).size() >= MIN_COPY_LINES
                    && e.text().equals(previous.text())) {
                copies.add(e);
            }
        }
        copies.forEach(Element::remove);
        return !copies.isEmpty();
    }

    /**
     * The outermost teaser grids in {@code content}, each a list of its cards: a box of cards
     * alone (see {@link #isTeaserGrid}), or cards after the article in its own box (see
     * {@link #trailingTeasers}).
     */
    private static List<List<Element>> teaserGrids(Element content, TextStats stats) {
        List<List<Element>> grids = new ArrayList<>();
        List<Element> found = new ArrayList<>();
        for (Element e : content.getAllElements()) {
            if (e == content || found.contains(e) || insideAny(e, found)) continue;
            List<Element> cards = isTeaserGrid(e, stats) ? List.of(e) : trailingTeasers(e, content, stats);
            if (cards.isEmpty()) continue;
            grids.add(cards);
            found.addAll(cards);
        }
        return grids;
    }

    /**
     * A grid of cards pointing to other articles: three or more boxes alike (tag and class words),
     * each short and led by a heading that links to another page, above its excerpt. Judged in the
     * article once found: removed from the page before, it no longer parts the article from the
     * next one a page of endless scrolling shows below it, which then joins it.
     */
    private static boolean isTeaserGrid(Element e, TextStats stats) {
        List<Element> cards = e.children();
        if (cards.size() < MIN_TEASERS) return false;
        for (Element card : cards) if (!isTeaserCard(card, stats) || !alike(card, cards.get(0))) return false;
        return true;
    }

    /**
     * Cards pointing to other articles set in the article's own box after its last paragraph,
     * apart from one another by rules or empty boxes ("Collect them all!" over three cards of
     * the site's other guides): three or more alike, last in the box, with at least twice their
     * text before them and no box like them just before. Cards holding most of the text are the
     * article, a round-up of other pages. Empty when there are none.
     */
    private static List<Element> trailingTeasers(Element e, Element content, TextStats stats) {
        // Asked of every box of the content: most have too few children to hold a run of cards.
        if (e.childrenSize() < MIN_TEASERS) return List.of();
        List<Element> run = new ArrayList<>();
        Element before = null;
        for (Element child : e.children()) {
            if (isSeparator(child, stats)) continue;
            boolean card = isTeaserCard(child, stats);
            if (!card || !run.isEmpty() && !alike(child, run.get(0))) {
                before = child;
                run = new ArrayList<>();
            }
            if (card) run.add(child);
        }
        // A box like the cards before them, only longer, makes them the last items of the article's own list.
        if (run.size() < MIN_TEASERS || before != null && alike(before, run.get(0))) return List.of();
        for (Element card : run) if (!picturesItsHeadline(card)) return List.of();
        int letters = 0;
        for (Element card : run) letters += stats.get(card).chars;
        boolean endsContent = charsBeside(run.get(run.size() - 1), content, stats, false) == 0;
        return endsContent && charsBeside(run.get(0), content, stats, true) >= letters * 2 ? run : List.of();
    }

    /** Whether a card's picture links to the page its headline links to, as a teaser's does. */
    private static boolean picturesItsHeadline(Element card) {
        String href = card.selectFirst(HEADING_LINK).attr("href");
        for (Element a : card.select(Queries.LINK)) if (a.attr("href").equals(href) && a.selectFirst(Queries.IMG) != null) return true;
        return false;
    }

    private static boolean alike(Element card, Element first) {
        return card.normalName().equals(first.normalName()) && classWords(card).equals(classWords(first));
    }

    /** A box short enough for a headline and an excerpt, led by a heading linking to another page. */
    private static boolean isTeaserCard(Element card, TextStats stats) {
        boolean box = card.nameIs("article") || card.nameIs("div") || card.nameIs("section");
        if (!box || stats.get(card).chars > MAX_TEASER || stats.get(card).chars == 0) return false;
        Element link = card.selectFirst(HEADING_LINK);
        return link != null && !link.attr("href").startsWith("#") && !link.text().isBlank();
    }

    /** A rule or an empty box between the cards of a grid. */
    private static boolean isSeparator(Element e, TextStats stats) {
        return e.nameIs("hr") || stats.get(e).chars == 0 && stats.get(e).images == 0;
    }

    /**
     * Removes a line labelling what follows the article ("Related posts", "More from SITE:",
     * "About the author") and all after it, when it stands after most of the content's text:
     * the boxes it labelled are gone or judged apart, and what they held (excerpts of other
     * articles, a biography) reads as prose. A label with more text after it than before
     * stands inside the article, where a box of links sits between its paragraphs. Whether it
     * removed one; {@code stats} measured on {@code content} as it is.
     */
    private static boolean cutAtEndLabel(Element content, TextStats stats) {
        for (Element e : content.getAllElements()) {
            if (e == content || !isLabelLine(e, stats) || !Hints.isEndLabel(e.text())) continue;
            if (charsBeside(e, content, stats, false) * 3 > charsBeside(e, content, stats, true)) continue;
            for (Element a = e; a != content; a = a.parent()) {
                while (a.nextSibling() != null) a.nextSibling().remove();
            }
            e.remove();
            return true;
        }
        return false;
    }

    /**
     * A heading, or a paragraph or box holding one line of text and no other box, that does not
     * end as a sentence does ("If you liked this post, share it." is one).
     */
    private static boolean isLabelLine(Element e, TextStats stats) {
        // Asked of every element: the letter count, known already, rules out most before their subtree is searched.
        int chars = stats.get(e).chars;
        if (chars == 0 || chars >= Hints.MAX_END_LABEL) return false;
        // Searched no further than a second holder: each box of a chain nested thousands deep would search all below it.
        if (!isHeading(e) && !(LINE_TAGS.contains(e.normalName()) && e.selectStream(LINE_HOLDERS).limit(2).count() == 1)) {
            return false;
        }
        String text = e.text().strip();
        return text.endsWith("...") || !SENTENCE_END.matcher(text).find();
    }

    /** Letters of {@code content} before (or after) {@code e} in the page's order. */
    private static int charsBeside(Element e, Element content, TextStats stats, boolean before) {
        int chars = 0;
        for (Element a = e; a != content && a.parent() != null; a = a.parent()) {
            for (Element s = before ? a.previousElementSibling() : a.nextElementSibling(); s != null;
                    s = before ? s.previousElementSibling() : s.nextElementSibling()) {
                chars += stats.get(s).chars;
            }
        }
        return chars;
    }

    /**
     * Removes links standing on a line of their own with the same few words as at least two
     * others apart from it in the article ("Get the Recipe", "Check Price on Amazon", "LEARN MORE"
     * after each item of a list): buttons of the page's layout, which the article's text does not
     * repeat; and such a link {@linkplain #isStyledButton styled as a button} where it stands once.
     * Whether it removed any; {@code stats} measured on {@code content} as it is.
     */
    private static boolean removeButtons(Element content, TextStats stats) {
        List<Element> links = content.select(Queries.LINK);
        if (links.isEmpty()) return false;
        boolean removed = false;
        Map<String, List<Element>> lines = new HashMap<>();
        List<Element> styled = new ArrayList<>();
        for (Element a : links) {
            String text = Hints.normalize(a.text()).toLowerCase(Locale.ROOT);
            if (text.isEmpty() || text.split(" ").length > MAX_BUTTON_WORDS || insideCode(a)) continue;
            Element line = ownLine(a, content, stats);
            if (line == null) continue;
            lines.computeIfAbsent(text, k -> new ArrayList<>()).add(line);
            if (isStyledButton(a)) styled.add(line);
        }
        for (List<Element> same : lines.values()) {
            // Each after an item of its own: links one under another are a list, not buttons.
            long apart = same.stream().filter(l -> !same.contains(l.previousElementSibling())).count();
            if (apart >= MIN_BUTTON_REPEATS) {
                same.forEach(Element::remove);
                removed = true;
            }
        }
        // Removed after the count: a styled button is still one of the repeats beside unstyled ones.
        for (Element line : styled) {
            if (line.parent() != null) {
                line.remove();
                removed = true;
            }
        }
        return removed;
    }

    /**
     * Whether the page styles a link as a button, by the class names CSS frameworks give one
     * ("btn btn-primary", "button"): set on a line of its own, it is a call to act ("Buy Poster",
     * "Book a demo"), which the article's text does not say even once.
     */
    private static boolean isStyledButton(Element a) {
        for (String c : a.classNames()) if (c.equals("btn") || c.equals("button")) return true;
        return false;
    }

    /**
     * The outermost element inside {@code content} holding {@code a} and nothing else that has
     * text, when it is a line of the article (a paragraph, a heading, a box); else null.
     */
    private static Element ownLine(Element a, Element content, TextStats stats) {
        String text = a.text();
        int letters = stats.get(a).chars;
        Element line = isBlockLink(a) ? a : null;
        // An ancestor with more letters than the link has more text: its text, which can be the
        // whole article's, is built only for those with as many.
        for (Element p = a.parent(); p != content && p != null && stats.get(p).chars == letters && p.text().equals(text);
                p = p.parent()) {
            if (LINE_TAGS.contains(p.normalName()) || isHeading(p)) line = p;
        }
        return line;
    }

    /**
     * A link set between paragraphs, lists, pictures or boxes, not in a line of text: a product's
     * "Check Price" button stands after the list of its features as after a paragraph.
     */
    private static boolean isBlockLink(Element a) {
        Element parent = a.parent();
        if (parent == null || parent.childrenSize() < 2) return false;
        for (Element sibling : parent.children()) {
            if (sibling != a && !BLOCK_TAGS.contains(sibling.normalName())) return false;
        }
        // Built last: the own text of a link's paragraph is most of its text, and it is asked of every link.
        return parent.ownText().isBlank();
    }

    /**
     * A list of links the article's own sentence announces ("Here are some of the courses you
     * can take:") with more of the article after it: the list is what the sentence promised, not
     * a box of links to other pages, however many links it holds (unless its name says it is
     * one). A label over a box of links ("Related articles:") is no sentence of the article.
     */
    private static boolean isIntroducedList(Element e, TextStats stats) {
        if (!e.nameIs("ul") && !e.nameIs("ol")) return false;
        Element before = e.previousElementSibling(), after = e.nextElementSibling();
        if (before == null || !before.nameIs("p") || after == null || !after.nameIs("p") || stats.get(after).chars == 0
                || stats.get(before).linkDensity() >= 0.5) {
            return false;
        }
        String intro = before.text().strip();
        return INTRO_END.matcher(intro).find() && intro.split("\\s+").length >= MIN_INTRO_WORDS
                && !Hints.isBoxLabel(intro) && !Hints.isEndLabel(intro);
    }

    /** A caption box right after a picture, named as such: kept although "caption" counts against boxes. */
    private static boolean isCaptionOfPicture(Element e) {
        if (!Hints.names(e).contains("caption")) return false;
        Element previous = e.previousElementSibling();
        return previous != null && (previous.nameIs("img") || previous.nameIs("picture") || previous.nameIs("figure"));
    }

    /** A short line without links inside a quote, named "author" or "source": who is quoted, part of the quote. */
    private static boolean isQuoteAttribution(Element e, TextStats.Stat s) {
        if (s.chars >= 120 || s.linkDensity() > 0.5) return false;
        for (Element p = e.parent(); p != null; p = p.parent()) if (p.nameIs("blockquote")) return true;
        return false;
    }

    static boolean isHeading(Element e) {
        String n = e.normalName();
        return n.length() == 2 && n.charAt(0) == 'h' && n.charAt(1) >= '1' && n.charAt(1) <= '6';
    }

    private static boolean insideCode(Element e) {
        for (Element p = e; p != null; p = p.parent()) if (p.nameIs("pre") || p.nameIs("code")) return true;
        return false;
    }

    private static boolean isJunk(Element e, TextStats stats, int weight) {
        TextStats.Stat s = stats.get(e);
        if (weight < 0 && s.chars < 500) return true;
        boolean list = e.nameIs("ul") || e.nameIs("ol");
        if (e.nameIs("table") && Tables.isDataTable(e)) return false;
        if (s.punctuation >= 10) return false;
        double density = s.linkDensity();
        if (list && density > 0.5 && s.linkChars > 0) return true;
        if (list) return false;
        if (s.images > 1 && s.paragraphs * 2 < s.images && !containsFigure(e)) return s.chars < 200;
        if (s.listItems > s.paragraphs * 2 + 4 && density > 0.3) return true;
        if (s.chars < MIN_PROSE && s.images == 0 && e.selectFirst(BLOCK_CONTENT) == null
                && !isHeadingBox(e, s, stats)) {
            return true;
        }
        if (weight < 25 && density > 0.25 && s.chars < 600) return true;
        return weight >= 25 && density > 0.5;
    }

    /**
     * A box that never held more than its heading, with text still after it: page builders set
     * each heading of an article ("Ingredients") in a widget of its own. A box whose heading
     * labelled buttons or links ("Like this:") held more; one whose heading labelled a box
     * after it that is gone ("Share this page", over its buttons' box) heads nothing.
     */
    private static boolean isHeadingBox(Element e, TextStats.Stat s, TextStats stats) {
        Element heading = e.selectFirst(HEADING);
        return heading != null && stats.get(heading).chars == s.chars && nextBoxHasText(e);
    }

    /**
     * Whether a box beside {@code e}, after it and of its tag, still has text (boxes after it are
     * judged first): the next widget of the builder's column.
     */
    private static boolean nextBoxHasText(Element e) {
        for (Element next = e.nextElementSibling(); next != null; next = next.nextElementSibling()) {
            if (next.hasText()) return next.normalName().equals(e.normalName());
        }
        return false;
    }

    private static boolean containsFigure(Element e) {
        return e.selectFirst(FIGURE) != null;
    }

}
