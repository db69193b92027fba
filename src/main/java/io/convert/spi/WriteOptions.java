package io.convert.spi;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Options for writers, passed explicitly (no global state). Writers ignore what does not apply
 * to their format.
 *
 * @param resources loads images under the caller's policy
 * @param diagnostics receives warnings
 * @param timestamp the document's creation/modification time; fixed (from {@code --date} or
 *     {@code SOURCE_DATE_EPOCH}) for reproducible output, null for "now"
 * @param pageSize PDF page size: {@code A4}, {@code A5}, {@code Letter} or {@code WxH} with units
 * @param linkNotes PDF: list link targets as notes for print
 * @param justify PDF paragraph justification: {@code inter-word}, {@code kashida} or {@code none}
 * @param fonts extra font files that take precedence over the bundled ones
 * @param fontDirs folders of extra font files
 * @param cover EPUB cover image (overrides the lead image)
 * @param embedFonts EPUB: package the bundled fonts
 * @param limits resource bounds (image pixels, table cells)
 * @param variables free-form {@code key=value} settings for third-party writers
 */
public record WriteOptions(
        ResourceLoader resources,
        Diagnostics diagnostics,
        Instant timestamp,
        String pageSize,
        boolean linkNotes,
        String justify,
        List<Path> fonts,
        List<Path> fontDirs,
        Path cover,
        boolean embedFonts,
        Limits limits,
        Map<String, String> variables) {

    public WriteOptions {
        resources = resources == null ? ResourceLoader.NONE : resources;
        diagnostics = diagnostics == null ? Diagnostics.IGNORE : diagnostics;
        pageSize = pageSize == null ? "A4" : pageSize;
        justify = justify == null ? "inter-word" : justify;
        fonts = fonts == null ? List.of() : List.copyOf(fonts);
        fontDirs = fontDirs == null ? List.of() : List.copyOf(fontDirs);
        limits = limits == null ? Limits.DEFAULT : limits;
        variables = variables == null ? Map.of() : Map.copyOf(variables);
    }

    public static WriteOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.resources = resources;
        b.diagnostics = diagnostics;
        b.timestamp = timestamp;
        b.pageSize = pageSize;
        b.linkNotes = linkNotes;
        b.justify = justify;
        b.fonts = fonts;
        b.fontDirs = fontDirs;
        b.cover = cover;
        b.embedFonts = embedFonts;
        b.limits = limits;
        b.variables = variables;
        return b;
    }

    public static final class Builder {
        private ResourceLoader resources;
        private Diagnostics diagnostics;
        private Instant timestamp;
        private String pageSize;
        private boolean linkNotes;
        private String justify;
        private List<Path> fonts;
        private List<Path> fontDirs;
        private Path cover;
        private boolean embedFonts;
        private Limits limits;
        private Map<String, String> variables;

        public Builder resources(ResourceLoader v) { resources = v; return this; }
        public Builder diagnostics(Diagnostics v) { diagnostics = v; return this; }
        public Builder timestamp(Instant v) { timestamp = v; return this; }
        public Builder pageSize(String v) { pageSize = v; return this; }
        public Builder linkNotes(boolean v) { linkNotes = v; return this; }
        public Builder justify(String v) { justify = v; return this; }
        public Builder fonts(List<Path> v) { fonts = v; return this; }
        public Builder fontDirs(List<Path> v) { fontDirs = v; return this; }
        public Builder cover(Path v) { cover = v; return this; }
        public Builder embedFonts(boolean v) { embedFonts = v; return this; }
        public Builder limits(Limits v) { limits = v; return this; }
        public Builder variables(Map<String, String> v) { variables = v; return this; }

        public WriteOptions build() {
            return new WriteOptions(resources, diagnostics, timestamp, pageSize, linkNotes, justify, fonts, fontDirs,
                    cover, embedFonts, limits, variables);
        }
    }
}
