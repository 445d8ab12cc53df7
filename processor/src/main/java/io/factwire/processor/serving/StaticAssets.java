package io.factwire.processor.serving;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The live page: a few files from {@code web/} on the classpath, read once, served as they are (no build step, no
 * CDN). The HTML carries a Content-Security-Policy that allows scripts, styles and connections from this origin
 * only: even if some article text were ever written into the page as markup, no inline script could run.
 */
final class StaticAssets {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    private record Asset(String resource, String contentType) {}

    private static final Map<String, Asset> ASSETS = Map.of(
            "/", new Asset("web/index.html", "text/html; charset=utf-8"),
            "/index.html", new Asset("web/index.html", "text/html; charset=utf-8"),
            "/app.js", new Asset("web/app.js", "text/javascript; charset=utf-8"),
            "/app.css", new Asset("web/app.css", "text/css; charset=utf-8"),
            "/favicon.svg", new Asset("web/favicon.svg", "image/svg+xml"));

    private final Map<String, Response> responses = new LinkedHashMap<>();

    StaticAssets() {
        ASSETS.forEach((path, asset) -> responses.put(path, new Response(200, asset.contentType(), read(asset.resource()),
                Map.of("Cache-Control", "no-cache", "Content-Security-Policy", CONTENT_SECURITY_POLICY))));
    }

    Iterable<String> paths() {
        return responses.keySet();
    }

    Response get(String path) {
        return responses.get(path);
    }

    private static byte[] read(String resource) {
        try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing classpath resource " + resource);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
