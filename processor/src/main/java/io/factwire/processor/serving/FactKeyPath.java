package io.factwire.processor.serving;

import io.factwire.avro.Outcome;
import io.factwire.avro.VictimGroup;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A fact key {@code event/outcome/group} as it arrives in a path. The key has '/' in it, so clients may send it
 * raw ({@code /api/facts/e1/killed/all}) or URL-encoded ({@code /api/facts/e1%2Fkilled%2Fall}); both mean the same.
 * The event id may itself contain '/': the outcome and group are always the last two segments.
 *
 * @param view what the path asked for: the fact, its {@code /history} or its {@code /timeline}
 */
record FactKeyPath(String key, String event, Outcome outcome, VictimGroup group, View view) {

    /** The fact itself, or one of its series (the path's last segment). */
    enum View { FACT, HISTORY, TIMELINE }

    /** Parses what follows {@code /api/facts/} (still percent-encoded). */
    static FactKeyPath parse(String rawRemainder) {
        String decoded = Request.decode(rawRemainder, "path");
        // A key's last segment is a victim group, never "history" or "timeline": a suffix cannot be part of a key.
        for (View view : List.of(View.HISTORY, View.TIMELINE)) {
            String suffix = "/" + view.name().toLowerCase(Locale.ROOT);
            if (decoded.endsWith(suffix)) return parseKey(decoded.substring(0, decoded.length() - suffix.length()), view);
        }
        return parseKey(decoded, View.FACT);
    }

    boolean history() {
        return view == View.HISTORY;
    }

    static FactKeyPath parseKey(String key, View view) {
        int groupSlash = key.lastIndexOf('/');
        int outcomeSlash = groupSlash <= 0 ? -1 : key.lastIndexOf('/', groupSlash - 1);
        if (outcomeSlash <= 0) {
            throw ApiException.badRequest("'" + key + "' is not a fact key: expected event/outcome/group");
        }
        return new FactKeyPath(key, key.substring(0, outcomeSlash),
                outcome(key.substring(outcomeSlash + 1, groupSlash)), group(key.substring(groupSlash + 1)), view);
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
