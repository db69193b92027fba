package io.convert.writer.epub.internal;

import io.convert.model.Article;
import io.convert.model.Block;
import io.convert.model.Book;
import io.convert.model.PlainText;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * The book's stable identifier: a name-based (version 5) UUID of the article's URL, or of its
 * title and text when it has none, so converting the same article again gives the same book.
 */
final class BookId {
    /** RFC 4122 namespace for URLs. */
    private static final UUID URL_NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");
    /** This program's namespace for article contents. */
    private static final UUID CONTENT_NAMESPACE = UUID.fromString("1d0a3c6e-5b52-4f3e-9a55-2f7f7c0e8b21");

    private BookId() {
    }

    static String of(Article article) {
        String source = article.metadata().source();
        if (source != null && !source.isBlank()) return "urn:uuid:" + nameBased(URL_NAMESPACE, source.strip());
        StringBuilder content = new StringBuilder();
        if (article.metadata().title() != null) content.append(article.metadata().title()).append('\n');
        for (Block block : article.blocks()) content.append(PlainText.of(block)).append('\n');
        return "urn:uuid:" + nameBased(CONTENT_NAMESPACE, content.toString());
    }

    /** A book's: from its title and the identifiers of its articles, in order. */
    static String of(Book book) {
        StringBuilder content = new StringBuilder(book.title() == null ? "" : book.title()).append('\n');
        for (Article article : book.articles()) content.append(of(article)).append('\n');
        return "urn:uuid:" + nameBased(CONTENT_NAMESPACE, content.toString());
    }

    static UUID nameBased(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every Java platform", e);
        }
        ByteBuffer ns = ByteBuffer.allocate(16);
        ns.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
        sha1.update(ns.array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3F) | 0x80);
        ByteBuffer b = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(b.getLong(), b.getLong());
    }
}
