package io.convert;

import io.convert.model.Article;
import io.convert.spi.ResourceLoader;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * An article read by a {@link Converter}, with what writing it needs to know of where it came
 * from: the loader of its images under the read's {@link io.convert.spi.ResourcePolicy}, and the
 * file it was read from, which an output must never replace.
 *
 * @param article the article, within the read's limits
 * @param name the input in messages: a path, a URL or {@code <stdin>}
 * @param baseName a file name stem for outputs: the input file's name without extension, the
 *     last segment of a URL, or {@code stdin}
 * @param file the file read, or null for a URL or a stream
 * @param resources loads the article's images as the read's policy allows
 */
public record Document(Article article, String name, String baseName, Path file, ResourceLoader resources) {

    /** The same document with its article changed (metadata overrides, say). */
    public Document withArticle(UnaryOperator<Article> change) {
        return new Document(change.apply(article), name, baseName, file, resources);
    }
}
