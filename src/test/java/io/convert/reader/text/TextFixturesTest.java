package io.convert.reader.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.convert.Converter;
import io.convert.model.Article;
import io.convert.spi.Input;
import io.convert.spi.ReadOptions;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every text fixture, read through the converter with the reader chosen by its extension, must
 * give exactly its expected structure: metadata, block kinds, block text unchanged, and the
 * language of blocks that differ from the article.
 */
class TextFixturesTest {
    private static final Converter CONVERTER = Converter.create();

    static List<Fixtures> fixtures() {
        return Fixtures.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void readsExpectedStructure(Fixtures fixture) throws Exception {
        Input input = new Input(fixture.read(), fixture.text().toString(), fixture.text().getFileName().toString(), null);
        Article article = CONVERTER.read(input, "auto", ReadOptions.defaults());
        ExpectedStructure expected = ExpectedStructure.load(fixture.expected());
        ExpectedStructure actual = ExpectedStructure.of(article);
        assertEquals(expected.metadata(), actual.metadata(), "metadata of " + fixture);
        assertEquals(String.join("\n", expected.blocks()), String.join("\n", actual.blocks()), "blocks of " + fixture);
    }
}
