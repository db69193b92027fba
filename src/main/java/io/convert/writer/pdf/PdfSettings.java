package io.convert.writer.pdf;

import io.convert.typeset.Justification;
import io.convert.spi.Setting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The settings the PDF writer takes; the command line offers each as {@code --NAME}. */
public final class PdfSettings {
    private PdfSettings() {
    }

    public static final Setting<PageSize> PAGE_SIZE = Setting.value("page-size", "SIZE",
            "Page size: A4, A5, A3, Letter, Legal, or WxH with units (e.g. 6inx9in, 150mmx220mm).", "A4",
            PageSize::parse);

    public static final Setting<Justification> JUSTIFY = Setting.value("justify", "MODE",
            "Justification: inter-word, kashida (Arabic), none.", "inter-word", Justification::parse);

    public static final Setting<Boolean> LINK_NOTES = Setting.flag("link-notes",
            "List link URLs as numbered notes for print.");

    public static final Setting<List<Path>> FONTS = Setting.list("font", "FILE",
            "Extra font file, used before the bundled fonts (repeatable).", PdfSettings::existingFile);

    public static final Setting<List<Path>> FONT_DIRS = Setting.list("font-dir", "DIR",
            "Folder of extra font files (repeatable).", PdfSettings::existingFolder);

    /** Null: the digits the article itself uses most, else those of its language. */
    public static final Setting<String> NUMERALS = Setting.value("numerals", "DIGITS",
            "Digits of page numbers, notes and dates: latin, arabic (Arabic-Indic) or persian; "
                    + "default: those the article uses.", null, PdfSettings::numerals);

    public static final Setting<PdfStandard> STANDARD = Setting.value("pdf-standard", "STANDARD",
            "Standards the PDF meets: ua-1+a-2a (tagged, accessible and archival), a-2u (archival, "
                    + "untagged), a-3a, none.", "ua-1+a-2a", PdfStandard::parse);

    static final List<Setting<?>> ALL = List.of(PAGE_SIZE, JUSTIFY, LINK_NOTES, FONTS, FONT_DIRS, NUMERALS, STANDARD);

    /*
     * A font the user names but that is not there is a mistake in the command, reported before
     * any input is read; a file that is there but is no usable font is only warned about when
     * the fonts are loaded, and the bundled fonts stand in.
     */
    private static Path existingFile(String value) {
        Path file = Path.of(value);
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException("no such file: " + value);
        return file;
    }

    private static Path existingFolder(String value) {
        Path folder = Path.of(value);
        if (!Files.isDirectory(folder)) throw new IllegalArgumentException("no such folder: " + value);
        return folder;
    }

    private static String numerals(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (!List.of("latin", "arabic", "persian").contains(v)) {
            throw new IllegalArgumentException("takes latin, arabic or persian, not '" + value + "'");
        }
        return v;
    }
}
