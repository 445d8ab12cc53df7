package io.factwire.extractor.grammar;

import io.factwire.extractor.Outcome;
import io.factwire.extractor.Qualifier;
import io.factwire.extractor.VictimGroup;
import io.factwire.extractor.grammar.CountParser.Singles;
import java.util.List;

/**
 * Counts of outcome nouns and of outcome words used as nouns: "11 deaths", "claimed 58 lives", "the deaths of
 * three workers", "among the dead were two children", "those killed included a girl", "five of the dead were
 * police officers".
 */
final class Nominals {
    private Nominals() {
    }

    static void find(Sentence s, Trigger t, List<Finding> out) {
        if (possessedAct(s, t)) {
            out.add(new Finding(t.outcome(), new Count(t.start() - 1, t.end(), 1, Qualifier.EXACT, null, false,
                    null, true, Count.Kind.PRONOUN), t)); // "hours after his arrest", "ended with his capture"
            return;
        }
        boolean lives = s.is(t.start(), "lives") || s.is(t.start(), "life");
        Count before = Subjects.countEndingAt(s, t.start(), false);
        if (before != null && !before.single() && (!lives || takesLives(s, before.start() - 1))) {
            out.add(new Finding(t.outcome(), before, t));
        }
        boolean people = s.is(t.start() - 1, "the") || s.is(t.start() - 1, "those");
        if (people && s.is(t.start() - 2, "among") || people && isIncluded(s, t.end())) {
            members(s, t, out);
        } else if (people && s.is(t.start() - 2, "of")) {
            Count part = Subjects.countEndingAt(s, t.start() - 2, false);
            if (part != null && !part.single()) {
                out.add(new Finding(t.outcome(), part.group() == null ? part.withGroup(predicateGroup(s, t.end()))
                        : part, t));
            }
        } else if (!s.is(t.start(), "dead") && (s.is(t.end() - 1, "of") || s.is(t.end(), "of"))) {
            SentenceGrammar.object(s, t, s.is(t.end() - 1, "of") ? t.end() : t.end() + 1, out);
        }
    }

    /**
     * "his arrest", "her abduction": an act done to one person, the possessor. Not when a noun follows ("his
     * arrest warrant"), and not for deaths (a natural "his death" reads the same).
     */
    private static boolean possessedAct(Sentence s, Trigger t) {
        if (!s.is(t.start() - 1, "his") && !s.is(t.start() - 1, "her")
                || t.outcome() != Outcome.ARRESTED && t.outcome() != Outcome.KIDNAPPED) {
            return false;
        }
        int k = t.end();
        return k >= s.size || s.isPunct(k) || (s.word(k).flags & (Word.PREP | Word.CONJ | Word.CLAUSE
                | Word.ADVERB | Word.SAYS | Word.CALENDAR)) != 0;
    }

    /** "among the dead were two children", "those killed included a girl and her mother". */
    private static void members(Sentence s, Trigger t, List<Finding> out) {
        int k = t.end();
        while (s.has(k, Word.AUX) || isIncluded(s, k) || s.isPunct(k) && !s.is(k, ".")) {
            k++;
        }
        Count member = CountParser.parse(s, k, Singles.DESCRIBED);
        if (member != null && !member.bare()) {
            SentenceGrammar.coordinated(s, t, member, out);
        }
    }

    private static boolean isIncluded(Sentence s, int k) {
        return s.is(k, "included") || s.is(k, "include") || s.is(k, "includes") || s.is(k, "including");
    }

    /** "five of the dead were police officers": the group the predicate names. */
    private static VictimGroup predicateGroup(Sentence s, int k) {
        if (!s.has(k, Word.AUX)) {
            return null;
        }
        NounPhrase np = NounPhrase.scan(s, k + 1, true);
        return np == null ? null : np.group();
    }

    private static boolean takesLives(Sentence s, int verb) {
        return switch (s.norm(verb)) {
            case "claimed", "claiming", "claim", "claims", "took", "taken", "take", "taking", "cost", "costing",
                 "costs" -> true;
            default -> false;
        };
    }
}
