package io.factwire.ingest;

import java.time.Duration;
import java.util.List;

/**
 * What a publish achieved. Only articles the broker acknowledged count as published.
 *
 * @param acknowledged articles the broker acknowledged
 * @param notSent      articles that failed, plus those read after the first failure and therefore not sent
 * @param notSentIds   the first {@value ArticlePublisher#MAX_IDS_REPORTED} of their ids, in the order the
 *                     failures were seen
 * @param firstError   what went wrong first, or null
 * @param elapsed      from the first read to the last acknowledgement or failure
 */
public record PublishResult(long acknowledged, long notSent, List<String> notSentIds, String firstError,
                            Duration elapsed) {

    public PublishResult {
        notSentIds = List.copyOf(notSentIds);
    }

    /** True when every article read was acknowledged. */
    public boolean complete() {
        return notSent == 0;
    }
}
