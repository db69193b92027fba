package io.convert.spi;

import io.convert.model.Article;
import java.util.List;

/**
 * Turns a decoded document into an {@link Article}. Implementations are registered in
 * {@code META-INF/services/io.convert.spi.ArticleReader} and found with
 * {@link java.util.ServiceLoader}; they must have a public no-argument constructor and be
 * stateless (one instance serves many inputs, possibly on several threads).
 */
public interface ArticleReader {

    /** The name used with {@code --from}, e.g. {@code html}. */
    String name();

    /** Other names accepted by {@code --from}. */
    default List<String> aliases() {
        return List.of();
    }

    /** File name extensions (without dot, lower case) this reader claims. */
    List<String> extensions();

    /** One line for {@code --list-formats}. */
    String description();

    /**
     * How sure this reader is that {@code text} is its format, from 0 (not at all) to 1; used
     * when neither {@code --from} nor the extension decides. Readers that only run when asked
     * by name return 0.
     */
    double sniff(String text);

    Article read(Input input, ReadOptions options);
}
