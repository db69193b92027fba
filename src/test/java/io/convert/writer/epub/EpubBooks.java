package io.convert.writer.epub;

import io.convert.model.Article;
import io.convert.spi.WriteOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
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
}
