package io.factwire.extractor.grammar;

import io.factwire.extractor.Qualifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The words that hedge a figure, longest phrase first where one is the prefix of another. */
final class Qualifiers {
    /** A hedge of {@code length} tokens; {@code EXACT} ones ("a total of", "the") only lead to the figure. */
    record Phrase(String[] words, Qualifier qualifier) {
        int length() {
            return words.length;
        }
    }

    private static final Phrase[] PHRASES = {
            phrase("at least", Qualifier.AT_LEAST), phrase("no fewer than", Qualifier.AT_LEAST),
            phrase("no less than", Qualifier.AT_LEAST), phrase("not less than", Qualifier.AT_LEAST),
            phrase("a minimum of", Qualifier.AT_LEAST),
            phrase("more than", Qualifier.MORE_THAN), phrase("in excess of", Qualifier.MORE_THAN),
            phrase("upwards of", Qualifier.MORE_THAN), phrase("upward of", Qualifier.MORE_THAN),
            phrase("just over", Qualifier.MORE_THAN), phrase("well over", Qualifier.MORE_THAN),
            phrase("over", Qualifier.MORE_THAN),
            phrase("an estimated", Qualifier.ABOUT), phrase("estimated", Qualifier.ABOUT),
            phrase("about", Qualifier.ABOUT), phrase("around", Qualifier.ABOUT), phrase("some", Qualifier.ABOUT),
            phrase("approximately", Qualifier.ABOUT), phrase("roughly", Qualifier.ABOUT),
            phrase("nearly", Qualifier.ABOUT), phrase("almost", Qualifier.ABOUT), phrase("close to", Qualifier.ABOUT),
            phrase("just under", Qualifier.ABOUT), phrase("approx.", Qualifier.ABOUT),
            phrase("up to", Qualifier.UP_TO), phrase("as many as", Qualifier.UP_TO),
            phrase("a total of", Qualifier.EXACT), phrase("a further", Qualifier.EXACT),
            phrase("an additional", Qualifier.EXACT), phrase("another", Qualifier.EXACT),
            phrase("other", Qualifier.EXACT),
            phrase("all", Qualifier.EXACT), phrase("the", Qualifier.EXACT), phrase("all the", Qualifier.EXACT),
            phrase("only", Qualifier.EXACT), phrase("just", Qualifier.EXACT), phrase("his", Qualifier.EXACT),
            phrase("her", Qualifier.EXACT), phrase("their", Qualifier.EXACT), phrase("its", Qualifier.EXACT),
    };

    /** The phrases by their first word, so a token that starts none costs one lookup. */
    private static final Map<String, List<Phrase>> BY_FIRST_WORD = Arrays.stream(PHRASES)
            .collect(Collectors.groupingBy(p -> p.words[0]));

    private Qualifiers() {
    }

    private static Phrase phrase(String words, Qualifier qualifier) {
        return new Phrase(words.split(" "), qualifier);
    }

    /** Length in tokens of the qualifier phrase at {@code i}, or 0. */
    /** The longest hedge starting at token {@code i}, or null. */
    static Phrase at(Sentence s, int i) {
        List<Phrase> candidates = BY_FIRST_WORD.get(s.norm(i));
        if (candidates == null) {
            return null;
        }
        Phrase best = null;
        for (Phrase p : candidates) {
            if ((best == null || p.words.length > best.words.length) && matches(s, i, p.words)) {
                best = p;
            }
        }
        return best;
    }

    private static boolean matches(Sentence s, int i, String[] words) {
        for (int k = 0; k < words.length; k++) {
            if (!s.is(i + k, words[k])) {
                return false;
            }
        }
        return true;
    }
}
