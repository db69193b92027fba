package io.convert.writer.pdf.internal;

import io.convert.lang.LanguageTags;
import io.convert.lang.Wording;
import io.convert.model.Article;
import io.convert.model.Block;
import io.convert.model.Direction;
import io.convert.model.Image;
import io.convert.model.Inline;
import io.convert.model.Language;
import io.convert.model.Metadata;
import io.convert.model.PlainText;
import io.convert.typeset.Align;
import io.convert.typeset.Justification;
import io.convert.typeset.StyledRun;
import io.convert.typeset.TextEngine;
import io.convert.typeset.TextLine;
import io.convert.typeset.TextStyle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Typesets the article into the vertical flow the paginator cuts into pages: every block
 * becomes lines (through the text engine), figures, rules or table rows, with the spacing,
 * indents and keep rules of its kind. Containers (quotes, list items, code) are boxes with
 * physical insets: a block's own direction decides its alignment and on which side its
 * indent, quote rule and list markers go. Alongside the flow it builds the article's structure
 * tree in reading order ({@link Tag}), each item pointing at the elements its content belongs to.
 */
public final class FlowBuilder {
    private static final int ORPHANS = 2;
    private static final int WIDOWS = 2;
    private static final String[] BULLETS = {"•", "◦", "▪"};
    /** CSS pixels to points: web images keep the size their page gave them, at most the measure. */
    private static final float POINTS_PER_PIXEL = 0.75f;
    /** Containers stop indenting when the measure would drop below this share of the page's. */
    private static final float MIN_MEASURE_SHARE = 0.4f;
    /**
     * Characters laid out in one engine call: longer paragraphs (hostile or broken input, a
     * whole book in one line) are set in pieces cut at spaces, so time stays linear.
     */
    private static final int PIECE = 4000;
    private static final int MAX_BOOKMARK = 300;

    private final TextEngine engine;
    private final PageGeometry geometry;
    private final Theme theme;
    private final Justification justification;
    private final Images images;
    private final InlineRuns runs;
    private final Wording wording;
    private final Tables tables;
    private final float budget;
    private float used;

    private final List<FlowItem> items = new ArrayList<>();
    /** Decorations whose container has not drawn anything yet. */
    private final Set<Decoration> fresh = Collections.newSetFromMap(new IdentityHashMap<>());
    private float pendingSpace;
    private boolean spaceLocked;
    private boolean keepNext;
    private PendingMarker marker;
    private Tag root;
    /** The element the blocks being set go in. */
    private Tag parent;
    /** The rank of the article's top headings: 2 below a title, which alone is H1. */
    private int topRank = 1;
    /** Added to a heading's level for its H1–H6 rank. */
    private int headingShift = 0;
    /**
     * The headings the next one may nest in: a rank is one more than its parent's, so ranks never
     * skip (PDF/UA), however the page numbered its levels.
     */
    private final ArrayDeque<OpenHeading> openHeadings = new ArrayDeque<>();
    /** Added to a heading's level for its outline level: 1 in a book, where the article's title is level 1. */
    private int bookmarkShift = 0;
    /** The outline entry of a book's article, for the first line set. */
    private Bookmark chapterBookmark;

    /** Where blocks are set: insets from the text block's edges, language, base style, decorations. */
    public record Box(float left, float right, Language language, TextStyle base, List<Decoration> decorations,
            int listDepth) {
        Box inset(float start, float end, Direction dir) {
            return dir == Direction.RTL
                    ? new Box(left + end, right + start, language, base, decorations, listDepth)
                    : new Box(left + start, right + end, language, base, decorations, listDepth);
        }

        Box with(Language l) {
            return new Box(left, right, l, base, decorations, listDepth);
        }

        Box with(TextStyle s) {
            return new Box(left, right, language, s, decorations, listDepth);
        }

        Box with(Decoration d) {
            List<Decoration> all = new ArrayList<>(decorations);
            all.add(d);
            return new Box(left, right, language, base, all, listDepth);
        }

        Box nested() {
            return new Box(left, right, language, base, decorations, listDepth + 1);
        }

        Direction direction() {
            return language.direction() == null ? Direction.LTR : language.direction();
        }
    }

    private record PendingMarker(String text, float gutter, float gap, TextStyle style, Tag label) {
    }

    /** A heading set on the page: its level in the article and its rank (H1–H6) in the tags. */
    private record OpenHeading(int level, int rank) {
    }

    private enum Keep { TOGETHER, WIDOWS_ORPHANS }

    public FlowBuilder(TextEngine engine, PageGeometry geometry, Theme theme, Justification justification,
            Images images, InlineRuns runs, Wording wording, Tables tables, int maxPages) {
        this.engine = engine;
        this.geometry = geometry;
        this.theme = theme;
        this.justification = justification;
        this.images = images;
        this.runs = runs;
        this.wording = wording;
        this.tables = tables;
        this.budget = maxPages * geometry.contentHeight();
    }

    /** True once the flow fills the most pages a document may have; later blocks are left out. */
    public boolean full() {
        return used > budget;
    }

    public List<FlowItem> items() {
        return items;
    }

    /** The Document element of the structure the flow was set with. */
    public Tag structure() {
        return root;
    }

    /** The box of the whole text block for an article in {@code language}; starts the structure tree. */
    public Box page(Language language) {
        root = Tag.document(language.tag());
        parent = root;
        return new Box(0, 0, language, theme.body(), List.of(), 0);
    }

    /**
     * The box of the whole text block for one part of a book, whose structure goes in
     * {@code part} (a Sect for the title page and the contents, an Art for an article).
     */
    public Box section(Tag part, Language language) {
        root = part;
        parent = part;
        return new Box(0, 0, language, theme.body(), List.of(), 0);
    }

    /**
     * Sets the next article as a chapter of a book: its title opens an outline entry of its
     * own ({@code title}, also for an article without one), its headings nest below it.
     */
    public void chapter(String title) {
        bookmarkShift = 1;
        chapterBookmark = new Bookmark(1, shortened(title));
    }

    private static String shortened(String text) {
        String t = text.replace('\n', ' ').strip();
        return t.length() > MAX_BOOKMARK ? t.substring(0, MAX_BOOKMARK) + "…" : t;
    }

    /** A book's title page: its title and a line saying what it holds (if {@code about} is not null), above a rule. */
    public void bookTitle(String title, String about, Box box) {
        String lang = box.language().tag();
        emitLines(tag("H1", box), layout(List.of(new StyledRun(title, theme.title())), box, Align.START,
                Justification.NONE, theme.displayLineHeight(lang)), box, Keep.TOGETHER, null, 0, 0);
        if (about != null) {
            space(theme.em() * 0.8f);
            emitLines(tag("P", box), layout(List.of(new StyledRun(about, theme.subtitle())), box, Align.START,
                    Justification.NONE, theme.lineHeight(lang)), box, Keep.TOGETHER, null, 0, 0);
        }
        space(theme.em() * 0.4f);
        emit(new RuleItem(x(box), measure(box), theme.em(), 0.6f, Theme.RULE), box);
    }

    /**
     * An entry of a book's contents: an article's title in its own language, and its first page,
     * as printed ({@code page}) and as the index of the document's page ({@code pageIndex}).
     */
    public record ContentsEntry(String title, Language language, String page, int pageIndex) {
    }

    /**
     * A book's contents: a heading (an outline entry of its own), then one entry per article,
     * its title on the book's start side in the article's direction and its page number on the
     * end side of its last line, after a dotted leader; each entry links to its article's first
     * page. Tagged as a TOC with a TOCI per entry, the number its Lbl.
     */
    public void contents(String heading, List<ContentsEntry> entries, Box box) {
        String lang = box.language().tag();
        emitLines(tag("H2", box), layout(List.of(new StyledRun(heading, theme.heading(2))), box, Align.START,
                Justification.NONE, theme.displayLineHeight(lang)), box, Keep.TOGETHER, new Bookmark(1, heading), 0, 0);
        keepNext = true;
        lockSpace(theme.em() * 0.8f);
        TextStyle style = theme.body();
        float gutter = theme.em() * 2;
        for (ContentsEntry e : entries) {
            gutter = Math.max(gutter, engine.measure(List.of(new StyledRun(e.page(), style)), box.direction(), lang)
                    + theme.em());
        }
        Tag outer = open("TOC", box);
        Direction bookDirection = box.direction();
        for (ContentsEntry e : entries) {
            space(theme.paragraphSpace());
            Box entryBox = box.inset(0, gutter, bookDirection).with(e.language().within(box.language()));
            Tag item = parent.child("TOCI", entryBox.language().tag());
            Align align = entryBox.direction() == bookDirection ? Align.START : Align.END;
            List<TextLine> lines = layout(List.of(new StyledRun(e.title(), style)), entryBox, align,
                    Justification.NONE, theme.lineHeight(entryBox.language().tag()));
            TextLine number = engine.layout(List.of(new StyledRun(e.page(), style)), bookDirection, lang, gutter,
                    Align.END, Justification.NONE, theme.lineHeight(lang)).lines().get(0);
            float numberX = bookDirection == Direction.RTL ? x(box) : x(box) + measure(box) - gutter;
            int last = lines.size() - 1;
            for (int k = 0; k <= last; k++) {
                LineItem.Marker label = k == last ? new LineItem.Marker(number, numberX, item.child("Lbl")) : null;
                ContentsLine line = new ContentsLine(lines.get(k), item, x(entryBox), x(box), measure(box), e.pageIndex(),
                        e.title(), label);
                if (k > 0) line.keepWithPrevious(true);
                emit(line, entryBox);
            }
        }
        parent = outer;
    }

    // ---- title block ---------------------------------------------------------------------------

    /** Title, subtitle, byline, source and lead image (unless the body shows the same image). */
    public void titleBlock(Article article, Box box) {
        Metadata m = article.metadata();
        String lang = box.language().tag();
        int top = article.blocks().stream().filter(b -> b instanceof Block.Heading)
                .mapToInt(b -> ((Block.Heading) b).level()).min().orElse(1);
        topRank = present(m.title()) ? 2 : 1;
        headingShift = topRank - top;
        openHeadings.clear();
        if (present(m.title())) {
            emitLines(tag("H1", box), layout(List.of(new StyledRun(m.title(), theme.title())), box, Align.START, Justification.NONE,
                    theme.displayLineHeight(lang)), box, Keep.TOGETHER, null, 0, 0);
        }
        if (present(m.subtitle())) {
            space(theme.em() * 0.5f);
            emitLines(tag("P", box), layout(List.of(new StyledRun(m.subtitle(), theme.subtitle())), box, Align.START,
                    Justification.NONE, theme.lineHeight(lang)), box, Keep.TOGETHER, null, 0, 0);
        }
        List<StyledRun> byline = byline(m);
        if (!byline.isEmpty()) {
            space(theme.em() * 0.8f);
            emitLines(tag("P", box), layout(byline, box, Align.START, Justification.NONE, theme.lineHeight(lang)), box,
                    Keep.TOGETHER, null, 0, 0);
        }
        if (present(m.source()) && InlineRuns.isExternal(m.source())) {
            space(theme.em() * 0.2f);
            TextStyle style = theme.small().withLink(m.source()).withColor(InlineRuns.LINK);
            emitLines(tag("P", box), layout(List.of(new StyledRun(m.source(), style)), box, Align.START, Justification.NONE,
                    theme.lineHeight(null)), box, Keep.TOGETHER, null, 0, 0);
        }
        if (!items.isEmpty()) {
            space(theme.em() * 0.4f);
            emit(new RuleItem(x(box), measure(box), theme.em(), 0.6f, Theme.RULE), box);
        }
        Metadata.LeadImage lead = m.leadImage();
        if (lead != null && !article.bodyShowsLeadImage()) {
            figure(lead.image(), lead.caption(), lead.credit(), box);
        }
        space(theme.em() * 1.2f);
    }

    private List<StyledRun> byline(Metadata m) {
        List<StyledRun> out = new ArrayList<>();
        TextStyle style = theme.small();
        Wording.Byline byline = wording.byline(m);
        for (String part : byline.parts()) {
            boolean authors = out.isEmpty() && byline.authors() != null;
            if (!out.isEmpty()) out.add(new StyledRun(Wording.SEPARATOR, style));
            out.add(new StyledRun(part, authors ? style.withBold(true) : style));
        }
        return out;
    }

    // ---- blocks --------------------------------------------------------------------------------

    public void blocks(List<Block> blocks, Box box) {
        for (Block b : blocks) {
            if (full()) return;
            block(b, box);
        }
    }

    private void block(Block block, Box outer) {
        block.accept(new BlockSetter(outer.with(block.language().within(outer.language()))));
    }

    /** Sets the block it visits in {@code box}, the box already in the block's own language. */
    private final class BlockSetter implements Block.Visitor<Void> {
        private final Box box;

        BlockSetter(Box box) {
            this.box = box;
        }

        @Override
        public Void visit(Block.Heading heading) {
            heading(heading, box);
            return null;
        }

        @Override
        public Void visit(Block.Paragraph paragraph) {
            paragraph(paragraph.content(), box);
            return null;
        }

        @Override
        public Void visit(Block.Quote quote) {
            quote(quote, box);
            return null;
        }

        @Override
        public Void visit(Block.ListBlock list) {
            list(list, box);
            return null;
        }

        @Override
        public Void visit(Block.Figure figure) {
            figure(figure.image(), figure.caption(), figure.credit(), box);
            return null;
        }

        @Override
        public Void visit(Block.Table table) {
            table(table, box);
            return null;
        }

        @Override
        public Void visit(Block.CodeBlock code) {
            code(code, box);
            return null;
        }

        @Override
        public Void visit(Block.ThematicBreak thematicBreak) {
            thematicBreak(box);
            return null;
        }
    }

    private void heading(Block.Heading h, Box box) {
        if (PlainText.of(h.content()).isBlank()) return;
        space(theme.headingSpaceBefore(h.level()));
        TextStyle style = theme.heading(h.level()).withColor(box.base().color());
        String title = PlainText.of(h.content()).replace('\n', ' ').strip();
        if (title.length() > MAX_BOOKMARK) title = title.substring(0, MAX_BOOKMARK) + "…";
        while (!openHeadings.isEmpty() && openHeadings.peek().level() >= h.level()) openHeadings.pop();
        int rank = Math.max(1, Math.min(6, Math.min(h.level() + headingShift,
                openHeadings.isEmpty() ? topRank : openHeadings.peek().rank() + 1)));
        openHeadings.push(new OpenHeading(h.level(), rank));
        emitLines(tag("H" + rank, box), layout(runs.of(h.content(), style), box, Align.START, Justification.NONE,
                theme.displayLineHeight(box.language().tag())), box, Keep.TOGETHER,
                new Bookmark(h.level() + bookmarkShift, title), 0, 0);
        // A heading is never the last thing on a page: whatever follows stays with it.
        keepNext = true;
        lockSpace(theme.em() * 0.45f);
    }

    private void paragraph(List<Inline> content, Box box) {
        if (PlainText.of(content).isBlank()) return;
        space(theme.paragraphSpace());
        Align align = justification == Justification.NONE ? Align.START : Align.JUSTIFY;
        emitLines(tag("P", box), layout(runs.of(content, box.base()), box, align, justification,
                theme.lineHeight(box.language().tag())), box, Keep.WIDOWS_ORPHANS, null, 0, 0);
        space(theme.paragraphSpace());
    }

    private void quote(Block.Quote q, Box box) {
        Direction dir = box.direction();
        float em = theme.em();
        float barWidth = 2.2f;
        float barX = dir == Direction.RTL
                ? geometry.contentLeft() + geometry.contentWidth() - box.right() - em * 0.3f - barWidth
                : geometry.contentLeft() + box.left() + em * 0.3f;
        Decoration bar = new Decoration(barX, barWidth, Theme.RULE, true);
        fresh.add(bar);
        Box indented = indent(box, em * 1.4f, em * 0.6f, dir);
        Box inner = (indented == box ? box : indented.with(bar)).with(box.base().withColor(Theme.QUOTE_TEXT));
        space(theme.paragraphSpace());
        Tag outer = open("BlockQuote", box);
        blocks(q.content(), inner);
        if (!q.attribution().isEmpty()) {
            space(em * 0.2f);
            List<Inline> attribution = new ArrayList<>();
            attribution.add(new Inline.Text("— "));
            attribution.addAll(q.attribution());
            emitLines(tag("P", inner), layout(runs.of(attribution, theme.small()), inner, Align.END, Justification.NONE,
                    theme.lineHeight(box.language().tag())), inner, Keep.TOGETHER, null, 0, 0);
        }
        parent = outer;
        fresh.remove(bar);
        space(theme.paragraphSpace());
    }

    private void list(Block.ListBlock l, Box box) {
        List<String> markers = new ArrayList<>();
        for (int i = 0; i < l.items().size(); i++) {
            markers.add(l.ordered()
                    ? wording.numerals().format((long) l.start() + i) + "."
                    : BULLETS[box.listDepth() % BULLETS.length]);
        }
        boolean tight = l.items().stream().allMatch(item -> item.content().size() <= 1);
        space(theme.paragraphSpace());
        Tag outer = open("L", box);
        listItems(markers, box, tight, (i, itemBox) -> blocks(l.items().get(i).content(), itemBox));
        parent = outer;
        space(theme.paragraphSpace());
    }

    private interface ItemBody {
        void set(int index, Box box);
    }

    /** Sets list items: a gutter on the start side as wide as the widest marker, markers hung in it. */
    private void listItems(List<String> markers, Box box, boolean tight, ItemBody body) {
        Direction dir = box.direction();
        TextStyle markerStyle = box.base().withLink(null).withColor(null);
        float gap = theme.em() * 0.5f;
        float widest = theme.em();
        for (String m : markers) {
            widest = Math.max(widest, engine.measure(List.of(new StyledRun(m, markerStyle)), dir,
                    box.language().tag()));
        }
        float gutter = widest + gap;
        Box inner = indent(box, gutter, 0, dir).nested();
        Tag list = parent;
        for (int i = 0; i < markers.size(); i++) {
            if (i > 0) lockSpace(tight ? theme.em() * 0.25f : theme.paragraphSpace());
            Tag item = list.child("LI");
            marker = new PendingMarker(markers.get(i), gutter, gap, markerStyle, item.child("Lbl"));
            parent = item.child("LBody");
            body.set(i, inner);
            marker = null;
        }
        parent = list;
    }

    private void figure(Image image, List<Inline> caption, String credit, Box box) {
        String lang = box.language().tag();
        float width = measure(box);
        List<StyledRun> captionRuns = new ArrayList<>(runs.of(caption, theme.small()));
        if (present(credit)) {
            captionRuns.add(new StyledRun((captionRuns.isEmpty() ? "" : "  ") + credit.strip(),
                    theme.small().withSize(theme.small().size() * 0.9f).withItalic(!LanguageTags.isArabicScript(lang))));
        }
        List<TextLine> captionLines = captionRuns.isEmpty() ? List.of()
                : layout(captionRuns, box, Align.START, Justification.NONE, theme.lineHeight(lang));
        Optional<PDImageXObject> picture = image == null ? Optional.empty() : images.load(image);
        space(theme.paragraphSpace() * 1.4f);
        if (picture.isEmpty()) {
            if (!captionLines.isEmpty()) emitLines(tag("P", box), captionLines, box, Keep.WIDOWS_ORPHANS, null, 0, 0);
            space(theme.paragraphSpace() * 1.4f);
            return;
        }
        PDImageXObject img = picture.get();
        float pixelWidth = image.width() > 0 ? image.width() : img.getWidth();
        float w = Math.min(width, pixelWidth * POINTS_PER_PIXEL);
        float h = w * img.getHeight() / img.getWidth();
        float captionHeight = captionLines.isEmpty() ? 0 : FigureItem.CAPTION_GAP + FigureItem.captionHeight(captionLines);
        float maxHeight = Math.max(geometry.contentHeight() * 0.25f, geometry.contentHeight() - captionHeight - 1f);
        if (h > maxHeight) {
            w *= maxHeight / h;
            h = maxHeight;
        }
        // Read as its alt text, else as its caption; with neither it says nothing and is decoration.
        String alt = present(image.alt()) ? image.alt().strip() : PlainText.of(caption).strip();
        Tag figure = alt.isEmpty() ? null : tag("Figure", box);
        if (figure != null) figure.alt(alt);
        Tag captionTag = captionLines.isEmpty() ? null : figure == null ? tag("P", box) : figure.child("Caption");
        if (captionHeight + h > geometry.contentHeight()) {
            // A caption too long for the page beside its image: the image keeps its page, the
            // caption flows after it.
            emit(new FigureItem(img, x(box) + (width - w) / 2, w, h, List.of(), x(box), figure, null), box);
            emitLines(captionTag, captionLines, box, Keep.WIDOWS_ORPHANS, null, 0, 0);
        } else {
            emit(new FigureItem(img, x(box) + (width - w) / 2, w, h, captionLines, x(box), figure, captionTag), box);
        }
        space(theme.paragraphSpace() * 1.4f);
    }

    private void table(Block.Table t, Box box) {
        space(theme.paragraphSpace() * 1.4f);
        String lang = box.language().tag();
        Tag table = tag("Table", box);
        if (!t.caption().isEmpty()) {
            emitLines(table.child("Caption"), layout(runs.of(t.caption(), theme.small().withBold(true)), box, Align.START,
                    Justification.NONE, theme.lineHeight(lang)), box, Keep.TOGETHER, null, 0, 0);
            keepNext = true;
            lockSpace(theme.em() * 0.3f);
        }
        boolean firstGroup = true;
        for (List<TableRowItem> rows : tables.groups(t, x(box), measure(box), box.direction(), lang)) {
            if (full()) return;
            // Each group of columns is a table of its own on the page, and so to a reader.
            if (!firstGroup) table = tag("Table", box);
            firstGroup = false;
            List<TableRowItem> header = new ArrayList<>();
            for (TableRowItem row : rows) {
                if (row.isHeader()) header.add(row);
            }
            Tag head = null, body = null;
            for (int i = 0; i < rows.size(); i++) {
                TableRowItem row = rows.get(i);
                if (row.isHeader() && head == null) head = table.child("THead");
                if (!row.isHeader() && body == null) body = table.child("TBody");
                row.cellTags(cellTags((row.isHeader() ? head : body).child("TR"), row));
                if (!row.isHeader()) row.repeatedHeader(header);
                // Header rows stay together and with the first body row; a table's first row is
                // never left alone at a page's foot, nor its last alone at the top of the next.
                if (i > 0 && (row.isHeader() || rows.get(i - 1).isHeader() || i == 1 || i == rows.size() - 1)) {
                    keepNext = true;
                }
                emit(row, box);
            }
            space(theme.paragraphSpace() * 1.4f);
        }
        space(theme.paragraphSpace() * 1.4f);
    }

    private void code(Block.CodeBlock c, Box box) {
        if (c.text().isBlank()) return;
        float pad = theme.em() * 0.5f;
        Decoration shade = new Decoration(x(box), measure(box), Theme.CODE_FILL, true);
        fresh.add(shade);
        // Code reads left to right whatever the article's direction.
        Box inner = box.with(shade).inset(pad, pad, Direction.LTR)
                .with(new Language(box.language().tag(), Direction.LTR));
        List<TextLine> lines = new ArrayList<>();
        String text = c.text().replace("\t", "    ").stripTrailing();
        for (String source : text.split("\n", -1)) {
            String shown = source.isEmpty() ? " " : source;
            lines.addAll(layout(List.of(new StyledRun(shown, theme.code())), inner, Align.START, Justification.NONE,
                    1.35f));
        }
        space(theme.paragraphSpace() * 1.2f);
        emitLines(tag("Code", inner), lines, inner, Keep.WIDOWS_ORPHANS, null, pad, pad);
        fresh.remove(shade);
        space(theme.paragraphSpace() * 1.2f);
    }

    private void thematicBreak(Box box) {
        float width = measure(box) * 0.25f;
        space(theme.paragraphSpace());
        emit(new RuleItem(x(box) + (measure(box) - width) / 2, width, theme.em() * 1.5f, 0.7f, Theme.RULE), box);
        space(theme.paragraphSpace());
    }

    /** The numbered list of link targets printed at the end with --link-notes. */
    public void linkNotes(List<String> targets, Box box) {
        if (targets.isEmpty()) return;
        space(theme.headingSpaceBefore(2));
        emitLines(tag("H" + topRank, box), layout(List.of(new StyledRun(wording.linksHeading(), theme.heading(3))), box,
                Align.START,
                Justification.NONE, theme.displayLineHeight(box.language().tag())), box, Keep.TOGETHER, null, 0, 0);
        keepNext = true;
        lockSpace(theme.em() * 0.45f);
        List<String> markers = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) markers.add(wording.numerals().format(i + 1) + ".");
        TextStyle style = theme.small().withColor(null);
        Tag outer = open("L", box);
        listItems(markers, box.with(style), true, (i, itemBox) -> {
            String href = targets.get(i);
            emitLines(tag("Note", itemBox), layout(List.of(new StyledRun(href, style.withLink(href).withColor(InlineRuns.LINK))), itemBox,
                    Align.START, Justification.NONE, theme.lineHeight(null)), itemBox, Keep.WIDOWS_ORPHANS, null, 0, 0);
        });
        parent = outer;
    }

    /** Cuts runs into pieces of about {@link #PIECE} characters, at a space when there is one. */
    static List<List<StyledRun>> pieces(List<StyledRun> runs) {
        int total = 0;
        for (StyledRun r : runs) total += r.text().length();
        if (total <= PIECE) return List.of(runs);
        List<List<StyledRun>> out = new ArrayList<>();
        List<StyledRun> current = new ArrayList<>();
        int size = 0;
        for (StyledRun r : runs) {
            String text = r.text();
            int from = 0;
            while (size + text.length() - from > PIECE) {
                int room = PIECE - size;
                int cut = text.lastIndexOf(' ', from + room);
                if (cut <= from) cut = size == 0 ? from + Math.max(1, room) : from;
                if (cut > from) current.add(new StyledRun(text.substring(from, cut), r.style()));
                out.add(current);
                current = new ArrayList<>();
                size = 0;
                from = cut;
                while (from < text.length() && text.charAt(from) == ' ') from++;
            }
            if (from < text.length()) {
                current.add(new StyledRun(text.substring(from), r.style()));
                size += text.length() - from;
            }
        }
        if (!current.isEmpty()) out.add(current);
        return out;
    }

    // ---- emitting ------------------------------------------------------------------------------

    /** Lays out runs in the box's measure, piece by piece, stopping once the page budget is spent. */
    private List<TextLine> layout(List<StyledRun> r, Box box, Align align, Justification j, float lineHeight) {
        List<TextLine> lines = new ArrayList<>();
        for (List<StyledRun> piece : pieces(r)) {
            if (used + FigureItem.captionHeight(lines) > budget) break;
            lines.addAll(engine.layout(piece, box.direction(), box.language().tag(), measure(box), align, j, lineHeight)
                    .lines());
        }
        return lines;
    }

    private void emitLines(Tag tag, List<TextLine> lines, Box box, Keep keep, Bookmark bookmark, float padBefore,
            float padAfter) {
        int n = lines.size();
        for (int k = 0; k < n; k++) {
            LineItem item = new LineItem(lines.get(k), tag, x(box), k == 0 ? padBefore : 0, k == n - 1 ? padAfter : 0);
            if (k == 0 && chapterBookmark != null) {
                item.bookmark(chapterBookmark);
                chapterBookmark = null;
            } else if (k == 0 && bookmark != null) {
                item.bookmark(bookmark);
            }
            if (k == 0 && marker != null) item.marker(markerFor(lines.get(0), box));
            boolean kept = keep == Keep.TOGETHER || k < ORPHANS || k > n - WIDOWS;
            if (k > 0 && kept) item.keepWithPrevious(true);
            emit(item, box);
        }
    }

    private LineItem.Marker markerFor(TextLine first, Box box) {
        PendingMarker m = marker;
        marker = null;
        Direction dir = box.direction();
        float width = m.gutter() - m.gap();
        TextLine line = engine.layout(List.of(new StyledRun(m.text(), m.style())), dir, box.language().tag(), width,
                Align.END, Justification.NONE, first.height() / Math.max(1f, m.style().size())).lines().get(0);
        float x = dir == Direction.RTL ? x(box) + measure(box) + m.gap() : x(box) - m.gutter();
        return new LineItem.Marker(line, x, m.label());
    }

    private void emit(FlowItem item, Box box) {
        item.spaceBefore(pendingSpace);
        pendingSpace = 0;
        spaceLocked = false;
        if (keepNext) item.keepWithPrevious(true);
        keepNext = false;
        List<Decoration> decorations = new ArrayList<>();
        for (Decoration d : box.decorations()) decorations.add(fresh.remove(d) ? d.first() : d.following());
        item.decorations(decorations);
        // A marker belongs to its item's first line; an item opening with a figure or table has none.
        marker = null;
        items.add(item);
        used += item.spaceBefore() + item.height();
    }

    /** A new element for a block set in {@code box}, the last child of the current one. */
    private Tag tag(String role, Box box) {
        return parent.child(role, box.language().tag());
    }

    /** Opens a container element: the blocks set next go in it. Returns the element to restore. */
    private Tag open(String role, Box box) {
        Tag outer = parent;
        parent = tag(role, box);
        return outer;
    }

    /** The TH/TD elements of a row's cells, in {@code row}: header cells name what they head. */
    private static List<Tag> cellTags(Tag row, TableRowItem item) {
        List<Tag> tags = new ArrayList<>();
        for (TableRowItem.Cell cell : item.cells()) {
            Tag c = row.child(cell.header() ? "TH" : "TD");
            if (cell.header()) c.tableAttribute("Scope", item.isHeader() ? "Column" : "Row");
            if (cell.colspan() > 1) c.tableAttribute("ColSpan", cell.colspan());
            if (cell.rowspan() > 1) c.tableAttribute("RowSpan", cell.rowspan());
            tags.add(c);
        }
        return tags;
    }

    private void space(float v) {
        if (!spaceLocked) pendingSpace = Math.max(pendingSpace, v);
    }

    /** Sets the space before the next item regardless of what the next block asks for. */
    private void lockSpace(float v) {
        pendingSpace = v;
        spaceLocked = true;
    }

    /**
     * The box indented on its start side, or the box itself when deep nesting has already used
     * up the room: the text keeps a readable measure however deep a hostile input nests.
     */
    private Box indent(Box box, float start, float end, Direction dir) {
        Box inner = box.inset(start, end, dir);
        return measure(inner) < geometry.contentWidth() * MIN_MEASURE_SHARE ? box : inner;
    }

    private float x(Box box) {
        return geometry.contentLeft() + box.left();
    }

    private float measure(Box box) {
        return geometry.contentWidth() - box.left() - box.right();
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
