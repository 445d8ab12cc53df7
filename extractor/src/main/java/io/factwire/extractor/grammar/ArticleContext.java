package io.factwire.extractor.grammar;

import io.factwire.extractor.Outcome;
import java.util.List;
import java.util.Set;

/**
 * What the whole article says about its figures' setting, gathered sentence by sentence: violence or disaster
 * (a lone "she died" is then a casualty), illness and old age (an obituary's "died at 91" is not), sport (a
 * player "injured in Sunday's game" is no casualty: CLAIMS.md). One instance per article, never shared.
 */
final class ArticleContext {
    /** Words of violent or accidental death (the lexicon flags them {@link Word#VIOLENCE}). */
    static final Set<String> VIOLENCE = Set.of("shooting", "shot", "gunman", "gunfire", "gunshot",
            "stabbed", "stabbing", "crash", "collision", "accident", "hit", "struck", "quake", "earthquake",
            "tremor", "bomb", "bombing", "explosion", "blast", "attack", "attacked", "blaze", "flood", "floods",
            "storm", "tsunami", "landslide", "collapsed", "riot", "riots", "clashes", "violence", "murder",
            "driver", "car", "vehicle", "drowned", "fire", "stampede", "crush", "fighting", "clash", "raid");
    /** Words of wounds: a death "from head injuries" is no natural death, but sport has injuries too. */
    static final Set<String> WOUNDS = Set.of("injuries", "injury", "wounds", "wound", "wounded", "injured",
            "gunshot", "burns", "trauma", "cut", "cuts", "bruises", "fractures", "fracture", "broken");
    /** Words of natural death: illness, old age, a life's story. */
    static final Set<String> NATURAL = Set.of("cancer", "illness", "disease", "pneumonia", "stroke",
            "heart", "complications", "natural", "aged", "sleep", "passed", "hospice", "leukemia", "alzheimer's",
            "diabetes", "infection", "ailing", "tumor", "tumour", "dementia", "obituary", "survived", "longtime",
            "career", "legendary", "veteran");
    /** Words of sport, where "injured" and "missing" are about games, not casualties. */
    static final Set<String> SPORT = Set.of("game", "games", "match", "matches", "league", "playoff",
            "playoffs", "preseason", "tournament", "quarterback", "striker", "midfielder", "defender", "goalkeeper",
            "pitcher", "innings", "inning", "roster", "championship", "overtime", "touchdown", "rookie",
            "teammate", "teammates", "nfl", "nba", "fifa", "olympic", "olympics", "referee", "fixture",
            "hamstring", "ligament", "boxing", "bout", "knockout", "heavyweight", "boxer", "rematch", "receiver",
            "linebacker", "cornerback", "sidelined", "ir", "qb", "rb", "wr");
    private static final int SPORTS_ARTICLE_WORDS = 4;

    private boolean violent;
    private boolean natural;
    private int sportWords;

    void observe(Sentence s, List<Finding> findings) {
        violent |= count(s, Word.VIOLENCE) > 0 || findings.stream().anyMatch(f -> !f.trigger().natural());
        natural |= naturalDeath(s);
        sportWords += count(s, Word.SPORT);
    }

    /** Whether a finding reports a casualty, given its sentence and everything the article said. */
    boolean casualty(Sentence s, Finding f) {
        boolean violentSentence = count(s, Word.VIOLENCE) + count(s, Word.WOUNDS) > 0;
        if (f.trigger().natural() && f.count().value() == 1
                && (naturalDeath(s) || !(violent && !natural) && !violentSentence)) {
            return false; // an obituary's "died at 91"
        }
        boolean sporting = count(s, Word.VIOLENCE) == 0
                && (count(s, Word.SPORT) > 0 || sportWords >= SPORTS_ARTICLE_WORDS);
        return !(sporting && (f.outcome() == Outcome.INJURED || f.outcome() == Outcome.MISSING));
    }

    private static int count(Sentence s, int wordClass) {
        int found = 0;
        for (int k = 0; k < s.size; k++) {
            if (s.words[k].has(wordClass)) {
                found++;
            }
        }
        return found;
    }

    /** Natural-death words, or an age ("dies at 91", "died in prison at 77.", "at the age of 85"). */
    private static boolean naturalDeath(Sentence s) {
        for (int k = 0; k < s.size; k++) {
            boolean age = s.is(k, "at") && s.isNumber(k + 1) && s.norm(k + 1).length() <= 3
                    && (k + 2 >= s.size || s.isPunct(k + 2));
            if (s.word(k).outcome != null && s.is(k + 1, "at") && s.isNumber(k + 2) || age
                    || s.is(k, "age") && s.is(k + 1, "of") && s.isNumber(k + 2)) {
                return true;
            }
        }
        return count(s, Word.NATURAL) > 0;
    }
}
