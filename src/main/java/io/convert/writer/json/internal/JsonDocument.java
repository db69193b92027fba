package io.convert.writer.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.convert.model.Article;
import io.convert.model.Book;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Articles as pretty-printed JSON documents. Kept apart from the writer class, which every run
 * instantiates to list the formats: only a JSON conversion loads Jackson.
 */
public final class JsonDocument {
    /*
     * Jackson refuses to nest deeper than 1000 by default, but each nested block costs two
     * levels (the object and its "blocks" array), so an article at the readers' depth limit
     * (Limits.maxDepth, 512 blocks) needs more; the readers bound the depth, not the writer.
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(1 << 16).build())
            .build();

    private JsonDocument() {
    }

    public static void write(Article article, OutputStream out) throws IOException {
        try (JsonGenerator json = generator(out)) {
            ArticleJson.write(article, json);
            json.writeRaw('\n');
        }
        out.flush();
    }

    /**
     * The book's {@code title}, its main {@code lang} and {@code dir}, the first and last
     * publication dates {@code from} and {@code to}, and {@code articles}, each exactly as the
     * single-article JSON writes it.
     */
    public static void writeBook(Book book, String title, OutputStream out) throws IOException {
        try (JsonGenerator json = generator(out)) {
            json.writeStartObject();
            json.writeStringField("title", title);
            json.writeStringField("lang", book.language());
            json.writeStringField("dir", book.direction().code());
            json.writeStringField("from", book.earliest() == null ? null : book.earliest().toString());
            json.writeStringField("to", book.latest() == null ? null : book.latest().toString());
            json.writeFieldName("articles");
            json.writeStartArray();
            for (Article article : book.articles()) ArticleJson.write(article, json);
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
        out.flush();
    }

    private static JsonGenerator generator(OutputStream out) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        JsonGenerator json = FACTORY.createGenerator(out);
        json.setPrettyPrinter(pretty);
        return json;
    }
}
