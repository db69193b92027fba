package io.convert.spark;

import java.io.Serializable;

/**
 * One article converted, or not: a row of the job's table.
 *
 * @param source the input file, or the page's URI for a page of a web archive
 * @param name the output's path under the output folder, without extension
 * @param bytes the output, or null when it failed
 * @param error why it failed, in one line, or null
 */
public record Converted(String source, String name, String format, byte[] bytes, String title, String language,
        String error) implements Serializable {

    static Converted failed(String source, String name, String format, String error) {
        return new Converted(source, name, format, null, null, null, error);
    }
}
