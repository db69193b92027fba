package io.convert.reader.text;

import io.convert.model.Article;
import io.convert.reader.text.internal.MarkdownArticles;
import io.convert.reader.text.internal.MarkdownDetector;
import io.convert.reader.text.internal.PlainLines;
import io.convert.reader.text.internal.Rule;
import io.convert.reader.text.internal.ScrapedTextParser;
import io.convert.spi.ArticleReader;
import io.convert.spi.Input;
import io.convert.spi.ReadOptions;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads plain text: text copied or scraped from a web page (a text-mode browser's dump, a copy
 * from the browser window), with the site's template lines still in it, becomes an article with
 * its title, site, byline, date, captions, subheadings, lists, quotes and paragraphs. Text that
 * is in fact Markdown is read as Markdown so that {@code --from text} never mangles it.
 */
public final class TextReader implements ArticleReader {
    private static final Pattern MARKUP = Pattern.compile(
            "(?is)\\A\\s*(?:<\\?xml|<!doctype\\s+html|<html|<head|<body|<!--)|<(?:p|div|span|br|a\\s+href|table|article)\\b[^>]*>");

    /**
     * The parser, made on the first text read: its rules' vocabularies and patterns take a
     * while to set up, and every run makes this reader (to offer it) whatever it reads.
     */
    private static final class Parser {
        static final ScrapedTextParser INSTANCE = new ScrapedTextParser(Rule.all());
    }

    /** The parser of a reader weighing some of the rules, or null for the shared one of every rule. */
    private final ScrapedTextParser parser;

    public TextReader() {
        parser = null;
    }

    /**
     * A reader whose scraped text keeps only {@code rules}: a bench weighing a rule, or a model's
     * trainer reading with the model off, reads each text as this reader does otherwise (Markdown as
     * Markdown), so that the rule alone makes the difference.
     */
    TextReader(Set<Rule> rules) {
        parser = new ScrapedTextParser(rules);
    }

    @Override
    public String name() {
        return "text";
    }

    @Override
    public List<String> aliases() {
        return List.of("txt", "plain");
    }

    @Override
    public List<String> extensions() {
        return List.of("txt", "text");
    }

    @Override
    public String description() {
        return "plain or scraped text: finds the article among the page's template lines (Markdown is read as Markdown)";
    }

    /** Anything but markup may be text; text that is clearly Markdown is surely this reader's. */
    @Override
    public double sniff(String text) {
        String head = head(text);
        if (head.isBlank() || MARKUP.matcher(head).find()) return 0;
        return MarkdownDetector.isMarkdown(head) ? 0.6 : 0.2;
    }

    /** The start of a text, which is enough to tell its kind. */
    private static String head(String text) {
        return text.length() > 65_536 ? text.substring(0, 65_536) : text;
    }

    @Override
    public Article read(Input input, ReadOptions options) {
        return read(input, options, ScrapedTextParser::parse, article -> article);
    }

    /**
     * What {@code scraped} makes of the text as this reader hands it to its scraped-text parser, or
     * what {@code otherwise} makes of the article when it reads the text another way (every line
     * kept, or as Markdown): a model's trainer learns from the texts the parser reads, as it reads them.
     */
    <T> T read(Input input, ReadOptions options, BiFunction<ScrapedTextParser, String, T> scraped, Function<Article, T> otherwise) {
        String text = options.limits().keepText(PlainLines.withPlainBreaks(input.text()), "the text",
                options.diagnostics());
        if (!options.extract()) return otherwise.apply(PlainLines.everyLine(text));
        if (MarkdownDetector.isMarkdown(head(text))) {
            options.diagnostics().debug(input.name() + ": read as Markdown");
            return otherwise.apply(MarkdownArticles.read(text));
        }
        return scraped.apply(parser == null ? Parser.INSTANCE : parser, text);
    }
}
