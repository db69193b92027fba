package io.convert.model;

import java.util.List;

/** The one document model every reader produces and every writer consumes. */
public record Article(Metadata metadata, List<Block> blocks) {
    public Article {
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        blocks = List.copyOf(blocks);
    }

    public Article withMetadata(Metadata m) {
        return new Article(m, blocks);
    }

    /** The article's language and direction, never with a null direction (LTR when unknown). */
    public Language language() {
        Direction d = metadata.direction() != null ? metadata.direction() : Direction.LTR;
        return Language.of(metadata.language(), d);
    }
}
