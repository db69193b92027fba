package io.convert.reader.text.internal;

import io.convert.model.Article;
import io.convert.model.Block;
import io.convert.model.Inline;
import io.convert.model.Metadata;
import java.util.List;
import java.util.regex.Pattern;

/** What both text readers do to lines before and without their rules. */
public final class PlainLines {
    /**
     * Line breaks other than CR and LF: form feed, vertical tab, NEL, and Unicode's line and
     * paragraph separators. A text that uses them is still a text of lines.
     */
    private static final Pattern OTHER_LINE_BREAKS = Pattern.compile("[\\u000B\\u000C\\u0085\\u2028\\u2029]");

    private PlainLines() {
    }

    /** {@code text} with every kind of line break as LF or CR LF. */
    public static String withPlainBreaks(String text) {
        return OTHER_LINE_BREAKS.matcher(text).replaceAll("\n");
    }

    /**
     * Every non-blank line as a paragraph, without any rule: what {@code extract=false} asks for,
     * and what is left when the rules found no article in a text that has one.
     */
    public static Article everyLine(String text) {
        List<Block> blocks = text.lines().map(String::strip).filter(line -> !line.isEmpty())
                .<Block>map(line -> new Block.Paragraph(List.of(new Inline.Text(line)))).toList();
        return new Article(Metadata.EMPTY, blocks);
    }
}
