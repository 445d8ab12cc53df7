package io.factwire.extractor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One extractor shared by several threads gives each the same claims as a single thread does. */
class ThreadSafetyTest {

    @Test
    void sharedInstanceGivesTheSameClaimsOnEveryThread() throws Exception {
        ClaimExtractor shared = new ClaimExtractor();
        List<ArticleText> articles = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            articles.add(new ArticleText("a" + i, "Blast kills " + (i + 2), "At least " + i
                    + " people were injured, police said. The driver, 41, was arrested.", null));
        }
        List<List<ExtractedClaim>> expected = articles.stream().map(shared::extract).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<List<ExtractedClaim>>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> articles.stream().map(shared::extract).toList()));
            }
            for (Future<List<List<ExtractedClaim>>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
