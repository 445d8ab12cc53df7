package io.factwire.processor.facts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who originally stated a figure. Articles quoting the same agency or official are one origin, however each
 * outlet words the attribution: "The State news channel Khabar-24", "the Khabar-24 TV channel" and "Khabar-24"
 * are all {@code khabar-24}; "police spokeswoman Saltanat Azirbek" is {@code saltanat azirbek}.
 *
 * <p>The rule: drop media descriptors and articles, then keep the words from the first capitalised one (the name)
 * onwards, so a role in front of a name ("police spokeswoman") goes but an institution after it ("Almaty
 * commandant's office") stays. An attribution without any capitalised word is kept whole ("local officials").
 * An article whose claims carry no attribution is its own origin.
 */
public final class OriginKey {

    /** Words that describe the kind of source rather than name it. */
    private static final Set<String> DESCRIPTORS = Set.of(
            "a", "an", "the", "state", "state-run", "state-owned", "official", "national", "local", "news", "agency",
            "channel", "tv", "television", "radio", "broadcaster", "newspaper", "daily", "website", "outlet",
            "outlets", "media", "service", "wire", "portal", "reported", "reports", "said", "quoted", "according",
            "to", "by", "its", "his", "her", "their");

    private OriginKey() {}

    /** The origin of a claim: its normalized attribution, or the article itself when it names no source. */
    public static String of(String attribution, String article) {
        String normalized = attribution == null ? "" : normalize(attribution);
        return normalized.isEmpty() ? "article:" + article : normalized;
    }

    static String normalize(String attribution) {
        String plain = Normalizer.normalize(attribution, Normalizer.Form.NFKC)
                .replace('\u2019', '\'')
                .replaceAll("'s\\b", "")
                .replaceAll("[^\\p{L}\\p{N}\\s-]", " ");
        List<String> words = new ArrayList<>();
        boolean nameStarted = false;
        for (String word : plain.trim().split("\\s+")) {
            if (word.isEmpty() || DESCRIPTORS.contains(word.toLowerCase(Locale.ROOT))) continue;
            nameStarted |= !Character.isLowerCase(word.codePointAt(0));
            if (nameStarted) words.add(word.toLowerCase(Locale.ROOT));
        }
        if (words.isEmpty()) {
            for (String word : plain.trim().split("\\s+")) {
                if (!word.isEmpty() && !DESCRIPTORS.contains(word.toLowerCase(Locale.ROOT))) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        return String.join(" ", words);
    }
}
