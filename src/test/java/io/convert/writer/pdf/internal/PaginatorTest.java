package io.convert.writer.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaginatorTest {

    /** An item of a given height that draws nothing: pagination only looks at the numbers. */
    private static final class Slab extends FlowItem {
        private final float height;

        Slab(float height, float spaceBefore, boolean keepWithPrevious) {
            this.height = height;
            spaceBefore(spaceBefore);
            keepWithPrevious(keepWithPrevious);
        }

        @Override
        public float height() {
            return height;
        }

        @Override
        public void draw(PageCanvas canvas, float top) {
        }
    }

    @Test
    void fillsPagesAndDropsTheSpaceBeforeTheFirstItemOfAPage() {
        List<FlowItem> flow = new ArrayList<>();
        for (int i = 0; i < 5; i++) flow.add(new Slab(100, 50, false));
        List<List<Paginator.Placement>> pages = new Paginator(300).paginate(flow);
        assertEquals(List.of(2, 2, 1), pages.stream().map(List::size).toList());
        Paginator.Placement second = pages.get(0).get(1);
        assertEquals(150f, second.offset());
        Paginator.Placement top = pages.get(1).get(0);
        assertEquals(0f, top.offset());
        assertEquals(0f, top.spaceBefore());
    }

    @Test
    void anItemThatKeepsWithItsPredecessorTakesItToTheNextPage() {
        FlowItem a = new Slab(100, 0, false), heading = new Slab(50, 0, false);
        FlowItem line1 = new Slab(100, 0, true), line2 = new Slab(100, 0, true);
        List<List<Paginator.Placement>> pages = new Paginator(300).paginate(List.of(a, heading, line1, line2));
        assertEquals(1, pages.get(0).size());
        assertSame(heading, pages.get(1).get(0).item());
        assertEquals(3, pages.get(1).size());
    }

    @Test
    void aKeptChainLongerThanAPageBreaksWhereItOverflows() {
        List<FlowItem> flow = new ArrayList<>();
        flow.add(new Slab(100, 0, false));
        for (int i = 0; i < 4; i++) flow.add(new Slab(100, 0, true));
        List<List<Paginator.Placement>> pages = new Paginator(300).paginate(flow);
        assertEquals(List.of(3, 2), pages.stream().map(List::size).toList());
    }

    @Test
    void aTableContinuedOnANewPageRepeatsItsHeaderRows() {
        TableRowItem header = new TableRowItem(List.of(), true, 0, 100);
        List<FlowItem> flow = new ArrayList<>();
        flow.add(header);
        for (int i = 0; i < 6; i++) {
            TableRowItem row = new TableRowItem(List.of(), false, 0, 100);
            row.repeatedHeader(List.of(header));
            flow.add(row);
        }
        // Each empty row is 2 × padding high; a page holds four rows.
        float rowHeight = header.height();
        List<List<Paginator.Placement>> pages = new Paginator(rowHeight * 4).paginate(flow);
        assertEquals(2, pages.size());
        assertSame(header, pages.get(1).get(0).item());
        assertEquals(rowHeight, pages.get(1).get(1).offset(), 0.001f);
        assertEquals(7 + 1, pages.get(0).size() + pages.get(1).size());
    }

    @Test
    void aFigureThatAlmostFitsShrinksToEndThePageAndOneThatDoesNotMovesOn() {
        FigureItem figure = new FigureItem(null, 0, 400, 200, List.of(), 0, null, null);
        List<List<Paginator.Placement>> pages = new Paginator(300).paginate(List.of(new Slab(150, 0, false), figure));
        assertEquals(1, pages.size());
        FlowItem placed = pages.get(0).get(1).item();
        assertEquals(150f, placed.height(), 0.01f);

        pages = new Paginator(300).paginate(List.of(new Slab(200, 0, false), figure));
        assertEquals(2, pages.size());
        assertSame(figure, pages.get(1).get(0).item());
    }
}
