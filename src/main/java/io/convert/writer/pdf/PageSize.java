package io.convert.writer.pdf;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page size in PDF points (1/72 in), parsed from {@code --page-size}: a name ({@code A4},
 * {@code A5}, {@code A3}, {@code Letter}, {@code Legal}) or {@code WxH} with units {@code mm},
 * {@code cm}, {@code in} or {@code pt} (e.g. {@code 6inx9in}, {@code 150mm x 220mm},
 * {@code 150x220mm}).
 */
public record PageSize(float width, float height) {
    private static final float MM = 72f / 25.4f;
    /** PDF viewers and printers handle pages between 1 in and 200 in (ISO 32000 Annex C). */
    private static final float MIN = 72f, MAX = 14_400f;

    private static final Map<String, PageSize> NAMED = Map.of(
            "a3", new PageSize(297 * MM, 420 * MM),
            "a4", new PageSize(210 * MM, 297 * MM),
            "a5", new PageSize(148 * MM, 210 * MM),
            "letter", new PageSize(612, 792),
            "legal", new PageSize(612, 1008));

    private static final Pattern DIMENSIONS = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s*(mm|cm|in|pt)?\\s*[x×*]\\s*(\\d+(?:\\.\\d+)?)\\s*(mm|cm|in|pt)?");

    public static final PageSize A4 = NAMED.get("a4");

    /**
     * Parses a page size; a single unit applies to both numbers.
     *
     * @throws IllegalArgumentException with a one-line reason for anything else
     */
    public static PageSize parse(String spec) {
        if (spec == null || spec.isBlank()) return A4;
        String s = spec.trim().toLowerCase(Locale.ROOT);
        PageSize named = NAMED.get(s);
        if (named != null) return named;
        Matcher m = DIMENSIONS.matcher(s);
        if (!m.matches()) {
            throw new IllegalArgumentException("unknown page size '" + spec
                    + "': use A4, A5, A3, Letter, Legal or WxH with units mm, cm, in or pt (e.g. 150mmx220mm)");
        }
        String unitW = m.group(2) != null ? m.group(2) : m.group(4);
        String unitH = m.group(4) != null ? m.group(4) : m.group(2);
        if (unitW == null) {
            throw new IllegalArgumentException("page size '" + spec + "' needs a unit: mm, cm, in or pt");
        }
        PageSize size = new PageSize(toPoints(m.group(1), unitW), toPoints(m.group(3), unitH));
        if (size.width < MIN || size.height < MIN || size.width > MAX || size.height > MAX) {
            throw new IllegalArgumentException("page size '" + spec + "' is outside 1 in to 200 in");
        }
        return size;
    }

    private static float toPoints(String number, String unit) {
        float v = Float.parseFloat(number);
        return switch (unit) {
            case "mm" -> v * MM;
            case "cm" -> v * 10 * MM;
            case "in" -> v * 72;
            default -> v;
        };
    }
}
