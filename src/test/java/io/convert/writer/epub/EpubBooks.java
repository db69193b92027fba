package io.convert.writer.epub;

import io.convert.model.Article;
import io.convert.spi.WriteOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Writes books with the real writer and opens them again for assertions. */
final class EpubBooks {
    private EpubBooks() {
    }

    static byte[] write(Article article, WriteOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EpubWriter().write(article, out, options);
        return out.toByteArray();
    }

    /** Entry name to bytes, in the zip's order. */
    static Map<String, byte[]> entries(byte[] epub) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(epub))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) entries.put(e.getName(), zip.readAllBytes());
        }
        return entries;
    }

    static String text(Map<String, byte[]> entries, String name) {
        byte[] data = entries.get(name);
        if (data == null) throw new AssertionError("no entry " + name + " in " + entries.keySet());
        return new String(data, StandardCharsets.UTF_8);
    }

    /**
     * Every entry whose local or central header carries an extra field, with their lengths,
     * read from the raw headers: java.util.zip hides which of the two a field came from.
     */
    static List<String> extraFields(byte[] zip) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = zip.length - 22;
        while (end >= 0 && b.getInt(end) != 0x06054b50) end--;
        if (end < 0) throw new AssertionError("no end of central directory record");
        List<String> found = new ArrayList<>();
        int at = b.getInt(end + 16);
        for (int i = 0, count = Short.toUnsignedInt(b.getShort(end + 10)); i < count; i++) {
            if (b.getInt(at) != 0x02014b50) throw new AssertionError("no central header at " + at);
            int nameLength = Short.toUnsignedInt(b.getShort(at + 28));
            int central = Short.toUnsignedInt(b.getShort(at + 30));
            int comment = Short.toUnsignedInt(b.getShort(at + 32));
            int local = Short.toUnsignedInt(b.getShort(b.getInt(at + 42) + 28));
            String name = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
            if (local != 0 || central != 0) found.add(name + ": local " + local + ", central " + central);
            at += 46 + nameLength + central + comment;
        }
        return found;
    }
}
