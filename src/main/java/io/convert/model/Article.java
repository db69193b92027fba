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

    /**
     * Whether a figure of the body, at any depth, shows the lead image: a writer that puts the
     * lead image first would then show it twice, as an article built by hand or from a page's
     * metadata may well have it both ways.
     */
    public boolean bodyShowsLeadImage() {
        Metadata.LeadImage lead = metadata.leadImage();
        return lead != null && lead.image() != null && shows(blocks, lead.image().source());
    }

    private static boolean shows(List<Block> blocks, String source) {
        for (Block block : blocks) {
            if (block instanceof Block.Figure f && f.image() != null && f.image().source().equals(source)) return true;
            if (block instanceof Block.Quote q && shows(q.content(), source)) return true;
            if (block instanceof Block.ListBlock l && l.items().stream().anyMatch(i -> shows(i.content(), source))) {
                return true;
            }
        }
        return false;
    }

    /** The article's language and direction, never with a null direction (LTR when unknown). */
    public Language language() {
        Direction d = metadata.direction() != null ? metadata.direction() : Direction.LTR;
        return Language.of(metadata.language(), d);
    }
}
