package io.convert.spi;

/**
 * Options for readers. {@code baseUrl} overrides the input's own base for relative links (the
 * page's URL, {@code --base-url}); {@code extract} false keeps a whole HTML page instead of
 * finding the article in it ({@code --no-extract}).
 */
public record ReadOptions(String baseUrl, boolean extract, Limits limits, Diagnostics diagnostics) {
    public ReadOptions {
        limits = limits == null ? Limits.DEFAULT : limits;
        diagnostics = diagnostics == null ? Diagnostics.IGNORE : diagnostics;
    }

    public static ReadOptions defaults() {
        return new ReadOptions(null, true, Limits.DEFAULT, Diagnostics.IGNORE);
    }

    public ReadOptions withBaseUrl(String v) {
        return new ReadOptions(v, extract, limits, diagnostics);
    }

    public ReadOptions withExtract(boolean v) {
        return new ReadOptions(baseUrl, v, limits, diagnostics);
    }

    public ReadOptions withDiagnostics(Diagnostics v) {
        return new ReadOptions(baseUrl, extract, limits, v);
    }

    public ReadOptions withLimits(Limits v) {
        return new ReadOptions(baseUrl, extract, v, diagnostics);
    }
}
