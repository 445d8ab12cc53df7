package io.factwire.extractor.grammar;

import io.factwire.extractor.ArticleText;
import io.factwire.extractor.ExtractedClaim;
import io.factwire.extractor.VictimGroup;
import io.factwire.extractor.text.SentenceSplitter;
import io.factwire.extractor.text.Token;
import io.factwire.extractor.text.Tokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the claims of one article: splits it into sentences, runs the sentence grammar on each, then applies
 * what only the article knows: who "he said" is, whether a lone "died" is an obituary's natural death, the
 * dateline's place. The entry point of the grammar package; it keeps no state between calls (everything is in
 * locals and in read-only tables), so any number of threads may call it at once.
 */
public final class ClaimFinder {
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
        Groups groups = new Groups(s);
        List<ExtractedClaim> inSentence = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Count c = f.count();
            if (!context.casualty(s, f)) {
                continue;
            }
            VictimGroup group = groups.of(f);
            ExtractedClaim claim = new ExtractedClaim(article.id(), f.outcome(), c.value(), c.qualifier(), c.high(),
                    c.vague(), group, a.attribution(), location, background, sentenceText, a.span().start(),
                    a.span().end());
            if (inSentence.stream().noneMatch(other -> sameFigure(other, claim))) {
                inSentence.add(claim);
            }
        }
        claims.addAll(inSentence);
    }

    private static boolean sameFigure(ExtractedClaim a, ExtractedClaim b) {
        return a.outcome() == b.outcome() && a.count() == b.count() && a.qualifier() == b.qualifier();
    }
}
