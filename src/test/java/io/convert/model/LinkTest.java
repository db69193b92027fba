package io.convert.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinkTest {
    private static final List<Inline> TEXT = List.of(new Inline.Text("the council's report"));

    @Test
    void aScriptUrlIsNoTargetHoweverItIsSpelt() {
        for (String script : List.of("javascript:alert(1)", "JavaScript:x", " \tjava\nscript:x", "\u0001javascript:x",
                "vbscript:msgbox", "VBScript:x")) {
            assertNull(new Inline.Link(script, null, TEXT).href(), script);
        }
    }

    @Test
    void otherTargetsStayAsWritten() {
        for (String href : List.of("https://example.org/report", "report.html", "#notes", "mailto:desk@example.org",
                "javascript-guide.html", "/javascript:not-a-scheme")) {
            assertEquals(href, new Inline.Link(href, null, TEXT).href());
        }
    }
}
