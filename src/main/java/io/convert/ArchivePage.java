package io.convert;

import io.convert.io.WebArchive;
import io.convert.spi.ConvertException;

/**
 * One page of a web archive as {@link Converter#read(WebArchive, String, io.convert.spi.ReadOptions)}
 * gives it: read, or failed with the reason, so that one bad page never ends the others.
 *
 * @param page where the page is in the archive, its URI and its output name
 * @param document the page read, or null when it failed
 * @param error why it failed, or null
 */
public record ArchivePage(WebArchive.Page page, Document document, ConvertException error) {

    public boolean ok() {
        return error == null;
    }
}
