package io.convert.writer.epub.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The EPUB container: {@code mimetype} first and stored, then every entry in the order given,
 * all with one fixed time and no extra fields, so equal content gives equal bytes.
 */
final class OcfZip implements AutoCloseable {
    /*
     * ZipEntry.setTimeLocal keeps a time in the DOS date and time fields alone only from 1980 to
     * 2107, and not for 1980-01-01T00:00:00, whose DOS encoding java.util.zip also uses to mean
     * "before 1980": for those it adds an extended-timestamp extra field to every entry, which
     * EPUBCheck rejects on the mimetype entry (PKG-005). DOS time counts even seconds, so the
     * earliest time it holds without that field is two seconds after midnight; the latest is
     * the last even second of 2107.
     */
    private static final LocalDateTime EARLIEST = LocalDateTime.of(1980, 1, 1, 0, 0, 2);
    private static final LocalDateTime LATEST = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

    private final ZipOutputStream zip;
    private final LocalDateTime time;

    /** @param timestamp the time every entry carries (UTC wall time, within the DOS range), or null for the earliest */
    OcfZip(OutputStream out, Instant timestamp) throws IOException {
        // The caller owns {@code out}: closing the zip must not close it.
        this.zip = new ZipOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        }, StandardCharsets.UTF_8);
        LocalDateTime t = timestamp == null ? EARLIEST : LocalDateTime.ofInstant(timestamp, ZoneOffset.UTC);
        this.time = t.isBefore(EARLIEST) ? EARLIEST : t.isAfter(LATEST) ? LATEST : t;
        byte[] mimetype = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
        ZipEntry entry = entry("mimetype");
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(mimetype.length);
        entry.setCompressedSize(mimetype.length);
        CRC32 crc = new CRC32();
        crc.update(mimetype);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(mimetype);
        zip.closeEntry();
    }

    void add(String name, String text) throws IOException {
        add(name, text.getBytes(StandardCharsets.UTF_8));
    }

    void add(String name, byte[] data) throws IOException {
        zip.putNextEntry(entry(name));
        zip.write(data);
        zip.closeEntry();
    }

    private ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(time);
        return entry;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
