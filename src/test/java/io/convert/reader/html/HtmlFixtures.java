package io.convert.reader.html;

import io.convert.model.Article;
import io.convert.model.Block;
import io.convert.model.PlainText;
import io.convert.spi.Input;
import io.convert.spi.ReadOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads test pages as the CLI would: from a file, with its folder as base. */
final class HtmlFixtures {
    private HtmlFixtures() {
    }

    static Article read(Path file) {
        Path path = file.toAbsolutePath();
        try {
            String base = path.getParent().toUri().toString();
            Input input = new Input(Files.readString(path, StandardCharsets.UTF_8), path.toString(),
                    path.getFileName().toString(), base);
            return new HtmlReader().read(input, ReadOptions.defaults().withBaseUrl(base));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Article resource(String name) {
        return read(Path.of("src/test/resources/html", name));
    }

    static Article html(String html) {
        return new HtmlReader().read(new Input(html, "<test>", "test.html", "https://news.example/world/story.html"),
                ReadOptions.defaults().withBaseUrl("https://news.example/world/story.html"));
    }

    static List<String> texts(Article article) {
        return article.blocks().stream().map(PlainText::of).toList();
    }

    static String allText(Article article) {
        return String.join("\n", texts(article));
    }

    static <T extends Block> List<T> blocks(Article article, Class<T> type) {
        return article.blocks().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
