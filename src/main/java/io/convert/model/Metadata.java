package io.convert.model;

import java.util.List;

/**
 * What is known about an article besides its body. Strings are null when unknown, lists are
 * empty. Dates are ISO-8601 strings: a date ({@code 2025-05-17}) or a date-time with offset
 * ({@code 2025-05-17T10:30:00+03:00}); see {@link Dates}.
 */
public record Metadata(
        String title,
        String subtitle,
        List<String> authors,
        String site,
        String published,
        String modified,
        String language,
        Direction direction,
        String source,
        String description,
        LeadImage leadImage,
        List<String> tags) {

    public Metadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public static final Metadata EMPTY = new Metadata(null, null, List.of(), null, null, null, null, null, null,
            null, null, List.of());

    /** The image shown above an article, with its caption and credit (either may be null). */
    public record LeadImage(Image image, List<Inline> caption, String credit) {
        public LeadImage {
            caption = caption == null ? List.of() : List.copyOf(caption);
        }
    }

    public Language articleLanguage() {
        return Language.of(language, direction);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static Builder builder() {
        return new Builder(EMPTY);
    }

    /** Mutable helper for readers that discover metadata piece by piece. */
    public static final class Builder {
        private String title, subtitle, site, published, modified, language, source, description;
        private List<String> authors, tags;
        private Direction direction;
        private LeadImage leadImage;

        private Builder(Metadata m) {
            title = m.title;
            subtitle = m.subtitle;
            authors = m.authors;
            site = m.site;
            published = m.published;
            modified = m.modified;
            language = m.language;
            direction = m.direction;
            source = m.source;
            description = m.description;
            leadImage = m.leadImage;
            tags = m.tags;
        }

        public Builder title(String v) { title = v; return this; }
        public Builder subtitle(String v) { subtitle = v; return this; }
        public Builder authors(List<String> v) { authors = v; return this; }
        public Builder site(String v) { site = v; return this; }
        public Builder published(String v) { published = v; return this; }
        public Builder modified(String v) { modified = v; return this; }
        public Builder language(String v) { language = v; return this; }
        public Builder direction(Direction v) { direction = v; return this; }
        public Builder source(String v) { source = v; return this; }
        public Builder description(String v) { description = v; return this; }
        public Builder leadImage(LeadImage v) { leadImage = v; return this; }
        public Builder tags(List<String> v) { tags = v; return this; }

        public String title() { return title; }
        public List<String> authors() { return authors; }
        public String site() { return site; }
        public String published() { return published; }
        public String language() { return language; }
        public Direction direction() { return direction; }
        public LeadImage leadImage() { return leadImage; }

        public Metadata build() {
            return new Metadata(title, subtitle, authors, site, published, modified, language, direction, source,
                    description, leadImage, tags);
        }
    }
}
