package io.convert;

import io.convert.lang.LanguageDetector;
import io.convert.model.Article;
import io.convert.model.Block;
import io.convert.model.Language;
import io.convert.model.Metadata;
import io.convert.model.PlainText;
import io.convert.spi.ArticleReader;
import io.convert.spi.ArticleWriter;
import io.convert.spi.ConvertException;
import io.convert.spi.Input;
import io.convert.spi.ReadOptions;
import io.convert.spi.WriteOptions;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The library API: read a document into an {@link Article} with the reader the input calls for,
 * and write an article in any registered format. Thread-safe; keep one and reuse it.
 *
 * <pre>{@code
 * Converter converter = Converter.create();
 * Article article = converter.read(Input.of(text), "auto", ReadOptions.defaults());
 * converter.write(article, "md", out, WriteOptions.defaults());
 * }</pre>
 */
public final class Converter {
    private final Formats formats;

    public Converter(Formats formats) {
        this.formats = formats;
    }

    /** A converter with every reader and writer on the class path. */
    public static Converter create() {
        return new Converter(Formats.discover());
    }

    public Formats formats() {
        return formats;
    }

    /**
     * Reads {@code input} with the reader named {@code from} ({@code auto} or null: chosen by
     * file extension, then by content) and fills in the article's language and direction from
     * its text when the reader found none.
     *
     * @throws ConvertException bad input when no reader fits or the reader rejects the input
     */
    public Article read(Input input, String from, ReadOptions options) {
        ArticleReader reader = chooseReader(input, from);
        Article article = reader.read(input, options);
        return withDetectedLanguage(article);
    }

    public ArticleReader chooseReader(Input input, String from) {
        if (from != null && !from.equalsIgnoreCase("auto")) {
            return formats.reader(from).orElseThrow(() -> new IllegalArgumentException("unknown input format '" + from
                    + "' (see --list-formats)"));
        }
        return formats.readerFor(input.fileName(), input.text()).orElseThrow(
                () -> ConvertException.badInput("cannot tell the input's format; use --from"));
    }

    /** The writer for {@code format} or one of its aliases. */
    public ArticleWriter writer(String format) {
        return formats.writer(format).orElseThrow(() -> new IllegalArgumentException("unknown output format '"
                + format + "' (see --list-formats)"));
    }

    public void write(Article article, String format, OutputStream out, WriteOptions options) throws IOException {
        writer(format).write(article, out, options);
    }

    /**
     * Sets the article's language and direction from its text when the reader left them
     * unset, so writers can always rely on a direction.
     */
    public static Article withDetectedLanguage(Article article) {
        Metadata m = article.metadata();
        if (m.language() != null && m.direction() != null) return article;
        StringBuilder sample = new StringBuilder();
        if (m.title() != null) sample.append(m.title()).append('\n');
        for (Block b : article.blocks()) {
            if (sample.length() > 20_000) break;
            appendText(b, sample);
        }
        Language guess = LanguageDetector.detect(sample);
        Metadata.Builder builder = m.toBuilder();
        if (m.language() == null && guess.tag() != null) builder.language(guess.tag());
        if (m.direction() == null && guess.direction() != null) builder.direction(guess.direction());
        return article.withMetadata(builder.build());
    }

    private static void appendText(Block block, StringBuilder out) {
        if (block instanceof Block.CodeBlock) return;
        out.append(PlainText.of(block)).append('\n');
    }
}
