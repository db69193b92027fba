package io.convert.writer.epub;

import io.convert.spi.Setting;
import java.nio.file.Path;
import java.util.List;

/** The settings the EPUB writer takes; the command line offers each as {@code --NAME}. */
public final class EpubSettings {
    private EpubSettings() {
    }

    /** Null: the lead image is the cover. */
    public static final Setting<Path> COVER = Setting.value("cover", "IMAGE",
            "Cover image (default: the lead image).", null, Path::of);

    public static final Setting<Boolean> EMBED_FONTS = Setting.flag("embed-fonts",
            "Package the bundled fonts.");

    static final List<Setting<?>> ALL = List.of(COVER, EMBED_FONTS);
}
