package io.convert.spi;

/**
 * Options for reading an input. {@code baseUrl} overrides the input's own base for relative links
 * (the page's URL, {@code --base-url}); {@code extract} false keeps everything the reader can see
 * (a whole HTML page, every line of a text) instead of finding the article in it
 * ({@code --no-extract}); {@code limits} bound what one input may cost;
 * {@code resources} says what else the conversion may read (images, from files or the network).
 */
public record ReadOptions(String baseUrl, boolean extract, Limits limits, ResourcePolicy resources,
        Diagnostics diagnostics) {
    public ReadOptions {
        limits = limits == null ? Limits.DEFAULT : limits;
        resources = resources == null ? ResourcePolicy.DEFAULT : resources;
        diagnostics = diagnostics == null ? Diagnostics.IGNORE : diagnostics;
    }

    public static ReadOptions defaults() {
        return new ReadOptions(null, true, Limits.DEFAULT, ResourcePolicy.DEFAULT, Diagnostics.IGNORE);
    }

    public ReadOptions withBaseUrl(String v) {
        return new ReadOptions(v, extract, limits, resources, diagnostics);
    }

    public ReadOptions withExtract(boolean v) {
        return new ReadOptions(baseUrl, v, limits, resources, diagnostics);
    }

    public ReadOptions withDiagnostics(Diagnostics v) {
        return new ReadOptions(baseUrl, extract, limits, resources, v);
    }

    public ReadOptions withLimits(Limits v) {
        return new ReadOptions(baseUrl, extract, v, resources, diagnostics);
    }

    public ReadOptions withResources(ResourcePolicy v) {
        return new ReadOptions(baseUrl, extract, limits, v, diagnostics);
    }
}
