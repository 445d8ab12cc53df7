package io.factwire.extractor.grammar;

import java.util.Locale;
import java.util.Set;

/**
 * Who a sentence attributes its figures to, as written: "according to Interfax", "..., TASS news agency
 * reported", "police spokeswoman Saltanat Azirbek said", "said disaster agency official Fauzi",
 * "Quake hits island, five hurt: media". A pronoun source ("he said") is left for the caller to resolve.
 */
final class Attribution {
    private static final int MAX_SOURCE_TOKENS = 10;
    /** Lowercase words that may be part of a source's description ("national disaster agency spokesman"). */
    private static final Set<String> SOURCE_WORDS = Set.of(
            "police", "spokesman", "spokeswoman", "spokesperson", "official", "officials", "agency", "ministry",
            "media", "report", "reports", "channel", "news", "television", "tv", "radio", "state", "local",
            "national", "provincial", "district", "regional", "disaster", "management", "health", "hospital",
            "director", "chief", "head", "governor", "mayor", "authorities", "witnesses", "witness", "doctor",
            "nurse", "sources", "source", "army", "military", "government", "department", "office", "commander",
            "officer", "officers", "evening", "morning", "nightly", "weekly", "coastguard", "brigade", "rescuers",
            "sheriff", "civil", "defense", "defence", "protection", "family", "relatives", "lawyer", "lawyers",
            "organizers", "organisers", "groups", "group", "rights", "activists", "human", "union", "monitor",
            "deputy", "interior", "emergency", "emergencies", "rescue", "fire", "service", "services", "security",
            "public", "relations", "search", "and", "the", "a", "of", "'s", "county", "city", "town", "village",
            "press", "agency's", "investigators", "prosecutors", "spokesmen", "staff", "member", "an", "senior",
            "medical", "coroner", "examiner", "officials'", "company", "airline", "firm", "statement", "newspaper",
            "daily", "website", "broadcaster", "outlets", "outlet", "reporters", "correspondent", "resident",
            "residents", "survivor", "survivors", "lt.", "capt.", "sgt.", "const.", "gov.", "dr.", "mr.", "mrs.",
            "ms.", "one", "another", "other", "some", "several", "his", "her", "their", "its");

    private static final Set<String> INNER_PREPOSITIONS = Set.of("for", "in", "at", "from");

    private Attribution() {
    }

    /** The source named in the sentence, or null; a pronoun source comes back as the pronoun. */
    static String find(Sentence s, CharSequence text) {
        for (int v = 0; v < s.size; v++) {
            if (!s.has(v, Word.SAYS)) {
                continue;
            }
            if (s.is(v, "according")) {
                if (s.is(v + 1, "to")) {
                    String after = phraseAfter(s, v + 2, text);
                    if (after != null) {
                        return after;
                    }
                }
                continue;
            }
            String before = phraseBefore(s, v, text);
            if (before != null) {
                return before;
            }
            String after = phraseAfter(s, v + 1, text);
            boolean sourceAfter = s.has(v + 1, Word.DET) || s.capitalized(v + 1)
                    || SOURCE_WORDS.contains(s.norm(v + 1));
            if (after != null && sourceAfter) {
                return after;
            }
        }
        int colon = indexOf(s, ":");
        if (s.headline && colon > 0) {
            // "Quake hits island, five hurt: media", "Sheriff: office shooting kills 1": a source, not a topic
            int from = colon == s.size - 2 ? colon + 1 : 0;
            int to = colon == s.size - 2 ? s.size : colon;
            return namesASource(s, from, to) ? span(s, from, to - 1, text) : null;
        }
        return null;
    }

    static boolean isPronoun(String source) {
        return switch (source.toLowerCase(Locale.ROOT)) {
            case "he", "she", "they", "it", "we", "i" -> true;
            default -> false;
        };
    }

    private static String phraseBefore(Sentence s, int verb, CharSequence text) {
        int k = verb - 1;
        while (k >= 0 && s.has(k, Word.ADVERB) && !s.capitalized(k)) {
            k--; // "originally reported", "said on Thursday"
        }
        int end = k;
        if (s.is(end, "he") || s.is(end, "she")) {
            return s.norm(end);
        }
        while (k >= 0 && end - k < MAX_SOURCE_TOKENS && (isSourceToken(s, k)
                || INNER_PREPOSITIONS.contains(s.norm(k)) && isSourceToken(s, k - 1) && s.capitalized(k + 1))) {
            k--; // "A spokeswoman for Beaumont Hospital in Royal Oak said"
        }
        return span(s, k + 1, end, text);
    }

    private static boolean namesASource(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (SOURCE_WORDS.contains(s.norm(k)) && !s.has(k, Word.DET) && !s.has(k, Word.CONJ)
                    && !s.has(k, Word.PREP)) {
                return true;
            }
        }
        return false;
    }

    private static String phraseAfter(Sentence s, int from, CharSequence text) {
        int k = from;
        while (k < s.size && k - from < MAX_SOURCE_TOKENS && (isSourceToken(s, k) || s.is(k, ","))
                && !(s.is(k, ",") && !s.capitalized(k + 1))) {
            k++;
        }
        while (k > from && (s.is(k - 1, ",") || s.is(k - 1, "and") || s.is(k - 1, "of"))) {
            k--;
        }
        return span(s, from, k - 1, text);
    }

    private static boolean isSourceToken(Sentence s, int k) {
        if (s.has(k, Word.PRONOUN) || s.is(k, "they") || s.is(k, "it") || s.is(k, "we")) {
            return false;
        }
        return s.capitalized(k) && !s.has(k, Word.CALENDAR) && !s.has(k, Word.CLAUSE) && !s.has(k, Word.SAYS)
                || SOURCE_WORDS.contains(s.norm(k)) || s.word(k).isPerson() || s.attachedHyphen(k)
                || s.isNumber(k) && s.attachedHyphen(k - 1);
    }

    private static String span(Sentence s, int first, int last, CharSequence text) {
        while (first <= last && (s.has(first, Word.CONJ) || s.is(first, "of") || s.is(first, "'s"))) {
            first++;
        }
        while (last >= first && (s.has(last, Word.DET) || s.has(last, Word.CONJ) || s.is(last, "of"))) {
            last--;
        }
        if (first > last || !hasContent(s, first, last)) {
            return null;
        }
        return text.subSequence(s.token(first).start(), s.token(last).end()).toString();
    }

    private static boolean hasContent(Sentence s, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (s.capitalized(k) || s.word(k).isPerson() || SOURCE_WORDS.contains(s.norm(k))
                    && !s.has(k, Word.DET) && !s.has(k, Word.CONJ) && !s.is(k, "of")) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(Sentence s, String norm) {
        for (int k = 0; k < s.size; k++) {
            if (s.is(k, norm)) {
                return k;
            }
        }
        return -1;
    }
}
