package io.convert.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/** Normalises the many date spellings readers meet into the model's ISO-8601 strings. */
public final class Dates {
    private Dates() {
    }

    /**
     * Returns {@code value} as {@code yyyy-MM-dd} or an ISO offset date-time, or null when it is
     * not an ISO-8601 date or date-time (with or without zone).
     */
    public static String normalize(String value) {
        if (value == null) return null;
        String v = value.trim();
        if (v.isEmpty()) return null;
        try {
            return OffsetDateTime.parse(v).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException ignored) {
            // try the next shape
        }
        try {
            return ZonedDateTime.parse(v).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException ignored) {
            // try the next shape
        }
        try {
            // A date-time without zone is kept as UTC rather than guessed.
            return LocalDateTime.parse(v).atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException ignored) {
            // try the next shape
        }
        try {
            return LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v).toString();
        } catch (DateTimeParseException ignored) {
            return null;
        }
    }

    /** Parses a normalised model date back into a temporal (LocalDate or OffsetDateTime). */
    public static TemporalAccessor parse(String normalized) {
        if (normalized == null) return null;
        return normalized.length() == 10 ? LocalDate.parse(normalized) : OffsetDateTime.parse(normalized);
    }

    /** The calendar date of a normalised model date. */
    public static LocalDate dateOf(String normalized) {
        TemporalAccessor t = parse(normalized);
        return t == null ? null : LocalDate.from(t);
    }
}
