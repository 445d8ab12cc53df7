package io.factwire.extractor.grammar;

import io.factwire.extractor.ArticleText;
import io.factwire.extractor.ExtractedClaim;
import io.factwire.extractor.Outcome;
import io.factwire.extractor.VictimGroup;
import io.factwire.extractor.text.SentenceSplitter;
import io.factwire.extractor.text.Token;
import io.factwire.extractor.text.Tokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds the claims of one article: splits it into sentences, runs the sentence grammar on each, then applies
 * what only the article knows: who "he said" is, whether a lone "died" is an obituary's natural death, the
 * dateline's place. Stateless: every call works on its own locals, so one instance serves any number of threads.
 */
public final class ClaimFinder {
    private static final Set<String> CLASHES = Set.of("riots", "riot", "violence", "clashes", "unrest", "protests",
            "demonstrations", "fighting", "rioting", "skirmishes");

    private record Analyzed(SentenceSplitter.Span span, Sentence sentence, List<Finding> findings,
                            String attribution) {
    }

    private ClaimFinder() {
    }

    public static List<ExtractedClaim> find(ArticleText article) {
        String text = article.fullText();
        List<Analyzed> analyzed = new ArrayList<>();
        ArticleContext context = new ArticleContext();
        String lastSource = null;
        for (SentenceSplitter.Span span : SentenceSplitter.split(text)) {
            List<Token> tokens = Tokenizer.tokenize(text, span.start(), span.end());
            Sentence s = new Sentence(tokens);
            String source = Attribution.find(s, text);
            if (source != null && Attribution.isPronoun(source)) {
                source = lastSource;
            } else if (source != null) {
                lastSource = source;
            }
            List<Finding> findings = SentenceGrammar.find(s);
            context.observe(s, findings);
            if (!findings.isEmpty()) {
                analyzed.add(new Analyzed(span, s, findings, source));
            }
        }
        if (analyzed.isEmpty()) {
            return List.of();
        }
        String dateline = Places.dateline(article.body());
        List<ExtractedClaim> claims = new ArrayList<>();
        for (Analyzed a : analyzed) {
            emit(article, text, a, context, dateline, claims);
        }
        return claims;
    }

    private static void emit(ArticleText article, String text, Analyzed a, ArticleContext context,
                             String dateline, List<ExtractedClaim> claims) {
        Sentence s = a.sentence();
        String sentenceText = text.substring(a.span().start(), a.span().end());
        String place = Places.find(s, text);
        String location = place != null ? place : dateline;
        boolean background = Background.of(s, article.published());
        List<Finding> findings = new ArrayList<>(a.findings());
        findings.sort(Comparator.comparingInt(f -> f.count().start()));
        VictimGroup previous = null;
        List<ExtractedClaim> inSentence = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Count c = f.count();
            if (!context.casualty(s, f)) {
                continue;
            }
            VictimGroup group = group(s, f, previous);
            if (c.group() != null) {
                previous = c.group();
            }
            ExtractedClaim claim = new ExtractedClaim(article.id(), f.outcome(), c.value(), c.qualifier(), c.high(),
                    c.vague(), group, a.attribution(), location, background, sentenceText, a.span().start(),
                    a.span().end());
            if (inSentence.stream().noneMatch(other -> sameFigure(other, claim))) {
                inSentence.add(claim);
            }
        }
        claims.addAll(inSentence);
    }

    private static VictimGroup group(Sentence s, Finding f, VictimGroup previous) {
        Count c = f.count();
        VictimGroup group = c.group();
        if (group == null && !c.single()) {
            group = previous;
        }
        if (group == null) {
            boolean person = c.single() && f.outcome() != Outcome.ARRESTED
                    && !s.is(c.start(), "himself") && !s.is(c.start(), "herself");
            return person ? VictimGroup.CIVILIANS : VictimGroup.UNSPECIFIED;
        }
        if (group == VictimGroup.CIVILIANS && countsPeople(s, c) && inClashes(s)) {
            return VictimGroup.UNSPECIFIED; // people hurt "in the riots" may be on either side
        }
        return group;
    }

    private static boolean countsPeople(Sentence s, Count c) {
        for (int k = c.start(); k < c.end(); k++) {
            if (s.is(k, "people") || s.is(k, "persons")) {
                return true;
            }
        }
        return false;
    }

    private static boolean inClashes(Sentence s) {
        for (int k = 2; k < s.size; k++) {
            if (CLASHES.contains(s.norm(k)) && s.is(k - 1, "the") && (s.is(k - 2, "in") || s.is(k - 2, "during"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameFigure(ExtractedClaim a, ExtractedClaim b) {
        return a.outcome() == b.outcome() && a.count() == b.count() && a.qualifier() == b.qualifier();
    }
}
