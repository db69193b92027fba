package io.convert.reader.html;

import io.convert.model.Article;
import io.convert.reader.html.internal.HtmlPageReader;
import io.convert.spi.ArticleReader;
import io.convert.spi.Input;
import io.convert.spi.ReadOptions;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a web page and keeps the article: finds the content among navigation, share bars,
 * related lists and footers, and reads title, authors, dates, site, language and lead image
 * from the page's metadata. With {@link ReadOptions#extract()} false it maps the whole page,
 * like {@link RawHtmlReader}.
 */
public final class HtmlReader implements ArticleReader {
    private static final Pattern DOCUMENT = Pattern.compile("(?i)^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*"
            + "<(!doctype\\s+html|html|head|body)[\\s>]", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("(?i)</?(p|div|span|a|br|h[1-6]|ul|li|table|article|section"
            + "|meta|title|img|script|em|strong)(\\s[^>]*)?/?>");
    /** Content sniffing reads only the start of a document. */
    private static final int SNIFF_CHARS = 4096;

    @Override
    public String name() {
        return "html";
    }

    @Override
    public List<String> extensions() {
        return List.of("html", "htm", "xhtml");
    }

    @Override
    public String description() {
        return "web page: finds the article and its metadata (--no-extract keeps the whole page)";
    }

    @Override
    public double sniff(String text) {
        String head = text.length() > SNIFF_CHARS ? text.substring(0, SNIFF_CHARS) : text;
        String start = head.stripLeading();
        if (start.startsWith("\uFEFF")) start = start.substring(1);
        if (DOCUMENT.matcher(start).find()) return 0.95;
        var m = TAG.matcher(head);
        int tags = 0;
        while (m.find() && tags < 5) tags++;
        if (tags >= 3 && start.startsWith("<")) return 0.7;
        return tags >= 5 ? 0.4 : 0;
    }

    @Override
    public Article read(Input input, ReadOptions options) {
        return HtmlPageReader.read(input, options, options.extract());
    }
}
