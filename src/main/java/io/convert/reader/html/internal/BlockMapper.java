package io.convert.reader.html.internal;

import io.convert.lang.LanguageDetector;
import io.convert.lang.LanguageTags;
import io.convert.model.Block;
import io.convert.model.Direction;
import io.convert.model.Image;
import io.convert.model.Inline;
import io.convert.model.Language;
import io.convert.model.PlainText;
import io.convert.spi.Diagnostics;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Maps cleaned HTML to the article model: block elements to blocks, inline markup to inlines,
 * images to figures, with each block's language and direction when it differs from the
 * page's. Nesting deeper than the depth limit is flattened to text.
 */
final class BlockMapper {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "nav", "center", "form", "fieldset", "details", "summary", "address", "hgroup", "body", "h1", "h2",
            "h3", "h4", "h5", "h6", "ul", "ol", "menu", "dir", "dl", "dt", "dd", "li", "blockquote", "pre", "figure",
            "figcaption", "table", "hr", "picture", "legend", "caption", "tr", "td", "th", "tbody", "thead", "tfoot",
            "math", "search");
    private static final Pattern CAPTION_NAME = Pattern.compile("(?i)caption|credit|legend|photo-?desc|image-?desc");
    private static final Pattern CREDIT_NAME = Pattern.compile("(?i)credit|copyright|photographer|source|byline|author");
    private static final Pattern CODE_LANGUAGE = Pattern.compile("(?:^|\\s)(?:language|lang|brush:?)-?\\s*([\\w+#-]+)");
    /** A paragraph in another script needs this many letters before its language is guessed. */
    private static final int MIN_LETTERS_TO_DETECT = 12;

    private final ImageSources images;
    private final Urls urls;
    private final int maxDepth;
    private final int maxTableCells;
    private final Diagnostics diagnostics;
    private final Language page;
    private final Set<Element> blockHolders = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Element> consumed = Collections.newSetFromMap(new IdentityHashMap<>());
    private List<Block> pendingFigures = new ArrayList<>();

    /**
     * @param page the article's language and direction; blocks that differ from it are marked
     */
    BlockMapper(Urls urls, int maxDepth, int maxTableCells, Diagnostics diagnostics, Language page) {
        this.urls = urls;
        this.images = new ImageSources(urls);
        this.maxDepth = Math.max(4, maxDepth);
        this.maxTableCells = maxTableCells;
        this.diagnostics = diagnostics;
        this.page = page;
    }

    List<Block> map(Element root) {
        markBlockHolders(root);
        List<Block> out = new ArrayList<>();
        flow(root, out, 0, languageOf(root, page));
        return out;
    }

    /** Marks every element with a block descendant, in one pass, so inline wrappers of blocks are found fast. */
    private void markBlockHolders(Element root) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (!(node instanceof Element e) || !isBlock(e)) return;
                Element p = e.parent();
                while (p != null && blockHolders.add(p) && p != root) p = p.parent();
            }
        }, root);
    }

    private static boolean isBlock(Element e) {
        // A formula is set in its line of text unless it asks for a line of its own, as in MathML.
        if (e.nameIs("math")) return "block".equalsIgnoreCase(e.attr("display"));
        return BLOCKS.contains(e.normalName());
    }

    // ---------------------------------------------------------------- blocks

    private void flow(Element container, List<Block> out, int depth, Language context) {
        List<Inline> inlines = new ArrayList<>();
        int breaks = 0;
        for (Node child : container.childNodes()) {
            if (child instanceof TextNode t) {
                if (!t.isBlank()) breaks = 0;
                inlines.add(new Inline.Text(t.getWholeText()));
            } else if (child instanceof Element e) {
                if (consumed.contains(e)) continue;
                if (e.nameIs("br")) {
                    // Two line breaks in a row separate paragraphs in pages built without <p>.
                    if (++breaks >= 2) paragraph(inlines, out, container, context);
                    else inlines.add(new Inline.LineBreak());
                    continue;
                }
                breaks = 0;
                if (isBlock(e) || blockHolders.contains(e) || e.nameIs("img") && isOwnLine(e)) {
                    paragraph(inlines, out, container, context);
                    block(e, out, depth + 1, context);
                } else {
                    inline(e, inlines, depth + 1, context);
                }
            }
        }
        paragraph(inlines, out, container, context);
    }

    /** Emits the inlines gathered so far as a paragraph, then the figures found among them. */
    private void paragraph(List<Inline> inlines, List<Block> out, Element source, Language context) {
        List<Inline> content = InlineBuffer.normalize(inlines);
        inlines.clear();
        if (!content.isEmpty() && !PlainText.of(content).isBlank()) {
            out.add(new Block.Paragraph(content, blockLanguage(source, context, content)));
        }
        out.addAll(pendingFigures);
        pendingFigures = new ArrayList<>();
    }

    private void block(Element e, List<Block> out, int depth, Language outer) {
        Language context = languageOf(e, outer);
        if (depth > maxDepth) {
            String text = e.text();
            if (!text.isBlank()) out.add(new Block.Paragraph(List.of(new Inline.Text(text)), relative(context)));
            return;
        }
        switch (e.normalName()) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> heading(e, out, depth, context);
            case "ul", "ol", "menu", "dir" -> list(e, out, depth, context);
            case "dl" -> definitions(e, out, depth, context);
            case "blockquote" -> quote(e, out, depth, context);
            case "pre" -> code(e, out, context);
            case "figure" -> figure(e, out, depth, context);
            case "img" -> imageFigure(e, null, out, context);
            case "picture" -> {
                Element img = e.selectFirst(Queries.IMG);
                if (img != null) imageFigure(img, null, out, context);
            }
            case "table" -> table(e, out, depth, context);
            case "hr" -> out.add(new Block.ThematicBreak(relative(context)));
            case "math" -> {
                String formula = formulaText(e);
                if (!formula.isEmpty()) out.add(new Block.Paragraph(List.of(new Inline.Text(formula)), relative(context)));
            }
            default -> {
                if (isImageWithCaption(e)) imageWithCaption(e, out, context);
                else flow(e, out, depth, context);
            }
        }
    }

    private void heading(Element e, List<Block> out, int depth, Language context) {
        List<Inline> content = InlineBuffer.normalize(inlines(e, depth, context));
        pendingFigures.clear();
        if (content.isEmpty() || PlainText.of(content).isBlank()) return;
        int level = e.normalName().charAt(1) - '0';
        out.add(new Block.Heading(level, content, blockLanguage(e, context, content)));
    }

    private void list(Element e, List<Block> out, int depth, Language context) {
        List<Block.ListItem> items = new ArrayList<>();
        for (Element child : e.children()) {
            List<Block> content = new ArrayList<>();
            Language itemContext = languageOf(child, context);
            if (child.nameIs("li")) flow(child, content, depth + 1, itemContext);
            else block(child, content, depth + 1, itemContext);
            if (!content.isEmpty()) items.add(new Block.ListItem(content));
        }
        if (items.isEmpty()) return;
        boolean ordered = e.nameIs("ol");
        int start = 1;
        if (ordered && e.hasAttr("start")) {
            try {
                start = Integer.parseInt(e.attr("start").strip());
            } catch (NumberFormatException ignored) {
                start = 1;
            }
        }
        out.add(new Block.ListBlock(ordered, start, items, blockLanguage(e, context, null)));
    }

    private void definitions(Element e, List<Block> out, int depth, Language context) {
        for (Element child : e.children()) {
            Language c = languageOf(child, context);
            if (child.nameIs("dt")) {
                List<Inline> term = InlineBuffer.normalize(inlines(child, depth, c));
                if (!term.isEmpty()) out.add(new Block.Paragraph(List.of(new Inline.Strong(term)), relative(c)));
            } else {
                flow(child, out, depth + 1, c);
            }
        }
    }

    private void quote(Element e, List<Block> out, int depth, Language context) {
        List<Inline> attribution = List.of();
        Element source = attributionOf(e);
        if (source != null) {
            attribution = InlineBuffer.normalize(inlines(source, depth, context));
            attribution = stripLeadingDash(attribution);
            consumed.add(source);
        }
        List<Block> content = new ArrayList<>();
        flow(e, content, depth, context);
        if (content.isEmpty()) return;
        out.add(new Block.Quote(content, attribution, blockLanguage(e, context, null)));
    }

    /** A {@code <footer>} of the quote, or a {@code <cite>} ending it. */
    private static Element attributionOf(Element quote) {
        for (Element child : quote.children()) if (child.nameIs("footer")) return child;
        Element last = quote.lastElementChild();
        if (last == null) return null;
        if (last.nameIs("cite")) return last;
        if (last.nameIs("p") && last.childrenSize() == 1 && last.child(0).nameIs("cite")
                && last.ownText().replaceAll("[\\s\\u2014\\u2013-]", "").isEmpty()) {
            return last;
        }
        return null;
    }

    private static List<Inline> stripLeadingDash(List<Inline> inlines) {
        if (inlines.isEmpty() || !(inlines.get(0) instanceof Inline.Text t)) return inlines;
        String stripped = t.text().replaceFirst("^[\\s\\u2014\\u2013\\u2015~-]+", "");
        List<Inline> out = new ArrayList<>(inlines);
        if (stripped.isEmpty()) out.remove(0);
        else out.set(0, new Inline.Text(stripped));
        return out;
    }

    private void code(Element e, List<Block> out, Language context) {
        String text = e.wholeText().replaceFirst("^\\r?\\n", "").stripTrailing();
        if (text.isBlank()) return;
        String syntax = null;
        Element code = e.selectFirst(Queries.CODE);
        for (Element candidate : code == null ? List.of(e) : List.of(e, code)) {
            Matcher m = CODE_LANGUAGE.matcher(candidate.className() + " " + candidate.attr("data-lang"));
            if (m.find()) syntax = m.group(1).toLowerCase(Locale.ROOT);
        }
        if (syntax == null && !e.attr("data-lang").isBlank()) syntax = e.attr("data-lang").strip();
        out.add(new Block.CodeBlock(text, syntax, relative(context)));
    }

    private void figure(Element e, List<Block> out, int depth, Language context) {
        Element img = e.selectFirst(Queries.IMG);
        Element caption = e.selectFirst(Queries.FIGCAPTION);
        // A figure holding a quote is the quote's, its picture the portrait of who is quoted:
        // read as a picture, the words quoted were lost.
        if (img == null || e.selectFirst(Queries.BLOCKQUOTE) != null) {
            flow(e, out, depth, context);
            return;
        }
        if (e.select(Queries.IMG).size() > 1) {
            // A gallery: each picture on its own, the shared caption under the last.
            List<Element> all = e.select(Queries.IMG);
            for (int i = 0; i < all.size() - 1; i++) imageFigure(all.get(i), null, out, context);
            imageFigure(all.get(all.size() - 1), caption, out, context);
            return;
        }
        imageFigure(img, caption, out, context);
    }

    /** A {@code div} holding just an image and a caption-like element: a figure by another name. */
    private static boolean isImageWithCaption(Element e) {
        if (e.childrenSize() == 0 || e.childrenSize() > 3 || e.getElementsByTag("img").size() != 1) return false;
        Element caption = captionIn(e);
        // Only the caption may speak; a box with prose besides is not a figure.
        return caption != null && e.text().length() - caption.text().length() < 20;
    }

    private static Element captionIn(Element e) {
        for (Element d : e.getAllElements()) {
            if (d != e && !d.nameIs("img") && CAPTION_NAME.matcher(Hints.names(d)).find() && !d.text().isBlank()) return d;
        }
        return null;
    }

    private void imageWithCaption(Element e, List<Block> out, Language context) {
        imageFigure(e.selectFirst(Queries.IMG), captionIn(e), out, context);
    }

    private void imageFigure(Element img, Element caption, List<Block> out, Language context) {
        Image image = images.imageOf(img);
        if (image == null || ImageSources.isDecorative(img, image)) return;
        if (caption == null) caption = captionSibling(img);
        List<Inline> captionInlines = List.of();
        String credit = null;
        if (caption != null) {
            Element creditElement = null;
            for (Element d : caption.getAllElements()) {
                if (d != caption && CREDIT_NAME.matcher(Hints.names(d)).find()) {
                    creditElement = d;
                    break;
                }
            }
            boolean onlyCredit = creditElement == null && CREDIT_NAME.matcher(Hints.names(caption)).find()
                    && !CAPTION_NAME.matcher(Hints.names(caption).replace("credit", "")).find();
            if (onlyCredit) {
                credit = caption.text().strip();
            } else {
                if (creditElement != null) {
                    credit = creditElement.text().strip();
                    consumed.add(creditElement);
                }
                captionInlines = InlineBuffer.normalize(inlines(caption, 0, context));
            }
            consumed.add(caption);
        }
        if (credit != null && credit.isEmpty()) credit = null;
        out.add(new Block.Figure(image, captionInlines, credit, relative(context)));
    }

    /** The next sibling of an image (or of its only wrapper) when it is named as a caption. */
    private Element captionSibling(Element img) {
        Element holder = img;
        while (holder.parent() != null && holder.parent().childrenSize() == 1 && holder.parent().text().isBlank()
                && !holder.parent().nameIs("figure")) {
            holder = holder.parent();
        }
        Element next = holder.nextElementSibling();
        if (next == null || consumed.contains(next) || next.text().isBlank()) return null;
        return CAPTION_NAME.matcher(Hints.names(next)).find() && next.text().length() < 600 ? next : null;
    }

    private void table(Element e, List<Block> out, int depth, Language context) {
        if (!Tables.isDataTable(e)) {
            for (Element row : Tables.rows(e)) {
                for (Element cell : Tables.cells(row)) flow(cell, out, depth + 1, languageOf(cell, context));
            }
            return;
        }
        List<Block.Row> header = new ArrayList<>(), body = new ArrayList<>();
        int cellCount = 0;
        for (Element row : Tables.rows(e)) {
            List<Element> cells = Tables.cells(row);
            if (cellCount + cells.size() > maxTableCells) {
                diagnostics.warn("table cut at " + maxTableCells + " cells");
                break;
            }
            cellCount += cells.size();
            List<Block.Cell> mapped = new ArrayList<>();
            boolean allHeaders = !cells.isEmpty();
            for (Element cell : cells) {
                allHeaders &= cell.nameIs("th");
                mapped.add(new Block.Cell(InlineBuffer.normalize(inlines(cell, depth, context)), cell.nameIs("th"),
                        span(cell, "colspan"), span(cell, "rowspan")));
            }
            if (mapped.isEmpty()) continue;
            boolean inHead = row.parent() != null && row.parent().nameIs("thead");
            if ((inHead || allHeaders) && body.isEmpty()) header.add(new Block.Row(mapped));
            else body.add(new Block.Row(mapped));
        }
        if (header.isEmpty() && body.isEmpty()) return;
        Element caption = e.selectFirst(Queries.CAPTION);
        List<Inline> captionInlines = caption == null ? List.of() : InlineBuffer.normalize(inlines(caption, depth, context));
        out.add(new Block.Table(header, body, captionInlines, blockLanguage(e, context, null)));
    }

    private static int span(Element cell, String attr) {
        try {
            return Math.min(1000, Math.max(1, Integer.parseInt(cell.attr(attr).strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static boolean isOwnLine(Element img) {
        Element parent = img.parent();
        return parent != null && parent.text().isBlank();
    }

    // ---------------------------------------------------------------- inlines

    /** The inline content of {@code e}; nested blocks become lines of it. */
    private List<Inline> inlines(Element e, int depth, Language context) {
        List<Inline> out = new ArrayList<>();
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) out.add(new Inline.Text(t.getWholeText()));
            else if (child instanceof Element c && !consumed.contains(c)) {
                if (isBlock(c) && !out.isEmpty()) out.add(new Inline.LineBreak());
                inline(c, out, depth + 1, context);
                if (isBlock(c)) out.add(new Inline.LineBreak());
            }
        }
        return out;
    }

    private void inline(Element e, List<Inline> out, int depth, Language context) {
        if (depth > maxDepth) {
            out.add(new Inline.Text(e.text()));
            return;
        }
        switch (e.normalName()) {
            case "br" -> out.add(new Inline.LineBreak());
            case "em", "i", "cite", "dfn", "var" -> out.add(new Inline.Emphasis(inlines(e, depth, context)));
            case "strong", "b" -> out.add(new Inline.Strong(inlines(e, depth, context)));
            case "code", "kbd", "samp", "tt" -> out.add(new Inline.Code(e.wholeText()));
            case "sup" -> out.add(new Inline.Superscript(inlines(e, depth, context)));
            case "sub" -> out.add(new Inline.Subscript(inlines(e, depth, context)));
            case "a" -> link(e, out, depth, context);
            case "math" -> out.add(new Inline.Text(formulaText(e)));
            case "img" -> inlineImage(e, out, context);
            case "picture" -> {
                Element img = e.selectFirst(Queries.IMG);
                if (img != null) inlineImage(img, out, context);
            }
            default -> {
                Language own = languageOf(e, context);
                List<Inline> content = inlines(e, depth, own);
                if (own.equals(context)) out.addAll(content);
                else out.add(new Inline.Span(Language.of(own.tag(), own.direction()), content));
            }
        }
    }

    /**
     * A MathML formula as a line of text, its symbols apart ("a x 2 + b x + c = 0"): written
     * without spaces between its elements, the formula's text would run its symbols into words
     * ("ax2"). Annotations (the formula again, in TeX) are not shown by browsers, nor here.
     */
    static String formulaText(Element math) {
        StringBuilder sb = new StringBuilder();
        for (Element e : math.getAllElements()) {
            if (e.nameIs("annotation") || e.nameIs("annotation-xml") || inAnnotation(e)) continue;
            String own = e.ownText().strip();
            if (own.isEmpty()) continue;
            if (sb.length() > 0) sb.append(' ');
            sb.append(own);
        }
        return sb.toString();
    }

    private static boolean inAnnotation(Element e) {
        for (Element p = e.parent(); p != null && !p.nameIs("math"); p = p.parent()) {
            if (p.nameIs("annotation") || p.nameIs("annotation-xml")) return true;
        }
        return false;
    }

    private void link(Element e, List<Inline> out, int depth, Language context) {
        List<Inline> content = inlines(e, depth, context);
        String href = e.hasAttr("href") ? urls.resolve(e.attr("href")) : null;
        if (href == null) {
            out.addAll(content);
            return;
        }
        String title = e.attr("title").strip();
        out.add(new Inline.Link(href, title.isEmpty() ? null : title, content));
    }

    /** Pictures inside running text are set after their paragraph; emoji images keep their alt text. */
    private void inlineImage(Element img, List<Inline> out, Language context) {
        Image image = images.imageOf(img);
        if (image == null) return;
        if (ImageSources.isDecorative(img, image)) {
            String alt = img.attr("alt").strip();
            if (!alt.isEmpty() && alt.codePointCount(0, alt.length()) <= 2) out.add(new Inline.Text(alt));
            return;
        }
        imageFigure(img, null, pendingFigures, context);
    }

    // ---------------------------------------------------------------- language

    /** The language in force inside {@code e}: its own lang/dir attributes over the outer one. */
    private static Language languageOf(Element e, Language outer) {
        String tag = e.attr("lang").strip();
        if (tag.isEmpty()) tag = e.attr("xml:lang").strip();
        Direction dir = Direction.fromCode(e.attr("dir"));
        if (tag.isEmpty() && dir == null) return outer;
        if (dir == null && !tag.isEmpty()) dir = LanguageTags.direction(tag);
        return Language.of(tag.isEmpty() ? outer.tag() : tag, dir != null ? dir : outer.direction());
    }

    /** What of {@code context} differs from the page, as a block's language. */
    private Language relative(Language context) {
        String tag = context.tag() != null && !LanguageTags.sameLanguage(context.tag(), page.tag()) ? context.tag() : null;
        Direction dir = context.direction() != null && context.direction() != page.direction() ? context.direction() : null;
        return Language.of(tag, dir);
    }

    /**
     * A block's language: from its markup when that differs from the page, else detected when
     * its text is in another script than the page's (an English quote in an Arabic article).
     */
    private Language blockLanguage(Element e, Language context, List<Inline> content) {
        Language marked = relative(context);
        if (!marked.isInherit() || page.direction() == null) return marked;
        String text = content != null ? PlainText.of(content) : e.text();
        if (countLetters(text) < MIN_LETTERS_TO_DETECT) return marked;
        Direction direction = LanguageDetector.direction(text);
        if (direction == null || direction == page.direction()) return marked;
        Language detected = LanguageDetector.detect(text);
        return Language.of(detected.tag(), detected.direction());
    }

    private static int countLetters(String text) {
        int n = 0;
        for (int i = 0; i < text.length() && n < MIN_LETTERS_TO_DETECT; i++) if (Character.isLetter(text.charAt(i))) n++;
        return n;
    }
}
