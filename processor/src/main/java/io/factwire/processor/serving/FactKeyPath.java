package io.factwire.processor.serving;

import io.factwire.avro.Outcome;
import io.factwire.avro.VictimGroup;
import java.util.Arrays;

/**
 * A fact key {@code event/outcome/group} as it arrives in a path. The key has '/' in it, so clients may send it
 * raw ({@code /api/facts/e1/killed/all}) or URL-encoded ({@code /api/facts/e1%2Fkilled%2Fall}); both mean the same.
 * The event id may itself contain '/': the outcome and group are always the last two segments.
 *
 * @param history whether the path asked for the key's {@code /history}
 */
record FactKeyPath(String key, String event, Outcome outcome, VictimGroup group, boolean history) {

    private static final String HISTORY_SUFFIX = "/history";

    /** Parses what follows {@code /api/facts/} (still percent-encoded). */
    static FactKeyPath parse(String rawRemainder) {
        String decoded = Request.decode(rawRemainder, "path");
        // A key's last segment is a victim group, never "history": the suffix cannot be part of a key.
        boolean history = decoded.endsWith(HISTORY_SUFFIX);
        String key = history ? decoded.substring(0, decoded.length() - HISTORY_SUFFIX.length()) : decoded;
        return parseKey(key, history);
    }

    static FactKeyPath parseKey(String key, boolean history) {
        int groupSlash = key.lastIndexOf('/');
        int outcomeSlash = groupSlash <= 0 ? -1 : key.lastIndexOf('/', groupSlash - 1);
        if (outcomeSlash <= 0) {
            throw ApiException.badRequest("'" + key + "' is not a fact key: expected event/outcome/group");
        }
        return new FactKeyPath(key, key.substring(0, outcomeSlash),
                outcome(key.substring(outcomeSlash + 1, groupSlash)), group(key.substring(groupSlash + 1)), history);
    }

    static Outcome outcome(String symbol) {
        try {
            return Outcome.valueOf(symbol);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("unknown outcome '" + symbol + "' (one of " + Arrays.toString(Outcome.values()) + ")");
        }
    }

    static VictimGroup group(String symbol) {
        try {
            return VictimGroup.valueOf(symbol);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("unknown group '" + symbol + "' (one of " + Arrays.toString(VictimGroup.values()) + ")");
        }
    }
}
