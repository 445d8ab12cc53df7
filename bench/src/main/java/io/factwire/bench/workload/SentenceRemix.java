package io.factwire.bench.workload;

import io.factwire.ingest.input.ParsedArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * New article texts made of corpus sentences. Repeating a small corpus verbatim under new ids would only exercise
 * dedup's exact-match path and never grow its index; a remix is a fresh draw of sentences from the whole corpus,
 * so the sentences that carry casualty figures come along at their corpus rate while the text as a whole is new.
 *
 * <p>Why the whole corpus and not the article's own topic: a topic holds a few hundred sentences, so after a few
 * thousand remixes every new one would share half its sentences with some earlier one and dedup would rightly
 * call it a copy. Drawing from about ten thousand sentences keeps two remixes (or a remix and a corpus article)
 * far below dedup's containment threshold of one half, provided no short article can be half-contained by one
 * drawn sentence: only articles of at least {@value #MIN_SOURCE_SENTENCES} sentences feed the pool. The price is
 * coherence: a remix reads as a collage of reports.
 *
 * <p>Each pass also renames the capitalized words inside sentences (names and places, what the events stage keys
 * on) into invented ones, the same way throughout the pass: pass 5's "Almaty" is another city than pass 6's. A
 * real stream keeps bringing new names; a remix of one fixed vocabulary would instead pile every article of a long
 * run onto the same few names, a load no index meets in production. Sentence-initial words, days, months and
 * honorifics stay, and so do numbers and lower-case words: the claims read the same.
 */
final class SentenceRemix {

    /** ECB+ bodies hold one sentence a line; a body with no line breaks is split after sentence ends. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("\n|(?<=[.!?][\"”’']?)\\s+(?=[\"“A-Z0-9])");
    static final int MIN_SOURCE_SENTENCES = 6;
    /** A shorter remix could be half made of one article (or of an earlier remix) by chance: a copy to dedup. */
    static final int MIN_REMIX_SENTENCES = 6;

    private static final Pattern CAPITALIZED = Pattern.compile("(?<![\\p{L}'’-])\\p{Lu}\\p{Ll}+");
    private static final Set<String> KEPT = Set.of("I", "Mr", "Mrs", "Ms", "Dr", "Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    private static final String[] SYLLABLES = {"ka", "ro", "mi", "ten", "va", "lo", "su", "dar", "ne", "bri", "to",
            "fa", "gel", "mo", "ri", "sa", "vin", "po", "le", "zu", "an", "or", "el", "tas"};

    private final List<String> pool = new ArrayList<>();

    SentenceRemix(List<ParsedArticle> corpus) {
        for (ParsedArticle article : corpus) {
            List<String> sentences = sentences(article.body());
            if (sentences.size() >= MIN_SOURCE_SENTENCES) {
                pool.addAll(sentences);
            }
        }
    }

    /** True when the corpus has enough long articles to remix from. */
    boolean canRemix() {
        return pool.size() >= 4 * MIN_REMIX_SENTENCES;
    }

    /**
     * A body about as long (in sentences) as {@code base}'s, of distinct pool sentences in random order, renamed
     * for {@code pass}.
     */
    String body(ParsedArticle base, long pass, SplittableRandom random) {
        int wanted = Math.min(Math.max(sentences(base.body()).size(), MIN_REMIX_SENTENCES), pool.size() / 4);
        List<Integer> chosen = new ArrayList<>(wanted);
        StringBuilder body = new StringBuilder();
        while (chosen.size() < wanted) {
            int pick = random.nextInt(pool.size());
            if (!chosen.contains(pick)) {
                chosen.add(pick);
                body.append(body.isEmpty() ? "" : "\n").append(renamed(pool.get(pick), pass));
            }
        }
        return body.toString();
    }

    /** {@code text} with its capitalized words, but the first, renamed for {@code pass}. */
    static String renamed(String text, long pass) {
        Matcher words = CAPITALIZED.matcher(text);
        StringBuilder renamed = new StringBuilder(text.length() + 16);
        while (words.find()) {
            String word = words.group();
            words.appendReplacement(renamed, words.start() == 0 || KEPT.contains(word) ? word : pseudonym(word, pass));
        }
        return words.appendTail(renamed).toString();
    }

    /** An invented name, the same for the same word and pass. */
    static String pseudonym(String word, long pass) {
        SplittableRandom random = new SplittableRandom(WorkloadGenerator.mix(WorkloadGenerator.mix(word.hashCode()) + pass));
        StringBuilder name = new StringBuilder();
        for (int i = 2 + random.nextInt(2); i > 0; i--) {
            name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        name.setCharAt(0, Character.toUpperCase(name.charAt(0)));
        return name.toString();
    }

    static List<String> sentences(String body) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : SENTENCE_BREAK.split(body)) {
            if (!sentence.isBlank()) {
                sentences.add(sentence.strip());
            }
        }
        return sentences;
    }
}
