package io.convert.spi;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Options for writers, passed explicitly (no global state): what every writer needs, and the
 * values given for writers' own {@link Setting}s. A writer reads only the settings it declares.
 *
 * @param resources loads images under the caller's policy
 * @param diagnostics receives warnings
 * @param timestamp the document's creation/modification time; fixed (from {@code --date} or
 *     {@code SOURCE_DATE_EPOCH}) for reproducible output, null for "now"
 * @param limits resource bounds (image pixels, table cells)
 * @param settings the values given for writer settings, by setting name, as the user wrote them
 * @param articleResources for a book, the loader of each article's images, in article order
 *     (each article was read from its own place under its own policy); empty for one article
 * @param outputFolder the folder the output is read from, so that a writer which links images
 *     by path rather than embedding them (Markdown) can point at them from there; null when that
 *     place is unknown, and sources are then written as the article has them
 */
public record WriteOptions(
        ResourceLoader resources,
        Diagnostics diagnostics,
        Instant timestamp,
        Limits limits,
        Map<String, List<String>> settings,
        List<ResourceLoader> articleResources,
        Path outputFolder) {

    public WriteOptions {
        resources = resources == null ? ResourceLoader.NONE : resources;
        diagnostics = diagnostics == null ? Diagnostics.IGNORE : diagnostics;
        limits = limits == null ? Limits.DEFAULT : limits;
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (settings != null) settings.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        settings = Map.copyOf(copy);
        articleResources = articleResources == null ? List.of() : List.copyOf(articleResources);
    }

    /**
     * The options for writing the book's article {@code index}: its own image loader when the
     * caller gave one per article, else {@link #resources()}.
     */
    public WriteOptions forArticle(int index) {
        if (index >= articleResources.size()) return this;
        return new WriteOptions(articleResources.get(index), diagnostics, timestamp, limits, settings, List.of(),
                outputFolder);
    }

    public static WriteOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The value of {@code setting}: what was given for it, else its default.
     *
     * @throws IllegalArgumentException when the value given is not one the setting takes; a
     *     front end that called {@link #check} first never sees it
     */
    public <T> T get(Setting<T> setting) {
        return setting.parse(settings.getOrDefault(setting.name(), List.of()));
    }

    /**
     * Checks every value given for a setting {@code writer} declares, so a bad one is reported
     * before any input is read.
     *
     * @throws IllegalArgumentException naming the first bad setting and why
     */
    public void check(ArticleWriter writer) {
        for (Setting<?> setting : writer.settings()) get(setting);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.resources = resources;
        b.diagnostics = diagnostics;
        b.timestamp = timestamp;
        b.limits = limits;
        settings.forEach((name, values) -> b.settings.put(name, new ArrayList<>(values)));
        b.articleResources = articleResources;
        b.outputFolder = outputFolder;
        return b;
    }

    public static final class Builder {
        private ResourceLoader resources;
        private Diagnostics diagnostics;
        private Instant timestamp;
        private Limits limits;
        private final Map<String, List<String>> settings = new LinkedHashMap<>();
        private List<ResourceLoader> articleResources;
        private Path outputFolder;

        public Builder resources(ResourceLoader v) { resources = v; return this; }
        public Builder diagnostics(Diagnostics v) { diagnostics = v; return this; }
        public Builder timestamp(Instant v) { timestamp = v; return this; }
        public Builder limits(Limits v) { limits = v; return this; }
        public Builder articleResources(List<ResourceLoader> v) { articleResources = v; return this; }
        public Builder outputFolder(Path v) { outputFolder = v; return this; }

        /** Gives {@code setting} the value {@code value} (for a list, adds it). */
        public Builder set(Setting<?> setting, String value) {
            return set(setting.name(), value);
        }

        /** Turns the flag {@code setting} on. */
        public Builder set(Setting<Boolean> flag) {
            return set(flag.name(), "true");
        }

        /**
         * Gives the setting named {@code name} the value {@code value} (for a list, adds it); a
         * name no writer declares is kept and ignored, as for {@code --variable}.
         */
        public Builder set(String name, String value) {
            settings.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            return this;
        }

        public WriteOptions build() {
            return new WriteOptions(resources, diagnostics, timestamp, limits, settings, articleResources,
                    outputFolder);
        }
    }
}
