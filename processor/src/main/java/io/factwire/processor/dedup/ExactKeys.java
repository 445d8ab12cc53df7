package io.factwire.processor.dedup;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Keys under which two arrivals are the same article: the canonical URL and the normalized body. */
public final class ExactKeys {
    /** A body this short ("Photo: Reuters") says nothing about being the same article. */
    static final int MIN_BODY_WORDS = 8;

    private ExactKeys() {}

    /** Scheme, "www.", fragment, tracking parameters and a trailing slash do not make a different page. */
    public static Optional<String> canonicalUrl(String url) {
        if (url == null || url.isBlank()) return Optional.empty();
        String trimmed = url.trim();
        try {
            URI uri = new URI(trimmed);
            if (uri.getHost() == null) return Optional.of(trimmed.toLowerCase(Locale.ROOT));
            String host = uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
            String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
            String query = uri.getRawQuery() == null ? "" : Arrays.stream(uri.getRawQuery().split("&"))
                    .filter(param -> !isTrackingParameter(param))
                    .sorted()
                    .collect(Collectors.joining("&"));
            return Optional.of(host + path + (query.isEmpty() ? "" : "?" + query));
        } catch (URISyntaxException e) {
            return Optional.of(trimmed.toLowerCase(Locale.ROOT));
        }
    }

    /** Bucket key of the canonical URL. */
    public static Optional<String> urlKey(String url) {
        return canonicalUrl(url).map(canonical -> "u." + Long.toHexString(WordShingles.HASHER.hashCharsToLong(canonical)));
    }

    /** Bucket key of the body's words (case, punctuation and spacing ignored), for bodies long enough to mean it. */
    public static Optional<String> bodyKey(List<WordShingles.Word> words) {
        if (words.size() < MIN_BODY_WORDS) return Optional.empty();
        String normalized = words.stream().map(WordShingles.Word::text).collect(Collectors.joining(" "));
        return Optional.of("b." + Long.toHexString(WordShingles.HASHER.hashCharsToLong(normalized)));
    }

    private static boolean isTrackingParameter(String param) {
        String name = param.split("=", 2)[0].toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || name.equals("fbclid") || name.equals("gclid") || name.equals("ocid")
                || name.isEmpty();
    }
}
