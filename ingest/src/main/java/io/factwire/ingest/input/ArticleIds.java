package io.factwire.ingest.input;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Stable ids for articles that do not bring their own: the same article read twice, from any machine, gets
 * the same id, so republishing it overwrites rather than duplicates it downstream.
 */
public final class ArticleIds {

    /** 64 bits of SHA-256: collisions stay negligible for corpora far beyond billions of articles. */
    private static final int HASH_BYTES = 8;

    private ArticleIds() {
    }

    /** {@code url-} and 16 hex digits of the SHA-256 of the canonical form of {@code url}. */
    public static String fromUrl(String url) {
        return "url-" + shortHash(canonicalUrl(url));
    }

    /** {@code body-} and 16 hex digits of the SHA-256 of the body text. */
    public static String fromBody(String body) {
        return "body-" + shortHash(body);
    }

    /**
     * The URL with scheme and host lower-cased, without fragment and without {@code utm_*} tracking parameters
     * (other parameters keep their order). A string that does not parse as a URI is only trimmed.
     */
    public static String canonicalUrl(String url) {
        String trimmed = url.strip();
        try {
            URI uri = new URI(trimmed);
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                return trimmed;
            }
            StringBuilder canonical = new StringBuilder()
                    .append(uri.getScheme().toLowerCase(Locale.ROOT)).append("://")
                    .append(lowerCaseHost(uri.getRawAuthority()))
                    .append(uri.getRawPath() == null ? "" : uri.getRawPath());
            String query = withoutTrackingParameters(uri.getRawQuery());
            if (!query.isEmpty()) {
                canonical.append('?').append(query);
            }
            return canonical.toString();
        } catch (URISyntaxException e) {
            return trimmed;
        }
    }

    private static String lowerCaseHost(String authority) {
        int at = authority.lastIndexOf('@');
        return authority.substring(0, at + 1) + authority.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    private static String withoutTrackingParameters(String rawQuery) {
        if (rawQuery == null) {
            return "";
        }
        StringJoiner kept = new StringJoiner("&");
        for (String parameter : rawQuery.split("&")) {
            if (!parameter.isEmpty() && !parameter.toLowerCase(Locale.ROOT).startsWith("utm_")) {
                kept.add(parameter);
            }
        }
        return kept.toString();
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, HASH_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }
}
