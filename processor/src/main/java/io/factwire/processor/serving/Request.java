package io.factwire.processor.serving;

import com.sun.net.httpserver.Headers;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A GET or HEAD request as the endpoints see it: the raw (still percent-encoded) path, so that a fact key with
 * {@code /} in it can be told apart from path structure, and the decoded query parameters.
 *
 * @param rawPath the path as sent, percent-encoded
 * @param rawQuery the query string as sent, or null
 * @param forwardedBy the instance that forwarded this request ({@link #FORWARDED_HEADER}), or null
 */
public record Request(String method, String rawPath, String rawQuery, Map<String, String> query, Headers headers,
                      String forwardedBy) {

    /**
     * Set on a request one instance sends to another (a key owned elsewhere, or its part of a list): the receiver
     * answers from its own stores and never forwards again, so two instances that disagree about ownership during
     * a rebalance cannot bounce a request between them.
     */
    public static final String FORWARDED_HEADER = "X-Factwire-Forwarded-By";

    public Request {
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
    }

    static Request of(String method, String rawPath, String rawQuery, Headers headers) {
        return new Request(method, rawPath, rawQuery, parseQuery(rawQuery), headers, headers.getFirst(FORWARDED_HEADER));
    }

    public boolean isHead() {
        return "HEAD".equals(method);
    }

    public boolean isForwarded() {
        return forwardedBy != null;
    }

    public Optional<String> param(String name) {
        return Optional.ofNullable(query.get(name)).filter(value -> !value.isEmpty());
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.getFirst(name));
    }

    /** Rejects parameters the endpoint does not know, so that a typo is an error rather than an ignored filter. */
    public Request allowOnly(Set<String> names) {
        for (String name : query.keySet()) {
            if (!names.contains(name)) {
                throw ApiException.badRequest("unknown parameter '" + name + "' on " + rawPath
                        + (names.isEmpty() ? " (it takes none)" : " (allowed: " + String.join(", ", names) + ")"));
            }
        }
        return this;
    }

    /** The path and query to ask another instance the same question. */
    public String pathAndQuery() {
        return rawQuery == null || rawQuery.isEmpty() ? rawPath : rawPath + "?" + rawQuery;
    }

    static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> params = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) return params;
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) continue;
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals), "query");
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1), "query");
            if (params.putIfAbsent(name, value) != null) {
                throw ApiException.badRequest("parameter '" + name + "' given more than once");
            }
        }
        return params;
    }

    /** Percent-decoding of a query part ({@code +} is a space) or, with {@code where = "path"}, of a path part. */
    static String decode(String raw, String where) {
        String text = "path".equals(where) ? raw.replace("+", "%2B") : raw;
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("malformed percent-encoding in the " + where + ": '" + raw + "'");
        }
    }
}
